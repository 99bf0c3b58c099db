package org.luoshi.sheets.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.luoshi.paper.Draw;
import org.luoshi.paper.Orientation;
import org.luoshi.paper.PageSetup;
import org.luoshi.paper.TextMeasurer;

class SheetLayouterTest {
    private final SheetLayouter layouter =
            new SheetLayouter(FixedPitchMeasurer.INSTANCE, SheetStyle.STANDARD, TestSheets.LABELS);
    private final PageSetup a4 = PageSetup.a4(Orientation.PORTRAIT);

    @Test
    void fixedColumnsKeepTheirWidthAndTheRestShareByWeight() {
        List<SheetColumn> columns = List.of(SheetColumn.fixed("a", 30, Align.CENTER), SheetColumn.weighted("b", 1),
                SheetColumn.weighted("c", 3));
        assertThat(SheetLayouter.columnWidths(columns, 430)).containsExactly(30.0, 100.0, 300.0);
    }

    @Test
    void fortyFiveTasksSpanPagesWithTheHeaderOnEachAndNoRowCut() {
        Sheet sheet = TestSheets.tasks(45);
        SheetLayout layout = layouter.layout(sheet, a4);
        List<LaidOutPage> pages = layout.pages();
        assertThat(pages).hasSizeGreaterThan(2);

        double bottom = a4.height() - a4.margins().bottom();
        List<Integer> placed = new ArrayList<>();
        for (LaidOutPage page : pages) {
            // The column headers come first on every page, and their words are drawn there.
            assertThat(page.rows().get(0).isHeader()).isTrue();
            assertThat(texts(page)).contains("序号", "任务内容", "完成时限");
            assertThat(texts(page)).contains("第 " + page.number() + " 页 共 " + pages.size() + " 页");
            double y = page.rows().get(0).top();
            for (PlacedRow row : page.rows()) {
                assertThat(row.top()).as("rows follow each other").isCloseTo(y, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(row.bottom()).as("row inside the page").isLessThanOrEqualTo(bottom + 1e-6);
                y = row.bottom();
                if (!row.isHeader()) {
                    assertThat(row.fragment()).isZero();
                    assertThat(row.last()).isTrue();
                    placed.add(row.row());
                }
            }
        }
        // Every row exactly once, in order.
        assertThat(placed).isEqualTo(java.util.stream.IntStream.range(0, 45).boxed().toList());
        // From page 2 on the table starts at the top margin, under a running head.
        assertThat(pages.get(1).rows().get(0).top()).isEqualTo(a4.margins().top());
        assertThat(texts(pages.get(1))).contains("某单位任务分工表（续）");
        assertThat(texts(pages.get(0))).contains("某单位任务分工表", "文号：晋政办发〔2023〕1号", "制表日期：2023年2月1日");
    }

    @Test
    void aRowThatDoesNotFitMovesWholeToTheNextPage() {
        // Rows of 200 characters: the page fills, and the row that no longer fits starts the next page.
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(TestSheets.entry(i + 1, "务".repeat(200)));
        }
        SheetLayout layout = layouter.layout(new Sheet(TestSheets.heading(), TestSheets.COLUMNS, rows,
                Orientation.PORTRAIT), a4);
        LaidOutPage first = layout.pages().get(0);
        PlacedRow lastOnFirst = first.rows().get(first.rows().size() - 1);
        PlacedRow firstOnSecond = layout.pages().get(1).rows().get(1);
        assertThat(firstOnSecond.row()).isEqualTo(lastOnFirst.row() + 1);
        assertThat(firstOnSecond.fragment()).isZero();
        // It did not fit in what was left of page 1.
        double left = a4.height() - a4.margins().bottom() - lastOnFirst.bottom();
        assertThat(firstOnSecond.height()).isGreaterThan(left);
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextWithAMark() {
        String huge = "长".repeat(6000);
        Sheet sheet = new Sheet(TestSheets.heading(), TestSheets.COLUMNS,
                List.of(TestSheets.entry(1, "短"), TestSheets.entry(2, huge), TestSheets.entry(3, "短")),
                Orientation.PORTRAIT);
        SheetLayout layout = layouter.layout(sheet, a4);
        List<PlacedRow> pieces = layout.pages().stream().flatMap(p -> p.rows().stream())
                .filter(r -> r.row() == 1).toList();
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces).extracting(PlacedRow::fragment).isEqualTo(
                java.util.stream.IntStream.range(0, pieces.size()).boxed().toList());
        assertThat(pieces.get(pieces.size() - 1).last()).isTrue();
        assertThat(pieces.subList(0, pieces.size() - 1)).noneMatch(PlacedRow::last);
        // The continuation carries the mark in its number cell (over two lines there); the first piece does not.
        assertThat(String.join("", texts(layout.pages().get(1)))).contains("完成时限2（续）长");
        assertThat(String.join("", texts(layout.pages().get(0)))).doesNotContain("续）");
        // Every character of the long text is drawn exactly once.
        String drawn = layout.pages().stream().flatMap(p -> p.texts().stream())
                .map(Draw.Text::text).filter(t -> t.startsWith("长")).collect(Collectors.joining());
        assertThat(drawn).isEqualTo(huge);
    }

    @Test
    void aHeadingStaysWithTheRowItHeads() {
        // Fill page 1 so that a heading would just fit at its foot, but not the row under it.
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(TestSheets.entry(i + 1, "务"));
        }
        SheetLayout probe = layouter.layout(new Sheet(TestSheets.heading(), TestSheets.COLUMNS, rows,
                Orientation.PORTRAIT), a4);
        int perFirstPage = (int) probe.pages().get(0).rows().stream().filter(r -> !r.isHeader()).count();
        List<SheetRow> withHeading = new ArrayList<>(rows.subList(0, perFirstPage - 1));
        withHeading.add(new SheetRow.Group("配合的任务（1 项）"));
        withHeading.add(TestSheets.entry(999, "务".repeat(40)));
        SheetLayout layout = layouter.layout(new Sheet(TestSheets.heading(), TestSheets.COLUMNS, withHeading,
                Orientation.PORTRAIT), a4);
        int heading = withHeading.size() - 2;
        assertThat(pageOf(layout, heading)).isEqualTo(2).isEqualTo(pageOf(layout, heading + 1));
    }

    @Test
    void landscapeIsWiderThanTallAndTheTableFillsTheWidth() {
        PageSetup landscape = PageSetup.a4(Orientation.LANDSCAPE);
        SheetLayout layout = layouter.layout(TestSheets.tasks(3), landscape);
        LaidOutPage page = layout.pages().get(0);
        assertThat(page.width()).isGreaterThan(page.height());
        assertThat(page.width()).isCloseTo(PageSetup.A4_HEIGHT, org.assertj.core.data.Offset.offset(1e-9));
        double right = landscape.width() - landscape.margins().right();
        assertThat(page.rules()).anyMatch(r -> r.x1() == right && r.x2() == right);
    }

    @Test
    void headersAreCentredAndTextStaysInsideItsCell() {
        SheetLayout layout = layouter.layout(TestSheets.tasks(5), a4);
        double[] w = SheetLayouter.columnWidths(TestSheets.COLUMNS, a4.contentWidth());
        double left = a4.margins().left();
        Draw.Text header = layout.pages().get(0).texts().stream().filter(t -> t.text().equals("任务内容"))
                .findFirst().orElseThrow();
        double headerWidth = 4 * header.size();
        assertThat(header.x() + headerWidth / 2).isCloseTo(left + w[0] + w[1] / 2,
                org.assertj.core.data.Offset.offset(1e-6));
        for (Draw.Text t : layout.pages().get(0).texts()) {
            if (t.text().startsWith("务")) {
                assertThat(t.x()).isGreaterThan(left + w[0]);
                assertThat(t.x() + FixedPitchMeasurer.INSTANCE.width(t.text(), t.size())).isLessThanOrEqualTo(left + w[0] + w[1]);
            }
        }
    }

    @Test
    void charactersTheFontLacksAreReplaced() {
        TextMeasurer noEmoji = new TextMeasurer() {
            @Override
            public double advance(int codePoint) {
                return 1;
            }

            @Override
            public boolean canShow(int codePoint) {
                return codePoint < 0x10000;
            }
        };
        assertThat(noEmoji.showable("好😀\t事\u0007")).isEqualTo("好□ 事");
    }

    private static List<String> texts(LaidOutPage page) {
        return page.texts().stream().map(Draw.Text::text).toList();
    }

    private static int pageOf(SheetLayout layout, int row) {
        return layout.pages().stream().filter(p -> p.rows().stream().anyMatch(r -> r.row() == row))
                .findFirst().orElseThrow().number();
    }
}
