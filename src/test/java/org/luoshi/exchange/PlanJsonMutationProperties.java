package org.luoshi.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.luoshi.cli.LuoshiCommand;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.timeline.Grouping;
import org.luoshi.timeline.TimelineFixtures;
import org.luoshi.timeline.TimelineTree;

/**
 * Fuzz-ish: random mutations of a valid export — a value swapped for a hostile one (huge numbers,
 * booleans, dates of year -999999999, objects for text), a field dropped or added, an element
 * doubled, the text cut or followed by garbage — are either refused with the JSON path of the
 * field at fault (or, for text that is no JSON or no plan, a one-line message) with nothing
 * stored, or stored and then readable by every command: {@code plans}, {@code due}, {@code ics},
 * {@code sheets}, {@code export} (whose file keeps the schema and reads back), the timeline, and
 * {@code plan delete}.
 */
class PlanJsonMutationProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A refusal names a path (tasks[3].deadlines[0].date: …) or says what the whole file is not. */
    private static final Pattern WITH_PATH = Pattern.compile("^([A-Za-z]+(\\[\\d+]|\\.[A-Za-z]+|\\[\".*\"])*|the file): .+");
    private static final List<String> WHOLE_FILE = List.of("The file is not valid JSON", "The file is not a plan",
            "The file was written by a newer Luoshi", "The file is a “");

    private static Path dir;
    private static Path workspace;
    private static String valid;

    private enum Kind { REPLACE, REMOVE, ADD_FIELD, DOUBLE, APPEND_TEXT, CUT_TEXT }

    /** One change: what, where (an index into the nodes of the tree, modulo their count), with what. */
    record Mutation(Kind kind, int target, int value) {
    }

    @BeforeContainer
    static void aWorkspaceWithOnePlanAndAValidExport() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        dir = Files.createTempDirectory("plan-json-mutations");
        workspace = dir.resolve("workspace.db");
        Plan sample = PlanExchangeTest.trackedSample();
        // The first tasks carry every extra (units out of order, progress, every deadline kind, milestones).
        Plan small = sample.withTasks(sample.tasks().subList(0, 5));
        try (Workspace ws = Workspace.open(workspace)) {
            valid = new PlanExchangeWriter().write(ws.plans().save(small));
        }
        assertThat(PlanSchema.problems(MAPPER.readTree(valid))).isEmpty();
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        Messages.setLocale(Locale.getDefault());
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, HOSTILE.size() - 1)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    /** Found by the property: 1e400 where a date's day or a percent belongs escaped the schema check as a NumberFormatException. */
    @Example
    void aNumberTooLargeForAnyTypeIsRefusedWithItsPath() throws Exception {
        aMutatedExportIsRefusedWithAPathOrStoredAndReadableByEveryCommand(List.of(new Mutation(Kind.REPLACE, 157, 11)));
    }

    @Property(tries = 150)
    void aMutatedExportIsRefusedWithAPathOrStoredAndReadableByEveryCommand(
            @ForAll("mutations") List<Mutation> mutations) throws Exception {
        String json = mutate(valid, mutations);
        Path file = Files.writeString(dir.resolve("mutated.json"), json);
        Plan stored;
        try (Workspace ws = Workspace.open(workspace)) {
            int before = ws.plans().list().size();
            try {
                stored = PlanJsonExchange.importFile(file).run(Session.of(ws));
            } catch (PlanExchangeException refused) {
                String message = refused.getMessage();
                assertThat(message).as(json).doesNotContain("\n");
                assertThat(WITH_PATH.matcher(message).matches() || WHOLE_FILE.stream().anyMatch(message::startsWith))
                        .as("“%s” names the field at fault, for %s", message, mutations).isTrue();
                assertThat(ws.plans().list()).as("nothing stored").hasSize(before);
                Statistics.label("outcome").collect("refused");
                return;
            }
        }
        Statistics.label("outcome").collect("stored");
        String id = String.valueOf(stored.id());
        ok("plans");
        ok("due", "--today", "2023-03-01", "--within", "30");
        ok("ics", "--plan", id, "--out", dir.resolve("plan.ics").toString());
        ok("sheets", "--plan", id, "--whole-plan", "--format", "xlsx", "--out", dir.resolve("sheets").toString());
        Path exported = dir.resolve("again.json");
        ok("export", "--plan", id, "--out", exported.toString());
        assertThat(PlanSchema.problems(MAPPER.readTree(Files.readString(exported)))).as(json).isEmpty();
        assertThat(PlanExchangeTest.withoutIds(PlanFiles.read(exported)))
                .isEqualTo(PlanExchangeTest.withoutIds(stored));
        TimelineTree tree = TimelineTree.build(stored, Grouping.OUTLINE, null,
                TimelineFixtures.lightsOn(java.time.LocalDate.of(2023, 3, 1)));
        assertThat(tree.lastDate().getYear() - tree.firstDate().getYear()).as("a chart of sensible width")
                .isLessThan(400);
        ok("plan", "delete", "--plan", id);
    }

    private static void ok(String... command) {
        List<String> args = new ArrayList<>(List.of("--workspace", workspace.toString()));
        args.addAll(List.of(command));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LuoshiCommand.execute(args.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as("%s: %s", String.join(" ", command), err).isZero();
    }

    // --- the mutations ---

    /** Values a hostile or broken file might hold where another belongs. */
    private static final List<JsonNode> HOSTILE = List.of(
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1), NODES.numberNode(31), NODES.numberNode(100),
            NODES.numberNode(101), NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(2_147_483_648L),
            NODES.numberNode(new BigInteger("4294967346")), NODES.numberNode(1_000_000_000_000L),
            NODES.numberNode(new BigInteger("-99999999999999999999999")), NODES.numberNode(new BigDecimal("1e400")),
            NODES.numberNode(50.0), NODES.numberNode(50.5), NODES.booleanNode(true), NODES.booleanNode(false),
            NODES.nullNode(), NODES.textNode(""), NODES.textNode("  "), NODES.textNode("2023-02-30"),
            NODES.textNode("-999999999-01-01"), NODES.textNode("+999999999-12-31"), NODES.textNode("1899-12-31"),
            NODES.textNode("1900-01-01"), NODES.textNode("2200-12-31"), NODES.textNode("2201-01-01"),
            NODES.textNode("2023-06-30"), NODES.textNode("9999-12-31"), NODES.textNode("BY"), NODES.textNode("PERIOD"),
            NODES.textNode("WITHIN"), NODES.textNode("RECURRING"), NODES.textNode("MONTHLY"), NODES.textNode("LEAD"),
            NODES.textNode("DONE"), NODES.textNode("luoshi-plan"), NODES.textNode("省发展改革委"),
            NODES.textNode("\u001b[31m红\u001b[0m\r\n"), NODES.textNode("x".repeat(5000)),
            NODES.objectNode(), NODES.objectNode().put("text", "任务"), NODES.arrayNode(),
            NODES.arrayNode().add(1), NODES.arrayNode().add("省财政厅"),
            NODES.objectNode().put("date", "2023-01-01").put("percent", 40),
            NODES.objectNode().put("raw", "每月35日前").put("kind", "RECURRING").put("rule", "MONTHLY").put("day", 35),
            NODES.objectNode().put("raw", "x").put("kind", "PERIOD").put("start", "2200-12-31").put("end", "1900-01-01"));

    /** Field names of the format, so that added fields are often known ones with a wrong or a fitting value. */
    private static final List<String> FIELDS = List.of("date", "start", "end", "percent", "kind", "raw", "rule", "day",
            "month", "workingDays", "years", "text", "seq", "status", "units", "lead", "deadlines", "milestones",
            "progress", "issuedOn", "formatVersion", "format", "tasks", "name", "role", "line", "unknown");

    static String mutate(String json, List<Mutation> mutations) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        String text = null;
        for (Mutation m : mutations) {
            if (m.kind() == Kind.APPEND_TEXT || m.kind() == Kind.CUT_TEXT) {
                String base = text != null ? text : MAPPER.writeValueAsString(root);
                text = m.kind() == Kind.APPEND_TEXT ? base + List.of(" garbage", "}", "\n{}", ",", "\u0000").get(m.value() % 5)
                        : base.substring(0, base.isEmpty() ? 0 : m.target() % base.length());
                continue;
            }
            if (text != null) {
                continue; // the text is no longer a tree to change
            }
            root = change(root, m);
        }
        return text != null ? text : MAPPER.writeValueAsString(root);
    }

    private static JsonNode change(JsonNode root, Mutation m) {
        List<JsonPointer> places = new ArrayList<>();
        collect(root, JsonPointer.empty(), places);
        JsonPointer at = places.get(m.target() % places.size());
        JsonNode value = HOSTILE.get(m.value()).deepCopy();
        if (at.matches()) {
            return m.kind() == Kind.REPLACE ? value : root;
        }
        JsonNode parent = root.at(at.head());
        String last = at.last().getMatchingProperty();
        switch (m.kind()) {
            case REPLACE -> set(parent, at.last(), value);
            case REMOVE -> {
                if (parent instanceof ObjectNode o) {
                    o.remove(last);
                } else if (parent instanceof ArrayNode a) {
                    a.remove(at.last().getMatchingIndex());
                }
            }
            case ADD_FIELD -> {
                JsonNode target = root.at(at);
                if (target instanceof ObjectNode o) {
                    o.set(FIELDS.get(m.value() % FIELDS.size()), value);
                } else if (target instanceof ArrayNode a) {
                    a.add(value);
                }
            }
            case DOUBLE -> {
                if (parent instanceof ArrayNode a) {
                    a.insert(at.last().getMatchingIndex(), a.get(at.last().getMatchingIndex()).deepCopy());
                }
            }
            default -> throw new IllegalStateException(m.kind().name());
        }
        return root;
    }

    private static void set(JsonNode parent, JsonPointer last, JsonNode value) {
        if (parent instanceof ObjectNode o) {
            o.set(last.getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode a) {
            a.set(last.getMatchingIndex(), value);
        }
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> places) {
        places.add(at);
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> collect(node.get(f), at.appendProperty(f), places));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at.appendIndex(i), places);
            }
        }
    }
}
