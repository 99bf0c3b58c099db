package org.luoshi.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.files.SafeText;
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
 * Writes a parsed plan in the shape of docs/plan-json.md. Field names and order are a contract
 * read by tests and outside tools: add fields, never rename or drop them.
 */
public final class PlanJsonWriter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(ParsedPlan parsed) {
        try {
            return mapper.writeValueAsString(safeTexts(toJson(parsed.plan(), parsed.warnings())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan JSON could not be written", e);
        }
    }

    /**
     * {@code node} with every text made {@link SafeText#text safe} (no control characters, no lone
     * surrogates) in place, so that what a document or the workspace holds cannot break the JSON or
     * whatever reads it. Returns {@code node}.
     */
    public static <T extends JsonNode> T safeTexts(T node) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v.isTextual()) {
                    String safe = SafeText.text(v.textValue());
                    if (!safe.equals(v.textValue())) {
                        o.put(name, safe);
                    }
                } else {
                    safeTexts(v);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isTextual()) {
                    a.set(i, TextNode.valueOf(SafeText.text(v.textValue())));
                } else {
                    safeTexts(v);
                }
            }
        }
        return node;
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
