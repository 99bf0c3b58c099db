package org.luoshi.reminders.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.luoshi.ui.DialogService;

/** A dialog service that shows nothing: it notes each message and answers every question with "cancel". */
final class RecordingDialogs implements DialogService {
    /** A message shown: its kind (inform, warn, error), header and text. */
    record Shown(String kind, String header, String message) {
    }

    final List<Shown> shown = new ArrayList<>();

    @Override
    public void inform(String header, String message) {
        shown.add(new Shown("inform", header, message));
    }

    @Override
    public void warn(String header, String message) {
        shown.add(new Shown("warn", header, message));
    }

    @Override
    public void error(String header, String message) {
        shown.add(new Shown("error", header, message));
    }

    @Override
    public boolean confirm(String title, String header, String text) {
        return false;
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileFilter> filters) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, FileFilter filter) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }
}
