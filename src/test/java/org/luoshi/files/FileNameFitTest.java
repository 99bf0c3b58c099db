package org.luoshi.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNameFitTest {
    @TempDir
    Path dir;

    @Test
    void aLongChineseNameIsCutByBytesAndKeepsItsExtension() {
        for (int length : new int[] {100, 200}) {
            String name = FileNameFit.name("省".repeat(length), "xlsx", List.of(), FileNameFit.NAME_MAX);
            assertThat(bytes(name)).isLessThanOrEqualTo(255);
            // 250 bytes for the name's own part: 83 characters of 3 bytes each
            assertThat(name).isEqualTo("省".repeat(83) + ".xlsx");
        }
        assertThat(FileNameFit.name("省".repeat(40), "pdf")).isEqualTo("省".repeat(40) + ".pdf");
    }

    @Test
    void anEmojiAtTheCutIsKeptWholeOrLeftOut() {
        // 83 × 3 = 249 bytes, then an emoji of 4 bytes across the 250-byte limit of the name's own part
        String name = FileNameFit.name("部".repeat(83) + "😀尾", "docx", List.of(), FileNameFit.NAME_MAX);
        assertThat(name).isEqualTo("部".repeat(83) + ".docx");
        String fits = FileNameFit.name("部".repeat(82) + "😀尾", "docx", List.of(), FileNameFit.NAME_MAX);
        assertThat(fits).isEqualTo("部".repeat(82) + "😀.docx");
        // a family emoji (three people joined by ZWJ: 18 bytes) is one grapheme: never cut inside
        String family = "👨‍👩‍👧";
        String cut = FileNameFit.name("部".repeat(80) + family, "pdf", List.of(), FileNameFit.NAME_MAX);
        assertThat(cut).isEqualTo("部".repeat(80) + ".pdf");
        assertThat(SafeText.isClean(cut)).isTrue();
    }

    @Test
    void cutNamesStayUniqueInsideTheLimit() {
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = FileNameFit.name("省".repeat(100) + i, "pdf", taken, FileNameFit.NAME_MAX);
            assertThat(bytes(name)).isLessThanOrEqualTo(255);
            taken.add(name);
        }
        assertThat(taken).containsExactly("省".repeat(83) + ".pdf", "省".repeat(83) + "-2.pdf", "省".repeat(83) + "-3.pdf");
        assertThat(FileNameFit.name("Ａ", "pdf", List.of("ａ.PDF"), FileNameFit.NAME_MAX)).isEqualTo("Ａ-2.pdf");
        assertThat(FileNameFit.name("e\u0301", "pdf", List.of("\u00e9.pdf"), FileNameFit.NAME_MAX)).isEqualTo("e\u0301-2.pdf");
    }

    @Test
    void aLongFolderLeavesLessRoom() {
        String folder = "/" + "目".repeat(1300); // 3,901 bytes
        FileNameFit.Room linux = FileNameFit.roomIn(folder, FileNameFit.PathLimit.LINUX);
        assertThat(linux).isEqualTo(new FileNameFit.Room(4095 - 1 - 3901, 255));
        String name = FileNameFit.name("省".repeat(100), "pdf", List.of(), linux);
        assertThat(bytes(folder + "/" + name)).isLessThanOrEqualTo(4095);
        FileNameFit.Room windows = FileNameFit.roomIn("C:\\Users\\张三\\Documents\\分工表", FileNameFit.PathLimit.WINDOWS);
        assertThat(windows.chars()).isEqualTo(259 - 1 - "C:\\Users\\张三\\Documents\\分工表".length());
        assertThat(FileNameFit.roomIn("/" + "a".repeat(4080), FileNameFit.PathLimit.LINUX).useful()).isFalse();
    }

    @Test
    void controlDirectionAndReservedCharactersAndDeviceNamesAreMadeSafe() {
        assertThat(FileNameFit.base("省\u001b]0;x\u0007局\r\n")).isEqualTo("省]0;x局");
        assertThat(FileNameFit.base("合同\u202Efdp.exe")).isEqualTo("合同fdp.exe");
        assertThat(FileNameFit.base("a/b\\c:d*e?f\"g<h>i|j")).isEqualTo("a_b_c_d_e_f_g_h_i_j");
        assertThat(FileNameFit.base("CON")).isEqualTo("_CON");
        assertThat(FileNameFit.base("com1.省")).isEqualTo("_com1.省");
        assertThat(FileNameFit.base("CONTOSO")).isEqualTo("CONTOSO");
        assertThat(FileNameFit.base(" .. ")).isEqualTo("_");
        assertThat(FileNameFit.base("👨‍👩‍👧")).isEqualTo("👨‍👩‍👧");
    }

    /** The names are made on this machine's file system, in one folder, none lost. */
    @Test
    void hostileNamesAreAllCreatedOnTheRealFileSystem() throws IOException {
        List<String> units = List.of("省".repeat(100), "省".repeat(200), "部".repeat(82) + "😀尾",
                "部".repeat(119) + "😀尾", SafeTextTest.HOSTILE, "CON", "a/b", "\u202E省", "省".repeat(100) + "甲",
                "e\u0301".repeat(200), "👨‍👩‍👧".repeat(30));
        List<String> taken = new ArrayList<>();
        FileNameFit.Room room = FileNameFit.roomIn(dir);
        for (String unit : units) {
            String name = FileNameFit.name(unit, "xlsx", taken, room);
            taken.add(name);
            Files.writeString(dir.resolve(name), unit.length() + "");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(units.size());
        }
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
