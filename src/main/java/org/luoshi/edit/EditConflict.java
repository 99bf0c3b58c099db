package org.luoshi.edit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.luoshi.i18n.Messages;

/**
 * An edit refused because someone else changed (or removed) the same thing since the person saw it:
 * nothing of the edit was written (its transaction rolled back). Says who changed it, when, and what
 * it holds now; keeps what the person wanted to write, so that it is not lost. Undo and redo are
 * refused the same way when the thing they would put back was changed by someone else since.
 *
 * <p>An IllegalArgumentException, as the storage's refusal of an id that names nothing (a stale view)
 * is: the command line says it in one line and exits 2, as for any refused input.
 */
public final class EditConflict extends IllegalArgumentException {

    /** What was refused: an edit, its undo, its redo. */
    public enum Step {
        EDIT, UNDO, REDO
    }

    private final Step step;
    private final String edit;
    private final String changedBy;
    private final transient LocalDateTime changedAt;
    private final String current;
    private final String attempted;

    /**
     * @param step      what was refused
     * @param edit      the edit's description ("修改任务 29 的内容")
     * @param changedBy who changed it last ("" if not known)
     * @param changedAt when (null if not known)
     * @param current   what it holds now, as shown to the person; null if it was removed
     * @param attempted what the person wanted to write, as typed (null: nothing typed, e.g. a removal)
     */
    public EditConflict(Step step, String edit, String changedBy, LocalDateTime changedAt, String current, String attempted) {
        super(edit);
        this.step = step;
        this.edit = edit == null ? "" : edit;
        this.changedBy = changedBy == null ? "" : changedBy;
        this.changedAt = changedAt;
        this.current = current;
        this.attempted = attempted;
    }

    public Step step() {
        return step;
    }

    /** The refused edit's description. */
    public String edit() {
        return edit;
    }

    /** Who changed the thing last; "" if not known. */
    public String changedBy() {
        return changedBy;
    }

    /** When; null if not known. */
    public LocalDateTime changedAt() {
        return changedAt;
    }

    /** What it holds now, as the person would see it; null if someone removed it. */
    public String current() {
        return current;
    }

    /** Whether someone removed the thing the edit was about. */
    public boolean removed() {
        return current == null;
    }

    /** What the person wanted to write (kept so it is not lost), or null. */
    public String attempted() {
        return attempted;
    }

    /**
     * One line for the person: "张三 于 10:42 修改了此项：现在是「…」" (in the window's language),
     * after "无法撤销…：" for an undo or redo.
     */
    @Override
    public String getMessage() {
        String what;
        if (current == null) {
            what = changedBy.isEmpty() ? Messages.get("edit.conflict.gone")
                    : Messages.get("edit.conflict.goneBy", changedBy, time(changedAt));
        } else if (changedBy.isEmpty() || changedAt == null) {
            what = Messages.get("edit.conflict.someone", current);
        } else {
            what = Messages.get("edit.conflict", changedBy, time(changedAt), current);
        }
        return switch (step) {
            case EDIT -> what;
            case UNDO -> Messages.get("edit.conflict.undo", edit, what);
            case REDO -> Messages.get("edit.conflict.redo", edit, what);
        };
    }

    /** 10:42 today; 12月6日 10:42 (Dec 6 10:42) another day of this year; else with the year. */
    static String time(LocalDateTime at) {
        if (at == null) {
            return "";
        }
        LocalDate today = LocalDate.now();
        String pattern = at.toLocalDate().equals(today) ? "HH:mm"
                : at.getYear() == today.getYear() ? Messages.get("edit.conflict.dayTime")
                : Messages.get("edit.conflict.yearDayTime");
        return at.format(DateTimeFormatter.ofPattern(pattern, Messages.locale()));
    }
}
