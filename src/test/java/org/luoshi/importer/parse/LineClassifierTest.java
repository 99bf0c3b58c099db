package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineClassifierTest {
    private final LineClassifier classifier = new LineClassifier();

    private ClassifiedLine classify(String text) {
        return classifier.classify(new SourceLine(7, text));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            一、依靠改革开放释放经济增长潜力                 | PART    | 一     | 一       | 依靠改革开放释放经济增长潜力
            八、强化组织领导                                 | PART    | 八     | 八       | 强化组织领导
            十二、加强组织保障                               | PART    | 十二   | 十二     | 加强组织保障
            （一）继续把培育壮大市场主体作为重要着力点       | SECTION | 一     | （一）   | 继续把培育壮大市场主体作为重要着力点
            （二十一）持续推进物流保通保畅                   | SECTION | 二十一 | （二十一） | 持续推进物流保通保畅
            （一）指导思想。以习近平新时代中国特色社会主义思想为指导 | SECTION | 一 | （一） | 指导思想。以习近平新时代中国特色社会主义思想为指导
            1．坚持保主体、增主体、活主体、强主体并重         | ITEM    | 1      | 1        | 坚持保主体、增主体、活主体、强主体并重
            29．依托全省一体化在线政务服务平台               | ITEM    | 29     | 29       | 依托全省一体化在线政务服务平台
            1.支持参与国家重大基础设施项目建设               | ITEM    | 1      | 1        | 支持参与国家重大基础设施项目建设
            15.畅通民间资本对接推介                         | ITEM    | 15     | 15       | 畅通民间资本对接推介
            3、加强项目谋划储备                             | ITEM    | 3      | 3        | 加强项目谋划储备
            １２．加快构建统一的电子证照库                   | ITEM    | 12     | 12       | 加快构建统一的电子证照库
            （1）完善省、市、县三级行政许可事项清单           | SUBITEM | 1      | （1）    | 完善省、市、县三级行政许可事项清单
            （12）制定行政许可实施规范                       | SUBITEM | 12     | （12）   | 制定行政许可实施规范
            """)
    void headings(String text, LineKind kind, String label, String printedLabel, String body) {
        ClassifiedLine line = classify(text);
        assertThat(line.kind()).isEqualTo(kind);
        assertThat(line.label()).isEqualTo(label);
        assertThat(line.printedLabel()).isEqualTo(printedLabel);
        assertThat(line.body()).isEqualTo(body);
        assertThat(line.isHeading()).isTrue();
        assertThat(line.number()).isEqualTo(7);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            (一)借鉴北京市服务业扩大开放综合试点经验 | SECTION | 一 | 借鉴北京市服务业扩大开放综合试点经验
            （三) 放宽外商投资建设工程设计企业限制   | SECTION | 三 | 放宽外商投资建设工程设计企业限制
            (2)编制全省电子证照目录                 | SUBITEM | 2  | 编制全省电子证照目录
            """)
    void asciiBracketsAreReadLikeFullWidthOnes(String text, LineKind kind, String label, String body) {
        ClassifiedLine line = classify(text);
        assertThat(line.kind()).isEqualTo(kind);
        assertThat(line.label()).isEqualTo(label);
        assertThat(line.body()).isEqualTo(body);
    }

    @ParameterizedTest(name = "indented: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            '\u3000\u3000一、总体要求'                       | PART    | 一
            '\u3000\u3000（二）发展目标。'                   | SECTION | 二
            '\u3000\u30001．完善省、市、县三级行政许可事项清单。' | ITEM | 1
            '\u3000\u3000（3）逐项制定行政许可实施规范。'    | SUBITEM | 3
            '\uFEFF一、拓宽市场准入'                         | PART    | 一
            """)
    void ideographicIndentationAndByteOrderMarkAreIgnored(String text, LineKind kind, String label) {
        ClassifiedLine line = classify(text);
        assertThat(line.kind()).isEqualTo(kind);
        assertThat(line.label()).isEqualTo(label);
        assertThat(line.body()).doesNotStartWith("\u3000");
    }

    @ParameterizedTest(name = "text: {0}")
    @ValueSource(strings = {
        "2023年3月底前，完成省级电子证照系统升级；6月底前，国家目录内涉及我省事项电子证照同步签发率达到80%。",
        "2023年起将失业保险金标准提高至我省一类最低工资标准的90%。",
        "2022年6月至12月期间“白名单”企业当月产值同比增速达到50%以上的，给予奖励。",
        "1.5倍以上的项目给予支持。",
        "1．5倍以上的项目给予支持。",
        "2018年11月7日",
        "二〇二三年一月二十日",
        "到2025年，农机装备品类基本齐全。",
        "\u3000\u3000到2020年，农机装备产业科技创新能力持续提升。",
        "一是加强组织领导，二是强化督促检查。",
        "山西省人民政府办公厅",
        "（此件公开发布）",
        "晋政办发〔2023〕1号",
        "各市、县人民政府，省人民政府各委、办、厅、局："
    })
    void paragraphsYearsAndDecimalsAreText(String text) {
        ClassifiedLine line = classify(text);
        assertThat(line.kind()).isEqualTo(LineKind.TEXT);
        assertThat(line.isHeading()).isFalse();
        assertThat(line.label()).isNull();
        assertThat(line.body()).isEqualTo(Texts.strip(text));
    }

    @ParameterizedTest(name = "blank: [{0}]")
    @ValueSource(strings = {"", " ", "\t", "\u3000\u3000", " \u3000 \t", "\uFEFF"})
    void blankLines(String text) {
        ClassifiedLine line = classify(text);
        assertThat(line.kind()).isEqualTo(LineKind.BLANK);
        assertThat(line.body()).isEmpty();
    }

    @Test
    void depthOrdersTheHeadingLevels() {
        assertThat(LineKind.PART.depth()).isLessThan(LineKind.SECTION.depth());
        assertThat(LineKind.SECTION.depth()).isLessThan(LineKind.ITEM.depth());
        assertThat(LineKind.ITEM.depth()).isLessThan(LineKind.SUBITEM.depth());
        assertThat(LineKind.TEXT.isHeading()).isFalse();
        assertThat(LineKind.BLANK.isHeading()).isFalse();
    }

    @Test
    void classifyAllKeepsLineNumbersAndOrder() {
        List<ClassifiedLine> lines = classifier.classifyAll(Texts.lines("一、总体要求\n\n（一）指导思想。\n1．加强领导。\n正文"));
        assertThat(lines).extracting(ClassifiedLine::kind).containsExactly(
                LineKind.PART, LineKind.BLANK, LineKind.SECTION, LineKind.ITEM, LineKind.TEXT);
        assertThat(lines).extracting(ClassifiedLine::number).containsExactly(1, 2, 3, 4, 5);
    }

    // ---- numbers of 1000 and up (issue 13) ----

    @Test
    void itemNumbersGoOnPastNineHundredNinetyNine() {
        List<ClassifiedLine> lines = classifier.classifyAll(Texts.lines(
                "998．甲。\n999．乙。\n1000．丙。\n1001、丁。\n１００２．戊。\n（999）子。\n（1000）丑。"));
        assertThat(lines).extracting(ClassifiedLine::kind).containsExactly(LineKind.ITEM, LineKind.ITEM, LineKind.ITEM,
                LineKind.ITEM, LineKind.ITEM, LineKind.SUBITEM, LineKind.SUBITEM);
        assertThat(lines).extracting(ClassifiedLine::label).containsExactly("998", "999", "1000", "1001", "1002", "999",
                "1000");
        assertThat(lines.get(2).body()).isEqualTo("丙。");
    }

    @Test
    void numbersGoOnToSixFiguresAndStopAtAGap() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 100_001; n++) {
            text.append(n).append("．任务。\n");
        }
        text.append("123456．不接续的编号。\n");
        List<ClassifiedLine> lines = classifier.classifyAll(Texts.lines(text.toString()));
        assertThat(lines.subList(0, 100_001)).allSatisfy(l -> assertThat(l.kind()).isEqualTo(LineKind.ITEM));
        assertThat(lines.get(100_000).label()).isEqualTo("100001");
        assertThat(lines.get(100_001).kind()).isEqualTo(LineKind.TEXT);
    }

    @Test
    void aYearOpeningALineIsNoItem() {
        List<ClassifiedLine> lines = classifier.classifyAll(Texts.lines(
                "1．推进改革。\n2023、2024年连续两年保持增长。\n2024．全面完成。\n2．深化改革。"));
        assertThat(lines).extracting(ClassifiedLine::kind).containsExactly(LineKind.ITEM, LineKind.TEXT, LineKind.TEXT,
                LineKind.ITEM);
    }

    @Test
    void numbersAboveNineHundredNinetyNineNeedTheLinesBefore() {
        assertThat(classify("1000．丙。").kind()).isEqualTo(LineKind.TEXT);
        assertThat(classify("999．乙。").kind()).isEqualTo(LineKind.ITEM);
    }

    @Test
    void chinesePartNumbersGoOnPastNineHundredNinetyNine() {
        List<ClassifiedLine> lines = classifier.classifyAll(Texts.lines(
                "九百九十九、甲\n一千、乙\n一千零一、丙\n（九百九十九）丁\n（一千）戊\n一万、己"));
        assertThat(lines).extracting(ClassifiedLine::kind).containsExactly(LineKind.PART, LineKind.PART, LineKind.PART,
                LineKind.SECTION, LineKind.SECTION, LineKind.TEXT);
        assertThat(lines).extracting(ClassifiedLine::label).containsExactly("九百九十九", "一千", "一千零一", "九百九十九",
                "一千", null);
    }

    /**
     * 广州 2012's item 11.121人才梯队项目 (set C leftover) lost its number: read as the decimal 11.121. An item whose
     * text opens with a figure that names something is read where it continues the numbering; amounts stay text.
     */
    @Test
    void anItemWhoseTextOpensWithAFigureIsReadWhereItContinuesTheNumbering() {
        List<ClassifiedLine> lines = classifier.classifyAll(Texts.lines(
                "1．实施人才引进工程。\n2.121工程建设项目。重点培养一批学科带头人。\n3.5亿元用于人才公寓建设。\n"
                        + "3.3211人才计划。\n5.2万人次参加培训。"));
        assertThat(lines).extracting(ClassifiedLine::kind).containsExactly(LineKind.ITEM, LineKind.ITEM, LineKind.TEXT,
                LineKind.ITEM, LineKind.TEXT);
        assertThat(lines.get(1).label()).isEqualTo("2");
        assertThat(lines.get(1).body()).isEqualTo("121工程建设项目。重点培养一批学科带头人。");
        assertThat(lines.get(3).label()).isEqualTo("3");
        // without the lines before it, a figure after the dot stays a decimal
        assertThat(classify("11.121人才梯队项目。").kind()).isEqualTo(LineKind.TEXT);
    }
}
