package org.luoshi.importer;

import java.util.Locale;

/**
 * Plans of any length for measuring and for the linearity tests: a notice's header, one part
 * heading, then {@code lines} task lines — each with its text, a deadline and a responsibility
 * clause — and a signature. The shape says how the task lines are numbered.
 */
public final class LargePlans {
    /** How the task lines of a generated plan are numbered. */
    public enum Shape {
        /** 1．… 2．… up to the last line (numbers of four and five digits included). */
        NUMBERED,
        /** No numbers: every line is a paragraph closed by its clause. */
        UNNUMBERED,
        /** A numbered item every ten lines, followed by nine unnumbered paragraphs with clauses of their own. */
        MIXED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String[] UNITS = {
        "省发展改革委", "省财政厅", "省教育厅", "省科技厅", "省工业和信息化厅", "省人力资源社会保障厅", "省自然资源厅",
    };
    private static final String[] VERBS = {"推进", "落实", "完善", "加强", "健全", "深化"};

    private LargePlans() {
    }

    /** A plan of {@code lines} task lines of the given shape. */
    public static String plan(int lines, Shape shape) {
        StringBuilder b = new StringBuilder(lines * 40 + 200);
        b.append("某省人民政府办公厅关于印发重点工作任务分工方案的通知\n")
                .append("某政办发〔2024〕9号\n\n各市人民政府，省人民政府各委、厅，各直属机构：\n")
                .append("现将方案印发给你们，请认真贯彻落实。\n\n一、重点任务\n");
        int item = 0;
        for (int i = 1; i <= lines; i++) {
            boolean numbered = shape == Shape.NUMBERED || shape == Shape.MIXED && i % 10 == 1;
            if (numbered) {
                b.append(++item).append('．');
            }
            b.append(VERBS[i % VERBS.length]).append("第").append(i).append("项重点工作，")
                    .append(2024 + i % 3).append("年").append(1 + i % 12).append("月底前完成。（")
                    .append(UNITS[i % UNITS.length]).append(i % 4 == 0 ? "牵头，" + UNITS[(i + 3) % UNITS.length] + "配合）" : "负责）")
                    .append('\n');
        }
        b.append("\n某省人民政府办公厅\n2024年1月15日\n");
        return b.toString();
    }
}
