package org.luoshi.requests;

import java.util.Locale;

/**
 * Which date counts for a task that has an approved extension: the office's rule, a workspace setting
 * ({@code deadline.rule}). "未经批准延期的，按原定时限考核": without an approved extension the original date
 * counts either way.
 */
public enum DeadlineRule {
    /** The date the plan set, whatever was approved later. */
    ORIGINAL,
    /** The date of the latest approved extension (the default). */
    APPROVED;

    public static final String SETTING = "deadline.rule";

    /** The rule a stored setting names; anything else (or nothing) is {@link #APPROVED}. */
    public static DeadlineRule of(String setting) {
        return setting != null && setting.strip().toLowerCase(Locale.ROOT).equals("original") ? ORIGINAL : APPROVED;
    }

    /** As stored: original or approved. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
