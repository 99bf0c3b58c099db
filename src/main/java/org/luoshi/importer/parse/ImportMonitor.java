package org.luoshi.importer.parse;

import java.util.concurrent.CancellationException;

/**
 * Watches one import from outside — the reading of a file and the parse of its text: it is told how
 * far the work got and asked whether to stop. Readers and the parser ask {@link #cancelled()} inside
 * every loop that grows with the document, and give up with a {@link CancellationException}; nothing
 * they made is kept, and nothing has been written.
 */
public interface ImportMonitor {
    /** Watches nothing and never stops the work. */
    ImportMonitor NONE = new ImportMonitor() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps are done. Called often; keep it cheap. */
    void progress(long done, long total);

    /** Whether the person asked to stop. Called often; keep it cheap. */
    boolean cancelled();

    /** Throws a {@link CancellationException} if the person asked to stop. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException("import cancelled");
        }
    }
}
