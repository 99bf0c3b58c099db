package org.luoshi.timeline;

/** Saving or printing the chart failed; the message is for the user. */
public final class TimelineExportException extends RuntimeException {
    public TimelineExportException(String message) {
        super(message);
    }

    public TimelineExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
