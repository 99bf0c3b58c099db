package org.luoshi.app;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import org.luoshi.cli.LuoshiCommand;

/**
 * Entry point of {@code java -jar luoshi.jar}: a subcommand (import, plans, --help, --version)
 * runs the command line without touching the toolkit; anything else opens the window.
 * A plain class, not the Application itself, so the jar starts from the class path.
 */
public final class Launcher {
    /** Every subcommand registered in {@link LuoshiCommand} runs the command line, and help and version. */
    private static final Set<String> CLI_WORDS = cliWords();

    private Launcher() {
    }

    public static void main(String[] args) {
        if (isCommandLine(args)) {
            PrintWriter out = utf8(FileDescriptor.out);
            PrintWriter err = utf8(FileDescriptor.err);
            System.exit(LuoshiCommand.execute(args, out, err));
        }
        if (bringsFirstWindowForward(args)) {
            return; // the window that has this workspace open came to the front instead
        }
        // The workspace is opened by LuoshiApp once it holds the workspace lock, never before:
        // a second start must not create or touch a workspace another window has open.
        Application.launch(LuoshiApp.class, args);
        // The window has closed and the workspace with it: end the process.
        System.exit(AppExit.afterWindowClosed(System.err));
    }

    /** A second start on an open workspace: asks its window to come forward, before any toolkit starts. */
    static boolean bringsFirstWindowForward(String[] args) {
        AppOptions options = AppOptions.parse(List.of(args));
        return !options.smokeTest() && FirstWindow.call(options.workspace());
    }

    static boolean isCommandLine(String[] args) {
        for (String a : args) {
            if (CLI_WORDS.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> cliWords() {
        Set<String> words = new java.util.HashSet<>(LuoshiCommand.commandNames());
        words.addAll(List.of("help", "--help", "-h", "--version", "-V"));
        return Set.copyOf(words);
    }

    // Chinese must come out right whatever the platform's default encoding (GBK on Chinese Windows).
    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
