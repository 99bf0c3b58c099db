package org.luoshi.timeline;

/** How a bar is drawn, after the kind of time limit it shows. */
public enum BarStyle {
    /** BY, PERIOD: a solid bar to the due date. */
    SOLID,
    /** FROM: starts on its date and fades out towards the horizon. */
    FADING,
    /** ONGOING and undated work: hatched, to the plan horizon. */
    HATCHED,
    /** The span of a heading's tasks. */
    SUMMARY
}
