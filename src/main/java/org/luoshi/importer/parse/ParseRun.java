package org.luoshi.importer.parse;

/**
 * One parse as it goes: counts the steps the parser takes (a line classified, a block scanned, a
 * task assembled, a task looked at when searching back) so that tests can check that the work grows
 * in proportion to the document, reports progress in lines and stops the parse when the monitor
 * says so. One per parse, on the parsing thread.
 */
final class ParseRun {
    /** The parse passes over the lines three times: classify, scan the blocks for clauses, read them. */
    static final int PASSES = 3;

    private final ImportMonitor monitor;
    private final long lines;
    private final long totalLines;
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

    /** One step of work; stops the parse here if the person asked to. */
    void step() {
        steps++;
        if ((steps & 0xFF) == 0) {
            monitor.checkCancelled();
        }
    }

    /** {@code n} steps at once (a scan over n lines or hits). */
    void steps(int n) {
        long before = steps;
        steps += n;
        if ((before >>> 8) != (steps >>> 8)) {
            monitor.checkCancelled();
        }
    }

    /** {@code n} more lines of one of the passes are done. */
    void lines(int n) {
        linesDone += n;
        if (linesDone >= nextReport) {
            monitor.checkCancelled();
            monitor.progress(Math.min(linesDone, totalLines), totalLines);
            nextReport = linesDone + Math.max(1, totalLines / 200);
        }
    }

    /** Pass {@code pass} (1, 2, 3) is over: its lines count as done, blank lines and front matter too. */
    void endOfPass(int pass) {
        monitor.checkCancelled();
        linesDone = Math.max(linesDone, pass * lines);
        monitor.progress(Math.min(linesDone, totalLines), totalLines);
        nextReport = linesDone + Math.max(1, totalLines / 200);
    }

    /** Every line of every pass is done. */
    void finished() {
        monitor.progress(totalLines, totalLines);
    }

    long steps() {
        return steps;
    }
}
