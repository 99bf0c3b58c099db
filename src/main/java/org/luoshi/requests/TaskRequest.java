package org.luoshi.requests;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A request about one task: an extension (延期申请) or a closing (销号申请), and the office's
 * decision on it.
 *
 * @param id            database id, 0 until stored
 * @param milestoneId   the milestone an extension is for, 0 for the task's last deadline (and for closings)
 * @param milestoneLabel that milestone's label when asked, "" for none
 * @param originalDate  the date as the plan sets it: the deadline or milestone an extension moves; for a
 *                      closing, the task's last deadline when asked (null if the task has none)
 * @param requestedDate the new date an extension asks for; null for a closing
 * @param reason        why more time is needed (extension), "" for a closing
 * @param progress      what has been done so far (目前进展, extension), "" for a closing
 * @param summary       what was done (closing), "" for an extension
 * @param unit          the unit asking (申请单位)
 * @param requestedOn   the day asked
 * @param requestedBy   who entered it (the user name of the settings)
 * @param state         pending, approved (同意 / 通过) or refused (不同意 / 退回)
 * @param opinion       the decision's opinion (审批意见 / 审核意见: what must be redone), "" if none
 * @param decidedBy     who decided, "" while pending
 * @param decidedAt     when, null while pending
 * @param evidence      the evidence files of a closing request, in the order attached
 */
public record TaskRequest(long id, RequestKind kind, long taskId, long milestoneId, String milestoneLabel,
        LocalDate originalDate, LocalDate requestedDate, String reason, String progress, String summary, String unit,
        LocalDate requestedOn, String requestedBy, RequestState state, String opinion, String decidedBy,
        LocalDateTime decidedAt, List<EvidenceFile> evidence) {

    public TaskRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requestedOn, "requestedOn");
        milestoneLabel = text(milestoneLabel);
        reason = text(reason);
        progress = text(progress);
        summary = text(summary);
        unit = text(unit);
        requestedBy = text(requestedBy);
        state = state == null ? RequestState.PENDING : state;
        opinion = text(opinion);
        decidedBy = text(decidedBy);
        evidence = List.copyOf(evidence);
        if (kind == RequestKind.EXTENSION && (originalDate == null || requestedDate == null)) {
            throw new IllegalArgumentException("an extension needs the original and the requested date");
        }
    }

    /** A new extension request, not yet stored or decided. */
    public static TaskRequest extension(long taskId, long milestoneId, String milestoneLabel, LocalDate original,
            LocalDate requested, String reason, String progress, String unit, LocalDate on, String by) {
        return new TaskRequest(0, RequestKind.EXTENSION, taskId, milestoneId, milestoneLabel, original, requested,
                reason, progress, "", unit, on, by, RequestState.PENDING, "", "", null, List.of());
    }

    /** A new closing request, not yet stored or reviewed. */
    public static TaskRequest closing(long taskId, LocalDate original, String summary, String unit, LocalDate on,
            String by, List<EvidenceFile> evidence) {
        return new TaskRequest(0, RequestKind.CLOSING, taskId, 0, "", original, null, "", "", summary, unit, on, by,
                RequestState.PENDING, "", "", null, evidence);
    }

    public boolean pending() {
        return state == RequestState.PENDING;
    }

    /** Whether the request came after the date it is about had passed (an extension asked too late). */
    public boolean late() {
        return originalDate != null && requestedOn.isAfter(originalDate);
    }

    /** The day of the decision, null while pending. */
    public LocalDate decidedOn() {
        return decidedAt == null ? null : decidedAt.toLocalDate();
    }

    /**
     * For a passed closing request: whether the work was finished by the original deadline (按期),
     * judged by the day the unit asked to close the task. True for a task without a dated deadline.
     */
    public boolean onTime() {
        return originalDate == null || !requestedOn.isAfter(originalDate);
    }

    public TaskRequest withId(long newId) {
        return new TaskRequest(newId, kind, taskId, milestoneId, milestoneLabel, originalDate, requestedDate, reason,
                progress, summary, unit, requestedOn, requestedBy, state, opinion, decidedBy, decidedAt, evidence);
    }

    public TaskRequest decided(RequestState newState, String newOpinion, String by, LocalDateTime at) {
        return new TaskRequest(id, kind, taskId, milestoneId, milestoneLabel, originalDate, requestedDate, reason,
                progress, summary, unit, requestedOn, requestedBy, newState, newOpinion, by, at, evidence);
    }

    /** The state in the words of the request's kind: 待审批, 同意, 不同意 / 待审核, 通过, 退回. */
    public String stateWord() {
        return RequestWords.state(kind, state);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
