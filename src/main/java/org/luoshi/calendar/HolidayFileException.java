package org.luoshi.calendar;

/** A holiday file that cannot be used; the message says what is wrong and where, in one sentence. */
public class HolidayFileException extends RuntimeException {
    public HolidayFileException(String message) {
        super(message);
    }

    public HolidayFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
