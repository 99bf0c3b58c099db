package org.luoshi.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

/**
 * Reads a plan written by {@link PlanExchangeWriter}, or the plain importer JSON of
 * spec/plan-json.md (then without progress or status). The plan comes back unsaved (ids 0).
 * Anything malformed is refused with a {@link PlanExchangeException} naming the task and field.
 */
public final class PlanExchangeReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public Plan read(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PlanExchangeException(Messages.get("exchange.error.notJson",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new PlanExchangeException(Messages.get("exchange.error.notPlan"));
        }
        String format = text(root, "format");
        if (format != null && !PlanExchangeWriter.FORMAT.equals(format)) {
            throw new PlanExchangeException(Messages.get("exchange.error.format", format));
        }
        int version = root.path("formatVersion").asInt(PlanExchangeWriter.FORMAT_VERSION);
        if (version > PlanExchangeWriter.FORMAT_VERSION) {
            throw new PlanExchangeException(Messages.get("exchange.error.newer", version));
        }
        if (!root.path("tasks").isArray()) {
            throw new PlanExchangeException(Messages.get("exchange.error.notPlan"));
        }
        List<Part> parts = new ArrayList<>();
        for (JsonNode p : array(root, "parts")) {
            parts.add(new Part(text(p, "number"), text(p, "title")));
        }
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : array(root, "sections")) {
            sections.add(new Section(text(s, "part"), text(s, "number"), text(s, "title")));
        }
        List<Task> tasks = new ArrayList<>();
        int position = 0;
        for (JsonNode t : root.get("tasks")) {
            position++;
            tasks.add(task(t, position));
        }
        return new Plan(0, text(root, "notice"), text(root, "title"), text(root, "docNumber"), text(root, "issuer"),
                date(root, "issuedOn", Messages.get("exchange.where.plan")), text(root, "sourceText"), parts, sections,
                tasks);
    }

    private Task task(JsonNode t, int position) {
        int seq = t.path("seq").asInt(position);
        String where = Messages.get("exchange.where.task", seq);
        String text = text(t, "text");
        if (text == null) {
            throw new PlanExchangeException(Messages.get("exchange.error.missing", where, "text"));
        }
        return new Task(0, seq, text(t, "number"), text(t, "part"), text(t, "section"), text,
                assignments(t, where), t.path("othersIncluded").asBoolean(false), deadlines(t, where),
                milestones(t, where), progress(t, where), status(t, where), t.path("line").asInt(0),
                text(t, "contact"), text(t, "phone"), text(t, "notes"));
    }

    private List<Assignment> assignments(JsonNode t, String where) {
        List<Assignment> list = new ArrayList<>();
        if (t.has("units")) {
            for (JsonNode u : array(t, "units")) {
                list.add(Assignment.of(required(u, "name", where), enumValue(Role.class, required(u, "role", where), where)));
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

    private List<Deadline> deadlines(JsonNode t, String where) {
        List<Deadline> list = new ArrayList<>();
        for (JsonNode d : array(t, "deadlines")) {
            String raw = required(d, "raw", where);
            DeadlineKind kind = enumValue(DeadlineKind.class, required(d, "kind", where), where);
            list.add(switch (kind) {
                case BY -> Deadline.by(raw, date(d, "date", where));
                case FROM -> Deadline.from(raw, date(d, "date", where));
                case PERIOD -> Deadline.period(raw, date(d, "start", where), date(d, "end", where));
                case WITHIN -> within(d, raw, where);
                case RECURRING -> Deadline.recurring(raw, enumValue(Recurrence.class, required(d, "rule", where), where),
                        integer(d, "month"), integer(d, "day"));
                case ONGOING -> Deadline.ongoing(raw);
            });
        }
        return list;
    }

    private Deadline within(JsonNode d, String raw, String where) {
        String[] fields = {"workingDays", "days", "months", "years"};
        SpanUnit[] units = {SpanUnit.WORKING_DAYS, SpanUnit.DAYS, SpanUnit.MONTHS, SpanUnit.YEARS};
        for (int i = 0; i < fields.length; i++) {
            if (d.hasNonNull(fields[i])) {
                return Deadline.within(raw, d.get(fields[i]).asInt(), units[i]);
            }
        }
        throw new PlanExchangeException(Messages.get("exchange.error.missing", where, "workingDays / days / months / years"));
    }

    private List<Milestone> milestones(JsonNode t, String where) {
        List<Milestone> list = new ArrayList<>();
        for (JsonNode m : array(t, "milestones")) {
            LocalDate date = date(m, "date", where);
            if (date == null) {
                throw new PlanExchangeException(Messages.get("exchange.error.missing", where, "milestones.date"));
            }
            list.add(Milestone.of(date, text(m, "label")));
        }
        return list;
    }

    private List<ProgressEntry> progress(JsonNode t, String where) {
        List<ProgressEntry> list = new ArrayList<>();
        for (JsonNode e : array(t, "progress")) {
            LocalDate date = date(e, "date", where);
            int percent = e.path("percent").asInt(-1);
            if (date == null || percent < 0 || percent > 100) {
                throw new PlanExchangeException(Messages.get("exchange.error.progress", where));
            }
            list.add(ProgressEntry.of(date, percent, text(e, "text")));
        }
        return list;
    }

    private TaskStatus status(JsonNode t, String where) {
        String status = text(t, "status");
        return status == null ? TaskStatus.NOT_STARTED : enumValue(TaskStatus.class, status, where);
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode a = node.get(field);
        return a != null && a.isArray() ? a : List.of();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String required(JsonNode node, String field, String where) {
        String v = text(node, field);
        if (v == null) {
            throw new PlanExchangeException(Messages.get("exchange.error.missing", where, field));
        }
        return v;
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static LocalDate date(JsonNode node, String field, String where) {
        String v = text(node, field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new PlanExchangeException(Messages.get("exchange.error.date", where, field, v), e);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String where) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new PlanExchangeException(Messages.get("exchange.error.value", where, name), e);
        }
    }
}
