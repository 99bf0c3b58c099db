package org.luoshi.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.importer.parse.ImportWarning;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;

/**
 * Writes a parsed plan in the shape of spec/plan-json.md. Field names and order are a contract
 * read by tests and outside tools: add fields, never rename or drop them.
 */
public final class PlanJsonWriter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(ParsedPlan parsed) {
        try {
            return mapper.writeValueAsString(toJson(parsed.plan(), parsed.warnings()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan JSON could not be written", e);
        }
    }

    public ObjectNode toJson(Plan plan, List<ImportWarning> warnings) {
        ObjectNode root = mapper.createObjectNode();
        root.put("notice", plan.notice());
        root.put("title", plan.title());
        root.put("docNumber", plan.docNumber());
        root.put("issuer", plan.issuer());
        putDate(root, "issuedOn", plan.issuedOn());
        ArrayNode parts = root.putArray("parts");
        for (Part p : plan.parts()) {
            parts.addObject().put("number", p.number()).put("title", p.title());
        }
        ArrayNode sections = root.putArray("sections");
        for (Section s : plan.sections()) {
            sections.addObject().put("part", s.part()).put("number", s.number()).put("title", s.title());
        }
        ArrayNode tasks = root.putArray("tasks");
        for (Task t : plan.tasks()) {
            tasks.add(task(t));
        }
        ArrayNode w = root.putArray("warnings");
        for (ImportWarning warning : warnings) {
            w.addObject().put("line", warning.line()).put("message", warning.message());
        }
        return root;
    }

    private ObjectNode task(Task t) {
        ObjectNode o = mapper.createObjectNode();
        o.put("seq", t.seq());
        o.put("number", t.number());
        o.put("part", t.part());
        o.put("section", t.section());
        o.put("text", t.text());
        names(o.putArray("lead"), t.unitNames(Role.LEAD));
        names(o.putArray("responsible"), t.unitNames(Role.RESPONSIBLE));
        names(o.putArray("cooperating"), t.unitNames(Role.COOPERATING));
        o.put("othersIncluded", t.othersIncluded());
        ArrayNode deadlines = o.putArray("deadlines");
        for (Deadline d : t.deadlines()) {
            deadlines.add(deadline(d));
        }
        ArrayNode milestones = o.putArray("milestones");
        for (Milestone m : t.milestones()) {
            ObjectNode mo = milestones.addObject();
            putDate(mo, "date", m.date());
            mo.put("label", m.label());
        }
        o.put("line", t.sourceLine());
        return o;
    }

    private ObjectNode deadline(Deadline d) {
        ObjectNode o = mapper.createObjectNode();
        o.put("raw", d.raw());
        o.put("kind", d.kind().name());
        switch (d.kind()) {
            case BY, FROM -> putDate(o, "date", d.date());
            case PERIOD -> {
                putDate(o, "start", d.start());
                putDate(o, "end", d.end());
            }
            case WITHIN -> {
                String field = switch (d.spanUnit()) {
                    case WORKING_DAYS -> "workingDays";
                    case DAYS -> "days";
                    case MONTHS -> "months";
                    case YEARS -> "years";
                };
                o.put(field, d.amount());
            }
            case RECURRING -> {
                o.put("rule", d.recurrence().name());
                if (d.month() != null) {
                    o.put("month", d.month());
                }
                if (d.day() != null) {
                    o.put("day", d.day());
                }
            }
            case ONGOING -> {
                // nothing but the phrase
            }
        }
        return o;
    }

    private static void names(ArrayNode array, List<String> names) {
        names.forEach(array::add);
    }

    private static void putDate(ObjectNode o, String field, LocalDate date) {
        if (date == null) {
            o.putNull(field);
        } else {
            o.put(field, date.toString());
        }
    }
}
