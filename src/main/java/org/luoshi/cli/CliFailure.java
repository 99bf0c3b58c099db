package org.luoshi.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import org.luoshi.files.IoReason;

/**
 * A failure no command caught, as one line for stderr: for an I/O failure, the file it names and
 * the operating system's reason ("No space left on device"); otherwise the first line of the
 * failure's own message. Never a stack trace.
 */
final class CliFailure {
    private CliFailure() {
    }

    static String line(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                return TerminalText.writeFailed(null, fs);
            }
            if (t instanceof IOException io) {
                return TerminalText.message("cli.error.io", IoReason.of(io));
            }
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        int nl = message.indexOf('\n');
        return TerminalText.of(nl < 0 ? message : message.substring(0, nl));
    }
}
