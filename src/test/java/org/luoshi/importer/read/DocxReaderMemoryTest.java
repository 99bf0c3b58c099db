package org.luoshi.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.importer.LargePlans;

/**
 * The Word reader's memory grows with the text, not with the markup: a document of 20 MB of XML
 * (30,000 paragraphs marked up as Word does) is read in a JVM whose heap is 48 MB. Building the XML
 * tree, as the reader did before, needed about 192 MB for it and ran out of memory at 128 MB. A
 * child JVM, because only there can the heap be limited; it takes a few seconds.
 */
class DocxReaderMemoryTest {
    @TempDir
    Path dir;

    /** In the child JVM: read the file, print how many characters came out. */
    public static final class ReadInChild {
        public static void main(String[] args) throws Exception {
            ImportedDocument doc = new DocxDocumentReader().read(Path.of(args[0]));
            System.out.println("chars=" + doc.text().length());
        }
    }

    @Test
    void aWordFileOfTwentyMegabytesOfXmlIsReadInAFortyEightMegabyteHeap() throws Exception {
        Path file = LargePlans.docx(dir.resolve("long.docx"), LargePlans.plan(30_000, LargePlans.Shape.NUMBERED));
        Path out = dir.resolve("out.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx48m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), ReadInChild.class.getName(), file.toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child finished").isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed).contains("chars=");
        assertThat(Integer.parseInt(printed.substring(printed.indexOf("chars=") + 6).strip())).isGreaterThan(1_000_000);
    }
}
