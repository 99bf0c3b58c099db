package org.luoshi.reminders.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.i18n.Messages;
import org.luoshi.reminders.DueEntry;

/** An in-app popup (ControlsFX) in the corner of the main window; clicking it opens the centre. */
final class PopupNotifier implements ReminderNotifier {
    private static final int MAX_LINES = 3;

    private final Window owner;
    private final Runnable open;

    PopupNotifier(Window owner, Runnable open) {
        this.owner = owner;
        this.open = open;
    }

    @Override
    public void notify(List<DueEntry> cameDue) {
        if (cameDue.isEmpty() || owner == null || !owner.isShowing()) {
            return;
        }
        String text = cameDue.stream().limit(MAX_LINES).map(EntryText::line).collect(Collectors.joining("\n"));
        if (cameDue.size() > MAX_LINES) {
            text += "\n" + Messages.get("reminders.notify.more", cameDue.size() - MAX_LINES);
        }
        FontIcon bell = new FontIcon("mdi2b-bell-ring-outline");
        bell.setIconSize(28);
        Notifications.create()
                .owner(owner)
                .title(Messages.get("reminders.notify.title", cameDue.size()))
                .text(text)
                .graphic(bell)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(15))
                .onAction(e -> open.run())
                .show();
    }
}
