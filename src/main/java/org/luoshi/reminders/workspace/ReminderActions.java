package org.luoshi.reminders.workspace;

import java.time.Instant;
import org.luoshi.reminders.DueEntry;
import org.luoshi.session.UseCase;

/**
 * What a person does to a reminder (snooze, dismiss, mark its item done) and the note of when the
 * app last looked, each one transaction. Not undoable edits: the reminder centre takes them back by
 * showing the reminder again.
 */
public final class ReminderActions {
    private ReminderActions() {
    }

    /** Puts the entry's reminder off until {@code until}. */
    public static UseCase<Void> snooze(DueEntry entry, Instant until, Instant now) {
        return session -> {
            session.workspace().reminders().snooze(entry.reminder().key(), entry.item().taskId(), until, now);
            return null;
        };
    }

    /** Silences the entry's reminder for good; the item's later reminders still come. */
    public static UseCase<Void> dismiss(DueEntry entry, Instant now) {
        return session -> {
            session.workspace().reminders().dismiss(entry.reminder().key(), entry.item().taskId(), now);
            return null;
        };
    }

    /** Marks the entry's item done: none of its reminders comes any more. */
    public static UseCase<Void> markDone(DueEntry entry, Instant now) {
        return session -> {
            session.workspace().reminders().markDone(entry.item().key(), entry.item().taskId(), now);
            return null;
        };
    }

    /** Notes when the app last looked at the reminders: the next start's digest begins there. */
    public static UseCase<Void> setLastRun(Instant when) {
        return session -> {
            session.workspace().reminders().setLastRun(when);
            return null;
        };
    }
}
