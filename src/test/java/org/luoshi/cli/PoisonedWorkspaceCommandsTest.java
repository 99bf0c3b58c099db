package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.testing.PoisonedWorkspaces;

/**
 * Defence in depth on the command line: with dates no view can show stored in plan 1, {@code plans},
 * {@code due}, {@code ics}, {@code sheets}, {@code calendar} and {@code export} still work, for
 * plan 2 as for the rest of plan 1; each bad date is named on stderr (or shown as an invalid date
 * in a sheet), and {@code plan delete} removes the plan. Before, {@code due} failed for every plan
 * ("Invalid value for EpochDay") once one such date was stored.
 */
class PoisonedWorkspaceCommandsTest {
    @TempDir
    Path dir;
    private PoisonedWorkspaces.Made made;

    @BeforeEach
    void poison() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        made = PoisonedWorkspaces.make(dir.resolve("workspace.db"));
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void plansListsBoth() {
        Result r = run("plans");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(3);
    }

    @Test
    void dueListsWhatIsDueAndNamesEachBadDate() {
        Result r = run("due", "--today", "2023-03-01", "--within", "60");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().skip(1)).isNotEmpty()
                .allMatch(line -> Dates.canShow(LocalDate.parse(line.substring(0, line.indexOf('\t')))));
        List<String> notes = r.err().lines().filter(l -> l.startsWith("Note: plan " + made.poisoned() + ",")).toList();
        assertThat(notes).hasSize(7);
        assertThat(notes).anyMatch(l -> l.contains(PoisonedWorkspaces.YEAR_MINUS_999999999)
                && l.contains("luoshi plan delete --plan " + made.poisoned()));
        assertThat(notes).anyMatch(l -> l.contains("the issue date: -0001-06-30"));
        assertThat(r.err()).doesNotContain("Note: plan " + made.sound() + ",");
    }

    @Test
    void icsIsWrittenForBothPlans() {
        for (long id : new long[] {made.poisoned(), made.sound()}) {
            Path out = dir.resolve("plan" + id + ".ics");
            Result r = run("ics", "--plan", String.valueOf(id), "--out", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(out).exists();
        }
    }

    @Test
    void aSheetShowsTheBadDateAsAnInvalidDate() throws Exception {
        Path out = dir.resolve("sheets");
        Result r = run("sheets", "--plan", String.valueOf(made.poisoned()), "--whole-plan", "--format", "xlsx",
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path xlsx;
        try (Stream<Path> files = Files.list(out)) {
            xlsx = files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        StringBuilder cells = new StringBuilder();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        assertThat(cells.toString()).contains("invalid date (" + PoisonedWorkspaces.YEAR_MINUS_999999999 + ")");
    }

    @Test
    void theCalendarIgnoresAYearNoViewCanShow() {
        Result list = run("calendar");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).doesNotContain("999999999\t");
        Result check = run("calendar", "check", "2023-06-22");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("2023-06-22\toff");
    }

    @Test
    void anExportNamesTheBadDatesAndTheOtherWorkspaceRefusesThemWithTheirPath() {
        Path file = dir.resolve("plan1.json");
        Result exported = run("export", "--plan", String.valueOf(made.poisoned()), "--out", file.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.err().lines()).hasSize(7);
        Result imported = run2(dir.resolve("other.db"), "import-json", file.toString());
        assertThat(imported.code()).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
        assertThat(imported.err()).startsWith("issuedOn: “-0001-06-30” is not a date from 1900-01-01 to 2200-12-31.");
    }

    @Test
    void planDeleteRemovesThePoisonedPlanAndTheRestIsClean() throws Exception {
        byte[] before = Files.readAllBytes(made.file());
        Result unknown = run("plan", "delete", "--plan", "99");
        assertThat(unknown.code()).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
        assertThat(unknown.err()).isEqualTo("The workspace has no plan 99 (see: plans).\n");
        assertThat(Files.readAllBytes(made.file())).as("nothing changed").isEqualTo(before);

        Result deleted = run("plan", "delete", "--plan", String.valueOf(made.poisoned()));
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out()).isEqualTo("Deleted plan " + made.poisoned() + " with 47 tasks.\n");
        Result plans = run("plans");
        assertThat(plans.out().lines()).hasSize(2).last().asString().startsWith(made.sound() + "\t");
        Result due = run("due", "--today", "2023-03-01", "--within", "60");
        assertThat(due.code()).isZero();
        assertThat(due.err()).doesNotContain("Note: plan");
    }

    private Result run(String... args) {
        return run2(made.file(), args);
    }

    private static Result run2(Path workspace, String... args) {
        String[] all = Stream.concat(Stream.of("--workspace", workspace.toString()), Stream.of(args))
                .toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LuoshiCommand.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    private record Result(int code, String out, String err) {
    }
}
