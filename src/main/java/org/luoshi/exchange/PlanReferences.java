package org.luoshi.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;

/**
 * What JSON Schema cannot say about a plan file: that the part and section a task (or a section)
 * names are listed in {@code parts} and {@code sections}. The workspace stores headings by these
 * numbers and refuses a plan whose references lead nowhere; here such a file is refused first,
 * with the JSON path of the reference, like a field that breaks the schema. Lookups are the
 * workspace's: a section by its part and number, else by a number no other section has.
 */
final class PlanReferences {
    private PlanReferences() {
    }

    /** @throws PlanExchangeException naming the first reference that leads nowhere */
    static void check(Plan plan) {
        Set<String> parts = new HashSet<>();
        for (Part p : plan.parts()) {
            if (p.number() != null) {
                parts.add(p.number());
            }
        }
        Set<List<String>> sectionKeys = new HashSet<>();
        Map<String, Integer> sectionsByNumber = new HashMap<>();
        List<Section> sections = plan.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.part() != null && !parts.contains(s.part())) {
                throw refused("sections[" + i + "].part", "exchange.reference.part", s.part());
            }
            if (s.number() != null) {
                sectionKeys.add(java.util.Arrays.asList(s.part(), s.number()));
                sectionsByNumber.merge(s.number(), 1, Integer::sum);
            }
        }
        List<Task> tasks = plan.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            if (t.part() != null && !parts.contains(t.part())) {
                throw refused("tasks[" + i + "].part", "exchange.reference.part", t.part());
            }
            if (t.section() != null && !sectionKeys.contains(java.util.Arrays.asList(t.part(), t.section()))
                    && sectionsByNumber.getOrDefault(t.section(), 0) != 1) {
                throw refused("tasks[" + i + "].section", "exchange.reference.section", t.section());
            }
        }
    }

    private static PlanExchangeException refused(String path, String key, String number) {
        return new PlanExchangeException(Messages.get("exchange.problem", path,
                Messages.get(key, PlanSchema.shown(com.fasterxml.jackson.databind.node.TextNode.valueOf(number)))));
    }
}
