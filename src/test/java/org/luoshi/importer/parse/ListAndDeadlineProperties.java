package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.SpanUnit;

/** Properties of the unit-list splitter and the deadline parser. */
class ListAndDeadlineProperties {
    private static final String[] PREFIXES = {"省", "市", "区", "国家", "", "山西", "上海市"};
    private static final String[] CORES = {
        "发展改革", "财政", "市场监管", "住房城乡建设", "人力资源社会保障", "交通运输", "大数据", "政务服务", "商务",
        "生态环境", "粮食和储备", "文化和旅游", "工业和信息化", "卫生健康", "应急管理", "自然资源"
    };
    private static final String[] ENDINGS = {"委", "局", "厅", "部", "办", "中心", "总队", "集团有限公司"};
    /** Filler text with no digits and no time words, around a deadline phrase. */
    private static final String[] FILLER = {"推进政务服务标准化建设", "完成平台升级", "，", "全面推行", "各地要高度重视", "加强组织领导"};

    private final UnitListSplitter splitter = new UnitListSplitter();
    private final DeadlineParser deadlines = new DeadlineParser();
    private final ClauseParser clauses = new ClauseParser();

    @Provide
    Arbitrary<String> unitName() {
        return Combinators.combine(Arbitraries.of(PREFIXES), Arbitraries.of(CORES), Arbitraries.of(ENDINGS))
                .as((p, c, e) -> p + c + e);
    }

    @Provide
    Arbitrary<List<String>> unitNames() {
        return unitName().list().ofMinSize(1).ofMaxSize(8).uniqueElements();
    }

    @Property
    void aListOfUnitsSplitsIntoExactlyThoseUnits(@ForAll("unitNames") List<String> names,
            @ForAll boolean others, @ForAll("separators") String separator) {
        String list = String.join(separator, names) + (others ? "等相关部门" : "");
        UnitList units = splitter.split(list);
        assertThat(units.names()).containsExactlyElementsOf(names);
        assertThat(units.othersIncluded()).isEqualTo(others);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("、", "，", "和", "、", "及");
    }

    @Property
    void splittingNeverThrowsAndGivesPiecesOfTheInput(@ForAll @StringLength(max = 200) String list) {
        UnitList units = splitter.split(list);
        for (String name : units.names()) {
            assertThat(name).isNotBlank().isEqualTo(Texts.strip(name));
            for (String piece : name.split("、")) {
                assertThat(list).contains(piece);
            }
        }
    }

    @Property
    void clauseUnitsComeFromTheClause(@ForAll("unitNames") List<String> names, @ForAll("verbs") String verb) {
        String content = String.join("、", names) + verb;
        ParsedClause c = clauses.parse(content, false).orElseThrow();
        assertThat(c.assignments()).hasSize(names.size());
        c.assignments().forEach(a -> assertThat(names).contains(a.unit().name()));
    }

    @Provide
    Arbitrary<String> verbs() {
        return Arbitraries.of("牵头", "配合", "按职责分工负责", "负责", "按职责分工落实", "牵头负责", "参与",
                "结合实际落实", "抓好落实", "按职责落实", "指导", "具体负责", "共同负责", "组织实施", "督促指导", "负责落实");
    }

    @Provide
    Arbitrary<String> sharedVerbs() {
        return Arbitraries.of("按职责分工负责", "按职责分工落实", "结合实际落实", "抓好落实", "按职责落实", "共同负责",
                "分别负责", "按照职责分工抓好落实");
    }

    @Property
    void groupsBeforeOneVerbAllShareIt(@ForAll("unitNames") List<String> names, @ForAll("sharedVerbs") String verb,
            @ForAll @IntRange(min = 1, max = 8) int groupSize) {
        // 省财政厅、省商务厅，省统计局，各市人民政府按职责分工负责: commas between groups, one verb after.
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                content.append(i % groupSize == 0 ? "，" : "、");
            }
            content.append(names.get(i));
        }
        ParsedClause c = clauses.parse(content + verb, false).orElseThrow();
        assertThat(c.assignments()).extracting(a -> a.unit().name()).containsExactlyElementsOf(names);
        assertThat(c.unread()).isEmpty();
    }

    @Property
    void roleWordsInAFieldReadAsWithoutTheLabel(@ForAll("unitNames") List<String> leads,
            @ForAll("unitNames") List<String> rest, @ForAll("sharedVerbs") String verb,
            @ForAll("unitLabels") String label) {
        String clause = String.join("、", leads) + "牵头，" + String.join("、", rest) + verb;
        ParsedClause bare = clauses.parse(clause, false).orElseThrow();
        ParsedClause labelled = clauses.parse(label + "：" + clause, false).orElseThrow();
        assertThat(labelled.assignments()).isEqualTo(bare.assignments());
        ParsedClause cell = clauses.parseFields(List.of(new ClauseParser.Field(org.luoshi.plan.Role.RESPONSIBLE, clause)),
                StandingRule.NONE);
        assertThat(cell.assignments()).isEqualTo(bare.assignments());
    }

    @Provide
    Arbitrary<String> unitLabels() {
        return Arbitraries.of("责任单位", "责任部门", "主责单位", "推进单位", "负责单位");
    }

    @Property
    void clauseParsingNeverThrows(@ForAll @StringLength(max = 300) String content, @ForAll boolean rule) {
        clauses.parse(content, rule).ifPresent(c -> c.assignments()
                .forEach(a -> assertThat(content).contains(a.unit().name().replace("（牵头）", ""))));
        clauses.parseTimeFields(content);
        ClauseParser.looksLikeClause(content);
    }

    @Property
    void foundPhrasesAreInOrderDistinctAndWhereTheySay(@ForAll("textWithPhrases") String text,
            @ForAll @IntRange(min = 1990, max = 2100) int year) {
        List<FoundDeadline> found = deadlines.find(text, year);
        int last = 0;
        for (FoundDeadline f : found) {
            assertThat(f.start()).isGreaterThanOrEqualTo(last);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.deadline().raw());
            last = f.end();
        }
        assertThat(found.stream().map(f -> f.deadline().raw()).distinct().count()).isEqualTo(found.size());
    }

    @Provide
    Arbitrary<String> textWithPhrases() {
        Arbitrary<String> phrase = Arbitraries.of("2023年3月底前", "6月底前", "年底前", "到2025年", "2025年前", "2023年起",
                "“十四五”期间", "2012年起5年内", "20个工作日内", "每年2月底前", "每季度", "每半年", "明年7月", "上半年",
                "第三季度末前", "2022年6月至12月期间", "2023年电煤中长期合同", "2022年底企业到期后", "（2022-2025年）");
        Arbitrary<String> any = Arbitraries.strings().withChars("年月日底前起内每季度半期间到至1234567890二三十，。")
                .ofMaxLength(20);
        return Arbitraries.oneOf(phrase, Arbitraries.of(FILLER), any).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property
    void deadlineSearchNeverThrows(@ForAll @StringLength(max = 300) String text) {
        deadlines.find(text, null);
        deadlines.find(text, 2024);
        deadlines.parseTimeLimit(text, 2024);
    }

    @Property
    void endOfMonthPhrasesResolveToTheLastDay(@ForAll @IntRange(min = 2000, max = 2099) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll("filler") String before, @ForAll("filler") String after) {
        String raw = year + "年" + month + "月底前";
        List<Deadline> found = deadlines.find(before + raw + after, null).stream().map(FoundDeadline::deadline).toList();
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.BY);
            assertThat(d.raw()).isEqualTo(raw);
            assertThat(d.date()).isEqualTo(YearMonth.of(year, month).atEndOfMonth());
        });
    }

    @Property
    void aBareMonthTakesTheYearBeforeIt(@ForAll @IntRange(min = 2000, max = 2098) int year,
            @ForAll @IntRange(min = 1, max = 12) int first, @ForAll @IntRange(min = 1, max = 12) int second) {
        String text = year + "年" + first + "月底前完成试点，" + second + "月底前全面推广。";
        List<Deadline> found = deadlines.find(text, year + 1).stream().map(FoundDeadline::deadline).toList();
        assertThat(found).extracting(Deadline::date).containsExactly(
                YearMonth.of(year, first).atEndOfMonth(), YearMonth.of(year, second).atEndOfMonth());
    }

    @Property
    void spansAndRecurrences(@ForAll @IntRange(min = 1, max = 999) int n, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll("filler") String before) {
        Deadline within = only(before + n + "个工作日内办结");
        assertThat(within.kind()).isEqualTo(DeadlineKind.WITHIN);
        assertThat(within.amount()).isEqualTo(n);
        assertThat(within.spanUnit()).isEqualTo(SpanUnit.WORKING_DAYS);

        Deadline yearly = only(before + "每年" + month + "月底前报送");
        assertThat(yearly.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(yearly.recurrence()).isEqualTo(Recurrence.YEARLY);
        assertThat(yearly.month()).isEqualTo(month);
        assertThat(yearly.day()).isEqualTo(YearMonth.of(2023, month).atEndOfMonth().getDayOfMonth());
    }

    @Property
    void aYearThatOnlyNamesSomethingIsNoDeadline(@ForAll @IntRange(min = 1990, max = 2100) int year,
            @ForAll("namedThings") String thing, @ForAll("filler") String before) {
        assertThat(deadlines.find(before + year + "年" + thing, 2024)).isEmpty();
    }

    @Provide
    Arbitrary<String> namedThings() {
        return Arbitraries.of("电煤中长期合同", "度重点项目", "版负面清单", "全省地区生产总值", "以来", "工作要点");
    }

    @Property
    void nextYearIsAlwaysTheYearAfterTheIssueYear(@ForAll @IntRange(min = 1990, max = 2100) int issueYear,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        Deadline d = only("明年" + month + "月底前完成");
        Deadline resolved = deadlines.find("明年" + month + "月底前完成", issueYear).get(0).deadline();
        assertThat(d.date()).as("without an issue year").isNull();
        assertThat(resolved.date()).isEqualTo(YearMonth.of(issueYear + 1, month).atEndOfMonth());
        assertThat(resolved.date()).isAfter(LocalDate.of(issueYear, 12, 31));
    }

    @Property
    void ongoingTimeLimits(@ForAll("ongoing") String limit) {
        assertThat(deadlines.parseTimeLimit(limit, 2024)).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(DeadlineKind.ONGOING));
        assertThat(deadlines.find("各地要" + limit + "相关工作", 2024)).as("a verb in the text").isEmpty();
    }

    @Provide
    Arbitrary<String> ongoing() {
        return Arbitraries.of("长期坚持", "持续推进", "长期", "持续实施", "常态化推进");
    }

    @Provide
    Arbitrary<String> filler() {
        return Arbitraries.of(FILLER).list().ofMaxSize(3).map(l -> String.join("", l));
    }

    private Deadline only(String text) {
        List<FoundDeadline> found = deadlines.find(text, null);
        assertThat(found).as(text).hasSize(1);
        return found.get(0).deadline();
    }

    /** Pieces of deadline phrases and the text around them, to be put together at random. */
    private static final String[] TIME_PIECES = {"2023", "2025", "12", "6", "7", "30", "1", "4", "20251", "年", "月", "日",
        "底", "末", "前", "之前", "以前", "起", "开始", "内", "以内", "期间", "至", "到", "—", "-", "～", "个", "工作日", "天",
        "上半年", "下半年", "第", "三", "一", "两", "十", "十四五", "“", "”", "季度", "每", "每年", "每月", "每季度", "半年",
        "明年", "今年", "从", "自", "于", "上旬", "中旬", "下旬", "完成", "实现", "，", "。", "《", "》", "（", "）",
        "推进", "工作", "第123项", "统一"};

    /** One phrase built from the parts deadline phrases are made of, most parts optional. */
    @Provide
    Arbitrary<String> timePhrase() {
        Arbitrary<String> lead = Arbitraries.of("", "", "", "于", "到", "至", "从", "自", "每", "每年", "明年", "今年", "第", "“");
        Arbitrary<String> year = Arbitraries.of("", "2023年", "2025年", "2021—2025年", "20251年", "2024", "十四五”", "年");
        Arbitrary<String> month = Arbitraries.of("", "", "6月", "12月", "1月", "13月", "7", "三季度", "1季度", "上半年", "下半年");
        Arbitrary<String> day = Arbitraries.of("", "", "", "30日", "31日", "15日", "上旬", "中旬", "下旬", "5个工作日", "3个月");
        Arbitrary<String> end = Arbitraries.of("", "底", "末", "前", "底前", "末前", "之前", "以前", "底之前", "起", "开始", "内",
                "以内", "期间", "底完成", "底，实现", "至12月", "至2026年6月底前", "年底前");
        return Combinators.combine(lead, year, month, day, end).as((a, b, c, d, e) -> a + b + c + d + e);
    }

    @Provide
    Arbitrary<String> timeText() {
        Arbitrary<String> piece = Arbitraries.oneOf(timePhrase(), timePhrase(),
                Arbitraries.of(TIME_PIECES), Arbitraries.of("推进第123项工作，", "。", "（2022-2025年）", "《2023年规划》"));
        return piece.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }

    /** The faster search (skipping positions by hand, 2023年6月底前 read by hand) finds what the pattern finds. */
    @Property(tries = 3000)
    void theDeadlineSearchFindsWhatThePatternFinds(@ForAll("timeText") String text,
            @ForAll @IntRange(min = 2019, max = 2026) int year, @ForAll boolean withYear) {
        Integer context = withYear ? year : null;
        List<FoundDeadline> fast = deadlines.find(text, context);
        List<FoundDeadline> plain = deadlines.findByPattern(text, context);
        assertThat(fast).as(text).isEqualTo(plain);
    }
}
