package org.luoshi.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.luoshi.timeline.TimelineFixtures.lightsOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;

/**
 * The chart as positioned primitives: milestones at the x of their dates, only the rows and days
 * in view, the header labels of each zoom, weekends, today, selection and a drag in progress.
 */
class ChartDrawingTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private static final LocalDate JAN1 = LocalDate.of(2023, 1, 1);
    private static final LocalDate FEB1 = LocalDate.of(2023, 2, 1);
    private static final ChartMetrics M = ChartMetrics.SCREEN.withNameWidth(300);

    private TimelineRows rows;
    private int row29;

    @BeforeEach
    void sample() {
        rows = TimelineTree.build(TimelineFixtures.sample(), Grouping.OUTLINE, null, lightsOn(FEB1)).rows(Set.of());
        row29 = rows.rowOf(29);
    }

    /** A 1000 × 600 view: 300 for names, 700 of time from {@code scrollX}; task 29's row 100 px below the header. */
    private ChartFrame frame(double scrollX) {
        return new ChartFrame(0, 0, 1000, 600, 300, M.headerHeight(), scrollX, row29 * M.rowHeight() - 100);
    }

    private Drawing draw(TimeScale scale, ChartFrame frame, ChartState state) {
        return ChartDrawing.build(rows, scale, frame, M, state, TextMeasure.APPROXIMATE);
    }

    private static ChartState plain() {
        return new ChartState(FEB1, 0, null, "任务");
    }

    private static List<String> texts(Drawing d) {
        return d.all(Draw.Text.class).stream().map(Draw.Text::text).toList();
    }

    @Test
    void taskTwentyNinesMilestonesAreDiamondsAtTheXOfTheirDates() {
        Drawing d = draw(new TimeScale(JAN1, 2.5), frame(0), plain());
        // 300 px of names, then 2.5 px a day from 2023-01-01: March 31 is day 89, June 30 day 180;
        // a diamond sits in the middle of its day.
        double rowMid = 44 + 100 + 12;
        assertThat(d.all(Draw.Diamond.class)).extracting(Draw.Diamond::cx).containsExactly(523.75, 751.25);
        assertThat(d.all(Draw.Diamond.class)).allSatisfy(dm -> assertThat(dm.cy()).isEqualTo(rowMid));
        assertThat(d.all(Draw.Text.class)).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("3月31日");
            assertThat(t.x()).isEqualTo(523.75 + 7 + 3);
        });
        assertThat(texts(d)).contains("6月30日");
    }

    @Test
    void diamondsTooCloseForTheirDatesKeepOnlyTheLabelThatFits() {
        Drawing d = draw(new TimeScale(JAN1, Zoom.YEARS.presetPixelsPerDay()), frame(0), plain());
        assertThat(d.all(Draw.Diamond.class)).hasSize(2);
        assertThat(texts(d)).doesNotContain("3月31日").contains("6月30日");
    }

    @Test
    void onlyTheRowsInViewAreLaidOut() {
        Drawing d = draw(new TimeScale(JAN1, 2.5), frame(0), plain());
        // Body 556 px tall from 100 px above task 29's row: rows row29-5 (partly) to row29+18 (partly).
        int first = row29 - 5;
        int end = row29 + 19;
        List<String> texts = texts(d);
        assertThat(texts).contains("29").doesNotContain(rows.node(0).number() + rows.node(0).text());
        long taskRows = java.util.stream.IntStream.range(first, end).filter(i -> rows.node(i).task() != null).count();
        assertThat(d.all(Draw.Dot.class).stream().filter(dot -> dot.cx() < 300).count())
                .as("a light dot per task row in view").isEqualTo(taskRows);
        long rowLines = d.all(Draw.Line.class).stream().filter(l -> l.ink() == Ink.ROW_LINE).count();
        assertThat(rowLines).as("one line under each row in view, in body and name column").isEqualTo(2L * (end - first));
    }

    @Test
    void itemsOutsideTheDaysInViewAreLeftOut() {
        TimeScale s = new TimeScale(JAN1, 2.5);
        Drawing d = draw(s, frame(s.x(LocalDate.of(2024, 3, 1))), plain());
        assertThat(d.all(Draw.Diamond.class)).isEmpty();
        assertThat(d.all(Draw.Hatch.class)).as("undated bars end with 2023").isEmpty();
    }

    @Test
    void undatedWorkIsHatchedAndFromFades() {
        Drawing d = draw(new TimeScale(JAN1, 2.5), frame(0), plain());
        assertThat(d.all(Draw.Hatch.class)).isNotEmpty();
        rows = TimelineTree.build(TimelineFixtures.sample(), Grouping.OUTLINE, null, lightsOn(FEB1)).rows(Set.of());
        ChartFrame at34 = new ChartFrame(0, 0, 1000, 600, 300, 44, 0, rows.rowOf(34) * 24.0);
        Drawing d34 = ChartDrawing.build(rows, new TimeScale(JAN1, 2.5), at34, M, plain(), TextMeasure.APPROXIMATE);
        assertThat(d34.all(Draw.Fade.class)).anySatisfy(f -> {
            assertThat(f.fadeFrom()).isEqualTo(300.0);
            assertThat(f.y()).isEqualTo(44 + 12 - 5.0);
        });
    }

    @Test
    void headerLabelsAtEveryZoom() {
        TimeScale years = new TimeScale(JAN1, Zoom.YEARS.presetPixelsPerDay());
        assertThat(texts(draw(years, frame(0), plain()))).contains("2023年", "2024年");
        TimeScale quarters = new TimeScale(JAN1, Zoom.QUARTERS.presetPixelsPerDay());
        assertThat(texts(draw(quarters, frame(0), plain()))).contains("2023年", "一季度", "二季度");
        TimeScale months = new TimeScale(JAN1, Zoom.MONTHS.presetPixelsPerDay());
        assertThat(texts(draw(months, frame(0), plain()))).contains("2023年", "3月");
        TimeScale weeks = new TimeScale(JAN1, Zoom.WEEKS.presetPixelsPerDay());
        assertThat(texts(draw(weeks, frame(weeks.x(LocalDate.of(2023, 3, 13))), plain())))
                .contains("2023年3月", "第12周");
        TimeScale days = new TimeScale(JAN1, Zoom.DAYS.presetPixelsPerDay());
        assertThat(texts(draw(days, frame(days.x(LocalDate.of(2023, 3, 15))), plain())))
                .contains("2023年3月", "20", "31");
    }

    @Test
    void weekendsAreShadedWhenDaysAreWideEnough() {
        TimeScale days = new TimeScale(JAN1, Zoom.DAYS.presetPixelsPerDay());
        Drawing d = draw(days, frame(days.x(LocalDate.of(2023, 3, 13))), plain());
        // Monday 13 March at the left edge: Saturday 18 March starts 5 days in.
        assertThat(d.all(Draw.Rect.class)).anySatisfy(r -> {
            assertThat(r.fill()).isEqualTo(Ink.WEEKEND);
            assertThat(r.x()).isEqualTo(300 + 5 * 32.0);
            assertThat(r.w()).isEqualTo(64.0);
        });
        Drawing monthly = draw(new TimeScale(JAN1, 2.5), frame(0), plain());
        assertThat(monthly.all(Draw.Rect.class)).noneMatch(r -> r.fill() == Ink.WEEKEND);
    }

    @Test
    void todayIsALineWhenInView() {
        Drawing d = draw(new TimeScale(JAN1, 2.5), frame(0), plain());
        // February 1 is day 31: 300 + 31 × 2.5 + 1.25.
        assertThat(d.all(Draw.Line.class)).filteredOn(l -> l.ink() == Ink.TODAY).singleElement()
                .satisfies(l -> assertThat(l.x1()).isEqualTo(378.75));
        Drawing later = draw(new TimeScale(JAN1, 2.5), frame(0), new ChartState(LocalDate.of(2030, 1, 1), 0, null, ""));
        assertThat(later.all(Draw.Line.class)).noneMatch(l -> l.ink() == Ink.TODAY);
    }

    @Test
    void theSelectedTasksRowIsHighlightedInBothColumns() {
        Drawing d = draw(new TimeScale(JAN1, 2.5), frame(0), new ChartState(FEB1, 29, null, ""));
        assertThat(d.all(Draw.Rect.class)).filteredOn(r -> r.fill() == Ink.SELECTION)
                .extracting(Draw.Rect::x, Draw.Rect::y)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(300.0, 144.0),
                        org.assertj.core.groups.Tuple.tuple(0.0, 144.0));
    }

    @Test
    void aDragShowsTheMilestoneAtItsNewDateWithTheDate() {
        DragPreview drag = new DragPreview(29, DragTarget.milestone(2900), LocalDate.of(2023, 4, 10));
        Drawing d = draw(new TimeScale(JAN1, 2.5), frame(0), new ChartState(FEB1, 0, drag, ""));
        // April 10 is day 99.
        assertThat(d.all(Draw.Diamond.class)).extracting(Draw.Diamond::cx).containsExactly(548.75, 751.25);
        assertThat(texts(d)).contains("2023年4月10日");
    }

    @Test
    void theNameColumnShowsNumbersAndNamesCutToFit() {
        Drawing d = draw(new TimeScale(JAN1, 2.5), frame(0), plain());
        assertThat(texts(d)).contains("29");
        String name = texts(d).stream().filter(t -> t.startsWith("依托全省")).findFirst().orElseThrow();
        assertThat(name).endsWith("…");
        Draw.Text shown = d.all(Draw.Text.class).stream().filter(t -> t.text().equals(name)).findFirst().orElseThrow();
        assertThat(shown.x() + TextMeasure.APPROXIMATE.width(name, M.textSize(), false)).isLessThanOrEqualTo(300 - 6 + 1e-9);
        assertThat(d.all(Draw.Dot.class)).anySatisfy(dot -> assertThat(dot.cy()).isCloseTo(156.0, within(1e-9)));
    }
}
