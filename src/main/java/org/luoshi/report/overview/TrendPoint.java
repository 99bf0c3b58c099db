package org.luoshi.report.overview;

import java.time.LocalDate;

/**
 * Completion on a round's due day.
 *
 * @param date        the due day of the round(s)
 * @param label       the rounds' periods (2023年3月)
 * @param tasks       the tasks counted
 * @param done        tasks done by that day (a 100 % report dated by then, or marked done — see
 *                    {@link OverviewBuilder})
 * @param meanPercent the mean of the latest percent reported by that day (done tasks count 100)
 */
public record TrendPoint(LocalDate date, String label, int tasks, int done, double meanPercent) {
    /** Done tasks in percent of all, 0 without tasks. */
    public double donePercent() {
        return tasks == 0 ? 0 : done * 100.0 / tasks;
    }
}
