package org.luoshi.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.luoshi.timeline.TimelineFixtures.ISSUED;
import static org.luoshi.timeline.TimelineFixtures.lightsOn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Drawing;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.Paper;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/** Pages for print and PDF: the chosen number of pages wide, whole rows only, header and names on every page. */
class PageTilingTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private static final LocalDate JAN1 = LocalDate.of(2023, 1, 1);
    private static final LocalDate DEC31 = LocalDate.of(2023, 12, 31);
    private static final LocalDate FEB1 = LocalDate.of(2023, 2, 1);

    private static TimelineRows sampleRows() {
        return TimelineTree.build(TimelineFixtures.sample(), Grouping.OUTLINE, null, lightsOn(FEB1)).rows(Set.of());
    }

    /** Part 一, section （一） with {@code first} tasks, section （二） with {@code second}. */
    private static TimelineRows rows(int first, int second) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= first + second; i++) {
            tasks.add(TimelineFixtures.task(i, i <= first ? "一" : "二",
                    List.of(Deadline.by("2023年6月底前", LocalDate.of(2023, 6, 30))), List.of(),
                    List.of(Assignment.of("省财政厅", Role.LEAD))));
        }
        return TimelineTree.build(TimelineFixtures.plan(ISSUED, tasks.toArray(new Task[0])), Grouping.OUTLINE, null,
                lightsOn(FEB1)).rows(Set.of());
    }

    private static ChartPaper landscapeA4(int pagesWide) {
        return ChartPaper.of(Paper.A4, Orientation.LANDSCAPE, pagesWide);
    }

    @Test
    void theTimeAxisRunsOverExactlyThePagesWideChosen() {
        ChartPaper setup = landscapeA4(2);
        PageTiling t = PageTiling.of(sampleRows(), JAN1, DEC31, setup, ChartMetrics.PRINT);
        // A4 landscape is 841.89 pt wide: 28 pt margins, a 200 pt name column, 585.89 pt of time a page.
        assertThat(t.chartWidth()).isCloseTo(585.89, within(1e-9));
        assertThat(t.scale().width(JAN1, DEC31)).isCloseTo(2 * 585.89, within(1e-9));
        assertThat(t.pages()).hasSize(2 * t.bands());
        assertThat(t.pages()).extracting(PageTile::column).startsWith(0, 1, 0, 1);
        assertThat(t.pages()).extracting(PageTile::number).startsWith(1, 2, 3, 4);
        PageTile second = t.pages().get(1);
        assertThat(t.frame(second).scrollX()).isCloseTo(585.89, within(1e-9));
        assertThat(t.frame(second).nameWidth()).isEqualTo(200);
    }

    @Test
    void aPageHoldsWholeRowsOnlyAndEveryRowOnce() {
        PageTiling t = PageTiling.of(sampleRows(), JAN1, DEC31, landscapeA4(1), ChartMetrics.PRINT);
        // 595.28 pt high: margins 56, title 22, footer 16, header 26 leave 475.28 pt: 31 rows of 15 pt.
        assertThat(t.rowsPerPage()).isEqualTo(31);
        int next = 0;
        for (PageTile p : t.pages()) {
            assertThat(p.firstRow()).isEqualTo(next);
            assertThat(p.rowCount()).isBetween(1, 31);
            ChartFrame f = t.frame(p);
            assertThat(f.bodyHeight()).isEqualTo(p.rowCount() * 15.0);
            assertThat(f.scrollY()).isEqualTo(p.firstRow() * 15.0);
            next = p.endRow();
        }
        assertThat(next).isEqualTo(71);
    }

    @Test
    void aHeadingIsNeverLeftAloneAtTheFootOfAPage() {
        // Part, section (一), 28 tasks: section (二) would be row 30, the last of the first page.
        TimelineRows rows = rows(28, 5);
        assertThat(rows.node(30).kind()).isEqualTo(RowKind.SECTION);
        PageTiling t = PageTiling.of(rows, JAN1, DEC31, landscapeA4(1), ChartMetrics.PRINT);
        assertThat(t.pages()).extracting(PageTile::firstRow, PageTile::endRow)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 30), org.assertj.core.groups.Tuple.tuple(30, 36));
        // One task fewer: (二) is row 29, with its first task on the same page.
        PageTiling fits = PageTiling.of(rows(27, 5), JAN1, DEC31, landscapeA4(1), ChartMetrics.PRINT);
        assertThat(fits.pages().get(0).endRow()).isEqualTo(31);
    }

    @Test
    void everyPageRepeatsTheDateHeaderAndTheTaskNames() {
        TimelineRows rows = rows(28, 5);
        PageTiling t = PageTiling.of(rows, JAN1, DEC31, landscapeA4(2), ChartMetrics.PRINT);
        assertThat(t.pages()).hasSize(4);
        for (PageTile p : t.pages()) {
            Drawing d = PageDrawing.build(t, rows, p, "测试方案", "任务", FEB1, TextMeasure.APPROXIMATE);
            List<String> texts = d.all(Draw.Text.class).stream().map(Draw.Text::text).toList();
            assertThat(texts).as("page " + p.number()).contains("测试方案", "任务", "2023年",
                    "第 " + p.number() + " 页，共 4 页", "第 " + (p.band() + 1) + " 行第 " + (p.column() + 1) + " 列（共 2 行 2 列）");
            assertThat(d.width()).isEqualTo(841.89);
            long dots = d.all(Draw.Dot.class).stream().filter(dot -> dot.cx() < 28 + 200).count();
            long tasks = java.util.stream.IntStream.range(p.firstRow(), p.endRow()).filter(i -> rows.node(i).task() != null).count();
            assertThat(dots).as("every task row of the page, whole, in the name column").isEqualTo(tasks);
            if (p.column() == 0) {
                assertThat(texts).contains("1月", "6月").doesNotContain("7月", "12月");
            } else {
                assertThat(texts).contains("7月", "12月").doesNotContain("1月");
            }
            if (p.band() == 0) {
                assertThat(texts).contains("（一）第一节").doesNotContain("（二）第二节");
            } else {
                assertThat(texts).contains("（二）第二节").doesNotContain("（一）第一节");
            }
        }
    }

    @Test
    void portraitA3IsTallerAndHoldsMoreRows() {
        ChartPaper portraitA3 = ChartPaper.of(Paper.A3, Orientation.PORTRAIT, 1);
        PageTiling t = PageTiling.of(sampleRows(), JAN1, DEC31, portraitA3, ChartMetrics.PRINT);
        // 1190.55 − 56 − 22 − 16 − 26 = 1070.55 pt: 71 rows of 15 pt.
        assertThat(t.rowsPerPage()).isEqualTo(71);
        assertThat(t.pages()).hasSize(1);
    }

    @Test
    void pagesWideOutOfRangeIsRefusedWithAMessage() {
        assertThatThrownBy(() -> landscapeA4(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("横向页数应在 1 到 20 之间。");
        assertThatThrownBy(() -> landscapeA4(21)).isInstanceOf(IllegalArgumentException.class);
    }
}
