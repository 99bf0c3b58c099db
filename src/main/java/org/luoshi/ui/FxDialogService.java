package org.luoshi.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.nio.file.Files;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.luoshi.files.FreeName;
import org.luoshi.i18n.Messages;

/** The dialogs of {@link DialogService} as JavaFX shows them, owned by one window, buttons in the app's language. */
public final class FxDialogService implements DialogService {
    /** The folder of the last file or folder chosen, where the next chooser opens (kept in the user settings). */
    private static volatile File lastFolder;
    /** Told each time another folder is chosen, to keep it for the next start. */
    private static volatile java.util.function.Consumer<Path> folderChosen = f -> { };

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void inform(String header, String message) {
        alert(Alert.AlertType.INFORMATION, header, message);
    }

    @Override
    public void warn(String header, String message) {
        alert(Alert.AlertType.WARNING, header, message);
    }

    @Override
    public void error(String header, String message) {
        alert(Alert.AlertType.ERROR, header, message);
    }

    private void alert(Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type, message, DialogButtons.ok());
        // JavaFX's own title ("Message", "Error") is in the JVM's language, not the app's.
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(header);
        alert.initOwner(owner);
        DialogWindows.fit(alert);
        WindowLook.of(owner).apply(alert.getDialogPane());
        alert.show();
    }

    @Override
    public boolean confirm(String title, String header, String text) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, DialogButtons.ok(), DialogButtons.cancel());
        confirm.initOwner(owner);
        DialogWindows.fit(confirm);
        confirm.setTitle(title);
        confirm.setHeaderText(header);
        WindowLook.of(owner).apply(confirm.getDialogPane());
        return confirm.showAndWait().filter(DialogButtons::isOk).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        dialog.initOwner(owner);
        DialogWindows.fit(dialog);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getEditor().setPrefColumnCount(40);
        WindowLook.of(owner).apply(dialog.getDialogPane());
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileFilter> filters) {
        File file = chooser(title, filters.toArray(FileFilter[]::new)).showOpenDialog(owner);
        remember(file == null ? null : file.getParentFile());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> chooseOpenFiles(String title, List<FileFilter> filters) {
        List<File> files = chooser(title, filters.toArray(FileFilter[]::new)).showOpenMultipleDialog(owner);
        remember(files == null || files.isEmpty() ? null : files.get(0).getParentFile());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    /**
     * A file to write. The name offered is one no file in the starting folder has ("-2", "-3" … as
     * folder exports do), and a file that is there already is never written over without this app's
     * own question ({@link #notOverwriting}) — whether or not the system's chooser asked, and also
     * when the extension added here makes the name of a file that exists.
     */
    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, FileFilter filter) {
        FileChooser chooser = chooser(title, filter);
        File start = startFolder();
        chooser.setInitialFileName(start == null ? initialName : FreeName.in(start.toPath(), initialName));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        remember(file.getParentFile());
        String extension = filter.extension();
        if (!extension.isEmpty() && !file.getName().toLowerCase(Locale.ROOT).endsWith(extension)) {
            file = new File(file.getParentFile(), file.getName() + extension);
        }
        return notOverwriting(title, file.toPath());
    }

    /**
     * {@code chosen} if no file is there; else asks: replace it, save beside it under the next free
     * name (晋…-任务分工表-2.docx), or cancel (empty).
     */
    Optional<Path> notOverwriting(String title, Path chosen) {
        if (!Files.exists(chosen)) {
            return Optional.of(chosen);
        }
        Path free = FreeName.beside(chosen);
        ButtonType replace = new ButtonType(Messages.get("dialog.replace"), ButtonBar.ButtonData.YES);
        ButtonType beside = new ButtonType(Messages.get("dialog.saveAs", free.getFileName()),
                ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("dialog.exists.text", chosen.getParent()),
                beside, replace, DialogButtons.cancel());
        ask.initOwner(owner);
        ask.setTitle(title);
        ask.setHeaderText(Messages.get("dialog.exists", chosen.getFileName()));
        ask.getDialogPane().setId("fileExists");
        DialogWindows.fit(ask);
        WindowLook.of(owner).apply(ask.getDialogPane());
        ButtonType answer = ask.showAndWait().orElse(null);
        return answer == replace ? Optional.of(chosen) : answer == beside ? Optional.of(free) : Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File start = startFolder();
        if (start != null) {
            chooser.setInitialDirectory(start);
        }
        File folder = chooser.showDialog(owner);
        remember(folder);
        return Optional.ofNullable(folder).map(File::toPath);
    }

    static void remember(File folder) {
        if (folder != null && folder.isDirectory() && !folder.equals(lastFolder)) {
            lastFolder = folder;
            folderChosen.accept(folder.toPath());
        }
    }

    /**
     * Where the first chooser opens ({@code folder}, kept from the last run; ignored if null or gone),
     * and who keeps each folder chosen after it for the next start.
     */
    public static void startIn(Path folder, java.util.function.Consumer<Path> keep) {
        lastFolder = folder != null && Files.isDirectory(folder) ? folder.toFile() : null;
        folderChosen = keep == null ? f -> { } : keep;
    }

    /** The last folder chosen, if it is still there. */
    static File startFolder() {
        File f = lastFolder;
        return f != null && f.isDirectory() ? f : null;
    }

    private static FileChooser chooser(String title, FileFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File start = startFolder();
        if (start != null) {
            chooser.setInitialDirectory(start);
        }
        for (FileFilter filter : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
        }
        return chooser;
    }
}
