package org.luoshi.app.detail;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditSink;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;

/**
 * The right-hand pane: everything about the selected task, each part editable in place. Every
 * change becomes one undoable edit, stored as it is made.
 */
public final class TaskDetailPane extends ScrollPane {
    private final VBox content = new VBox(14);
    private final Label empty = new Label(Messages.get("detail.none"));
    private final Label refusal = new Label();
    /** Copies what the person typed when an edit was refused because someone else changed the same thing. */
    private final javafx.scene.control.Button copyTyped = new javafx.scene.control.Button(Messages.get("edit.conflict.copy"));
    private String typed;
    /** The field the last edit was typed in, if it was sent from a field: a refused edit's text goes back there. */
    private javafx.scene.control.TextInputControl sentFrom;
    /** Says that another client changed the task while the person was typing in it (their text kept). */
    private final Label othersChanged = new Label();
    private final HeaderSection header = new HeaderSection();
    private List<Section> sections = List.of();
    private final EditSink sink;
    private final UnitNames unitNames;
    private final Supplier<LocalDate> today;
    private TaskFacts shown;
    private TaskRecords records;
    private ChaseSection chase;
    private HistorySection history;
    private final javafx.beans.property.BooleanProperty readOnly =
            new javafx.beans.property.SimpleBooleanProperty(this, "readOnly");
    private final javafx.beans.property.BooleanProperty offline =
            new javafx.beans.property.SimpleBooleanProperty(this, "offline");
    /** Edits made here that the server went away before storing: stored, in order, once it is back. */
    private final List<Edit> held = new java.util.ArrayList<>();
    private final Consumer<Edit> performer;

    /**
     * @param perform   runs an edit (the view model's perform)
     * @param unitNames the directory's unit names, for completion, and the name it keeps for a typed one
     * @param today     today by the window's clock
     */
    public TaskDetailPane(Consumer<Edit> perform, UnitNames unitNames, Supplier<LocalDate> today) {
        setId("detailPane");
        getStyleClass().add("detail-pane");
        setFitToWidth(true);
        org.luoshi.ui.SoftwareViewport.drawDirectly(this); // in software, the pane's changes are painted once
        setHbarPolicy(ScrollBarPolicy.NEVER);
        refusal.setId("detailRefusal");
        refusal.getStyleClass().add("detail-refusal");
        refusal.setWrapText(true);
        refusal.managedProperty().bind(refusal.visibleProperty());
        refusal.setVisible(false);
        copyTyped.setId("detailConflictCopy");
        copyTyped.managedProperty().bind(copyTyped.visibleProperty());
        copyTyped.setVisible(false);
        copyTyped.setOnAction(e -> {
            javafx.scene.input.ClipboardContent text = new javafx.scene.input.ClipboardContent();
            text.putString(typed == null ? "" : typed);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(text);
            refusal.setText(refusal.getText() + " " + Messages.get("edit.conflict.copied"));
        });
        othersChanged.setId("detailOthersChanged");
        othersChanged.getStyleClass().add("detail-refusal");
        othersChanged.setWrapText(true);
        othersChanged.managedProperty().bind(othersChanged.visibleProperty());
        othersChanged.setVisible(false);
        this.unitNames = unitNames;
        this.today = today;
        this.performer = perform;
        this.sink = new EditSink() {
            @Override
            public void perform(Edit edit) {
                // What the focused field holds has been sent: it is no longer "being typed" (Enter keeps the focus).
                Section.rememberFocusedText(getScene());
                sentFrom = getScene() != null && getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl f
                        ? f : null;
                if (offline.get()) {
                    hold(edit);
                    return;
                }
                if (readOnly.get()) {
                    refuse(Messages.get("detail.readOnly"));
                    return;
                }
                perform.accept(edit);
            }

            @Override
            public void refuse(String message) {
                refusal.setText(message == null ? "" : message);
                refusal.setVisible(message != null);
                copyTyped.setVisible(false);
            }
        };
        content.getStyleClass().add("detail-content");
        empty.getStyleClass().add("detail-muted");
        empty.setWrapText(true);
        content.getChildren().setAll(empty);
        setContent(content);
        readOnly.addListener((obs, was, now) -> lockFields());
        offline.addListener((obs, was, now) -> {
            if (!now && !held.isEmpty()) {
                List<Edit> again = List.copyOf(held);
                held.clear();
                sink.refuse(null);
                again.forEach(performer);
            }
        });
        // Typing into a field that cannot change says why, once per task, in the pane itself.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if (readOnly.get() && e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                sink.refuse(Messages.get("detail.readOnly"));
            }
        });
    }

    /**
     * Whether the workspace is open read-only: then no field of the pane can be changed (text can still
     * be selected and copied), and an edit tried anyway is refused with the reason in the pane.
     */
    public javafx.beans.property.BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /**
     * Whether the workspace's server is away: an edit made here meanwhile (or one the server went away
     * under) is held, said to be not saved, and stored once the server is back.
     */
    public javafx.beans.property.BooleanProperty offlineProperty() {
        return offline;
    }

    /** Keeps an edit the server went away before storing, to store it when the server is back. */
    public void hold(Edit edit) {
        held.add(edit);
        refusal.setText(Messages.get("detail.offline.held", held.size()));
        refusal.setVisible(true);
    }

    /**
     * Shows why an edit was not stored: someone else changed the same thing since the task was shown
     * ("张三 于 10:42 修改了此项：现在是「…」"). The field keeps what the person typed, and a button
     * copies it, so that nothing typed is lost when the pane shows the value now.
     */
    public void conflict(org.luoshi.edit.EditConflict refused) {
        refusal.setText(refused.getMessage());
        refusal.setVisible(true);
        typed = refused.attempted();
        copyTyped.setVisible(typed != null && !typed.isEmpty());
        if (typed == null || sentFrom == null || sentFrom.getScene() != getScene() || shown == null) {
            return;
        }
        // The section the text was sent from shows the newest version the pane has (the other change may have
        // arrived while the person typed, and was held back from their field), with what they typed put back:
        // saving it again is then a choice made knowing the other change.
        for (javafx.scene.Node n = sentFrom; n != null; n = n.getParent()) {
            if (n instanceof Section section && sections.contains(section)) {
                section.showKeeping(shown, sentFrom, typed);
                break;
            }
        }
    }

    private static boolean holds(Section section, javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == section) {
                return true;
            }
        }
        return false;
    }

    /** The text fields of the sections that show {@code text} now. */
    private List<javafx.scene.control.TextInputControl> fieldsHolding(String text) {
        List<javafx.scene.control.TextInputControl> found = new java.util.ArrayList<>();
        java.util.ArrayDeque<javafx.scene.Node> left = new java.util.ArrayDeque<>(sections);
        while (!left.isEmpty()) {
            javafx.scene.Node n = left.pop();
            if (n instanceof javafx.scene.control.TextInputControl field && text.equals(field.getText())) {
                found.add(field);
            } else if (n instanceof javafx.scene.Parent p) {
                left.addAll(p.getChildrenUnmodifiable());
            }
        }
        return found;
    }

    /** What the person typed in an edit refused by {@link #conflict}, or null (tests). */
    public String typedInRefusedEdit() {
        return copyTyped.isVisible() ? typed : null;
    }

    /** The edits held while offline (tests). */
    public List<Edit> held() {
        return List.copyOf(held);
    }

    private void lockFields() {
        lock(content, readOnly.get());
    }

    private static void lock(javafx.scene.Node node, boolean locked) {
        if (node instanceof javafx.scene.control.TextInputControl t) {
            t.setEditable(!locked);
        } else if (node instanceof javafx.scene.control.ButtonBase || node instanceof javafx.scene.control.ComboBoxBase<?>
                || node instanceof javafx.scene.control.ChoiceBox<?> || node instanceof javafx.scene.control.Spinner<?>
                || node instanceof javafx.scene.control.Slider) {
            node.setDisable(locked);
            return;
        }
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                lock(child, locked);
            }
        }
    }

    /**
     * Where the pane reads a task's history and chase log; without it the pane shows neither. Set
     * before the first task is shown.
     */
    public void setRecords(TaskRecords records) {
        this.records = records;
    }

    /** Shows this task (null: none selected). */
    public void show(TaskFacts facts) {
        if (facts == null) {
            sections.forEach(Section::commitPending);
            shown = null;
            content.getChildren().setAll(empty);
            return;
        }
        boolean otherTask = shown == null || shown.task().id() != facts.task().id();
        if (otherTask) {
            refusal.setVisible(false);
            copyTyped.setVisible(false);
        }
        // The same task again while the person types in one of its fields: a newer version stored by someone
        // else. Their text stays in the field (the section is left as it is) and the pane says so.
        // After an edit refused because someone else changed the same thing, a newer version of the task is
        // shown, but the field keeps what the person typed: saving it again is then a choice made knowing it.
        List<javafx.scene.control.TextInputControl> refusedIn = !otherTask && copyTyped.isVisible() && typed != null
                ? fieldsHolding(typed) : List.of();
        List<Section> typedIn = new java.util.ArrayList<>();
        if (!otherTask && shown != null) {
            for (Section s : sections) {
                if (s.typing() && refusedIn.stream().noneMatch(field -> holds(s, field))) {
                    typedIn.add(s);
                }
            }
        }
        if (sections.isEmpty()) {
            // Built when the first task is shown: the window opens faster without them.
            sections = List.of(new TextSection(sink), new StatusSection(sink), new UnitsSection(sink, unitNames),
                    new DeadlinesSection(sink), new MilestonesSection(sink), new ProgressSection(sink, today),
                    new ContactSection(sink), new NotesSection(sink));
            if (records != null) {
                chase = new ChaseSection(sink, today);
                history = new HistorySection(sink);
                List<Section> all = new java.util.ArrayList<>(sections);
                all.add(chase);
                all.add(history);
                sections = List.copyOf(all);
            }
        }
        if (shown == null) {
            content.getChildren().setAll(header, refusal, copyTyped, othersChanged);
            content.getChildren().addAll(sections);
        }
        shown = facts;
        header.show(facts);
        for (Section s : sections) {
            javafx.scene.control.TextInputControl refusedField = refusedIn.stream().filter(f -> holds(s, f)).findFirst()
                    .orElse(null);
            if (refusedField != null) {
                s.showKeeping(facts, refusedField, typed);
            } else if (!typedIn.contains(s)) {
                s.show(facts);
                s.rememberShownTexts();
            }
        }
        if (typedIn.isEmpty()) {
            othersChanged.setVisible(false);
        } else {
            othersChanged.setText(Messages.get("detail.othersChanged",
                    String.join(Messages.get("detail.othersChanged.separator"), typedIn.stream().map(Section::title).toList())));
            othersChanged.setVisible(true);
        }
        // Rows kept from task to task may have been out of the pane when the lock last changed: set it again.
        lockFields();
        if (otherTask) {
            setVvalue(0);
        }
        if (records != null) {
            long id = facts.task().id();
            records.load(id, record -> {
                if (shown != null && shown.task().id() == record.taskId()) {
                    chase.showLog(record.chases());
                    history.showHistory(record.history());
                }
            });
        }
    }

    /** Commits what is typed but not yet stored (before an undo, or when the window closes). */
    public void commitPending() {
        sections.forEach(Section::commitPending);
    }

    public TaskFacts shown() {
        return shown;
    }
}
