package org.luoshi.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A task-division plan: the document's header, its headings and its tasks.
 *
 * @param id         database id, 0 until stored
 * @param notice     title of the covering notice (关于印发…的通知), or null
 * @param title      the plan's own title, or null
 * @param docNumber  document number (晋政办发〔2023〕1号), or null
 * @param issuer     signing office, or null
 * @param issuedOn   signing date, or null
 * @param sourceText the document text the plan was read from, kept for review
 */
public record Plan(
        long id,
        String notice,
        String title,
        String docNumber,
        String issuer,
        LocalDate issuedOn,
        String sourceText,
        List<Part> parts,
        List<Section> sections,
        List<Task> tasks) {

    public Plan {
        parts = List.copyOf(parts);
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
        sourceText = sourceText == null ? "" : sourceText;
    }

    /** The name to show for this plan: its title, else the notice, else the document number. */
    public String displayTitle() {
        return displayTitle(title, notice, docNumber);
    }

    /** {@link #displayTitle()} from the header fields alone, for lists that do not load plans. */
    public static String displayTitle(String title, String notice, String docNumber) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (notice != null && !notice.isBlank()) {
            return notice;
        }
        return docNumber == null ? "" : docNumber;
    }

    public Plan withId(long newId, List<Task> storedTasks) {
        return new Plan(newId, notice, title, docNumber, issuer, issuedOn, sourceText, parts, sections,
                storedTasks);
    }

    public Plan withTitle(String newTitle) {
        return new Plan(id, notice, newTitle, docNumber, issuer, issuedOn, sourceText, parts, sections, tasks);
    }

    public Plan withTasks(List<Task> newTasks) {
        return new Plan(id, notice, title, docNumber, issuer, issuedOn, sourceText, parts, sections, newTasks);
    }

    /** This plan with the task of the same id replaced by {@code changed}; unchanged if it has no such task. */
    public Plan withTask(Task changed) {
        List<Task> replaced = new java.util.ArrayList<>(tasks.size());
        for (Task t : tasks) {
            replaced.add(t.id() == changed.id() ? changed : t);
        }
        return withTasks(replaced);
    }

    /** The task with this id, or null. */
    public Task task(long taskId) {
        for (Task t : tasks) {
            if (t.id() == taskId) {
                return t;
            }
        }
        return null;
    }
}
