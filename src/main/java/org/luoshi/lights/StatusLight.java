package org.luoshi.lights;

import java.time.LocalDate;
import org.luoshi.report.PaceClass;

/**
 * A task's light and the facts behind it, so the tooltip can say why.
 *
 * @param date            the date the reason is about (the missed or coming deadline), or null
 * @param what            the phrase or milestone that date belongs to ("2023年3月底前"), or ""
 * @param days            days overdue (OVERDUE) or days left (DUE_SOON, ON_TRACK); 0 otherwise
 * @param elapsedPercent  share of the task's time already gone, 0..100, or -1 if it has no span
 * @param progressPercent the latest progress percent (0 without any entry)
 * @param pace            the task's pace class on the same day ({@link org.luoshi.report.PaceRules})
 */
public record StatusLight(LightColor color, LightReason reason, LocalDate date, String what, long days,
        int elapsedPercent, int progressPercent, PaceClass pace) {

    public StatusLight {
        what = what == null ? "" : what;
    }
}
