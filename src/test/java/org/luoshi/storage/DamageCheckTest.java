package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/**
 * The one check of a workspace file ({@link Workspace#check(Path)}, the same as {@code workspace
 * check}) on real damage: each kind is found and said in words, and the check itself writes nothing
 * — not even the log files SQLite keeps beside an open file.
 */
class DamageCheckTest {
    /** A task text found once in the file, to flip a bit inside. */
    private static final String MARKER = "核对损坏检查所用的独特任务文本";

    @TempDir
    static Path shared;
    static Path pristine;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeTheWorkspace() {
        pristine = DamagedFiles.workspace(shared.resolve("pristine.db"), 600, 6);
        try (Workspace ws = Workspace.open(pristine)) {
            Plan sample = SamplePlans.shanxi();
            List<Task> tasks = new java.util.ArrayList<>(sample.tasks());
            tasks.set(0, tasks.get(0).withText(MARKER + tasks.get(0).text()));
            ws.plans().save(sample.withTasks(tasks));
        }
    }

    @Test
    void aSoundFileIsSoundAndNothingIsWrittenBesideIt() throws IOException {
        Path file = copy();
        byte[] before = Files.readAllBytes(file);

        WorkspaceCheck check = Workspace.check(file);

        assertThat(check.isSound()).as(check.problems().toString()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("workspace.db");
        }
    }

    @Test
    void aZeroedPageIsFoundAndTheTableThatCannotBeReadIsNamed() throws IOException {
        Path file = copy();
        DamagedFiles.zeroPage(file, DamagedFiles.middlePage(file, "task", "leaf"));

        WorkspaceCheck check = Workspace.check(file);

        assertThat(check.isDamaged()).isTrue();
        assertThat(check.problems()).anyMatch(p -> p.startsWith("table task: cannot be read past"));
    }

    @Test
    void flippedBitsInABTreePageAreFoundWithTheTableAndPage() throws IOException {
        Path file = copy();
        long page = DamagedFiles.middlePage(file, "progress", "leaf");
        DamagedFiles.flipCellPointers(file, page);

        WorkspaceCheck check = Workspace.check(file);

        assertThat(check.isDamaged()).isTrue();
        assertThat(check.firstProblem()).contains("(progress) page " + page);
    }

    @Test
    void aFileCutShortIsFound() throws IOException {
        Path file = copy();
        long pages = DamagedFiles.pageCount(file);
        DamagedFiles.cutAfter(file, pages - 3);

        WorkspaceCheck check = Workspace.check(file);

        assertThat(check.firstProblem()).isEqualTo("the file ends early: it has " + (pages - 3) + " of its " + pages
                + " pages (it was cut short)");
    }

    @Test
    void aFlippedBitInsideTextIsFoundThoughSqliteSeesNothing() throws IOException, SQLException {
        Path file = copy();
        long at = DamagedFiles.offsetOf(file, MARKER);
        assertThat(at).isPositive();
        // The second byte of 核 is a continuation byte (10xxxxxx): flipping bit 6 makes it a lead byte.
        DamagedFiles.flipBit(file, at + 1, 6);

        assertThat(sqlite(file, "PRAGMA integrity_check")).as("SQLite's own check").isEqualTo("ok");
        WorkspaceCheck check = Workspace.check(file);

        assertThat(check.problems()).singleElement().asString().startsWith("the text in task.text of row ")
                .endsWith("is not valid UTF-8 (a changed byte)");
    }

    @Test
    void aRowWhosePlanIsGoneIsFound() throws IOException, SQLException {
        Path file = copy();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO progress (task_id, date, percent, text) VALUES (999999, '2023-01-01', 10, '')");
        }

        WorkspaceCheck check = Workspace.check(file);

        assertThat(check.problems()).singleElement().asString()
                .contains("a row of progress").contains("refers to a row of task that is not there");
    }

    @Test
    void strictUtf8() {
        assertThat(DamageCheck.validUtf8("落实 ok 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(DamageCheck.validUtf8(new byte[0])).isTrue();
        for (int[] bad : new int[][] {{0x80}, {0xC0, 0x80}, {0xE4, 0xB8}, {0xED, 0xA0, 0x80}, {0xF5, 0x80, 0x80, 0x80},
                {0xF0, 0x8F, 0xBF, 0xBF}, {0xE4, 0x38, 0x8D}, {0xFF}}) {
            byte[] b = new byte[bad.length];
            for (int i = 0; i < bad.length; i++) {
                b[i] = (byte) bad[i];
            }
            assertThat(DamageCheck.validUtf8(b)).as(java.util.Arrays.toString(bad)).isFalse();
        }
    }

    private static String sqlite(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?immutable=1");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Path copy() throws IOException {
        return Files.copy(pristine, dir.resolve("workspace.db"));
    }
}
