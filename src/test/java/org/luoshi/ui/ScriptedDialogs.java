package org.luoshi.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link DialogService} for tests, answered from a script: each question (confirm, a line of text,
 * a file or folder to choose) takes the next answer queued for its kind, and every message shown and
 * question asked is recorded in order, with what it offered (the initial text or file name, the file
 * filters). A question with no answer left fails the test rather than guessing one, unless the script
 * says to {@linkplain #cancellingUnanswered() cancel} such questions. Works on any thread and needs
 * no toolkit.
 *
 * <pre>{@code
 * ScriptedDialogs dialogs = new ScriptedDialogs().confirming(true).openingFile(file).cancellingText();
 * ... run the flow ...
 * assertThat(dialogs.warnings()).containsExactly("…");
 * assertThat(dialogs.asked()).contains(Asked.saveFile("Save as", "plan.json", FileFilter.of("JSON", "*.json")));
 * }</pre>
 */
public final class ScriptedDialogs implements DialogService {
    /** What kind of message was shown. */
    public enum Kind { INFORM, WARN, ERROR }

    /** One message shown: its kind, its header (may be null) and its text. */
    public record Shown(Kind kind, String header, String message) {
    }

    /**
     * One question asked: the method ({@code confirm}, {@code askText}, {@code chooseOpenFile},
     * {@code chooseSaveFile}, {@code chooseFolder}), its title, what it started with (the initial text
     * of {@code askText}, the initial file name of {@code chooseSaveFile}; null for the others) and the
     * file filters offered (empty but for the file choosers).
     */
    public record Asked(String question, String title, String initial, List<FileFilter> filters) {
        public Asked {
            filters = List.copyOf(filters);
        }

        /** A {@code chooseOpenFile} question offering {@code filters}. */
        public static Asked openFile(String title, FileFilter... filters) {
            return new Asked("chooseOpenFile", title, null, List.of(filters));
        }

        /** A {@code chooseSaveFile} question suggesting {@code initialName} through {@code filter}. */
        public static Asked saveFile(String title, String initialName, FileFilter filter) {
            return new Asked("chooseSaveFile", title, initialName, List.of(filter));
        }

        /** A {@code chooseFolder} question. */
        public static Asked folder(String title) {
            return new Asked("chooseFolder", title, null, List.of());
        }
    }

    private final Deque<Boolean> confirms = new ArrayDeque<>();
    private final Deque<Optional<String>> texts = new ArrayDeque<>();
    private final Deque<Optional<Path>> openFiles = new ArrayDeque<>();
    private final Deque<Optional<Path>> saveFiles = new ArrayDeque<>();
    private final Deque<Optional<Path>> folders = new ArrayDeque<>();
    private final List<Shown> shown = new ArrayList<>();
    private final List<Asked> asked = new ArrayList<>();
    private boolean cancelUnanswered;

    // --- the script ---

    /**
     * From now on a question with no answer left is cancelled (a confirmation is declined, no text,
     * no file or folder) instead of failing the test: for flows whose questions the test does not
     * care about. It is still recorded in {@link #asked()}.
     */
    public synchronized ScriptedDialogs cancellingUnanswered() {
        cancelUnanswered = true;
        return this;
    }

    /** Answers to the next confirmations, in order: true is OK, false is Cancel. */
    public synchronized ScriptedDialogs confirming(boolean... answers) {
        for (boolean a : answers) {
            confirms.add(a);
        }
        return this;
    }

    /** Lines the person types at the next {@code askText} questions, in order. */
    public synchronized ScriptedDialogs answeringText(String... answers) {
        for (String a : answers) {
            texts.add(Optional.of(a));
        }
        return this;
    }

    /** The person cancels the next {@code askText} question. */
    public synchronized ScriptedDialogs cancellingText() {
        texts.add(Optional.empty());
        return this;
    }

    /** Files chosen at the next {@code chooseOpenFile} questions; a null is a cancelled chooser. */
    public synchronized ScriptedDialogs openingFile(Path... files) {
        queue(openFiles, files);
        return this;
    }

    /** Files chosen at the next {@code chooseSaveFile} questions; a null is a cancelled chooser. */
    public synchronized ScriptedDialogs savingTo(Path... files) {
        queue(saveFiles, files);
        return this;
    }

    /** Folders chosen at the next {@code chooseFolder} questions; a null is a cancelled chooser. */
    public synchronized ScriptedDialogs choosingFolder(Path... chosen) {
        queue(folders, chosen);
        return this;
    }

    private static void queue(Deque<Optional<Path>> queue, Path[] paths) {
        for (Path p : paths) {
            queue.add(Optional.ofNullable(p));
        }
    }

    // --- what happened ---

    /** Every message shown, in order. */
    public synchronized List<Shown> shown() {
        return List.copyOf(shown);
    }

    /** The texts of the messages of {@code kind}, in order. */
    public synchronized List<String> messages(Kind kind) {
        return shown.stream().filter(s -> s.kind() == kind).map(Shown::message).toList();
    }

    public List<String> informations() {
        return messages(Kind.INFORM);
    }

    public List<String> warnings() {
        return messages(Kind.WARN);
    }

    public List<String> errors() {
        return messages(Kind.ERROR);
    }

    /** Every question asked, in order. */
    public synchronized List<Asked> asked() {
        return List.copyOf(asked);
    }

    /** How many scripted answers no question took (0 when the flow asked all it was expected to). */
    public synchronized int unusedAnswers() {
        return confirms.size() + texts.size() + openFiles.size() + saveFiles.size() + folders.size();
    }

    // --- DialogService ---

    @Override
    public synchronized void inform(String header, String message) {
        shown.add(new Shown(Kind.INFORM, header, message));
    }

    @Override
    public synchronized void warn(String header, String message) {
        shown.add(new Shown(Kind.WARN, header, message));
    }

    @Override
    public synchronized void error(String header, String message) {
        shown.add(new Shown(Kind.ERROR, header, message));
    }

    @Override
    public synchronized boolean confirm(String title, String header, String text) {
        return next(confirms, false, new Asked("confirm", title, null, List.of()));
    }

    @Override
    public synchronized Optional<String> askText(String title, String header, String initial) {
        return next(texts, Optional.<String>empty(), new Asked("askText", title, initial, List.of()))
                .map(String::strip).filter(t -> !t.isEmpty());
    }

    @Override
    public synchronized Optional<Path> chooseOpenFile(String title, List<FileFilter> filters) {
        return next(openFiles, Optional.empty(), new Asked("chooseOpenFile", title, null, filters));
    }

    @Override
    public synchronized Optional<Path> chooseSaveFile(String title, String initialName, FileFilter filter) {
        String extension = filter.extension();
        return next(saveFiles, Optional.empty(), Asked.saveFile(title, initialName, filter)).map(file ->
                extension.isEmpty() || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)
                        ? file : file.resolveSibling(file.getFileName() + extension));
    }

    @Override
    public synchronized Optional<Path> chooseFolder(String title) {
        return next(folders, Optional.empty(), Asked.folder(title));
    }

    /** Records the question and takes its answer: the next scripted one, else {@code cancelled} if so scripted. */
    private <T> T next(Deque<T> answers, T cancelled, Asked question) {
        asked.add(question);
        if (!answers.isEmpty()) {
            return answers.poll();
        }
        if (cancelUnanswered) {
            return cancelled;
        }
        throw new AssertionError("No scripted answer for " + question.question() + " “" + question.title() + "”");
    }
}
