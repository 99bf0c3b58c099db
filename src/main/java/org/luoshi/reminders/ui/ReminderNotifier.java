package org.luoshi.reminders.ui;

import java.util.List;
import org.luoshi.reminders.DueEntry;

/** Tells the user, while the app runs, that reminders came due. */
@FunctionalInterface
public interface ReminderNotifier {
    void notify(List<DueEntry> cameDue);
}
