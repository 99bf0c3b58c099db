package org.luoshi.importer.layouts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.luoshi.importer.Corpus;

/**
 * The documents of the metamorphic test and every layout each is re-laid out in. The documents are labelled plans of
 * the corpus of different shapes (prose with clauses, labelled lines, web tables, tab-separated and Excel tables);
 * set J is never among them.
 */
final class LayoutVariants {
    /** Prose plans: their own text is re-laid out, and their labels are written as a table and as items. */
    static final List<String> PROSE = List.of("shanxi-2023-1", "i14-guoban-jiuye-2022", "holdout14b-lishui-2023",
            "holdout14i-guofa-2022-9-fengong", "holdout14g-gz-keji-chuangxin-2012-web", "holdout14e-city-zhufang-fsou",
            "holdout14d-gangcheng-2021");
    /** Table plans: their labels (the table's own cells) are written as tables in every form and container. */
    static final List<String> TABLES = List.of("holdout14-gd-szgd-2025-tsv", "holdout14i-jiaxing-2024-pipes",
            "holdout14c-huoshan-kfq-2025-web", "holdout14g-jindong-minsheng-2024-web", "holdout14i-shapingba-2022-web",
            "holdout14c-zj-ai-2026-sheet");
    /** The documents also printed to PDF by LibreOffice (slow: a few only). */
    static final List<String> PRINTED = List.of("holdout14-gd-szgd-2025-tsv", "holdout14c-zj-ai-2026-sheet",
            "holdout14b-lishui-2023");

    /** The header words a column may be printed with (issue 14's list), by the column's base header. */
    static final Map<String, List<String>> SYNONYMS = Map.of(
            Grid.NUMBER, List.of("序号"),
            Grid.TASK, List.of("任务", "重点任务", "工作任务", "具体措施"),
            Grid.LEAD, List.of("牵头单位"),
            Grid.RESPONSIBLE, List.of("责任单位", "主责单位", "推进单位"),
            Grid.COOPERATING, List.of("配合单位", "协同单位", "参与单位", "支撑单位"),
            Grid.DEADLINE, List.of("完成时限", "完成时间", "时间节点"),
            Grid.CATEGORY, List.of("类别"));

    private LayoutVariants() {
    }

    static List<String> documents() {
        List<String> all = new ArrayList<>(PROSE);
        all.addAll(TABLES);
        return all;
    }

    /** Every variant of document {@code name}; the PDF ones only when {@code pdf}. */
    static List<Variant> of(String name, boolean pdf) throws IOException {
        JsonNode expected = Corpus.expectedJson(name);
        List<Variant> out = new ArrayList<>();
        if (PROSE.contains(name)) {
            out.addAll(proseVariants(name, Corpus.text(name), !expected.get("tasks").get(0).hasNonNull("text")));
        }
        List<LabelledTask> tasks = LabelledTask.of(expected);
        if (tasks.size() == expected.get("tasks").size()) {
            String title = expected.path("title").asText("");
            out.addAll(tableVariants(name, title.isEmpty() ? "重点工作" : title, tasks, pdf && PRINTED.contains(name)));
            if (PROSE.contains(name)) {
                for (ProseLayouts.Clause c : ProseLayouts.Clause.values()) {
                    out.add(text(name, "items, clause " + c.name().toLowerCase(java.util.Locale.ROOT),
                            ProseLayouts.items(title, tasks, c), null));
                }
            }
        }
        return out;
    }

    private static List<Variant> proseVariants(String name, String source, boolean byLines) {
        List<Variant> out = new ArrayList<>();
        out.add(text(name, "original", source, null));
        if (!byLines) {
            // the golden names its tasks by lines: a re-wrapped copy has other lines, so only line-keeping variants
            for (int width : new int[] {20, 30, 40}) {
                out.add(text(name, "hard wrap " + width + ", page numbers", ProseLayouts.hardWrapped(source, width, 35),
                        null));
            }
        }
        for (Map.Entry<String, Function<Integer, String>> style : ProseLayouts.ITEM_STYLES.entrySet()) {
            out.add(text(name, "items numbered " + style.getKey(), ProseLayouts.itemNumbers(source, style.getValue()),
                    null));
        }
        out.add(text(name, "sections numbered (一)", ProseLayouts.halfWidthSectionNumbers(source), null));
        out.add(text(name, "half-width brackets and colons", ProseLayouts.halfWidthPunctuation(source), null));
        out.add(text(name, "full-width figures and brackets", ProseLayouts.fullWidth(source), null));
        out.add(text(name, "traditional characters", ProseLayouts.traditional(source), null));
        return out;
    }

    private static List<Variant> tableVariants(String name, String title, List<LabelledTask> tasks, boolean pdf) {
        Grid g = Grid.of(title, tasks);
        List<Variant> out = new ArrayList<>();
        List<Variant> all = new ArrayList<>();
        tableVariants(name, g, tasks, pdf, out);
        // a task with no unit at all leaves its unit cells blank: in a 分工表 that reads as "as the row above"
        // (every task has a lead), so such a plan's tables cannot say it
        String unitless = tasks.stream().anyMatch(t -> t.lead().isEmpty() && t.responsible().isEmpty()
                && t.cooperating().isEmpty()) ? "a task without units: its blank unit cells read as the row above's" : null;
        for (Variant v : out) {
            all.add(unitless == null || v.unfair() != null ? v
                    : new Variant(v.document(), v.transformation(), v.writer(), unitless));
        }
        return all;
    }

    private static void tableVariants(String name, Grid g, List<LabelledTask> tasks, boolean pdf, List<Variant> out) {
        out.add(text(name, "tab rows", TableLayouts.separated(g, "\t", false), null));
        out.add(text(name, "cell a line, blanks kept", TableLayouts.cellPerLine(g, true, 0, false), null));
        out.add(text(name, "cell a line, blanks left out", TableLayouts.cellPerLine(g, false, 0, false),
                blanksUnfair(g)));
        out.add(text(name, "pipe rows", TableLayouts.separated(g, " | ", false), null));
        out.add(text(name, "pipe rows, pipes at both ends", TableLayouts.separated(g, " | ", true), null));
        out.add(text(name, "pipe rows, tight", TableLayouts.separated(g, "|", true), null));
        out.add(text(name, "box-drawn", TableLayouts.boxDrawn(g), null));
        out.add(text(name, "space-aligned, a row a line", TableLayouts.spaceAligned(g, false), null));
        out.add(text(name, "space-aligned, cells wrapped", TableLayouts.spaceAligned(g, true), null));
        // column variants, as tab rows and as a cell a line
        addColumns(out, name, "no 序号, number in task", TableLayouts.withoutNumberColumn(g, true));
        addColumns(out, name, "no 序号, no number", TableLayouts.withoutNumberColumn(g, false));
        if (g.has(Grid.LEAD)) {
            addColumns(out, name, "lead before task", TableLayouts.moved(g, Grid.LEAD, Grid.TASK));
        }
        if (g.has(Grid.DEADLINE)) {
            String firstUnit = g.header().get(g.column(Grid.TASK) + 1);
            addColumns(out, name, "完成时限 before units", TableLayouts.moved(g, Grid.DEADLINE, firstUnit));
        }
        Grid mergedUnits = TableLayouts.mergedUnitColumns(g, tasks);
        if (mergedUnits != null) {
            addColumns(out, name, "one 责任单位 column, first-unit rule", mergedUnits);
        }
        Grid grouped = TableLayouts.categoryOncePerGroup(g);
        if (grouped != null) {
            addColumns(out, name, "类别 once per group", grouped);
        }
        // variants sets I–K showed (docs/IMPORTER.md, step 21)
        out.add(text(name, "cell a line, | lines between cells", TableLayouts.pipeLines(g, false), blanksUnfair(g)));
        out.add(text(name, "cell a line, | lines between cells, rows closed by |", TableLayouts.pipeLines(g, true),
                blanksUnfair(g)));
        out.add(text(name, "pipe rows, a | line after each row", TableLayouts.pipeRowsThenPipeLine(g), null));
        for (String[] mark : new String[][] {{"★", "before"}, {"▲", "before"}, {"*", "after"}}) {
            Grid marked = TableLayouts.markedLeads(g, tasks, mark[0], mark[1].equals("after"));
            if (marked != null) {
                addColumns(out, name, "lead marked " + mark[0] + " " + mark[1] + " its name in 责任单位", marked);
                out.add(text(name, "lead marked " + mark[0] + " " + mark[1] + " its name in 责任单位, pipe rows",
                        TableLayouts.separated(marked, " | ", true), null));
            }
        }
        Grid leaders = TableLayouts.leaderColumn(TableLayouts.withoutNumberColumn(g, true), 3);
        addColumns(out, name, "牵头领导 first, once per 3 rows, no 序号, number in task", leaders);
        out.add(text(name, "牵头领导 first, once per 3 rows, pipe rows", TableLayouts.separated(
                TableLayouts.leaderColumn(g, 3), " | ", true), null));
        // header variants
        for (String column : g.header()) {
            for (String synonym : SYNONYMS.getOrDefault(column, List.of())) {
                if (!synonym.equals(column)) {
                    out.add(text(name, "header " + synonym, TableLayouts.separated(
                            TableLayouts.renamed(g, column, synonym), "\t", false), null));
                }
            }
        }
        out.add(text(name, "header spaced out, tab rows", TableLayouts.separated(TableLayouts.spacedHeader(g), "\t",
                false), null));
        out.add(text(name, "header spaced out, cell a line", TableLayouts.cellPerLine(TableLayouts.spacedHeader(g), true,
                0, false), null));
        out.add(text(name, "header over two lines, cell a line", TableLayouts.cellPerLine(g, true, 0, true), null));
        out.add(text(name, "header on every page, tab rows", TableLayouts.separated(g, "\t", false, 3), null));
        out.add(text(name, "header on every page, cell a line", TableLayouts.cellPerLine(g, true, 3, false), null));
        // containers
        out.add(new Variant(name, "docx", (dir, stem) -> ContainerLayouts.docx(g, dir.resolve(stem + ".docx"), false),
                null));
        if (grouped != null) {
            out.add(new Variant(name, "docx, 类别 vMerge", (dir, stem) -> ContainerLayouts.docx(grouped,
                    dir.resolve(stem + ".docx"), false), null));
        }
        Grid sheet = grouped != null ? grouped : g;
        out.add(new Variant(name, "xlsx, title row, second sheet" + (grouped != null ? ", merged 类别" : ""),
                (dir, stem) -> ContainerLayouts.xlsx(sheet, dir.resolve(stem + ".xlsx")), null));
        if (pdf) {
            out.add(new Variant(name, "pdf A4 portrait", (dir, stem) -> ContainerLayouts.docx(sheet,
                    dir.resolve(stem + ".docx"), false), null));
            out.add(new Variant(name, "pdf A4 landscape", (dir, stem) -> ContainerLayouts.docx(sheet,
                    dir.resolve(stem + ".docx"), true), null));
        }
    }

    private static void addColumns(List<Variant> out, String name, String label, Grid g) {
        out.add(text(name, label + ", tab rows", TableLayouts.separated(g, "\t", false), null));
        out.add(text(name, label + ", cell a line", TableLayouts.cellPerLine(g, true, 0, false), null));
    }

    /**
     * A copy that leaves out blank cells loses which column a cell stood in: fair only where no row has a blank unit
     * or deadline cell (then the row's cells are all there, in order).
     */
    private static String blanksUnfair(Grid g) {
        for (List<String> row : g.rows()) {
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).isEmpty() && !g.merged().contains(c)) {
                    return "blank cells left out: which column a unit stood in is lost";
                }
            }
        }
        return null;
    }

    private static Variant text(String name, String transformation, String text, String unfair) {
        return new Variant(name, transformation, (dir, stem) -> {
            Path file = dir.resolve(stem + ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        }, unfair);
    }

    static UnaryOperator<String> identity() {
        return s -> s;
    }
}
