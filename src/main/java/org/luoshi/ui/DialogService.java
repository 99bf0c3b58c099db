package org.luoshi.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message a flow puts to the person: alerts, confirmations, a line of text, files
 * and folders. Flows ask through this instead of making {@code Alert}s and {@code FileChooser}s, so
 * a test can answer them ({@code ScriptedDialogs} in the tests) and the app shows them the same way
 * everywhere ({@link FxDialogService}).
 */
public interface DialogService {

    /** Which files a chooser offers: a description and patterns such as {@code *.json}. */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }

        public static FileFilter of(String description, String... patterns) {
            return new FileFilter(description, List.of(patterns));
        }

        /** The extension a saved file gets when the person typed none ({@code .json}), or "" if the filter has several. */
        public String extension() {
            return patterns.size() == 1 && patterns.get(0).startsWith("*.") ? patterns.get(0).substring(1) : "";
        }
    }

    void inform(String header, String message);

    void warn(String header, String message);

    void error(String header, String message);

    /** True if the person chose OK. */
    boolean confirm(String title, String header, String text);

    /** A line of text, stripped; empty if the person cancelled or left it blank. */
    Optional<String> askText(String title, String header, String initial);

    /** A file to read, offered through {@code filters} (the first one chosen at first). */
    Optional<Path> chooseOpenFile(String title, List<FileFilter> filters);

    default Optional<Path> chooseOpenFile(String title, FileFilter filter) {
        return chooseOpenFile(title, List.of(filter));
    }

    /** A file to write; the filter's extension is added when the typed name has none. */
    /** Several files to open at once; empty if the person cancelled. One file where the service can only ask for one. */
    default List<Path> chooseOpenFiles(String title, List<FileFilter> filters) {
        return chooseOpenFile(title, filters).map(List::of).orElse(List.of());
    }

    Optional<Path> chooseSaveFile(String title, String initialName, FileFilter filter);

    Optional<Path> chooseFolder(String title);
}
