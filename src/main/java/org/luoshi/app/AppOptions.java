package org.luoshi.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.luoshi.settings.UserSettingsFile;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.WorkspaceFile;
import org.luoshi.storage.WorkspaceLocation;

/**
 * What the window was started with: {@code --workspace PATH}, {@code --settings PATH} (the
 * per-user settings file) and {@code --today DATE} (look at the workspace as of another day),
 * each also as {@code --name=value}; and {@code --smoke-test}: open the workspace, lay out the
 * window with its plan, report and exit (the packaged app's check in CI, and the start-up
 * measurement).
 *
 * @param today       the day to show the workspace as of, or null for the real today
 * @param sampleIfNew whether a workspace this start creates gets the sample plan: only the default
 *                    workspace (the first start of someone trying Luoshi) and a smoke test's, whose
 *                    check is that the sample shows; a file named with {@code --workspace} is where
 *                    the user means to keep real plans, and starts empty
 * @param words       what the command line holds besides options and their values: {@code luoshi
 *                    FILE} (a plan document, or a file opened from the file manager) has its path here
 */
public record AppOptions(Path workspace, Path settings, LocalDate today, boolean smokeTest, boolean sampleIfNew,
        List<String> words, String server) {
    public AppOptions {
        words = List.copyOf(words);
    }

    /** A workspace file. */
    public AppOptions(Path workspace, Path settings, LocalDate today, boolean smokeTest, boolean sampleIfNew,
            List<String> words) {
        this(workspace, settings, today, smokeTest, sampleIfNew, words, null);
    }

    /**
     * Whether {@code --workspace} named a database on an office server ({@code postgresql://…}, then
     * {@link #server()} holds it as typed) rather than a file.
     */
    public boolean onServer() {
        return server != null;
    }

    /** The plan document named on the command line, to open in the import review; null if none. */
    public Path document() {
        return words.isEmpty() ? null : Path.of(words.get(0));
    }

    public static final String SMOKE_TEST = "--smoke-test";

    public static AppOptions parse(List<String> args) {
        Path workspace = null;
        String server = null;
        Path settings = null;
        LocalDate today = null;
        boolean smokeTest = false;
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(SMOKE_TEST)) {
                smokeTest = true;
                continue;
            }
            String value = null;
            String name = a;
            if (a.startsWith("--") && a.contains("=")) {
                name = a.substring(0, a.indexOf('='));
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(i + 1);
            }
            boolean separate = !a.contains("=");
            switch (name) {
                case "--workspace" -> {
                    if (value != null && ServerAddress.isServerLocation(value)) {
                        server = value.strip();
                        workspace = null;
                    } else if (value != null) {
                        workspace = Path.of(value);
                        server = null;
                    }
                }
                case "--settings" -> settings = value == null ? settings : Path.of(value);
                case "--today" -> today = value == null ? today : date(value);
                default -> {
                    if (!a.startsWith("-")) {
                        words.add(a);
                    }
                    continue;
                }
            }
            if (separate && value != null) {
                i++;
            }
        }
        Path defaultWorkspace = WorkspaceLocation.defaultFile();
        Path chosen = workspace != null ? workspace : defaultWorkspace;
        boolean sampleIfNew = server == null && (smokeTest || isSameFile(chosen, defaultWorkspace));
        return new AppOptions(chosen, settings != null ? settings : UserSettingsFile.defaultFile(), today, smokeTest,
                sampleIfNew, words, server);
    }

    /** Whether two spellings name one file (the default location typed out in full counts as the default). */
    private static boolean isSameFile(Path a, Path b) {
        return WorkspaceFile.realPath(a).equals(WorkspaceFile.realPath(b));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            System.err.println("--today needs a date such as 2023-03-28, not " + text + "; using today.");
            return null;
        }
    }
}
