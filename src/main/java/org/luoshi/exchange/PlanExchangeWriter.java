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
import org.luoshi.rounds.ReportLine;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.Submission;

/**
 * Writes a plan for another office: the importer's JSON (docs/plan-json.md, written by
 * {@link PlanJsonWriter}) plus what the office added while tracking it — status, contact, phone,
 * notes, progress (with the unit that reported it and its round), units in clause order, the
 * source text, and the plan's progress rounds with the forms received in them. {@link PlanExchangeReader} reads it
 * back without loss.
 */
public final class PlanExchangeWriter {
    /** Marks the file as a Luoshi exchange file; readers check it only when present. */
    public static final String FORMAT = "luoshi-plan";
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Plan plan) {
        return write(plan, List.of(), java.util.Map.of());
    }

    /**
     * The plan with its progress rounds: {@code rounds} of the plan, {@code submissions} every form
     * received in each (by round id, superseded ones too).
     */
    public String write(Plan plan, List<Round> rounds, java.util.Map<Long, List<Submission>> submissions) {
        java.util.Map<Long, Integer> place = new java.util.HashMap<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            place.put(plan.tasks().get(i).id(), i + 1);
        }
        java.util.Map<Long, Integer> roundKey = new java.util.HashMap<>();
        for (int i = 0; i < rounds.size(); i++) {
            roundKey.put(rounds.get(i).id(), i + 1);
        }
        ObjectNode root = new PlanJsonWriter().toJson(plan, List.of());
        ObjectNode out = mapper.createObjectNode();
        out.put("format", FORMAT);
        out.put("formatVersion", FORMAT_VERSION);
        out.setAll(root);
        out.put("sourceText", plan.sourceText());
        ArrayNode tasks = (ArrayNode) out.get("tasks");
        for (int i = 0; i < plan.tasks().size(); i++) {
            addExtras((ObjectNode) tasks.get(i), plan.tasks().get(i), roundKey);
        }
        if (!rounds.isEmpty()) {
            ArrayNode list = out.putArray("rounds");
            for (Round r : rounds) {
                round(list.addObject(), r, submissions.getOrDefault(r.id(), List.of()), place);
            }
        }
        try {
            return mapper.writeValueAsString(PlanJsonWriter.safeTexts(out));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan JSON could not be written", e);
        }
    }

    private static void round(ObjectNode o, Round r, List<Submission> forms, java.util.Map<Long, Integer> place) {
        o.put("period", r.period());
        o.put("due", r.due().toString());
        o.put("dueRule", r.dueRule());
        o.put("contact", r.contact());
        o.put("openedOn", r.openedOn().toString());
        ArrayNode units = o.putArray("units");
        r.units().forEach(units::add);
        ArrayNode tasks = o.putArray("tasks");
        r.taskIds().stream().filter(place::containsKey).forEach(id -> tasks.add(place.get(id)));
        ArrayNode subs = o.putArray("submissions");
        java.util.Map<Long, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            index.put(forms.get(i).id(), i);
        }
        for (Submission s : forms) {
            ObjectNode x = subs.addObject();
            x.put("unit", s.unit());
            x.put("received", s.received().toString());
            x.put("fileName", s.fileName());
            x.put("reporter", s.reporter());
            x.put("phone", s.phone());
            if (!s.current() && index.containsKey(s.supersededBy())) {
                x.put("replacedBy", index.get(s.supersededBy()));
            }
            ArrayNode lines = x.putArray("lines");
            for (ReportLine l : s.lines()) {
                if (!place.containsKey(l.taskId())) {
                    continue;
                }
                ObjectNode y = lines.addObject();
                y.put("task", place.get(l.taskId()));
                y.put("progress", l.progress());
                y.put("problems", l.problems());
                y.put("nextSteps", l.nextSteps());
                if (l.percent() != null) {
                    y.put("percent", l.percent());
                }
                if (l.done() != null) {
                    y.put("done", l.done());
                }
            }
        }
    }

    private void addExtras(ObjectNode o, Task t, java.util.Map<Long, Integer> roundKey) {
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
            ObjectNode p = progress.addObject().put("date", e.date().toString()).put("percent", e.percent())
                    .put("text", e.text());
            if (e.unit() != null) {
                p.put("unit", e.unit());
            }
            if (roundKey.containsKey(e.roundId())) {
                p.put("round", roundKey.get(e.roundId()));
            }
        }
    }
}
