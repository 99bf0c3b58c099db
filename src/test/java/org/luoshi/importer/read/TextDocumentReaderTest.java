package org.luoshi.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;

class TextDocumentReaderTest {
    @TempDir
    Path dir;

    private final TextDocumentReader reader = new TextDocumentReader();

    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.english();

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        Path plain = Files.writeString(dir.resolve("a.txt"), "一、总体要求", StandardCharsets.UTF_8);
        assertThat(reader.read(plain).text()).isEqualTo("一、总体要求");
        byte[] body = "（一）牵头".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(reader.read(Files.write(dir.resolve("bom.txt"), withBom)).text()).isEqualTo("（一）牵头");
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        Path le = Files.write(dir.resolve("le.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "省发展改革委牵头".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(reader.read(le).text()).isEqualTo("省发展改革委牵头");
        Path be = Files.write(dir.resolve("be.txt"), withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "省发展改革委牵头".getBytes(StandardCharsets.UTF_16BE)));
        assertThat(reader.read(be).text()).isEqualTo("省发展改革委牵头");
    }

    @Test
    void readsGb18030AndGbkWithoutBeingTold() throws Exception {
        String plan = "一、总体要求\n（一）省发展改革委牵头，省财政厅配合。2023年3月底前完成。\n";
        Path gb = Files.write(dir.resolve("gb.txt"), plan.getBytes(Charset.forName("GB18030")));
        assertThat(reader.read(gb).text()).isEqualTo(plan);
        Path gbk = Files.write(dir.resolve("gbk.txt"), plan.getBytes(Charset.forName("GBK")));
        assertThat(reader.read(gbk).text()).isEqualTo(plan);
    }

    @Test
    void readsUtf16WithoutBom() throws Exception {
        String plan = "一、总体要求\n1．省发展改革委牵头。\n";
        Path le = Files.write(dir.resolve("le-nobom.txt"), plan.getBytes(StandardCharsets.UTF_16LE));
        assertThat(reader.read(le).text()).isEqualTo(plan);
        Path be = Files.write(dir.resolve("be-nobom.txt"), plan.getBytes(StandardCharsets.UTF_16BE));
        assertThat(reader.read(be).text()).isEqualTo(plan);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        try (var out = Files.newOutputStream(big)) {
            byte[] block = "一、总体要求。".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= 50L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        assertRefused(big, "too large");
    }

    @Test
    void missingEmptyBinaryAndUndecodableFilesAreRefusedWithOneLine() throws IOException {
        assertRefused(dir.resolve("nope.txt"), "File not found");
        assertRefused(Files.createFile(dir.resolve("empty.txt")), "empty");
        assertRefused(Files.writeString(dir.resolve("blank.txt"), " \n\u3000\n"), "empty");
        assertRefused(Files.write(dir.resolve("bin.dat"), new byte[] {1, 0, 2, 0, 3}), "not a text document");
        assertRefused(Files.write(dir.resolve("latin.txt"), new byte[] {'a', 'b', (byte) 0xFF, (byte) 0x80, (byte) 0xFF,
                'c', (byte) 0x80}), "encoding");
        assertRefused(dir, "Not a file");
    }

    private void assertRefused(Path file, String fragment) {
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining(fragment)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
