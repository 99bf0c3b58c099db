package org.luoshi.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.Role;
import org.luoshi.plan.Section;
import org.luoshi.plan.SpanUnit;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.rounds.ReportLine;

/**
 * Reads a plan written by {@link PlanExchangeWriter}, or the plain importer JSON of
 * docs/plan-json.md (then without progress or status). The plan comes back unsaved (ids 0).
 *
 * <p>Strict: the text must be one JSON value and nothing after it, with no field twice in an
 * object, and that value must keep {@link PlanSchema the schema} — exact types, dates within
 * 1900–2200, percents 0–100, no unknown fields. Anything else is refused with a
 * {@link PlanExchangeException} naming the field's JSON path; only then are values copied out.
 */
public final class PlanExchangeReader {
    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    // An export carries the document's source text: let it be as long as a file may be.
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength((int) PlanFiles.MAX_BYTES).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public Plan read(String json) {
        return readAll(json).plan();
    }

    /** The plan with its progress rounds and the entries reported in them. */
    public PlanRounds.Read readAll(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PlanExchangeException(Messages.get("exchange.error.notJson",
                    String.valueOf(e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
                    PlanSchema.printable(String.valueOf(e.getOriginalMessage()))), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new PlanExchangeException(Messages.get("exchange.error.notPlan"));
        }
        PlanSchema.check(root, PlanExchangeWriter.FORMAT_VERSION);
        List<Part> parts = new ArrayList<>();
        for (JsonNode p : array(root, "parts")) {
            parts.add(new Part(text(p, "number"), text(p, "title")));
        }
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : array(root, "sections")) {
            sections.add(new Section(text(s, "part"), text(s, "number"), text(s, "title")));
        }
        List<Task> tasks = new ArrayList<>();
        JsonNode list = root.get("tasks");
        List<PlanRounds.ProgressLink> links = new ArrayList<>();
        int roundCount = root.has("rounds") ? root.get("rounds").size() : 0;
        for (int i = 0; i < list.size(); i++) {
            tasks.add(task(list.get(i), i + 1));
            int k = 0;
            for (JsonNode e : array(list.get(i), "progress")) {
                Integer round = integer(e, "round");
                if (round != null) {
                    reference(round, roundCount, "tasks[" + i + "].progress[" + k + "].round");
                    links.add(new PlanRounds.ProgressLink(i + 1, ProgressEntry.reported(date(e, "date"),
                            integer(e, "percent"), text(e, "text"), text(e, "unit"), 0), round));
                }
                k++;
            }
        }
        List<PlanRounds.ExchangedRound> rounds = new ArrayList<>();
        int r = 0;
        for (JsonNode x : array(root, "rounds")) {
            rounds.add(round(x, list.size(), "rounds[" + r++ + "]"));
        }
        Plan plan = new Plan(0, text(root, "notice"), text(root, "title"), text(root, "docNumber"),
                text(root, "issuer"), date(root, "issuedOn"), text(root, "sourceText"), parts, sections, tasks);
        PlanReferences.check(plan);
        return new PlanRounds.Read(plan, rounds, links);
    }

    private static PlanRounds.ExchangedRound round(JsonNode x, int taskCount, String path) {
        List<String> units = new ArrayList<>();
        array(x, "units").forEach(u -> units.add(u.textValue()));
        List<Integer> tasks = new ArrayList<>();
        int i = 0;
        for (JsonNode t : array(x, "tasks")) {
            tasks.add(reference(t.intValue(), taskCount, path + ".tasks[" + i++ + "]"));
        }
        List<PlanRounds.ExchangedSubmission> subs = new ArrayList<>();
        int count = x.has("submissions") ? x.get("submissions").size() : 0;
        int si = 0;
        for (JsonNode s : array(x, "submissions")) {
            String at = path + ".submissions[" + si + "]";
            Integer by = integer(s, "replacedBy");
            if (by != null && (by < 0 || by >= count || by == si)) {
                throw new PlanExchangeException(Messages.get("exchange.error.reference", at + ".replacedBy", by));
            }
            List<ReportLine> lines = new ArrayList<>();
            int li = 0;
            for (JsonNode l : array(s, "lines")) {
                int task = reference(l.get("task").intValue(), taskCount, at + ".lines[" + li++ + "].task");
                JsonNode done = l.get("done");
                lines.add(new ReportLine(task, text(l, "progress"), text(l, "problems"), text(l, "nextSteps"),
                        integer(l, "percent"), done == null || done.isNull() ? null : done.booleanValue()));
            }
            subs.add(new PlanRounds.ExchangedSubmission(text(s, "unit"), date(s, "received"), text(s, "fileName"),
                    text(s, "reporter"), text(s, "phone"), by == null ? -1 : by, lines));
            si++;
        }
        return new PlanRounds.ExchangedRound(text(x, "period"), date(x, "due"), text(x, "dueRule"), text(x, "contact"),
                date(x, "openedOn"), units, tasks, subs);
    }

    /** A 1-based place that must be within {@code count}; refused naming {@code path} otherwise. */
    private static int reference(int place, int count, String path) {
        if (place < 1 || place > count) {
            throw new PlanExchangeException(Messages.get("exchange.error.reference", path, place));
        }
        return place;
    }

    private Task task(JsonNode t, int position) {
        Integer seq = integer(t, "seq");
        Integer line = integer(t, "line");
        String status = text(t, "status");
        return new Task(0, seq == null ? position : seq, text(t, "number"), text(t, "part"), text(t, "section"),
                text(t, "text"), assignments(t), t.path("othersIncluded").asBoolean(false), deadlines(t),
                milestones(t), progress(t), status == null ? TaskStatus.NOT_STARTED : TaskStatus.valueOf(status),
                line == null ? 0 : line, text(t, "contact"), text(t, "phone"), text(t, "notes"));
    }

    private List<Assignment> assignments(JsonNode t) {
        List<Assignment> list = new ArrayList<>();
        if (t.has("units")) {
            for (JsonNode u : array(t, "units")) {
                list.add(Assignment.of(text(u, "name"), Role.valueOf(text(u, "role"))));
            }
            return list;
        }
        for (Role role : Role.values()) {
            String field = switch (role) {
                case LEAD -> "lead";
                case RESPONSIBLE -> "responsible";
                case COOPERATING -> "cooperating";
            };
            for (JsonNode name : array(t, field)) {
                list.add(Assignment.of(name.asText(), role));
            }
        }
        return list;
    }

    private List<Deadline> deadlines(JsonNode t) {
        List<Deadline> list = new ArrayList<>();
        for (JsonNode d : array(t, "deadlines")) {
            String raw = text(d, "raw");
            list.add(switch (DeadlineKind.valueOf(text(d, "kind"))) {
                case BY -> Deadline.by(raw, date(d, "date"));
                case FROM -> Deadline.from(raw, date(d, "date"));
                case PERIOD -> Deadline.period(raw, date(d, "start"), date(d, "end"));
                case WITHIN -> within(d, raw);
                case RECURRING -> Deadline.recurring(raw, Recurrence.valueOf(text(d, "rule")), integer(d, "month"),
                        integer(d, "day"));
                case ONGOING -> Deadline.ongoing(raw);
            });
        }
        return list;
    }

    /** The schema lets a WITHIN deadline carry exactly one of these. */
    private static Deadline within(JsonNode d, String raw) {
        String[] fields = {"workingDays", "days", "months", "years"};
        SpanUnit[] units = {SpanUnit.WORKING_DAYS, SpanUnit.DAYS, SpanUnit.MONTHS, SpanUnit.YEARS};
        for (int i = 0; i < fields.length; i++) {
            Integer amount = integer(d, fields[i]);
            if (amount != null) {
                return Deadline.within(raw, amount, units[i]);
            }
        }
        throw new IllegalStateException("the schema let a WITHIN deadline without an amount through");
    }

    private static List<Milestone> milestones(JsonNode t) {
        List<Milestone> list = new ArrayList<>();
        for (JsonNode m : array(t, "milestones")) {
            list.add(Milestone.of(date(m, "date"), text(m, "label")));
        }
        return list;
    }

    private static List<ProgressEntry> progress(JsonNode t) {
        List<ProgressEntry> list = new ArrayList<>();
        for (JsonNode e : array(t, "progress")) {
            // The round is linked once the plan and its rounds are stored (PlanRounds.ProgressLink).
            list.add(ProgressEntry.reported(date(e, "date"), integer(e, "percent"), text(e, "text"), text(e, "unit"), 0));
        }
        return list;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode a = node.get(field);
        return a != null && a.isArray() ? a : List.of();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.textValue();
    }

    /** A whole number the schema checked (1e2 and 100.0 are 100, as JSON Schema counts them). */
    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !v.canConvertToExactIntegral() || !v.canConvertToInt()) {
            throw new IllegalStateException("the schema let " + field + " = " + v + " through");
        }
        return v.intValue();
    }

    /** A date the schema checked: ISO, real, within 1900–2200. */
    private static LocalDate date(JsonNode node, String field) {
        String v = text(node, field);
        return v == null ? null : LocalDate.parse(v);
    }
}
