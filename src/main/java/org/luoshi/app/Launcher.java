package org.luoshi.app;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import org.luoshi.cli.CommandWords;
import org.luoshi.cli.LuoshiCommand;

/**
 * Entry point of {@code java -jar luoshi.jar}: a subcommand (import, plans, --help, --version)
 * runs the command line without touching the toolkit; anything else opens the window.
 * A plain class, not the Application itself, so the jar starts from the class path.
 */
public final class Launcher {
    /** A plain list, not the commands' annotations: read on every start of the window (issue 20). */
    private static final Set<String> CLI_WORDS = CommandWords.ALL;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (isCommandLine(args)) {
            PrintWriter out = utf8(FileDescriptor.out);
            PrintWriter err = utf8(FileDescriptor.err);
            System.exit(LuoshiCommand.executeAsProgram(args, out, err));
        }
        PrintWriter err = utf8(FileDescriptor.err);
        int refused = refusal(AppOptions.parse(List.of(args)), System.getenv(), System.getProperty("glass.platform"), err);
        if (refused != 0) {
            System.exit(refused);
        }
        quietToolkitWarnings();
        if (bringsFirstWindowForward(args)) {
            return; // the window that has this workspace open came to the front instead
        }
        SoftwareRendering.chooseBeforeToolkit();
        // The workspace is opened by LuoshiApp once it holds the workspace lock, never before:
        // a second start must not create or touch a workspace another window has open.
        Application.launch(LuoshiApp.class, args);
        // The window has closed and the workspace with it: end the process.
        System.exit(AppExit.afterWindowClosed(System.err));
    }

    /**
     * Why the window cannot start, said in one line on {@code err}, as the exit code; 0 when it can.
     * A word on the command line that is neither a command nor an existing file is a mistyped
     * command (exit 2, naming the commands); on Linux without DISPLAY or WAYLAND_DISPLAY there is no
     * screen to show the window on (exit 1) — unless the toolkit runs headless (Monocle).
     */
    static int refusal(AppOptions options, java.util.Map<String, String> env, String glassPlatform, PrintWriter err) {
        for (String word : options.words()) {
            if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(word))) {
                List<String> commands = LuoshiCommand.commandNames();
                err.println(org.luoshi.i18n.Messages.get("cli.error.unknownWord", word, String.join(", ", commands)));
                return LuoshiCommand.EXIT_BAD_INPUT;
            }
        }
        if (options.words().size() > 1) {
            err.println(org.luoshi.i18n.Messages.get("cli.error.oneDocument", String.join(" ", options.words())));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        if (!hasDisplay(env, glassPlatform)) {
            err.println(org.luoshi.i18n.Messages.get("app.error.noDisplay"));
            return LuoshiCommand.EXIT_FAILED;
        }
        return 0;
    }

    /** Whether a window can be shown: always on Windows and macOS, and headless (Monocle); on Linux with a display. */
    static boolean hasDisplay(java.util.Map<String, String> env, String glassPlatform) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return !blank(env.get("DISPLAY")) || !blank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // Held so that the level set stays: JUL keeps loggers only weakly.
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /**
     * JavaFX warns on every start from a class path ("Unsupported JavaFX configuration: classes
     * were loaded from 'unnamed module'"), which is how the jar runs and is supported by OpenJFX
     * in practice; its other warnings stay.
     */
    static void quietToolkitWarnings() {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /**
     * A second start on an open workspace: asks its window to come forward — and to open the import
     * review for the plan document given, if one was — before any toolkit starts.
     */
    static boolean bringsFirstWindowForward(String[] args) {
        AppOptions options = AppOptions.parse(List.of(args));
        // A server workspace may be open in many windows at once: only a file has one window.
        return !options.smokeTest() && !options.onServer() && FirstWindow.call(options.workspace(),
                options.document() == null ? null : options.document().toAbsolutePath());
    }

    static boolean isCommandLine(String[] args) {
        for (String a : args) {
            if (CLI_WORDS.contains(a)) {
                return true;
            }
        }
        return false;
    }

    // Chinese must come out right whatever the platform's default encoding (GBK on Chinese Windows).
    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
