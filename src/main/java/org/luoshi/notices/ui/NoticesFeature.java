package org.luoshi.notices.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.luoshi.history.workspace.HistoryReads;
import org.luoshi.i18n.Messages;
import org.luoshi.notices.Notice;
import org.luoshi.notices.NoticeKind;
import org.luoshi.notices.NoticeSettings;
import org.luoshi.notices.workspace.Notices;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogService;

/**
 * Notices and the history in the window: issue a 督办通知单 / 催办通知书 for the selected task (asked in a
 * {@link NoticeDialog}, then saved as .docx), export the selected task's or the plan's history.
 */
public final class NoticesFeature {
    /**
     * What the dialog starts from: a notice for {@code task}, or — task null — for {@code unit}'s
     * unfinished tasks in the plan on show.
     */
    public record Form(NoticeKind kind, Task task, String unit, String basis, NoticeSettings settings,
            LocalDate today) {
        /** The line under the dialog's title: the task, or the unit. */
        public String subject() {
            return task != null ? Messages.get("notice.ui.header", kind.title(), task.label())
                    : Messages.get("notice.ui.headerUnit", kind.title(), unit);
        }
    }

    /** What the person chose in the dialog. */
    public record Choice(LocalDate limit, String basis, String requirement, String contact, String format, int next,
            String office) {
        public Choice {
            office = office == null ? "" : office.strip();
        }
    }

    private final Session session;
    private final DialogService dialogs;
    private final Supplier<Task> selected;
    private final Supplier<Plan> plan;
    private final Clock clock;
    private final Consumer<String> say;
    private final Function<Form, Optional<Choice>> ask;
    private Supplier<String> unitOnShow = () -> null;

    /**
     * @param selected the task selected in the window, or null
     * @param plan     the plan on show, or null
     */
    public NoticesFeature(Window owner, Session session, DialogService dialogs, Supplier<Task> selected,
            Supplier<Plan> plan, Clock clock, Consumer<String> say) {
        this(session, dialogs, selected, plan, clock, say, form -> new NoticeDialog(owner, form).showAndWait());
    }

    /** With the dialog's answers given by {@code ask} (tests). */
    public NoticesFeature(Session session, DialogService dialogs, Supplier<Task> selected, Supplier<Plan> plan,
            Clock clock, Consumer<String> say, Function<Form, Optional<Choice>> ask) {
        this.session = session;
        this.dialogs = dialogs;
        this.selected = selected;
        this.plan = plan;
        this.clock = clock;
        this.say = say;
        this.ask = ask;
    }

    /** The unit whose view the main window shows (a unit in the navigator), or null. */
    public void setUnitOnShow(Supplier<String> unitOnShow) {
        this.unitOnShow = unitOnShow == null ? () -> null : unitOnShow;
    }

    /**
     * Tools → 督办通知单… / 催办通知书…: for the selected task; with no task selected while a unit's view is
     * on show, for that unit's unfinished tasks in the plan on show.
     */
    public void issue(NoticeKind kind) {
        Task task = selected.get();
        Plan shown = plan.get();
        String unit = task == null ? unitOnShow.get() : null;
        if (shown == null || (task == null && unit == null)) {
            dialogs.inform(kind.title(), Messages.get("notice.ui.noTask"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        session.run(Messages.get("notice.ui.reading"), Notices.settings(today.getYear()), settings -> {
            Optional<Choice> chosen = ask.apply(new Form(kind, task, unit, Notices.basis(shown), settings, today));
            if (chosen.isEmpty()) {
                return;
            }
            Choice c = chosen.get();
            String name = kind.title() + (task != null ? " 任务" + task.label() : " " + unit) + ".docx";
            Optional<Path> file = dialogs.chooseSaveFile(kind.title(), name,
                    DialogService.FileFilter.of("Word (*.docx)", "*.docx"));
            if (file.isEmpty()) {
                return;
            }
            issue(kind, task, unit, shown.id(), c, settings, today, file.get());
        });
    }

    private void issue(NoticeKind kind, Task task, String unit, long planId, Choice c, NoticeSettings settings,
            LocalDate today, Path file) {
        session.run(Messages.get("notice.ui.issuing", kind.title()), s -> {
            if (!c.format().equals(settings.format(kind)) || c.next() != settings.next(kind)
                    || !c.office().equals(settings.office())) {
                boolean sup = kind == NoticeKind.SUPERVISE;
                Notices.saveSettings(sup ? c.format() : settings.superviseFormat(), sup ? settings.urgeFormat() : c.format(),
                        sup ? c.next() : settings.nextSupervise(), sup ? settings.nextUrge() : c.next(), today.getYear(),
                        c.office(), settings.contact()).run(s);
            }
            Notice n = Notices.issue(task != null
                    ? new Notices.Request(kind, 0, task.id(), null, c.limit(), today, c.basis(), c.requirement(),
                            c.contact())
                    : new Notices.Request(kind, planId, 0, unit, c.limit(), today, c.basis(), c.requirement(),
                            c.contact())).run(s);
            try {
                Notices.write(n.id(), file).run(s);
            } catch (IOException e) {
                throw new NotWritten(e);
            }
            return n;
        }, n -> say.accept(Messages.get("notice.ui.issued", n.number(), file)), failure -> {
            if (failure instanceof NotWritten) {
                // no notice without its document: the number is given back
                session.undo(Messages.get("notice.ui.takingBack"));
            }
            dialogs.error(kind.title(), failure.getMessage());
        });
    }

    /** File → 导出任务的修改记录…: the selected task's history. */
    public void exportTaskHistory() {
        Task task = selected.get();
        if (task == null) {
            dialogs.inform(Messages.get("history.ui.export"), Messages.get("notice.ui.noTask"));
            return;
        }
        export(task.id(), 0, "修改记录 任务" + task.label() + ".xlsx");
    }

    /** File → 导出方案的修改记录…: the history of every task of the plan on show. */
    public void exportPlanHistory() {
        Plan shown = plan.get();
        if (shown == null) {
            dialogs.inform(Messages.get("history.ui.export"), Messages.get("history.ui.noPlan"));
            return;
        }
        export(0, shown.id(), "修改记录 " + shown.displayTitle() + ".xlsx");
    }

    private void export(long taskId, long planId, String name) {
        dialogs.chooseSaveFile(Messages.get("history.ui.export"), name,
                DialogService.FileFilter.of("Excel / CSV (*.xlsx, *.csv)", "*.xlsx", "*.csv")).ifPresent(file ->
                session.run(Messages.get("history.ui.exporting"), HistoryReads.export(taskId, planId, file),
                        lines -> say.accept(Messages.get("history.ui.exported", lines, file)),
                        failure -> dialogs.error(Messages.get("history.ui.export"), failure.getMessage())));
    }

    /** The notice was issued but its document could not be written. */
    private static final class NotWritten extends UncheckedIOException {
        NotWritten(IOException cause) {
            super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
    }
}
