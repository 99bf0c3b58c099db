package org.luoshi.sheets.font;

/** No font can be used for PDF sheets; the message says why and what would work, for the user. */
public final class SheetFontException extends RuntimeException {
    public SheetFontException(String message) {
        super(message);
    }

    public SheetFontException(String message, Throwable cause) {
        super(message, cause);
    }
}
