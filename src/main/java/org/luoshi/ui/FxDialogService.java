package org.luoshi.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of {@link DialogService} as JavaFX shows them, owned by one window, buttons in the app's language. */
public final class FxDialogService implements DialogService {
    /** The folder of the last file or folder chosen, where the next chooser opens (for as long as the app runs). */
    private static volatile File lastFolder;

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

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, FileFilter filter) {
        FileChooser chooser = chooser(title, filter);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        remember(file.getParentFile());
        String extension = filter.extension();
        if (!extension.isEmpty() && !file.getName().toLowerCase(Locale.ROOT).endsWith(extension)) {
            file = new File(file.getParentFile(), file.getName() + extension);
        }
        return Optional.of(file.toPath());
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

    private static void remember(File folder) {
        if (folder != null && folder.isDirectory()) {
            lastFolder = folder;
        }
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
