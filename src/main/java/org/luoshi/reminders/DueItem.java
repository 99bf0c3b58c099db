package org.luoshi.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something due on a date: a milestone, a deadline, the end of a period or one occurrence of a
 * recurring report date, with what a reminder needs to say about it.
 *
 * @param key         stable name of the item in the workspace: kind, task or milestone id and date
 *                    ({@code m12:2023-06-30}, {@code t5:by:2023-12-31}); snoozes and "done" refer to it
 * @param planLabel   the plan's document number, else its title
 * @param taskNumber  the task's printed number (29), or its position if unnumbered
 * @param label       what is due: the milestone's label; empty for deadlines (the task text says it)
 * @param limit       the time limit as the plan prints it (6月底前, 每月28日前), empty if none matches
 * @param milestoneId the milestone's id for MILESTONE items, else null
 * @param owners      lead and responsible units, in clause order
 * @param cooperating cooperating units
 */
public record DueItem(String key, DueKind kind, LocalDate date, long planId, String planLabel, long taskId,
        String taskNumber, String taskText, String label, String limit, Long milestoneId, List<String> owners,
        List<String> cooperating) {

    public DueItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        owners = List.copyOf(owners);
        cooperating = List.copyOf(cooperating);
        label = label == null ? "" : label;
        limit = limit == null ? "" : limit;
        taskText = taskText == null ? "" : taskText;
    }

    /** Whether {@code unit} holds this item's task in any role. */
    public boolean involves(String unit) {
        String u = unit.strip();
        return owners.contains(u) || cooperating.contains(u);
    }

    /** A short title: the milestone's label, else the start of the task text. */
    public String title() {
        if (!label.isBlank()) {
            return label;
        }
        return shorten(taskText, 40);
    }

    static String shorten(String text, int max) {
        String t = text.strip();
        int cut = t.indexOf('。');
        if (cut > 0 && cut <= max) {
            return t.substring(0, cut);
        }
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }
}
