package org.luoshi.plan;

import java.util.List;
import java.util.Objects;

/**
 * One numbered task of a plan with its units, deadlines, milestones and progress.
 *
 * @param id             database id, 0 until stored
 * @param seq            1-based order of the task in the plan
 * @param number         the label as printed ("29", "（三）"), or null if unnumbered
 * @param part           number of the enclosing part, or null
 * @param section        number of the enclosing section, or null
 * @param text           the task text without its responsibility clause
 * @param assignments    units in their roles, in the order the clause lists them
 * @param othersIncluded the clause ends its list with 等相关部门 / 等
 * @param sourceLine     1-based line of the source document where the task starts, 0 if none
 */
public record Task(
        long id,
        int seq,
        String number,
        String part,
        String section,
        String text,
        List<Assignment> assignments,
        boolean othersIncluded,
        List<Deadline> deadlines,
        List<Milestone> milestones,
        List<ProgressEntry> progress,
        TaskStatus status,
        int sourceLine) {

    public Task {
        Objects.requireNonNull(text, "text");
        assignments = List.copyOf(assignments);
        deadlines = List.copyOf(deadlines);
        milestones = List.copyOf(milestones);
        progress = List.copyOf(progress);
        status = status == null ? TaskStatus.NOT_STARTED : status;
    }

    /** Names of the units holding {@code role}, in clause order. */
    public List<String> unitNames(Role role) {
        return assignments.stream()
                .filter(a -> a.role() == role)
                .map(a -> a.unit().name())
                .toList();
    }

    /** The most recent progress entry, or null. */
    public ProgressEntry latestProgress() {
        return progress.stream()
                .max((a, b) -> a.date().compareTo(b.date()) != 0
                        ? a.date().compareTo(b.date())
                        : Long.compare(a.id(), b.id()))
                .orElse(null);
    }

    public Task withId(long newId) {
        return new Task(newId, seq, number, part, section, text, assignments, othersIncluded,
                deadlines, milestones, progress, status, sourceLine);
    }
}
