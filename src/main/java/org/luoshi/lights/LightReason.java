package org.luoshi.lights;

/** Why a task has its light; the tooltip says it in words ({@link LightText}). */
public enum LightReason {
    DONE, CLOSED, OVERDUE, DUE_SOON, BEHIND_PACE, ON_TRACK, NO_DATE,
    /** Its last deadline has passed, but 100 % was reported: waiting for the office to mark it done. */
    REPORTED_DONE
}
