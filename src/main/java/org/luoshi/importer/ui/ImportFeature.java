package org.luoshi.importer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import org.luoshi.ui.TooltipOnHover;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.ImportDocument;
import org.luoshi.importer.review.ReviewDraft;
import org.luoshi.importer.review.TableReview;
import org.luoshi.importer.table.RememberedHeaders;
import org.luoshi.plan.Plan;
import org.luoshi.session.BackgroundTasks;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogService;

/**
 * The import feature as the main window sees it: a plan document from a file (menu, drag and drop)
 * or the clipboard is read and parsed on the session's I/O thread, reviewed by the person, and saved
 * only on confirmation, as one undoable edit ({@link ImportDocument}). A document that cannot be
 * read, or holds no tasks, gets a message and nothing is written.
 *
 * <p>Reading and parsing report their progress to the status bar's progress bar, and can be
 * cancelled ({@link #cancelImport}, the {@link #cancelControl() Cancel import} button the app puts
 * in the status bar): the work stops within moments, the status line says so, and nothing is written.
 *
 * <p>The app hands it the owner window, the session, a dialog service, where to say a line in the
 * status bar and where to report a failure to save; it wires its menu actions to {@link #chooseFile}
 * and {@link #importClipboard} and lets it {@link #acceptDrops accept drops} on the scene.
 */
public final class ImportFeature {
    /** Shows the read document for review: the plan to save, or empty if the person cancelled. */
    @FunctionalInterface
    public interface Reviewer {
        Optional<Plan> review(ReviewDraft draft, String documentLabel);
    }

    private final Session session;
    private final DialogService dialogs;
    private final Consumer<String> say;
    private final Consumer<Throwable> failed;
    private final Reviewer reviewer;
    /** One flag for each read or parse under way (FX thread only); cancelling sets them all. */
    private final List<AtomicBoolean> reading = new ArrayList<>();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing", false);
    /** The header meanings the person chose before, and where to keep new ones (the user settings). */
    private Supplier<RememberedHeaders> headers = () -> RememberedHeaders.NONE;
    private Consumer<RememberedHeaders> rememberHeaders = h -> { };

    /** Reads or parses a document, reporting progress, until {@code cancelled} says to stop. */
    @FunctionalInterface
    private interface Reading {
        ImportDocument.Read read(BackgroundTasks.Progress progress, BooleanSupplier cancelled) throws Exception;
    }

    /**
     * @param say    a line for the status bar (the plan saved)
     * @param failed a failure to save (the window shows it as it shows any)
     */
    public ImportFeature(Window owner, Session session, DialogService dialogs, Consumer<String> say,
            Consumer<Throwable> failed) {
        this(session, dialogs, say, failed,
                (draft, label) -> new ReviewDialog(owner, draft, label).showAndWait());
    }

    /** As the app's, with {@code reviewer} in place of the review dialog (tests). */
    public ImportFeature(Session session, DialogService dialogs, Consumer<String> say, Consumer<Throwable> failed,
            Reviewer reviewer) {
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.say = Objects.requireNonNull(say, "say");
        this.failed = Objects.requireNonNull(failed, "failed");
        this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
    }

    /**
     * Where the table header meanings the person chose are kept: {@code current} gives those chosen
     * before (tables are read with them), {@code remember} keeps the ones of a reviewed import that
     * was saved.
     */
    public void rememberHeaders(Supplier<RememberedHeaders> current, Consumer<RememberedHeaders> remember) {
        this.headers = Objects.requireNonNull(current, "current");
        this.rememberHeaders = Objects.requireNonNull(remember, "remember");
    }


    /** The documents the chooser offers: text, Word and WPS, PDF, Excel and WPS spreadsheets. */
    static final List<String> DOCUMENT_PATTERNS = List.of("*.txt", "*.docx", "*.doc", "*.wps", "*.pdf", "*.xlsx",
            "*.xls", "*.et", "*.TXT", "*.DOCX", "*.DOC", "*.WPS", "*.PDF", "*.XLSX", "*.XLS", "*.ET");

    /** File → 导入方案…: choose a plan document (.txt, .docx, .doc, .wps, .pdf, .xlsx, .xls, .et). */
    public void chooseFile() {
        DialogService.FileFilter documents = DialogService.FileFilter.of(Messages.get("import.chooser.documents"),
                DOCUMENT_PATTERNS.toArray(String[]::new));
        dialogs.chooseOpenFile(Messages.get("import.chooser.title"), documents).ifPresent(this::importFile);
    }

    public void importFile(Path file) {
        RememberedHeaders known = headers.get();
        read(String.valueOf(file.getFileName()), known,
                (progress, cancelled) -> ImportDocument.read(file, null, progress, cancelled, known));
    }

    /** Text copied from a web page or a document: the plan as plain text. */
    public void importClipboard() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            importFile(clipboard.getFiles().get(0).toPath());
        } else if (clipboard.hasString() && !clipboard.getString().isBlank()) {
            importText(clipboard.getString());
        } else {
            dialogs.inform(null, Messages.get("import.clipboard.empty"));
        }
    }

    public void importText(String text) {
        String name = Messages.get("import.clipboard.name");
        RememberedHeaders known = headers.get();
        read(name, known, (progress, cancelled) -> ImportDocument.text(name, text, progress, cancelled, known));
    }

    /** Stops every import that is still reading or parsing; nothing of them is written. */
    public void cancelImport() {
        reading.forEach(flag -> flag.set(true));
    }

    /** Whether a document is being read or parsed (then {@link #cancelImport} has something to stop). */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** A Cancel import button for the status bar, shown while a document is read or parsed. */
    public Node cancelControl() {
        Button cancel = new Button(Messages.get("import.cancel"));
        cancel.setId("cancelImport");
        TooltipOnHover.install(cancel, new javafx.beans.property.ReadOnlyStringWrapper(Messages.get("import.cancel.tooltip")));
        cancel.setFocusTraversable(false);
        cancel.visibleProperty().bind(importing);
        cancel.managedProperty().bind(importing);
        cancel.setOnAction(e -> cancelImport());
        return cancel;
    }

    private void read(String name, RememberedHeaders known, Reading work) {
        AtomicBoolean cancelled = new AtomicBoolean();
        reading.add(cancelled);
        importing.set(true);
        session.runWithProgress(Messages.get("import.reading", name), (s, progress) -> work.read(progress, cancelled::get),
                read -> {
                    finished(cancelled);
                    review(read, known);
                }, problem -> {
                    finished(cancelled);
                    if (problem instanceof CancellationException) {
                        say.accept(Messages.get("import.cancelled", name));
                    } else {
                        unreadable(problem);
                    }
                });
    }

    private void finished(AtomicBoolean flag) {
        reading.remove(flag);
        importing.set(!reading.isEmpty());
    }

    /** Lets a file or text dropped anywhere on the window be imported. */
    public void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() || e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        var board = e.getDragboard();
        boolean done = false;
        if (board.hasFiles() && !board.getFiles().isEmpty()) {
            importFile(board.getFiles().get(0).toPath());
            done = true;
        } else if (board.hasContent(DataFormat.PLAIN_TEXT)) {
            importText(board.getString());
            done = true;
        }
        e.setDropCompleted(done);
        e.consume();
    }

    private void review(ImportDocument.Read read, RememberedHeaders known) {
        Integer year = read.parsed().plan().issuedOn() == null ? null : read.parsed().plan().issuedOn().getYear();
        TableReview tables = TableReview.of(read.document().tables(), known, year).orElse(null);
        if (!read.hasTasks() && tables == null) {
            dialogs.warn(Messages.get("import.noTasks.title"), read.document().workbook() ? read.noTasksMessage()
                    : Messages.get("import.noTasks.text", read.document().name()));
            return;
        }
        // A table whose header nobody knew gives no task yet: the person says what its columns mean.
        String label = read.document().name() + "（" + read.document().format() + "）";
        reviewer.review(new ReviewDraft(read.parsed(), tables), label).ifPresent(plan -> {
            if (tables != null && !tables.remembered().equals(known)) {
                rememberHeaders.accept(tables.remembered());
            }
            save(plan);
        });
    }

    private void save(Plan plan) {
        session.run(Messages.get("import.saving"), ImportDocument.save(plan),
                saved -> say.accept(Messages.get("import.saved", saved.displayTitle(), saved.tasks().size())),
                failed);
    }

    private void unreadable(Throwable t) {
        dialogs.error(Messages.get("import.failed.title"), t.getMessage() == null ? t.toString() : t.getMessage());
    }
}
