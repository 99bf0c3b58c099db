package org.luoshi.notices.workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.luoshi.history.TaskDiff;
import org.luoshi.i18n.Messages;
import org.luoshi.notices.Notice;
import org.luoshi.notices.NoticeDocument;
import org.luoshi.notices.NoticeKind;
import org.luoshi.notices.NoticeNumber;
import org.luoshi.notices.NoticeSettings;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.session.UseCase;
import org.luoshi.storage.Workspace;

/** Issuing, writing and listing 督办 / 催办 notices; their numbering settings. */
public final class Notices {
    private Notices() {
    }

    /**
     * What issuing a notice asks for: for one task ({@code taskId}) or for a unit's unfinished tasks in a
     * plan ({@code unit}, {@code planId}). Blank basis, requirement or contact take the defaults (the
     * plan's title and 文号; report by the time limit; the contact of the settings).
     */
    public record Request(NoticeKind kind, long planId, long taskId, String unit, LocalDate limit, LocalDate issuedOn,
            String basis, String requirement, String contact) {
        public Request {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(issuedOn, "issuedOn");
        }
    }

    /** A notice with its plan's tasks as it lists them and the office that signs it. */
    public record Written(Notice notice, List<NoticeDocument.Item> items, String office, String text) {
    }

    /**
     * Issues a notice as one undoable edit; returns it with its number.
     *
     * @throws IllegalArgumentException (a message for the person) for an unknown plan, task or unit, a
     *                                  unit with no unfinished task in the plan, no time limit, or a
     *                                  time limit before the day of issue
     */
    public static UseCase<Notice> issue(Request r) {
        return session -> {
            Workspace ws = session.workspace();
            long planId = r.planId();
            Task task = null;
            if (r.taskId() != 0) {
                task = ws.tasks().load(r.taskId()).orElseThrow(() ->
                        new IllegalArgumentException(Messages.get("notice.error.unknownTask", r.taskId())));
                long of = ws.tasks().planOf(task.id());
                if (planId != 0 && planId != of) {
                    throw new IllegalArgumentException(Messages.get("notice.error.taskNotInPlan", r.taskId(), planId));
                }
                planId = of;
            }
            long thePlan = planId;
            Plan plan = ws.plans().load(planId).orElseThrow(() ->
                    new IllegalArgumentException(Messages.get("notice.error.unknownPlan", thePlan)));
            if (r.limit() == null) {
                throw new IllegalArgumentException(Messages.get("notice.error.noLimit"));
            }
            if (r.limit().isBefore(r.issuedOn())) {
                throw new IllegalArgumentException(Messages.get("notice.error.limitBeforeIssue", r.limit(), r.issuedOn()));
            }
            List<Task> tasks;
            List<String> recipients;
            String unit = "";
            if (task != null) {
                tasks = List.of(task);
                recipients = recipients(task);
            } else {
                if (r.unit() == null || r.unit().isBlank()) {
                    throw new IllegalArgumentException(Messages.get("notice.error.taskOrUnit"));
                }
                unit = canonical(ws, plan, r.unit().strip());
                String u = unit;
                tasks = plan.tasks().stream().filter(t -> t.roleOf(u) != null && !t.isFinished()).toList();
                if (tasks.isEmpty()) {
                    throw new IllegalArgumentException(Messages.get("notice.error.unitHasNothing", u, plan.displayTitle()));
                }
                recipients = List.of(unit);
            }
            NoticeSettings settings = NoticeSettings.of(ws.settings().all(), r.issuedOn().getYear());
            String basis = blank(r.basis()) ? basis(plan) : r.basis();
            String requirement = blank(r.requirement())
                    ? "请于" + NoticeDocument.date(r.limit()) + "前将办理情况（已采取的措施、完成情况、存在问题及下步打算）书面报送"
                            + (settings.office().isEmpty() ? "" : settings.office()) + "。逾期未报或办理不力的，将予以通报。"
                    : r.requirement();
            String contact = blank(r.contact()) ? settings.contact() : r.contact();
            Notice draft = new Notice(0, plan.id(), r.kind(), r.issuedOn().getYear(), 0, "", r.issuedOn(), unit,
                    recipients, basis, r.limit(), requirement, contact, tasks.stream().map(Task::id).toList());
            IssueNotice edit = new IssueNotice(Messages.get("notice.edit.issue", r.kind().title(),
                    task != null ? task.label() : unit), draft);
            session.apply(edit);
            return edit.stored();
        };
    }

    /** The units a task's notice goes to: its lead and responsible units, then those that cooperate. */
    static List<String> recipients(Task task) {
        Set<String> out = new LinkedHashSet<>();
        for (Role role : List.of(Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING)) {
            for (Assignment a : task.assignments()) {
                if (a.role() == role) {
                    out.add(a.unit().name());
                }
            }
        }
        return List.copyOf(out);
    }

    /** What a notice about the plan rests on unless the person says otherwise: its title and 文号. */
    public static String basis(Plan plan) {
        String doc = plan.docNumber() == null || plan.docNumber().isBlank() ? "" : "（" + plan.docNumber().strip() + "）";
        return "根据《" + plan.displayTitle() + "》" + doc + "的分工要求";
    }

    private static String canonical(Workspace ws, Plan plan, String name) {
        Set<String> units = new LinkedHashSet<>();
        plan.tasks().forEach(t -> t.assignments().forEach(a -> units.add(a.unit().name())));
        if (units.contains(name)) {
            return name;
        }
        String alias = ws.units().aliases().get(name);
        if (alias != null && units.contains(alias)) {
            return alias;
        }
        throw new IllegalArgumentException(Messages.get("notice.error.unknownUnit", name, plan.displayTitle()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The notice with what its document shows; {@code target} non-null: written there as .docx. */
    public static UseCase<Written> write(long noticeId, Path target) {
        return session -> {
            Workspace ws = session.workspace();
            Notice n = ws.notices().find(noticeId).orElseThrow(() ->
                    new IllegalArgumentException(Messages.get("notice.error.unknownNotice", noticeId)));
            Plan plan = ws.plans().load(n.planId()).orElseThrow();
            Map<Long, Task> byId = new HashMap<>();
            plan.tasks().forEach(t -> byId.put(t.id(), t));
            List<NoticeDocument.Item> items = new ArrayList<>();
            for (long id : n.taskIds()) {
                Task t = byId.get(id);
                if (t != null) {
                    items.add(item(t));
                }
            }
            NoticeSettings settings = NoticeSettings.of(ws.settings().all(), n.year());
            String office = settings.office().isEmpty() ? (plan.issuer() == null ? "" : plan.issuer()) : settings.office();
            if (target != null) {
                NoticeDocument.writeDocx(n, items, office, target);
            }
            return new Written(n, items, office, NoticeDocument.text(n, items, office));
        };
    }

    static NoticeDocument.Item item(Task t) {
        ProgressEntry latest = t.latestProgress();
        String deadline = t.deadlines().stream().map(d -> d.raw()).reduce((a, b) -> a + "；" + b).orElse("");
        return new NoticeDocument.Item(t.number() == null ? "" : t.number(), t.text(), TaskDiff.units(t), deadline,
                latest == null ? "" : latest.date() + " " + latest.percent() + "%" + (latest.text().isEmpty() ? ""
                        : " " + latest.text()));
    }

    public static UseCase<List<Notice>> ofTask(long taskId) {
        return session -> session.workspace().notices().ofTask(taskId);
    }

    public static UseCase<List<Notice>> ofPlan(long planId) {
        return session -> session.workspace().notices().ofPlan(planId);
    }

    /** The numbering settings as of {@code year}. */
    public static UseCase<NoticeSettings> settings(int year) {
        return session -> NoticeSettings.of(session.workspace().settings().all(), year);
    }

    /**
     * Saves the numbering settings (formats, next numbers of their year, office, contact).
     *
     * @throws IllegalArgumentException for a format without {n}
     */
    public static UseCase<NoticeSettings> saveSettings(String superviseFormat, String urgeFormat, int nextSupervise,
            int nextUrge, int year, String office, String contact) {
        return session -> {
            for (String f : List.of(superviseFormat, urgeFormat)) {
                if (!NoticeNumber.usable(f)) {
                    throw new IllegalArgumentException(Messages.get("notice.error.badFormat", f));
                }
            }
            if (nextSupervise < 1 || nextUrge < 1) {
                throw new IllegalArgumentException(Messages.get("notice.error.badNext"));
            }
            NoticeSettings s = new NoticeSettings(superviseFormat, urgeFormat, nextSupervise, nextUrge, year, office,
                    contact);
            session.workspace().settings().putAll(s.toMap());
            return s;
        };
    }
}
