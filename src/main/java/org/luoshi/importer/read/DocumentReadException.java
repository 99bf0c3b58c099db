package org.luoshi.importer.read;

/** A document could not be read; the message is one line, ready to show to the user. */
public final class DocumentReadException extends Exception {
    public DocumentReadException(String message) {
        super(message);
    }

    public DocumentReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
