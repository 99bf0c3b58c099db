package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.luoshi.importer.Corpus;
import org.luoshi.plan.Task;

/**
 * Properties of the whole parser on arbitrary input: it never throws, and it never loses text
 * in the sense of {@link TextAccounting} — every non-blank character of the source lies in
 * exactly one span (header, signature, heading, task label, task text, clause, body text or a
 * punctuation-only separator), each task's text spans give back its text, and every task's part
 * and section are in the plan's outline.
 */
class ParserProperties {
    private static final String[] LABELS = {
        "一、", "二、", "十二、", "三.", "（一）", "(二)", "（三)", "1．", "2.", "3、", "12．", "１２．", "（1）", "(2)", "",
        "", "", "\u3000\u3000", "一是"
    };
    private static final String[] PIECES = {
        "加强组织领导", "推进政务服务标准化建设", "。", "，", "；", "、", "（省发展改革委牵头，省财政厅配合）",
        "（负责部门：商务部；适用范围：浙江自贸试验区）", "（工业和信息化部、发展改革委等负责。列第一位者为牵头单位，下同）",
        "（各市、县人民政府按职责分工负责）", "（责任部门: 市发展改革委、市交通委，各区）", "【区住房城乡建设委负责】",
        "[区民政局负责]", "（省商务厅牵头，持续推进）", "（试行）", "（2022-2025年）", "《方案（2022-2025年）》",
        "（以下简称“一网通办”）", "（各地要结合本地实际认真抓好贯彻落实）", "（市住房城乡建设管理委（市重大办）负责）",
        "牵头单位：省大数据局", "配合单位：省财政厅、省委网信办", "完成时限：长期坚持", "责任单位:省公安厅",
        "2023年3月底前", "6月底前", "9月30日前", "年底前", "到2025年", "2025年前", "2023年6月底完成", "2023年起",
        "“十四五”期间", "2022年6月至12月期间", "2012年起5年内", "2个工作日内", "每年2月底前", "每季度", "每半年",
        "明年7月", "上半年", "第三季度末前", "山西省人民政府办公厅", "2023年1月20日", "二〇二三年一月二十日",
        "（此件公开发布）", "晋政办发〔2023〕1号", "关于印发方案的通知", "抄送：省委各部门。", "附件", "各项措施中列第一位的部门为牵头单位，其他为配合单位。",
        "（", "）", "【", "】", "：", ":", "等", "和", "等相关部门", " ", "\u3000", "\t", "\uFEFF"
    };

    private final PlanParser parser = new PlanParser();

    @Property(tries = 300)
    void neverThrowsAndLosesNoTextOnArbitraryStrings(@ForAll("arbitraryText") String text) {
        ParsedPlan parsed = parser.parse(text);
        assertThat(TextAccounting.problems(text, parsed)).isEmpty();
        assertTasksAreInOrder(parsed);
    }

    @Property(tries = 300)
    void neverThrowsAndLosesNoTextOnPlanLikeDocuments(@ForAll("planLike") String text) {
        ParsedPlan parsed = parser.parse(text);
        assertThat(TextAccounting.problems(text, parsed)).isEmpty();
        assertTasksAreInOrder(parsed);
        if (parsed.plan().tasks().isEmpty()) {
            assertThat(parsed.warnings()).extracting(ImportWarning::line).contains(0);
        }
    }

    @Property(tries = 60)
    void neverThrowsAndLosesNoTextOnDamagedRealPlans(@ForAll("damagedCorpus") String text) {
        ParsedPlan parsed = parser.parse(text);
        assertThat(TextAccounting.problems(text, parsed)).isEmpty();
        assertTasksAreInOrder(parsed);
    }

    @Property(tries = 100)
    void lineEndingsAndIndentationDoNotChangeTheTasks(@ForAll("planLike") String text) {
        List<String> unix = summary(parser.parse(text));
        String windows = text.replace("\r\n", "\n").replace("\n", "\r\n");
        String indented = String.join("\n", text.replace("\r\n", "\n").split("\n", -1)).replace("\n", "\n\u3000\u3000");
        assertThat(summary(parser.parse(text.replace("\r\n", "\n")))).isEqualTo(unix);
        assertThat(summary(parser.parse(windows))).isEqualTo(unix);
        assertThat(summary(parser.parse("\u3000\u3000" + indented))).isEqualTo(unix);
    }

    /** Tasks without their source lines: what must not depend on line endings or indentation. */
    private static List<String> summary(ParsedPlan parsed) {
        List<String> out = new ArrayList<>();
        for (Task t : parsed.plan().tasks()) {
            out.add(t.seq() + "|" + t.number() + "|" + t.part() + "|" + t.section() + "|" + t.text().replace("\r", "")
                    + "|" + t.assignments() + "|" + t.othersIncluded() + "|" + t.deadlines());
        }
        return out;
    }

    private static void assertTasksAreInOrder(ParsedPlan parsed) {
        List<Task> tasks = parsed.plan().tasks();
        for (int i = 0; i < tasks.size(); i++) {
            assertThat(tasks.get(i).seq()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(tasks.get(i).sourceLine()).isGreaterThanOrEqualTo(tasks.get(i - 1).sourceLine());
            }
            assertThat(parsed.sourceMap().firstLine(i + 1)).isLessThanOrEqualTo(parsed.sourceMap().lastLine(i + 1));
        }
        for (ImportWarning w : parsed.warnings()) {
            assertThat(w.line()).isBetween(0, Texts.lines(parsed.plan().sourceText()).size() + 1);
        }
    }

    @Provide
    Arbitrary<String> arbitraryText() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> planChars = Arbitraries.strings()
                .withChars("一二三十（）()【】[]、．.，；;：:。\n\r\u3000 0123456789年月日底前起内每季度半期间到至等相关部门和牵头负责配合会同省市县区各人民政府《》“”")
                .ofMaxLength(400);
        return Arbitraries.oneOf(anyChars, planChars);
    }

    @Provide
    Arbitrary<String> planLike() {
        Arbitrary<String> line = Combinators.combine(
                        Arbitraries.of(LABELS),
                        Arbitraries.of(PIECES).list().ofMaxSize(7),
                        Arbitraries.of("\n", "\n", "\r\n", "\n\n"))
                .as((label, pieces, end) -> label + String.join("", pieces) + end);
        return line.list().ofMaxSize(40).map(lines -> String.join("", lines));
    }

    @Provide
    Arbitrary<String> damagedCorpus() {
        List<String> docs = new ArrayList<>();
        for (String name : Corpus.DOCUMENTS) {
            try {
                docs.add(Corpus.text(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Combinators.combine(
                        Arbitraries.of(docs),
                        Arbitraries.integers().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.of(PIECES))
                .as(ParserProperties::damage);
    }

    /** Cuts a document at random points, drops and swaps stretches, and inserts a piece. */
    private static String damage(String doc, List<Integer> points, String piece) {
        StringBuilder b = new StringBuilder(doc);
        for (int p : points) {
            if (b.length() == 0) {
                break;
            }
            int at = p % b.length();
            switch (p % 4) {
                case 0 -> b.delete(at, Math.min(b.length(), at + 1 + p % 200));
                case 1 -> b.insert(at, piece);
                case 2 -> b.insert(at, '\n');
                default -> b.setLength(at);
            }
        }
        return b.toString();
    }
}
