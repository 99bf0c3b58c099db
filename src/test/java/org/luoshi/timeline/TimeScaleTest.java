package org.luoshi.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.Messages;
import org.luoshi.i18n.MessagesLocale;

/** Date ↔ x and the header cells at every zoom, labelled the Chinese way. */
class TimeScaleTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private static final LocalDate JAN1 = LocalDate.of(2023, 1, 1);

    @Test
    void aDayStartsAtItsLeftEdgeAndMilestonesSitInItsMiddle() {
        TimeScale s = new TimeScale(JAN1, 2.5);
        // 31 days of January, 28 of February, 30 more of March: 89 days before March 31.
        assertThat(s.x(LocalDate.of(2023, 3, 31))).isEqualTo(222.5);
        assertThat(s.centre(LocalDate.of(2023, 3, 31))).isEqualTo(223.75);
        assertThat(s.end(LocalDate.of(2023, 3, 31))).isEqualTo(225.0);
        assertThat(s.x(LocalDate.of(2022, 12, 31))).isEqualTo(-2.5);
        assertThat(s.dateAt(222.5)).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(s.dateAt(222.4)).isEqualTo(LocalDate.of(2023, 3, 30));
        assertThat(s.dateAt(-0.1)).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(s.width(JAN1, LocalDate.of(2023, 12, 31))).isEqualTo(365 * 2.5);
    }

    @Test
    void theZoomFollowsTheWidthOfADay() {
        assertThat(Zoom.at(0.12)).isEqualTo(Zoom.YEARS);
        assertThat(Zoom.at(0.39)).isEqualTo(Zoom.YEARS);
        assertThat(Zoom.at(0.4)).isEqualTo(Zoom.QUARTERS);
        assertThat(Zoom.at(1.19)).isEqualTo(Zoom.QUARTERS);
        assertThat(Zoom.at(1.2)).isEqualTo(Zoom.MONTHS);
        assertThat(Zoom.at(7.9)).isEqualTo(Zoom.MONTHS);
        assertThat(Zoom.at(8)).isEqualTo(Zoom.WEEKS);
        assertThat(Zoom.at(18)).isEqualTo(Zoom.DAYS);
        for (Zoom z : Zoom.values()) {
            assertThat(Zoom.at(z.presetPixelsPerDay())).as("preset of " + z).isEqualTo(z);
        }
        assertThat(Zoom.clamp(0.001)).isEqualTo(Zoom.MIN_PIXELS_PER_DAY);
        assertThat(Zoom.clamp(1000)).isEqualTo(Zoom.MAX_PIXELS_PER_DAY);
    }

    @Test
    void yearZoomHasOneTierOfYears() {
        TimeScale s = new TimeScale(JAN1, Zoom.YEARS.presetPixelsPerDay());
        assertThat(s.zoom().tiers()).containsExactly(Step.YEAR);
        List<TimeCell> cells = s.cells(Step.YEAR, s.x(LocalDate.of(2023, 6, 1)), s.x(LocalDate.of(2025, 2, 1)));
        assertThat(cells).extracting(TimeCell::start)
                .containsExactly(JAN1, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
        assertThat(cells.get(1).x0()).isEqualTo(365 * 0.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cells.get(1).x1()).isEqualTo((365 + 366) * 0.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cells).extracting(c -> ScaleLabels.label(Step.YEAR, c.start(), false))
                .containsExactly("2023年", "2024年", "2025年");
    }

    @Test
    void quarterZoomShowsYearsOverQuarters() {
        TimeScale s = new TimeScale(JAN1, Zoom.QUARTERS.presetPixelsPerDay());
        assertThat(s.zoom().tiers()).containsExactly(Step.YEAR, Step.QUARTER);
        List<TimeCell> cells = s.cells(Step.QUARTER, s.x(LocalDate.of(2023, 2, 15)), s.x(LocalDate.of(2023, 11, 1)));
        assertThat(cells).extracting(TimeCell::start).containsExactly(JAN1, LocalDate.of(2023, 4, 1),
                LocalDate.of(2023, 7, 1), LocalDate.of(2023, 10, 1));
        assertThat(cells).extracting(c -> ScaleLabels.label(Step.QUARTER, c.start(), false))
                .containsExactly("一季度", "二季度", "三季度", "四季度");
    }

    @Test
    void monthZoomShowsYearsOverMonths() {
        TimeScale s = new TimeScale(JAN1, Zoom.MONTHS.presetPixelsPerDay());
        assertThat(s.zoom().tiers()).containsExactly(Step.YEAR, Step.MONTH);
        List<TimeCell> cells = s.cells(Step.MONTH, s.x(LocalDate.of(2023, 3, 10)), s.x(LocalDate.of(2023, 4, 2)));
        assertThat(cells).hasSize(2);
        TimeCell march = cells.get(0);
        assertThat(march.start()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(march.end()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(march.x0()).isEqualTo(59 * 2.5);
        assertThat(march.x1()).isEqualTo(90 * 2.5);
        assertThat(ScaleLabels.label(Step.MONTH, march.start(), false)).isEqualTo("3月");
        assertThat(ScaleLabels.label(Step.MONTH, march.start(), true)).isEqualTo("2023年3月");
    }

    @Test
    void weekZoomShowsMonthsOverIsoWeeksStartingOnMonday() {
        TimeScale s = new TimeScale(JAN1, Zoom.WEEKS.presetPixelsPerDay());
        assertThat(s.zoom().tiers()).containsExactly(Step.MONTH, Step.WEEK);
        // Wednesday 22 March 2023 is in the week of Monday 20 March, ISO week 12.
        List<TimeCell> cells = s.cells(Step.WEEK, s.x(LocalDate.of(2023, 3, 22)), s.x(LocalDate.of(2023, 3, 23)));
        assertThat(cells).hasSize(1);
        assertThat(cells.get(0).start()).isEqualTo(LocalDate.of(2023, 3, 20));
        assertThat(cells.get(0).end()).isEqualTo(LocalDate.of(2023, 3, 27));
        assertThat(ScaleLabels.label(Step.WEEK, cells.get(0).start(), false)).isEqualTo("第12周");
        // Sunday 1 January 2023 still belongs to the last ISO week of 2022.
        TimeCell first = s.cells(Step.WEEK, 0, 1).get(0);
        assertThat(first.start()).isEqualTo(LocalDate.of(2022, 12, 26));
        assertThat(ScaleLabels.label(Step.WEEK, first.start(), false)).isEqualTo("第52周");
    }

    @Test
    void dayZoomShowsMonthsOverDays() {
        TimeScale s = new TimeScale(JAN1, Zoom.DAYS.presetPixelsPerDay());
        assertThat(s.zoom().tiers()).containsExactly(Step.MONTH, Step.DAY);
        List<TimeCell> days = s.cells(Step.DAY, s.x(LocalDate.of(2023, 3, 30)), s.x(LocalDate.of(2023, 4, 2)));
        assertThat(days).extracting(c -> ScaleLabels.label(Step.DAY, c.start(), false))
                .containsExactly("30", "31", "1");
        assertThat(days.get(0).x1() - days.get(0).x0()).isEqualTo(32);
    }

    @Test
    void englishLabels() {
        Messages.setLocale(java.util.Locale.ENGLISH);
        assertThat(ScaleLabels.label(Step.YEAR, JAN1, false)).isEqualTo("2023");
        assertThat(ScaleLabels.label(Step.QUARTER, LocalDate.of(2023, 7, 1), false)).isEqualTo("Q3");
        assertThat(ScaleLabels.label(Step.MONTH, LocalDate.of(2023, 3, 1), false)).isEqualTo("Mar");
        assertThat(ScaleLabels.label(Step.WEEK, LocalDate.of(2023, 3, 20), false)).isEqualTo("W12");
        assertThat(ScaleLabels.monthDay(LocalDate.of(2023, 3, 31))).isEqualTo("Mar 31");
    }

    @Test
    void aMilestoneDateReadsTheChineseWay() {
        assertThat(ScaleLabels.monthDay(LocalDate.of(2023, 3, 31))).isEqualTo("3月31日");
        assertThat(ScaleLabels.monthDay(LocalDate.of(2023, 6, 30))).isEqualTo("6月30日");
    }

    @Test
    void cellsCostWhatIsAskedForNotTheLengthOfTheChart() {
        TimeScale s = new TimeScale(LocalDate.of(1900, 1, 1), 32);
        double from = s.x(LocalDate.of(2023, 3, 1));
        List<TimeCell> cells = s.cells(Step.DAY, from, from + 1000);
        assertThat(cells).hasSize(32);
        assertThat(cells.get(0).start()).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void aScaleNeedsWidthToItsDays() {
        assertThatThrownBy(() -> new TimeScale(JAN1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeScale(JAN1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
