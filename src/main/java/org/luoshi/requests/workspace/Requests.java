package org.luoshi.requests.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.requests.DeadlineRule;
import org.luoshi.requests.DeadlineTargets;
import org.luoshi.requests.EffectiveDeadlines;
import org.luoshi.requests.RequestKind;
import org.luoshi.requests.RequestState;
import org.luoshi.requests.RequestWords;
import org.luoshi.requests.TaskRequest;
import org.luoshi.session.UseCase;
import org.luoshi.storage.Workspace;

/**
 * The use cases of extension and closing requests, the same for the window and the command line.
 * Asking and deciding are undoable edits with a Chinese description (what the history shows); the
 * rest only read. Every check is made before anything is written: a refused request changes nothing.
 */
public final class Requests {
    private Requests() {
    }

    /**
     * An extension request.
     *
     * @param milestone the date of the milestone to move; null for the task's last deadline
     * @param unit      the unit asking; null or blank: the task's first lead (or responsible) unit
     */
    public record Extend(long taskId, LocalDate milestone, LocalDate to, String reason, String progress, String unit,
            LocalDate today) {
        public Extend {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(today, "today");
        }
    }

    /** A closing request with its evidence files (any type; each within the workspace's limit). */
    public record Close(long taskId, String summary, List<Path> evidence, String unit, LocalDate today) {
        public Close {
            Objects.requireNonNull(today, "today");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Asks for a later date as an undoable edit; returns the stored request.
     *
     * @throws IllegalArgumentException (a message for the person) for an unknown task or milestone, a task
     *                                  without a dated deadline, a date not after the original, a missing
     *                                  reason, a closed task, or a request already pending for the same date
     */
    public static UseCase<TaskRequest> extend(Extend input) {
        return session -> {
            Workspace ws = session.workspace();
            Task task = requireTask(ws, input.taskId());
            if (task.status() == TaskStatus.CLOSED) {
                throw new IllegalArgumentException(Messages.get("requests.error.closed", task.label()));
            }
            if (input.reason() == null || input.reason().isBlank()) {
                throw new IllegalArgumentException(Messages.get("requests.error.noReason"));
            }
            long milestoneId = 0;
            String label = "";
            LocalDate original;
            if (input.milestone() != null) {
                Milestone m = DeadlineTargets.milestoneOn(task, input.milestone()).orElseThrow(() ->
                        new IllegalArgumentException(Messages.get("requests.error.noMilestone", task.label(),
                                input.milestone().toString())));
                milestoneId = m.id();
                label = m.label();
                original = m.date();
            } else {
                original = DeadlineTargets.lastDue(task);
                if (original == null) {
                    throw new IllegalArgumentException(Messages.get("requests.error.noDeadline", task.label()));
                }
            }
            if (!input.to().isAfter(original)) {
                throw new IllegalArgumentException(Messages.get("requests.error.notLater", input.to().toString(),
                        original.toString()));
            }
            long target = milestoneId;
            boolean pending = ws.requests().ofTask(task.id()).stream().anyMatch(r -> r.pending()
                    && r.kind() == RequestKind.EXTENSION && r.milestoneId() == target);
            if (pending) {
                throw new IllegalArgumentException(Messages.get("requests.error.pendingExtension", task.label()));
            }
            TaskRequest request = TaskRequest.extension(task.id(), milestoneId, label, original, input.to(),
                    input.reason(), input.progress(), unitOf(task, input.unit()), input.today(),
                    session.person());
            String what = milestoneId == 0 ? "" : "节点“" + (label.isEmpty() ? original.toString() : label) + "”";
            AddRequest edit = new AddRequest("任务" + task.label() + what + "申请延期：" + original + " → " + input.to()
                    + (request.late() ? "（逾期后申请）" : ""), request, List.of());
            session.apply(edit);
            return edit.request();
        };
    }

    /**
     * Asks to close a task with evidence, as one undoable edit: the files are stored with the request in
     * one transaction. Returns the stored request.
     *
     * @throws IllegalArgumentException for an unknown or closed task, a missing summary, a request already
     *                                  pending, or an evidence file that is missing, unreadable or over the limit
     */
    public static UseCase<TaskRequest> close(Close input) {
        return session -> {
            Workspace ws = session.workspace();
            Task task = requireTask(ws, input.taskId());
            if (task.status() == TaskStatus.CLOSED) {
                throw new IllegalArgumentException(Messages.get("requests.error.closed", task.label()));
            }
            if (input.summary() == null || input.summary().isBlank()) {
                throw new IllegalArgumentException(Messages.get("requests.error.noSummary"));
            }
            boolean pending = ws.requests().ofTask(task.id()).stream()
                    .anyMatch(r -> r.pending() && r.kind() == RequestKind.CLOSING);
            if (pending) {
                throw new IllegalArgumentException(Messages.get("requests.error.pendingClosing", task.label()));
            }
            checkEvidence(input.evidence(), RequestSettings.maxEvidenceBytes(ws));
            TaskRequest request = TaskRequest.closing(task.id(), DeadlineTargets.lastDue(task), input.summary(),
                    unitOf(task, input.unit()), input.today(), session.person(), List.of());
            AddRequest edit = new AddRequest("任务" + task.label() + "申请销号"
                    + (input.evidence().isEmpty() ? "" : "（佐证材料" + input.evidence().size() + "份）"), request,
                    input.evidence());
            session.apply(edit);
            return edit.request();
        };
    }

    /** Refuses, before anything is written, an evidence file that cannot be stored. */
    static void checkEvidence(List<Path> files, long maxBytes) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException(Messages.get("requests.error.noFile", f.toString()));
            }
            if (!Files.isReadable(f)) {
                throw new IllegalArgumentException(Messages.get("requests.error.unreadable", f.toString()));
            }
            long size;
            try {
                size = Files.size(f);
            } catch (IOException e) {
                throw new IllegalArgumentException(Messages.get("requests.error.unreadable", f.toString()), e);
            }
            if (size > maxBytes) {
                throw new IllegalArgumentException(Messages.get("requests.error.tooLarge", f.getFileName().toString(),
                        String.valueOf((size + 1024 * 1024 - 1) / (1024 * 1024)), String.valueOf(maxBytes / (1024 * 1024))));
            }
        }
    }

    /**
     * Decides a pending extension request (同意 / 不同意) as an undoable edit, by the settings' user, now.
     *
     * @throws IllegalArgumentException for an unknown request, one already decided, or a closing request
     */
    public static UseCase<TaskRequest> decide(long requestId, boolean approve, String opinion, LocalDateTime now) {
        return decision(requestId, RequestKind.EXTENSION, approve, opinion, now);
    }

    /**
     * Reviews a pending closing request (通过 / 退回) as an undoable edit; 通过 sets the task to 已销号.
     *
     * @throws IllegalArgumentException for an unknown request, one already reviewed, or an extension request
     */
    public static UseCase<TaskRequest> review(long requestId, boolean pass, String opinion, LocalDateTime now) {
        return decision(requestId, RequestKind.CLOSING, pass, opinion, now);
    }

    private static UseCase<TaskRequest> decision(long requestId, RequestKind kind, boolean yes, String opinion,
            LocalDateTime now) {
        return session -> {
            Workspace ws = session.workspace();
            TaskRequest r = ws.requests().find(requestId).orElseThrow(() -> new IllegalArgumentException(
                    Messages.get("requests.error.noRequest", String.valueOf(requestId))));
            if (r.kind() != kind) {
                throw new IllegalArgumentException(Messages.get(kind == RequestKind.EXTENSION
                        ? "requests.error.notExtension" : "requests.error.notClosing", String.valueOf(requestId)));
            }
            if (!r.pending()) {
                throw new IllegalArgumentException(Messages.get("requests.error.decided", String.valueOf(requestId),
                        r.stateWord()));
            }
            if (!yes && kind == RequestKind.CLOSING && (opinion == null || opinion.isBlank())) {
                throw new IllegalArgumentException(Messages.get("requests.error.returnNeedsOpinion"));
            }
            Task task = requireTask(ws, r.taskId());
            String word = RequestWords.state(kind, yes ? RequestState.APPROVED : RequestState.REFUSED);
            String description = kind == RequestKind.EXTENSION
                    ? word + "任务" + task.label() + "延期" + (yes ? "：" + r.originalDate() + " → " + r.requestedDate() : "")
                    : "任务" + task.label() + "销号审核" + word
                            + (yes ? "（" + RequestWords.timeliness(r.onTime()) + "）" : "");
            DecideRequest edit = new DecideRequest(description, requestId, yes, opinion, session.person(),
                    now);
            session.apply(edit);
            return edit.decided();
        };
    }

    /** The requests about a task, oldest first. */
    public static UseCase<List<TaskRequest>> ofTask(long taskId) {
        return session -> session.workspace().requests().ofTask(taskId);
    }

    /** The requests about a plan's tasks, in task order. */
    public static UseCase<List<TaskRequest>> ofPlan(long planId) {
        return session -> session.workspace().requests().ofPlan(planId);
    }

    /** A plan as stored now, with the requests about its tasks (what the requests window shows). */
    public record PlanRequests(org.luoshi.plan.Plan plan, List<TaskRequest> requests) {
    }

    /** The plan and its requests, read together. */
    public static UseCase<PlanRequests> planWithRequests(long planId) {
        return session -> new PlanRequests(session.workspace().plans().load(planId).orElseThrow(() ->
                new IllegalArgumentException(Messages.get("requests.error.noPlan", String.valueOf(planId)))),
                session.workspace().requests().ofPlan(planId));
    }

    /** The office's rule for the date that counts (workspace setting {@code deadline.rule}). */
    public static UseCase<DeadlineRule> rule() {
        return session -> RequestSettings.rule(session.workspace());
    }

    /** Sets the rule as an undoable edit (the lights and reminders follow); nothing is done if it is the same. */
    public static UseCase<DeadlineRule> setRule(DeadlineRule rule) {
        return session -> {
            if (RequestSettings.rule(session.workspace()) != rule) {
                session.apply(new SetDeadlineRule(rule));
            }
            return rule;
        };
    }

    /** One request. */
    public static UseCase<TaskRequest> find(long requestId) {
        return session -> session.workspace().requests().find(requestId).orElseThrow(() ->
                new IllegalArgumentException(Messages.get("requests.error.noRequest", String.valueOf(requestId))));
    }

    /** The approved extensions under the workspace's deadline rule: the dates that count. */
    public static UseCase<EffectiveDeadlines> effectiveDeadlines() {
        return session -> EffectiveDeadlines.of(session.workspace().requests().approvedExtensions(),
                RequestSettings.rule(session.workspace()));
    }

    /** Writes the 延期审批单 of an extension request as .docx; returns the file. */
    public static UseCase<Path> extensionForm(long requestId, Path target) {
        return session -> {
            Workspace ws = session.workspace();
            TaskRequest r = find(requestId).run(session);
            if (r.kind() != RequestKind.EXTENSION) {
                throw new IllegalArgumentException(Messages.get("requests.error.notExtension", String.valueOf(requestId)));
            }
            Task task = requireTask(ws, r.taskId());
            String title = ws.plans().load(ws.tasks().planOf(task.id())).map(p -> p.title()).orElse("");
            org.luoshi.requests.ExtensionForm.write(r, task, title, target);
            return target;
        };
    }

    /**
     * Writes the 延期审批单 as PDF through the paper stack (the task sheets' PDF writer, a Chinese font of the system
     * or {@code fontFile}); returns the file.
     */
    public static UseCase<Path> extensionFormPdf(long requestId, Path target, Path fontFile) {
        return session -> {
            Workspace ws = session.workspace();
            TaskRequest r = find(requestId).run(session);
            if (r.kind() != RequestKind.EXTENSION) {
                throw new IllegalArgumentException(Messages.get("requests.error.notExtension", String.valueOf(requestId)));
            }
            Task task = requireTask(ws, r.taskId());
            String title = ws.plans().load(ws.tasks().planOf(task.id())).map(p -> p.title()).orElse("");
            org.luoshi.paper.PageSetup page = org.luoshi.paper.PageSetup.a4(org.luoshi.paper.Orientation.PORTRAIT);
            try (var writer = new org.luoshi.sheets.pdf.PdfSheetWriter(org.luoshi.paper.pdf.CjkFontLocator.forThisSystem()
                    .open(org.luoshi.paper.pdf.CjkFontLocator.configured(fontFile)),
                    org.luoshi.sheets.layout.SheetStyle.STANDARD, CHINESE_PAGES)) {
                writer.write(org.luoshi.requests.ExtensionForm.sheet(r, task, title), page, target);
            }
            return target;
        };
    }

    /** Documents speak Chinese whatever the interface language. */
    private static final org.luoshi.sheets.layout.PageLabels CHINESE_PAGES = new org.luoshi.sheets.layout.PageLabels() {
        @Override
        public String footer(int page, int pages) {
            return "第 " + page + " 页 共 " + pages + " 页";
        }

        @Override
        public String continuedRow(String number) {
            return number + "（续）";
        }

        @Override
        public String runningHead(String title) {
            return title + "（续）";
        }
    };

    /** The unit a request is made for: the one given, else the task's first lead or responsible unit. */
    static String unitOf(Task task, String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        List<String> names = new ArrayList<>(task.unitNames(Role.LEAD));
        names.addAll(task.unitNames(Role.RESPONSIBLE));
        names.addAll(task.unitNames(Role.COOPERATING));
        return names.isEmpty() ? "" : names.get(0);
    }

    static Task requireTask(Workspace ws, long taskId) {
        return ws.tasks().load(taskId).orElseThrow(() -> new IllegalArgumentException(
                Messages.get("requests.error.noTask", String.valueOf(taskId))));
    }
}
