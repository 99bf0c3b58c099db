package org.luoshi.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' log lines (Apache POI and PDFBox log through java.util.logging) off the
 * terminal while a command runs: a command reports its own failures in one line, and POI's log of
 * a full disk alone is a 44-line stack trace. Whoever wants them configures logging as usual
 * ({@code -Djava.util.logging.config.file=…}), and then nothing is changed. Closing puts the console
 * handlers back as they were.
 */
final class LibraryLogs implements AutoCloseable {
    private final List<Handler> handlers = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();

    private LibraryLogs() {
    }

    static LibraryLogs quiet() {
        LibraryLogs logs = new LibraryLogs();
        if (System.getProperty("java.util.logging.config.file") == null
                && System.getProperty("java.util.logging.config.class") == null) {
            for (Handler h : Logger.getLogger("").getHandlers()) {
                logs.handlers.add(h);
                logs.levels.add(h.getLevel());
                h.setLevel(Level.OFF);
            }
        }
        return logs;
    }

    @Override
    public void close() {
        for (int i = 0; i < handlers.size(); i++) {
            handlers.get(i).setLevel(levels.get(i));
        }
    }
}
