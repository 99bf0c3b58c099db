package org.luoshi.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.luoshi.importer.PlanJsonWriter;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;

/**
 * Writes a plan for another office: the importer's JSON (spec/plan-json.md, written by
 * {@link PlanJsonWriter}) plus what the office added while tracking it — status, contact, phone,
 * notes, progress, units in clause order, and the source text. {@link PlanExchangeReader} reads it
 * back without loss.
 */
public final class PlanExchangeWriter {
    /** Marks the file as a Luoshi exchange file; readers check it only when present. */
    public static final String FORMAT = "luoshi-plan";
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Plan plan) {
        ObjectNode root = new PlanJsonWriter().toJson(plan, List.of());
        ObjectNode out = mapper.createObjectNode();
        out.put("format", FORMAT);
        out.put("formatVersion", FORMAT_VERSION);
        out.setAll(root);
        out.put("sourceText", plan.sourceText());
        ArrayNode tasks = (ArrayNode) out.get("tasks");
        for (int i = 0; i < plan.tasks().size(); i++) {
            addExtras((ObjectNode) tasks.get(i), plan.tasks().get(i));
        }
        try {
            return mapper.writeValueAsString(PlanJsonWriter.safeTexts(out));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan JSON could not be written", e);
        }
    }

    private void addExtras(ObjectNode o, Task t) {
        o.put("status", t.status().name());
        o.put("contact", t.contact());
        o.put("phone", t.phone());
        o.put("notes", t.notes());
        // The spec splits units by role; this keeps the order the clause gave them in.
        ArrayNode units = o.putArray("units");
        for (Assignment a : t.assignments()) {
            units.addObject().put("name", a.unit().name()).put("role", a.role().name());
        }
        ArrayNode progress = o.putArray("progress");
        for (ProgressEntry e : t.progress()) {
            progress.addObject().put("date", e.date().toString()).put("percent", e.percent()).put("text", e.text());
        }
    }
}
