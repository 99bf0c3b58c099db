package org.luoshi.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.timeline.TimelineFixtures.ISSUED;
import static org.luoshi.timeline.TimelineFixtures.lightsOn;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Deadline;

/** What lies under the pointer, found from the same geometry the drawing uses. */
class ChartHitsTest {
    private static final LocalDate JAN1 = LocalDate.of(2023, 1, 1);
    private static final ChartMetrics M = ChartMetrics.SCREEN.withNameWidth(300);
    private static final TimeScale SCALE = new TimeScale(JAN1, 2.5);

    private final TimelineRows rows = TimelineTree.build(TimelineFixtures.plan(ISSUED,
            TimelineFixtures.task(1, Deadline.by("2023年3月底前", LocalDate.of(2023, 3, 31))),
            TimelineFixtures.task(2, Deadline.period("2023年5月至8月期间", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 8, 31)))),
            Grouping.OUTLINE, null, lightsOn(LocalDate.of(2023, 2, 1))).rows(Set.of());
    private final ChartFrame frame = new ChartFrame(0, 0, 1000, 600, 300, 44, 0, 0);

    /** Middle of {@code row} on the surface. */
    private static double mid(int row) {
        return 44 + row * 24 + 12;
    }

    @Test
    void theEndOfABarGrabsItsDeadline() {
        // Rows: part, section, task 1, task 2. Task 1 ends at the right edge of March 31: 300 + 90 × 2.5.
        ChartHit hit = ChartHits.at(rows, SCALE, frame, M, 527, mid(2));
        assertThat(hit.area()).isEqualTo(ChartHit.Area.BODY);
        assertThat(hit.node().taskId()).isEqualTo(1);
        assertThat(hit.handle()).isEqualTo(DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, 0));
        assertThat(hit.edge()).isEqualTo(ChartHit.Edge.END);
        assertThat(ChartHits.at(rows, SCALE, frame, M, 450, mid(2)).handle()).as("the middle of the bar").isNull();
    }

    @Test
    void aPeriodHasBothEndsToGrab() {
        // May 1 is day 120: its left edge at 300 + 300.
        ChartHit start = ChartHits.at(rows, SCALE, frame, M, 601, mid(3));
        assertThat(start.handle()).isEqualTo(DragTarget.deadline(DragTarget.Kind.PERIOD_START, 0));
        assertThat(start.edge()).isEqualTo(ChartHit.Edge.START);
        // August 31 is day 242: its right edge at 300 + 607.5.
        ChartHit end = ChartHits.at(rows, SCALE, frame, M, 906, mid(3));
        assertThat(end.handle()).isEqualTo(DragTarget.deadline(DragTarget.Kind.PERIOD_END, 0));
    }

    @Test
    void aDiamondIsGrabbedBeforeTheBarEndUnderIt() {
        TimelineRows sample = TimelineTree.build(TimelineFixtures.sample(), Grouping.OUTLINE, null,
                lightsOn(LocalDate.of(2023, 2, 1))).rows(Set.of());
        int row = sample.rowOf(29);
        ChartFrame f = new ChartFrame(0, 0, 1000, 600, 300, 44, 0, row * 24.0);
        ChartHit onMarch = ChartHits.at(sample, SCALE, f, M, 523.75, 44 + 12);
        assertThat(onMarch.handle()).isEqualTo(DragTarget.milestone(2900));
        assertThat(onMarch.edge()).isEqualTo(ChartHit.Edge.MIDDLE);
        // June 30's diamond sits 1.25 px left of the bar's end; the diamond wins.
        assertThat(ChartHits.at(sample, SCALE, f, M, 752.5, 44 + 12).handle()).isEqualTo(DragTarget.milestone(2901));
    }

    @Test
    void theNameColumnTheTriangleTheHeaderAndBelowTheRows() {
        assertThat(ChartHits.at(rows, SCALE, frame, M, 150, mid(2)).area()).isEqualTo(ChartHit.Area.NAME);
        // The section row (depth 1): its triangle starts at 6 + 14.
        ChartHit triangle = ChartHits.at(rows, SCALE, frame, M, 23, mid(1));
        assertThat(triangle.area()).isEqualTo(ChartHit.Area.DISCLOSURE);
        assertThat(triangle.node().kind()).isEqualTo(RowKind.SECTION);
        assertThat(ChartHits.at(rows, SCALE, frame, M, 500, 20).area()).isEqualTo(ChartHit.Area.HEADER);
        assertThat(ChartHits.at(rows, SCALE, frame, M, 100, 20).area()).isEqualTo(ChartHit.Area.CORNER);
        assertThat(ChartHits.at(rows, SCALE, frame, M, 500, mid(7)).row()).isEqualTo(-1);
        assertThat(ChartHits.at(rows, SCALE, frame, M, 1200, mid(2))).isEqualTo(ChartHit.NONE);
    }

    @Test
    void aDropLandsOnTheDayItsHandleStandsFor() {
        // x = 224 is inside March 31 (222.5 to 225), nearest to its right edge and to April 1's left edge.
        assertThat(ChartHits.dayFor(SCALE, ChartHit.Edge.MIDDLE, 224)).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(ChartHits.dayFor(SCALE, ChartHit.Edge.END, 224)).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(ChartHits.dayFor(SCALE, ChartHit.Edge.START, 224)).isEqualTo(LocalDate.of(2023, 4, 1));
        // Right edges at 220 (March 29) and 222.5 (March 30): 221 is nearer the first, 222 the second.
        assertThat(ChartHits.dayFor(SCALE, ChartHit.Edge.END, 221)).isEqualTo(LocalDate.of(2023, 3, 29));
        assertThat(ChartHits.dayFor(SCALE, ChartHit.Edge.END, 222)).isEqualTo(LocalDate.of(2023, 3, 30));
    }
}
