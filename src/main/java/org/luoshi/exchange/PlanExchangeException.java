package org.luoshi.exchange;

/** A plan file that cannot be read; the message says what is wrong and where, in one sentence. */
public class PlanExchangeException extends IllegalArgumentException {
    public PlanExchangeException(String message) {
        super(message);
    }

    public PlanExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
