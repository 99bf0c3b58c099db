package org.luoshi.report.overview;

import java.time.LocalDate;
import org.luoshi.rounds.RoundBoard;

/**
 * A unit late or missing in the latest round of a plan.
 *
 * @param received the day its current form came in, null if none
 * @param state    已报送 (but late), 部分报送 or 未报送
 */
public record LateReporter(long planId, String planTitle, long roundId, String period, LocalDate due, String unit,
        RoundBoard.State state, LocalDate received) {
}
