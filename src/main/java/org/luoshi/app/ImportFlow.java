package org.luoshi.app;

import org.luoshi.session.BackgroundTasks;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.ImportDocument;
import org.luoshi.importer.read.DocumentReadException;
import org.luoshi.importer.review.ReviewDraft;
import org.luoshi.importer.ui.ReviewDialog;
import org.luoshi.plan.Plan;

/**
 * Import from a file (menu, drag and drop) or the clipboard: read and parse off the FX thread,
 * let the person review, save only on confirmation. A document that cannot be read, or holds no
 * tasks, gets a message and nothing is written.
 */
public final class ImportFlow {
    private final Window owner;
    private final MainViewModel model;
    private final BackgroundTasks tasks;

    public ImportFlow(Window owner, MainViewModel model, BackgroundTasks tasks) {
        this.owner = owner;
        this.model = model;
        this.tasks = tasks;
    }

    /** File → 导入方案…: choose a .txt, .docx or .pdf. */
    public void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("import.chooser.documents"), "*.txt", "*.docx", "*.pdf", "*.TXT", "*.DOCX", "*.PDF"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importFile(file.toPath());
        }
    }

    public void importFile(Path file) {
        tasks.run(Messages.get("import.reading", file.getFileName()), () -> ImportDocument.read(file), this::review, this::failed);
    }

    /** Text copied from a web page or a document: the plan as plain text. */
    public void importClipboard() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            importFile(clipboard.getFiles().get(0).toPath());
        } else if (clipboard.hasString() && !clipboard.getString().isBlank()) {
            importText(clipboard.getString());
        } else {
            alert(Alert.AlertType.INFORMATION, Messages.get("import.clipboard.empty"));
        }
    }

    public void importText(String text) {
        String name = Messages.get("import.clipboard.name");
        tasks.run(Messages.get("import.reading", name),
                () -> ImportDocument.text(name, text),
                this::review, this::failed);
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

    private void review(ImportDocument.Read r) {
        if (r.parsed().plan().tasks().isEmpty()) {
            alert(Alert.AlertType.WARNING, Messages.get("import.noTasks.text", r.document().name()));
            return;
        }
        String label = r.document().name() + "（" + r.document().format() + "）";
        ReviewDialog dialog = new ReviewDialog(owner, new ReviewDraft(r.parsed()), label);
        Optional<Plan> reviewed = dialog.showAndWait();
        reviewed.ifPresent(this::save);
    }

    private void save(Plan plan) {
        model.session().run(Messages.get("import.saving"), ImportDocument.save(plan),
                saved -> model.say(Messages.get("import.saved", saved.displayTitle(), saved.tasks().size())),
                model::failed);
    }

    private void failed(Throwable t) {
        String message = t instanceof DocumentReadException ? t.getMessage()
                : t.getMessage() == null ? t.toString() : t.getMessage();
        alert(Alert.AlertType.ERROR, message);
    }

    private void alert(Alert.AlertType type, String message) {
        Alert alert = new Alert(type, message);
        alert.setHeaderText(type == Alert.AlertType.ERROR ? Messages.get("import.failed.title")
                : type == Alert.AlertType.WARNING ? Messages.get("import.noTasks.title") : null);
        alert.initOwner(owner);
        alert.show();
    }


}
