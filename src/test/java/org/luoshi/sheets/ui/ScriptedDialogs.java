package org.luoshi.sheets.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.luoshi.ui.DialogService;

/**
 * Dialogs answered by the test: files and folders as scripted (none once the script runs out, as
 * if the person cancelled), every question and message written down in {@link #asked()}.
 */
final class ScriptedDialogs implements DialogService {
    private final Deque<Path> files = new ArrayDeque<>();
    private final Deque<Path> folders = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();

    /** The next file chosen. */
    ScriptedDialogs answerFile(Path file) {
        files.add(file);
        return this;
    }

    /** The next folder chosen. */
    ScriptedDialogs answerFolder(Path folder) {
        folders.add(folder);
        return this;
    }

    /** What was asked or said, one line each: the title or header, then what the dialog showed. */
    List<String> asked() {
        return asked;
    }

    @Override
    public void inform(String header, String message) {
        asked.add("inform " + header + ": " + message);
    }

    @Override
    public void warn(String header, String message) {
        asked.add("warn " + header + ": " + message);
    }

    @Override
    public void error(String header, String message) {
        asked.add("error " + header + ": " + message);
    }

    @Override
    public boolean confirm(String title, String header, String text) {
        asked.add("confirm " + title);
        return false;
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        asked.add("askText " + title);
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileFilter> filters) {
        asked.add(title + " " + filters.stream().map(f -> f.description() + " " + String.join(",", f.patterns()))
                .collect(java.util.stream.Collectors.joining(" ")));
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, FileFilter filter) {
        asked.add(title + " " + initialName + " " + filter.description() + " " + String.join(",", filter.patterns()));
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        asked.add(title);
        return Optional.ofNullable(folders.poll());
    }
}
