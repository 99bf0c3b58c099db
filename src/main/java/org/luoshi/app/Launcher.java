package org.luoshi.app;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javafx.application.Application;
import org.luoshi.cli.LuoshiCommand;

/**
 * Entry point of {@code java -jar luoshi.jar}: a subcommand (import, plans, --help, --version)
 * runs the command line without touching the toolkit; anything else opens the window.
 * A plain class, not the Application itself, so the jar starts from the class path.
 */
public final class Launcher {
    private static final Set<String> CLI_WORDS = Set.of("import", "plans", "export", "import-json", "due", "ics",
            "calendar", "sheets", "help", "--help", "-h", "--version", "-V");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (isCommandLine(args)) {
            PrintWriter out = utf8(FileDescriptor.out);
            PrintWriter err = utf8(FileDescriptor.err);
            System.exit(LuoshiCommand.execute(args, out, err));
        }
        // Open the workspace while the toolkit starts: the first screen needs both.
        WorkspaceOpening.startEarly(AppOptions.parse(java.util.List.of(args)).workspace());
        Application.launch(LuoshiApp.class, args);
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
