package org.luoshi.plan;

import java.util.List;
import java.util.Objects;

/**
 * One numbered task of a plan with its units, deadlines, milestones, progress and the office's own
 * notes on it.
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
 * @param contact        the person to ask about the task (责任人), "" if none
 * @param phone          that person's phone, "" if none
 * @param notes          free notes of the office (备注), "" if none
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
        int sourceLine,
        String contact,
        String phone,
        String notes) {

    public Task {
        Objects.requireNonNull(text, "text");
        assignments = List.copyOf(assignments);
        deadlines = List.copyOf(deadlines);
        milestones = List.copyOf(milestones);
        progress = List.copyOf(progress);
        status = status == null ? TaskStatus.NOT_STARTED : status;
        contact = contact == null ? "" : contact;
        phone = phone == null ? "" : phone;
        notes = notes == null ? "" : notes;
    }

    /** A task as a document gives it: no contact, phone or notes yet. */
    public Task(long id, int seq, String number, String part, String section, String text,
            List<Assignment> assignments, boolean othersIncluded, List<Deadline> deadlines,
            List<Milestone> milestones, List<ProgressEntry> progress, TaskStatus status, int sourceLine) {
        this(id, seq, number, part, section, text, assignments, othersIncluded, deadlines, milestones, progress,
                status, sourceLine, "", "", "");
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

    /** Whether the work is over: done (已完成) or closed by the coordinating office (已销号). */
    public boolean isFinished() {
        return status == TaskStatus.DONE || status == TaskStatus.CLOSED;
    }

    /** The role {@code unitName} plays in this task (the first listed, if several), or null. */
    public Role roleOf(String unitName) {
        for (Assignment a : assignments) {
            if (a.unit().name().equals(unitName)) {
                return a.role();
            }
        }
        return null;
    }

    public Task withId(long newId) {
        return new Task(newId, seq, number, part, section, text, assignments, othersIncluded,
                deadlines, milestones, progress, status, sourceLine, contact, phone, notes);
    }

    public Task withSeq(int newSeq) {
        return new Task(id, newSeq, number, part, section, text, assignments, othersIncluded,
                deadlines, milestones, progress, status, sourceLine, contact, phone, notes);
    }

    public Task withText(String newText) {
        return new Task(id, seq, number, part, section, newText, assignments, othersIncluded,
                deadlines, milestones, progress, status, sourceLine, contact, phone, notes);
    }

    public Task withStatus(TaskStatus newStatus) {
        return new Task(id, seq, number, part, section, text, assignments, othersIncluded,
                deadlines, milestones, progress, newStatus, sourceLine, contact, phone, notes);
    }

    public Task withAssignments(List<Assignment> newAssignments, boolean newOthersIncluded) {
        return new Task(id, seq, number, part, section, text, newAssignments, newOthersIncluded,
                deadlines, milestones, progress, status, sourceLine, contact, phone, notes);
    }

    public Task withDeadlines(List<Deadline> newDeadlines) {
        return new Task(id, seq, number, part, section, text, assignments, othersIncluded,
                newDeadlines, milestones, progress, status, sourceLine, contact, phone, notes);
    }

    public Task withMilestones(List<Milestone> newMilestones) {
        return new Task(id, seq, number, part, section, text, assignments, othersIncluded,
                deadlines, newMilestones, progress, status, sourceLine, contact, phone, notes);
    }

    public Task withProgress(List<ProgressEntry> newProgress) {
        return new Task(id, seq, number, part, section, text, assignments, othersIncluded,
                deadlines, milestones, newProgress, status, sourceLine, contact, phone, notes);
    }

    public Task withContact(String newContact, String newPhone) {
        return new Task(id, seq, number, part, section, text, assignments, othersIncluded,
                deadlines, milestones, progress, status, sourceLine, newContact, newPhone, notes);
    }

    public Task withNotes(String newNotes) {
        return new Task(id, seq, number, part, section, text, assignments, othersIncluded,
                deadlines, milestones, progress, status, sourceLine, contact, phone, newNotes);
    }

    /** The label to show: the printed number, else the position in the plan. */
    public String label() {
        return number == null ? String.valueOf(seq) : number;
    }
}
