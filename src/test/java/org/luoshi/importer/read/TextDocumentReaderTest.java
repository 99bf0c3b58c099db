package org.luoshi.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;

class TextDocumentReaderTest {
    @TempDir
    Path dir;

    private final TextDocumentReader reader = new TextDocumentReader();

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        Path plain = Files.writeString(dir.resolve("a.txt"), "一、总体要求", StandardCharsets.UTF_8);
        assertThat(reader.read(plain)).isEqualTo("一、总体要求");
        byte[] body = "（一）牵头".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(reader.read(Files.write(dir.resolve("bom.txt"), withBom))).isEqualTo("（一）牵头");
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        Path le = Files.write(dir.resolve("le.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "省发展改革委牵头".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(reader.read(le)).isEqualTo("省发展改革委牵头");
        Path be = Files.write(dir.resolve("be.txt"), withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "省发展改革委牵头".getBytes(StandardCharsets.UTF_16BE)));
        assertThat(reader.read(be)).isEqualTo("省发展改革委牵头");
    }

    @Test
    void missingEmptyBinaryAndUndecodableFilesAreRefusedWithOneLine() throws IOException {
        assertRefused(dir.resolve("nope.txt"), "File not found");
        assertRefused(Files.createFile(dir.resolve("empty.txt")), "empty");
        assertRefused(Files.writeString(dir.resolve("blank.txt"), " \n\u3000\n"), "empty");
        assertRefused(Files.write(dir.resolve("bin.dat"), new byte[] {1, 0, 2, 0, 3}), "not a text document");
        assertRefused(Files.write(dir.resolve("gbk.txt"), "一、总体要求".getBytes(Charset.forName("GB18030"))),
                "encoding");
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
