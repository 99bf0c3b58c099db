package org.luoshi.importer.parse;

/**
 * One parse as it goes: counts the steps the parser takes (a line classified, a block or clause
 * looked at, a task assembled) so that tests can check that the work grows in proportion to the
 * document, reports progress in lines and stops the parse when the monitor says so. One per
 * parse, on the parsing thread.
 *
 * <p>The parse passes over the lines three times — classify them, scan the blocks for clauses,
 * read the blocks into tasks — so progress runs from 0 to three times the number of lines: line
 * {@code n} of pass {@code p} is {@code (p - 1) × lines + n}.
 */
final class ParseRun {
    static final int PASSES = 3;

    private final ImportMonitor monitor;
    private final long lines;
    private final long totalLines;
    private int pass = 1;
    private long steps;
    private long linesDone;
    private long nextReport;

    ParseRun(ImportMonitor monitor, int lines) {
        this.monitor = monitor == null ? ImportMonitor.NONE : monitor;
        this.lines = lines;
        this.totalLines = Math.max(1, (long) lines * PASSES);
    }

    /** A run that nobody watches (single pieces parsed outside a whole document). */
    static ParseRun unwatched() {
        return new ParseRun(ImportMonitor.NONE, 0);
    }

    /** One step of work; stops the parse here if the person asked to (looked at every 256 steps). */
    void step() {
        steps++;
        if ((steps & 0xFF) == 0) {
            monitor.checkCancelled();
        }
    }

    /** {@code n} steps at once (a scan over n lines or characters). */
    void steps(int n) {
        long before = steps;
        steps += n;
        if ((before >>> 8) != (steps >>> 8)) {
            monitor.checkCancelled();
        }
    }

    /** Pass {@code pass} (1, 2, 3) begins. */
    void startPass(int pass) {
        this.pass = pass;
        reached(0);
    }

    /** The pass under way has got to source line {@code line} (1-based). */
    void reached(int line) {
        long done = Math.min((pass - 1) * lines + line, totalLines);
        if (done > linesDone) {
            linesDone = done;
        }
        if (linesDone >= nextReport) {
            monitor.checkCancelled();
            monitor.progress(linesDone, totalLines);
            nextReport = linesDone + Math.max(1, totalLines / 200);
        }
    }

    /** Every line of every pass is done. */
    void finished() {
        monitor.checkCancelled();
        linesDone = totalLines;
        monitor.progress(totalLines, totalLines);
    }

    long steps() {
        return steps;
    }
}
