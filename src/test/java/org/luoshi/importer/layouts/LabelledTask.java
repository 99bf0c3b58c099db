package org.luoshi.importer.layouts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One task of a hand-labelled plan as its golden file gives it, in the document's own words: the words a re-laid-out
 * copy of the plan (a 分工表, a prose item with a clause) is written from.
 *
 * @param number the 序号 to print (the golden's number where it is a figure, else the task's place)
 * @param category the title of the task's part (or section), or null
 * @param deadlines the deadline phrases as the document words them ({@code raw})
 */
record LabelledTask(String number, String category, String text, List<String> lead, List<String> responsible,
        List<String> cooperating, List<String> deadlines) {

    /** The labelled tasks of a golden file, in order; tasks without a text (a golden by lines) are left out. */
    static List<LabelledTask> of(JsonNode expected) {
        List<LabelledTask> tasks = new ArrayList<>();
        int place = 0;
        for (JsonNode t : expected.get("tasks")) {
            place++;
            if (!t.hasNonNull("text")) {
                continue;
            }
            String number = t.path("number").asText("");
            if (!number.matches("\\d+")) {
                number = String.valueOf(place);
            }
            tasks.add(new LabelledTask(number, category(expected, t), t.get("text").asText(), strings(t.get("lead")),
                    strings(t.get("responsible")), strings(t.get("cooperating")), raws(t.get("deadlines"))));
        }
        // a 分工表 numbers its rows in one run: a plan numbering its items anew in each part is renumbered
        for (int i = 1; i < tasks.size(); i++) {
            if (Integer.parseInt(tasks.get(i).number()) <= Integer.parseInt(tasks.get(i - 1).number())) {
                List<LabelledTask> renumbered = new ArrayList<>();
                for (int k = 0; k < tasks.size(); k++) {
                    LabelledTask t = tasks.get(k);
                    renumbered.add(new LabelledTask(String.valueOf(k + 1), t.category(), t.text(), t.lead(),
                            t.responsible(), t.cooperating(), t.deadlines()));
                }
                return renumbered;
            }
        }
        return tasks;
    }

    private static String category(JsonNode expected, JsonNode task) {
        String title = title(expected.get("parts"), task.path("part").asText(null), null);
        if (title == null) {
            title = title(expected.get("sections"), task.path("section").asText(null), task.path("part").asText(null));
        }
        return title;
    }

    private static String title(JsonNode headings, String number, String part) {
        if (number == null || headings == null) {
            return null;
        }
        for (JsonNode h : headings) {
            if (number.equals(h.path("number").asText()) && (part == null || part.equals(h.path("part").asText(null)))
                    && h.hasNonNull("title")) {
                return h.get("title").asText();
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> raws(JsonNode deadlines) {
        List<String> out = new ArrayList<>();
        deadlines.forEach(d -> {
            if (d.hasNonNull("raw")) {
                out.add(d.get("raw").asText());
            }
        });
        return out;
    }
}
