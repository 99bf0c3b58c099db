package org.luoshi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.cli.LuoshiCommand;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * The plan files of the fault campaign that poisoned a workspace (issue 13, item 5), and their
 * relatives: each is refused with the JSON path of the field at fault, and nothing is stored.
 * Before the schema, the first was stored and then stopped {@code due} for every plan and the
 * window; the percents were stored wrapped, {@code true} as 1, a version of 10¹² wrapped past the
 * "newer format" check, and trailing garbage and text given as an object went unnoticed.
 */
class PoisonedPlanJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    private Path workspace;
    private ObjectNode export;

    @BeforeEach
    void aWorkspaceAndAValidExport() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        workspace = dir.resolve("workspace.db");
        try (Workspace ws = Workspace.open(workspace)) {
            Plan stored = ws.plans().save(PlanExchangeTest.trackedSample());
            export = (ObjectNode) MAPPER.readTree(new PlanExchangeWriter().write(stored));
        }
        assertThat(PlanSchema.problems(export)).isEmpty();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aDeadlineOfYearMinus999999999() throws Exception {
        refused(p -> task(p, 3).withArray("deadlines").addObject().put("raw", "很久以前").put("kind", "BY")
                .put("date", "-999999999-01-01"),
                "tasks[3].deadlines[0].date: “-999999999-01-01” is not a date from 1900-01-01 to 2200-12-31.");
    }

    @Test
    void datesOutsideTheYearsLuoshiShowsOrThatDoNotExist() throws Exception {
        refused(p -> p.put("issuedOn", "1899-12-31"),
                "issuedOn: “1899-12-31” is not a date from 1900-01-01 to 2200-12-31.");
        refused(p -> ((ObjectNode) task(p, 1).withArray("deadlines").get(2)).put("end", "2201-01-01"),
                "tasks[1].deadlines[2].end: “2201-01-01” is not a date from 1900-01-01 to 2200-12-31.");
        refused(p -> ((ObjectNode) task(p, 1).withArray("milestones").get(0)).put("date", "2023-02-30"),
                "tasks[1].milestones[0].date: “2023-02-30” is not a date from 1900-01-01 to 2200-12-31.");
        refused(p -> ((ObjectNode) task(p, 0).withArray("progress").get(0)).put("date", "+12345-01-01"),
                "tasks[0].progress[0].date: “+12345-01-01” is not a date from 1900-01-01 to 2200-12-31.");
    }

    @Test
    void aPercentPast32BitsIsNotStoredWrapped() throws Exception {
        refused(p -> progress(p).put("percent", new BigInteger("4294967346")),
                "tasks[0].progress[0].percent: must be at most 100, not 4294967346.");
        refused(p -> progress(p).put("percent", -1), "tasks[0].progress[0].percent: must be at least 0, not -1.");
        refused(p -> progress(p).put("percent", 50.5), "tasks[0].progress[0].percent: must be a whole number, not 50.5.");
    }

    @Test
    void trueIsNotOne() throws Exception {
        refused(p -> progress(p).put("percent", true), "tasks[0].progress[0].percent: must be a whole number, not true.");
        refused(p -> progress(p).put("percent", "50"), "tasks[0].progress[0].percent: must be a whole number, not “50”.");
        refused(p -> task(p, 0).put("othersIncluded", 1), "tasks[0].othersIncluded: must be true or false, not 1.");
    }

    @Test
    void aFormatVersionOfTenToTheTwelfthDoesNotWrapPastTheNewerCheck() throws Exception {
        refused(p -> p.put("formatVersion", 1_000_000_000_000L), "formatVersion: must be at most 1000, not 1000000000000.");
        refused(p -> p.put("formatVersion", 4_294_967_297L), "formatVersion: must be at most 1000, not 4294967297.");
        refused(p -> p.put("formatVersion", 2), "The file was written by a newer Luoshi (format 2).");
        refused(p -> p.put("formatVersion", "1"), "formatVersion: must be a whole number, not “1”.");
    }

    @Test
    void garbageAfterThePlanIsRefused() throws Exception {
        String json = MAPPER.writeValueAsString(export);
        refusedText(json + " garbage", "The file is not valid JSON (line 1: Unrecognized token 'garbage'");
        refusedText(json + "\n{}", "The file is not valid JSON (line 2: Trailing token");
        refusedText(json + "]", "The file is not valid JSON (line 1: Unexpected close marker ']'");
    }

    @Test
    void aRefusalCarriesNoControlCharactersOfTheFileToTheTerminal() throws Exception {
        String json = MAPPER.writeValueAsString(export);
        Path file = Files.writeString(dir.resolve("plan.json"), json + " x\u001b]0;owned");
        assertThatThrownBy(() -> PlanFiles.read(file)).isInstanceOf(PlanExchangeException.class)
                .hasMessageStartingWith("The file is not valid JSON (line 1:")
                .hasMessageContaining("\\u001b").hasMessageNotContaining("\u001b");
        refused(p -> p.put("\u001b[2Jjunk", 1), "[\"\\u001b[2Jjunk\"]: a plan file has no such field.");
    }

    @Test
    void textGivenAsAnObjectIsRefused() throws Exception {
        refused(p -> task(p, 5).putObject("text").put("zh", "任务"), "tasks[5].text: must be text, not an object.");
        refused(p -> p.putArray("title").add("标题"), "title: must be text or null, not a list.");
        refused(p -> task(p, 0).withArray("lead").add(7), "tasks[0].lead[1]: must be text, not 7.");
    }

    @Test
    void unknownFieldsAndFieldsGivenTwiceAreRefused() throws Exception {
        refused(p -> p.put("junk", 1), "junk: a plan file has no such field.");
        refused(p -> task(p, 2).put("percent", 50), "tasks[2].percent: a plan file has no such field.");
        refusedText("{\"tasks\": [], \"title\": \"a\", \"title\": \"b\"}",
                "The file is not valid JSON (line 1: Duplicate field 'title')");
    }

    @Test
    void valuesTheStorageWouldRefuseAreRefusedWithTheirPath() throws Exception {
        refused(p -> ((ObjectNode) task(p, 1).withArray("deadlines").get(7)).put("day", 35),
                "tasks[1].deadlines[7].day: must be at most 31, not 35.");
        refused(p -> ((ObjectNode) task(p, 0).withArray("units").get(0)).put("name", "  "),
                "tasks[0].units[0].name: a unit needs a name.");
        refused(p -> ((ObjectNode) task(p, 0).withArray("units").get(0)).put("role", "BOSS"),
                "tasks[0].units[0].role: “BOSS” is not one of LEAD, RESPONSIBLE, COOPERATING.");
        refused(p -> ((ObjectNode) task(p, 1).withArray("deadlines").get(3)).remove("workingDays"),
                "tasks[1].deadlines[3]: a WITHIN deadline needs exactly one of workingDays, days, months, years.");
        refused(p -> task(p, 0).put("seq", 0), "tasks[0].seq: must be at least 1, not 0.");
    }

    @Test
    void partsAndSectionsThatAreNotListedAreRefusedWithTheirPath() throws Exception {
        // JSON Schema cannot say that a task's part is one of parts[*].number; the reader checks it after.
        refused(p -> task(p, 0).put("part", "九"), "tasks[0].part: no part numbered “九” in parts.");
        refused(p -> task(p, 0).put("section", "九十九"), "tasks[0].section: no single section numbered “九十九” in sections.");
        refused(p -> ((ObjectNode) p.withArray("sections").get(0)).put("part", "九"),
                "sections[0].part: no part numbered “九” in parts.");
    }

    @Test
    void severalProblemsAreCountedAfterTheFirst() throws Exception {
        refused(p -> {
            p.put("junk", 1);
            task(p, 0).put("text", 3);
        }, "tasks[0].text: must be text, not 3. (and 1 more problems)");
    }

    @Test
    void inChineseTheMessageNamesThePathToo() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        refused(p -> progress(p).put("percent", new BigInteger("4294967346")),
                "tasks[0].progress[0].percent：应不大于 100，而不是 4294967346。");
    }

    @Test
    void onTheCommandLineARefusalIsOneLineExitTwoAndTheFileUnchanged() throws Exception {
        ObjectNode poisoned = export.deepCopy();
        task(poisoned, 3).withArray("deadlines").addObject().put("raw", "x").put("kind", "BY")
                .put("date", "-999999999-01-01");
        Path file = Files.writeString(dir.resolve("poisoned.json"), MAPPER.writeValueAsString(poisoned));
        byte[] before = Files.readAllBytes(workspace);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LuoshiCommand.execute(new String[] {"--workspace", workspace.toString(), "import-json",
                file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo(
                "tasks[3].deadlines[0].date: “-999999999-01-01” is not a date from 1900-01-01 to 2200-12-31.")
                .doesNotContain("\n");
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
    }

    /** {@code poison} applied to a copy of the valid export is refused with {@code message}; nothing is stored. */
    private void refused(Consumer<ObjectNode> poison, String message) throws Exception {
        ObjectNode copy = export.deepCopy();
        poison.accept(copy);
        refusedText(MAPPER.writeValueAsString(copy), message);
    }

    private void refusedText(String json, String message) throws Exception {
        Path file = Files.writeString(dir.resolve("plan.json"), json);
        try (Workspace ws = Workspace.open(workspace)) {
            int plans = ws.plans().list().size();
            assertThatThrownBy(() -> PlanJsonExchange.importFile(file).run(Session.of(ws)))
                    .isInstanceOf(PlanExchangeException.class)
                    .hasMessageStartingWith(message);
            assertThat(ws.plans().list()).as("nothing stored").hasSize(plans);
        }
    }

    private static ObjectNode task(ObjectNode plan, int index) {
        return (ObjectNode) plan.withArray("tasks").get(index);
    }

    private static ObjectNode progress(ObjectNode plan) {
        ArrayNode progress = task(plan, 0).withArray("progress");
        return (ObjectNode) progress.get(0);
    }
}
