package org.luoshi.app.detail;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.luoshi.edit.EditSink;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;

/** One titled part of the detail pane; shows a task and sends edits of it. */
abstract class Section extends VBox {
    protected final EditSink sink;
    private final String titleText;

    Section(String titleKey, EditSink sink) {
        super(4);
        this.sink = sink;
        this.titleText = Messages.get(titleKey);
        getStyleClass().add("detail-section");
        Label title = new Label(titleText);
        title.getStyleClass().add("detail-heading");
        getChildren().add(title);
    }

    /** Shows this task; edits still being typed for the task shown before are committed first. */
    abstract void show(TaskFacts facts);

    /** Commits what is typed but not yet committed (a field still focused). */
    void commitPending() {
    }

    /** The section's heading (任务内容, 进展情况, …). */
    String title() {
        return titleText;
    }

    private static final String SHOWN_TEXT = "luoshi.shownText";

    /** Notes the text each field of the section shows now, just after {@link #show}: what {@link #typing} compares with. */
    void rememberShownTexts() {
        remember(this);
    }

    private static void remember(Node node) {
        if (node instanceof javafx.scene.control.TextInputControl t) {
            t.getProperties().put(SHOWN_TEXT, t.getText() == null ? "" : t.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                remember(child);
            }
        }
    }

    /**
     * Shows {@code facts} in this section without sending what {@code field} holds (the text of an edit
     * already refused), then puts {@code keep} back in the field as the person's unsaved text.
     */
    void showKeeping(TaskFacts facts, javafx.scene.control.TextInputControl field, String keep) {
        Object shown = field.getProperties().get(SHOWN_TEXT);
        field.setText(shown == null ? "" : shown.toString()); // nothing pending: show() sends nothing
        show(facts);
        rememberShownTexts();
        field.setText(keep);
    }

    /** The focused field's text counts as shown: it was just sent as an edit. */
    static void rememberFocusedText(javafx.scene.Scene scene) {
        if (scene != null && scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl field) {
            field.getProperties().put(SHOWN_TEXT, field.getText() == null ? "" : field.getText());
        }
    }

    /**
     * Whether the person is typing in this section now: the focus is in one of its fields and the field's
     * text is not what the section showed there. Its text is then theirs, and a newer version of the task
     * (another client's change) must not replace it.
     */
    boolean typing() {
        if (getScene() == null || !(getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl field)) {
            return false;
        }
        for (Node n = field; n != null; n = n.getParent()) {
            if (n == this) {
                Object shown = field.getProperties().get(SHOWN_TEXT);
                String now = field.getText() == null ? "" : field.getText();
                return shown == null ? !now.isEmpty() : !now.equals(shown);
            }
        }
        return false;
    }

    protected void add(Node... nodes) {
        getChildren().addAll(nodes);
    }

    /** A line of the section: its parts side by side, centred on one baseline. */
    protected static HBox line(Node... parts) {
        HBox line = new HBox(6, parts);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** The 添加 button that ends a section's row for a new item. */
    protected static Button addButton(String id, Runnable action) {
        Button b = new Button(Messages.get("detail.add"));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A small icon button at the end of an item's row (× removes it, ✎ corrects it). */
    protected static Button rowButton(String icon, String tooltip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("row-remove");
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static final String NONE = "luoshi.none";

    /**
     * Puts {@code made} into {@code rows}, or a muted line saying there are none (one label per list,
     * kept). Rows already in place stay there: see {@link #keepChildren}.
     */
    protected static void showRows(VBox rows, List<? extends Node> made, String noneKey) {
        if (made.isEmpty()) {
            Label none = (Label) rows.getProperties().computeIfAbsent(NONE, k -> {
                Label l = new Label(Messages.get(noneKey));
                l.getStyleClass().add("detail-muted");
                return l;
            });
            keepChildren(rows, List.of(none));
        } else {
            keepChildren(rows, made);
        }
    }

    /**
     * Makes {@code box} hold exactly {@code wanted}, in order, taking out and putting back as few nodes as
     * it can: a node put back into the scene is styled anew, and one left in place costs nothing (the
     * pane is filled after every key in the task table, issue 20).
     */
    protected static void keepChildren(javafx.scene.layout.Pane box, List<? extends Node> wanted) {
        javafx.collections.ObservableList<Node> now = box.getChildren();
        int same = 0;
        while (same < now.size() && same < wanted.size() && now.get(same) == wanted.get(same)) {
            same++;
        }
        if (same == now.size() && same == wanted.size()) {
            return;
        }
        if (same < now.size()) {
            now.remove(same, now.size());
        }
        if (same < wanted.size()) {
            now.addAll(wanted.subList(same, wanted.size()));
        }
    }

    /** Shows or hides a part of a kept row; hidden, it takes no room. */
    protected static void showPart(Node part, boolean on) {
        if (part.isVisible() != on) {
            part.setVisible(on);
            part.setManaged(on);
        }
    }

    /**
     * Rows kept from one task to the next and shown again with the next task's values: making a row's
     * date pickers, fields and buttons anew for every task took most of the pane's time (issue 20).
     */
    protected static final class Kept<R> {
        private final List<R> made = new java.util.ArrayList<>();
        private final java.util.function.Supplier<R> make;

        Kept(java.util.function.Supplier<R> make) {
            this.make = make;
        }

        /** The {@code i}-th row, made the first time it is needed. */
        R get(int i) {
            while (made.size() <= i) {
                made.add(make.get());
            }
            return made.get(i);
        }
    }

    /**
     * A field for an item's text that sends it when Enter is pressed or the field loses focus,
     * once, and only when it changed. Kept from task to task: {@link #show} gives it the next item's
     * text and where that text goes, after sending what was typed for the item before.
     */
    protected static final class CommittingField extends TextField {
        private java.util.function.Predicate<String> commit = text -> false;
        private String committed = ""; // what this field last sent, so focus loss after Enter sends nothing twice
        /** Counts the items shown, to tell whether the pane showed another while a text was being sent. */
        private long shows;
        private boolean sending;

        CommittingField() {
            setOnAction(e -> commitPending());
            focusedProperty().addListener((obs, old, focused) -> {
                if (!focused) {
                    commitPending();
                }
            });
        }

        /**
         * Shows {@code initial}; {@code commit} answers whether it took a changed text (a refused text
         * is sent again on the next try).
         */
        void show(String initial, java.util.function.Predicate<String> commit) {
            commitPending(); // typed for the item shown before: it goes there, not lost
            shows++;
            this.commit = commit;
            committed = initial == null ? "" : initial;
            setText(initial);
        }

        /** Sends what is typed, if it changed since it was shown or last sent. */
        void commitPending() {
            String value = getText() == null ? "" : getText().strip();
            if (sending || value.equals(committed)) {
                return; // the edit being sent shows the task again, and this field with it: nothing to send then
            }
            sending = true;
            long shownBefore = shows;
            try {
                if (commit.test(value) && shows == shownBefore) {
                    committed = value;
                }
            } finally {
                sending = false;
            }
        }
    }
}
