package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Recurrence;
import org.luoshi.plan.SpanUnit;

class DeadlineParserTest {
    private final DeadlineParser parser = new DeadlineParser();

    private List<Deadline> find(String text, Integer year) {
        return parser.find(text, year).stream().map(FoundDeadline::deadline).toList();
    }

    private Deadline only(String text, Integer year) {
        List<Deadline> found = find(text, year);
        assertThat(found).as("deadlines in %s", text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} (year {1}) → BY {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2023年3月底前，完成省级电子证照系统升级。           | null | 2023年3月底前      | 2023-03-31
            2019年6月底前完成清理工作。                         | null | 2019年6月底前      | 2019-06-30
            2024年2月底前完成。                                 | null | 2024年2月底前      | 2024-02-29
            6月底前，同步签发率达到80%。                        | 2023 | 6月底前            | 2023-06-30
            2023年底前采取分期方式补缴。                         | null | 2023年底前         | 2023-12-31
            2023年年底前完成。                                  | null | 2023年年底前       | 2023-12-31
            年底前完成全省行政许可事项清单编制。                 | 2023 | 年底前             | 2023-12-31
            到2025年，农机装备品类基本齐全。                     | null | 到2025年           | 2025-12-31
            到2020年，全国农作物耕种收综合机械化率达到70%。      | 2018 | 到2020年           | 2020-12-31
            于2018年12月31日前完成。                             | null | 2018年12月31日前   | 2018-12-31
            2023年内完成省级平台建设。                           | null | 2023年内           | 2023-12-31
            （国家发展改革委牵头，年内出台）                      | 2020 | 年内               | 2020-12-31
            年内完成全省统一平台建设。                            | 2023 | 年内               | 2023-12-31
            """)
    void byDates(String text, Integer year, String raw, LocalDate date) {
        Deadline d = only(text, year);
        assertThat(d.kind()).isEqualTo(DeadlineKind.BY);
        assertThat(d.raw()).isEqualTo(raw);
        assertThat(d.date()).isEqualTo(date);
    }

    @Test
    void monthWithoutYearTakesTheYearOfAnEarlierPhrase() {
        List<Deadline> found = find("2024年3月底前，完成省级电子证照系统升级；6月底前，同步签发率达到80%。", 2023);
        assertThat(found).extracting(Deadline::raw).containsExactly("2024年3月底前", "6月底前");
        assertThat(found).extracting(Deadline::date)
                .containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30));
    }

    @Test
    void monthWithoutYearTakesTheContextYearWhenNothingEarlier() {
        List<Deadline> found = find("2023年3月底前，完成省级电子证照系统升级；6月底前，国家目录内涉及我省事项电子证照同步签发率达到80%。", 2023);
        assertThat(found).extracting(Deadline::date)
                .containsExactly(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30));
    }

    @Test
    void yearEndAfterADatedPhraseTakesItsYear() {
        List<Deadline> found = find("2025年6月底前出台实施方案，年底前全面推开。", 2024);
        assertThat(found).extracting(Deadline::date)
                .containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31));
    }

    @Test
    void dayOfAMonthWithoutYearTakesTheYearBefore() {
        List<Deadline> found = find("2024年3月底前，完成系统升级；9月30日前，全面推广应用。", 2023);
        assertThat(found).extracting(Deadline::raw).containsExactly("2024年3月底前", "9月30日前");
        assertThat(found).extracting(Deadline::date)
                .containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 9, 30));

        Deadline alone = only("6月30日前报送自查报告。", 2023);
        assertThat(alone.kind()).isEqualTo(DeadlineKind.BY);
        assertThat(alone.date()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @ParameterizedTest(name = "{0} → BY {2}")
    @CsvSource(delimiter = '|', textBlock = """
            到2025年6月底，完成全部存量证照转化。   | 到2025年6月底 | 2025-06-30
            到2025年底，基本建成统一的电子证照库。  | 到2025年底    | 2025-12-31
            """)
    void untilAMonthOrYearEnd(String text, String raw, LocalDate date) {
        Deadline d = only(text, 2023);
        assertThat(d.kind()).isEqualTo(DeadlineKind.BY);
        assertThat(d.raw()).isEqualTo(raw);
        assertThat(d.date()).isEqualTo(date);
    }

    @Test
    void monthWithoutAnyYearHasNoDate() {
        Deadline d = only("6月底前，同步签发率达到80%。", null);
        assertThat(d.kind()).isEqualTo(DeadlineKind.BY);
        assertThat(d.raw()).isEqualTo("6月底前");
        assertThat(d.date()).isNull();
    }

    @ParameterizedTest(name = "{0} → FROM {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2023年起将失业保险金标准提高至我省一类最低工资标准的90%。 | 2023年起     | 2023-01-01
            自2024年7月起，全面实行电子证照。                         | 自2024年7月起 | 2024-07-01
            自2023年7月1日起施行新的补助标准。                        | 自2023年7月1日起 | 2023-07-01
            2024年3月15日起全面推行。                                 | 2024年3月15日起 | 2024-03-15
            """)
    void fromDates(String text, String raw, LocalDate date) {
        Deadline d = only(text, null);
        assertThat(d.kind()).isEqualTo(DeadlineKind.FROM);
        assertThat(d.raw()).isEqualTo(raw);
        assertThat(d.date()).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0} → PERIOD {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            实施职业教育高水平实训基地建设计划，“十四五”期间，支持建设250个左右高水平实训基地。 | “十四五”期间 | 2021-01-01 | 2025-12-31
            “十三五”期间，累计完成投资。                                                       | “十三五”期间 | 2016-01-01 | 2020-12-31
            对2022年6月至12月期间“白名单”企业当月产值同比增速达到50%以上的，给予奖励。         | 2022年6月至12月期间 | 2022-06-01 | 2022-12-31
            对符合条件的企业，2012年起5年内免征相关费用。                                     | 2012年起5年内 | 2012-01-01 | 2016-12-31
            对符合条件的企业，自2012年起5年内免征相关费用。                                   | 自2012年起5年内 | 2012-01-01 | 2016-12-31
            从2023年起3年内，每年安排专项资金。                                               | 从2023年起3年内 | 2023-01-01 | 2025-12-31
            """)
    void periods(String text, String raw, LocalDate start, LocalDate end) {
        Deadline d = only(text, 2023);
        assertThat(d.kind()).isEqualTo(DeadlineKind.PERIOD);
        assertThat(d.raw()).isEqualTo(raw);
        assertThat(d.start()).isEqualTo(start);
        assertThat(d.end()).isEqualTo(end);
        assertThat(d.dueDate()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0} → WITHIN {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            将制造业纳税人增量留抵退税办理时间压缩至2个工作日内。 | 2个工作日内 | 2  | WORKING_DAYS
            受理后20个工作日内作出决定。                         | 20个工作日内 | 20 | WORKING_DAYS
            新设企业5年内给予补助。                              | 5年内        | 5  | YEARS
            整改期限为3个月内。                                  | 3个月内      | 3  | MONTHS
            收到申请之日起30日内办结。                           | 30日内       | 30 | DAYS
            三个月内完成整改。                                   | 三个月内     | 3  | MONTHS
            """)
    void spans(String text, String raw, int amount, SpanUnit unit) {
        Deadline d = only(text, 2023);
        assertThat(d.kind()).isEqualTo(DeadlineKind.WITHIN);
        assertThat(d.raw()).isEqualTo(raw);
        assertThat(d.amount()).isEqualTo(amount);
        assertThat(d.spanUnit()).isEqualTo(unit);
        assertThat(d.date()).isNull();
    }

    @ParameterizedTest(name = "{0} → {2} month {3} day {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            每年2月底前报送上年度工作情况。     | 每年2月底前  | YEARLY      | 2    | 28
            每年3月15日前完成年度报告。         | 每年3月15日前 | YEARLY     | 3    | 15
            每年12月底前总结评估。             | 每年12月底前 | YEARLY      | 12   | 31
            每年年底前报送工作总结。           | 每年年底前   | YEARLY      | 12   | 31
            每季度通报工作进展。               | 每季度       | QUARTERLY   | null | null
            每半年开展一次督导。               | 每半年       | HALF_YEARLY | null | null
            每月28日前报送统计数据。           | 每月28日前   | MONTHLY     | null | 28
            """)
    void recurring(String text, String raw, Recurrence rule, Integer month, Integer day) {
        Deadline d = only(text, 2023);
        assertThat(d.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(d.raw()).isEqualTo(raw);
        assertThat(d.recurrence()).isEqualTo(rule);
        assertThat(d.month()).isEqualTo(month);
        assertThat(d.day()).isEqualTo(day);
    }

    @ParameterizedTest(name = "no deadline: {0}")
    @ValueSource(strings = {
        "根据国家下达的2023年电煤中长期合同监管台账，督促煤炭企业落实国家煤炭保供稳价政策。",
        "加快落实2023年电煤中长期合同签订履约。",
        "2022年底企业阶段性缓缴社会保险费政策到期后，企业可采取分期方式补缴。",
        "推动落实《山西省推进多式联运发展优化调整运输结构工作实施方案（2022-2025年）》，加快推进“公转铁”。",
        "落实多式联运发展优化调整运输结构工作实施方案（2022-2025年），加快推进“公转铁”。",
        "坚持24小时值班值守、一事一协调等工作制度。",
        "落实好《市场准入负面清单（2022年版）》，推动清单事项全部实现网上办理。",
        "落实好市场准入负面清单（2022年版），推动清单事项全部实现网上办理。",
        "持续推进跨部门综合监管试点工作，深入探索跨部门综合监管的政策措施。",
        "长期坚持稳粮保粮，严守耕地红线。",
        "新设立有限责任制专利代理机构的，允许年满18周岁的中国公民担任股东。",
        "对超过400万元的工程采购项目，预留该部分项目预算金额的40%以上。",
        "丰富老年内容供给，推动互联网应用适老化改造。",
        "引导青年内部交流，近年内已有成效。",
        ""
    })
    void phrasesThatSetNoTimeForTheWork(String text) {
        assertThat(find(text, 2023)).isEmpty();
    }

    @Test
    void pastFactBeforeARealDeadlineIsSkipped() {
        List<Deadline> found = find("认真贯彻阶段性缓缴社会保险费政策，2022年底企业阶段性缓缴社会保险费政策到期后，"
                + "企业可在2023年底前采取分期或逐月等方式补缴缓缴的社会保险费。进一步压缩退税时间，"
                + "将制造业纳税人增量留抵退税办理时间压缩至2个工作日内。", 2023);
        assertThat(found).extracting(Deadline::raw).containsExactly("2023年底前", "2个工作日内");
        assertThat(found.get(0).date()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(found.get(1).amount()).isEqualTo(2);
        assertThat(found.get(1).spanUnit()).isEqualTo(SpanUnit.WORKING_DAYS);
    }

    @Test
    void aRepeatedPhraseIsReturnedOnce() {
        List<Deadline> found = find("2023年底前完成平台升级，2023年底前实现全程网办，每季度通报，每季度督办。", 2023);
        assertThat(found).extracting(Deadline::raw).containsExactly("2023年底前", "每季度");
    }

    @Test
    void foundPhrasesKnowWhereTheyStand() {
        String text = "升级电子证照系统。2023年3月底前，完成省级电子证照系统升级。";
        List<FoundDeadline> found = parser.find(text, 2023);
        assertThat(found).hasSize(1);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("2023年3月底前");
    }

    @ParameterizedTest(name = "time limit {0} is ONGOING")
    @ValueSource(strings = {"长期坚持", "持续推进", "长期"})
    void ongoingTimeLimits(String value) {
        List<Deadline> found = parser.parseTimeLimit(value, 2023);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(found.get(0).raw()).isEqualTo(value);
        assertThat(found.get(0).dueDate()).isNull();
    }

    @Test
    void datedTimeLimitIsReadLikeTaskText() {
        List<Deadline> found = parser.parseTimeLimit("2023年6月底前", 2023);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(DeadlineKind.BY);
        assertThat(found.get(0).date()).isEqualTo(LocalDate.of(2023, 6, 30));

        List<Deadline> bareMonth = parser.parseTimeLimit("9月底前", 2023);
        assertThat(bareMonth).extracting(Deadline::date).containsExactly(LocalDate.of(2023, 9, 30));
    }

    @ParameterizedTest(name = "{0} (issued {1}) → BY {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2023年6月底完成平台升级。                       | null | 2023年6月底    | 2023-06-30
            2023年6月底，完成平台升级。                     | null | 2023年6月底    | 2023-06-30
            2024年底全面建成一体化平台。                    | null | 2024年底       | 2024-12-31
            2025年前基本实现省级部门数据按需共享。           | null | 2025年前       | 2025-12-31
            2025年以前完成全部改造。                        | null | 2025年以前     | 2025-12-31
            上半年推出第一批10个“一件事”。                  | 2024 | 上半年         | 2024-06-30
            下半年开展评估。                                | 2024 | 下半年         | 2024-12-31
            2023年上半年完成试点。                          | null | 2023年上半年   | 2023-06-30
            明年7月底前实现100项事项互通互办。              | 2024 | 明年7月底前    | 2025-07-31
            明年7月完成验收。                               | 2024 | 明年7月        | 2025-07-31
            明年上半年完成验收。                            | 2024 | 明年上半年     | 2025-06-30
            明年底前完成验收。                              | 2024 | 明年底前       | 2025-12-31
            今年底前完成验收。                              | 2024 | 今年底前       | 2024-12-31
            第三季度末前投入使用。                          | 2024 | 第三季度末前   | 2024-09-30
            2024年一季度末前完成清理。                      | null | 2024年一季度末前 | 2024-03-31
            二季度前出台办法。                              | 2024 | 二季度前       | 2024-06-30
            6月中旬前完成报名。                             | 2024 | 6月中旬前      | 2024-06-20
            2024年9月上旬完成。                             | null | 2024年9月上旬  | 2024-09-10
            9月下旬前完成。                                 | 2024 | 9月下旬前      | 2024-09-30
            至2035年，基本实现农业机械化。                  | 2024 | 至2035年       | 2035-12-31
            """)
    void moreByPhrases(String text, Integer year, String raw, LocalDate date) {
        Deadline d = only(text, year);
        assertThat(d.kind()).isEqualTo(DeadlineKind.BY);
        assertThat(d.raw()).isEqualTo(raw);
        assertThat(d.date()).isEqualTo(date);
    }

    @Test
    void fromAYear() {
        Deadline d = only("从2019年起，逐步扩大试点范围。", 2018);
        assertThat(d.kind()).isEqualTo(DeadlineKind.FROM);
        assertThat(d.raw()).isEqualTo("从2019年起");
        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    /**
     * A span counted back (申报条件: 近3年内未发生…), from an event (退役后1年内, 离校2年内) or followed by a
     * state (…内未就业) says who is meant, not when the work is due.
     */
    @Test
    void spansThatDescribeWhoIsMeantAreNoDeadlines() {
        assertThat(parser.find("申报企业近3年内未发生重大安全生产事故。", 2024)).isEmpty();
        assertThat(parser.find("退役士兵退役后1年内参加职业技能培训的，给予培训补贴。", 2024)).isEmpty();
        assertThat(parser.find("对毕业年度和离校2年内未就业高校毕业生给予社保补贴。", 2024)).isEmpty();
        assertThat(parser.find("企业职工最近6个月内已参加体检的，可不再重复检查。", 2024)).isEmpty();
        Deadline due = only("自受理之日起3个月内完成审查。", 2024);
        assertThat(due.kind()).isEqualTo(DeadlineKind.WITHIN);
        assertThat(due.amount()).isEqualTo(3);
    }

    @Test
    void nextYearFromAndHalfAYearWithin() {
        Deadline from = only("明年起全面推行电子证照。", 2024);
        assertThat(from.kind()).isEqualTo(DeadlineKind.FROM);
        assertThat(from.date()).isEqualTo(LocalDate.of(2025, 1, 1));

        Deadline fromMonth = only("明年7月起实施新标准。", 2024);
        assertThat(fromMonth.kind()).isEqualTo(DeadlineKind.FROM);
        assertThat(fromMonth.date()).isEqualTo(LocalDate.of(2025, 7, 1));

        Deadline half = only("半年内完成整改。", 2024);
        assertThat(half.kind()).isEqualTo(DeadlineKind.WITHIN);
        assertThat(half.amount()).isEqualTo(6);
        assertThat(half.spanUnit()).isEqualTo(SpanUnit.MONTHS);
    }

    @Test
    void relativePhrasesWithoutAnIssueYearHaveNoDate() {
        assertThat(find("明年7月底前实现互通互办。", null)).extracting(Deadline::raw, Deadline::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("明年7月底前", null));
        assertThat(find("第三季度末前投入使用。", null)).extracting(Deadline::date).containsOnlyNulls();
    }

    @Test
    void nextYearDoesNotDriftWithEarlierPhrases() {
        List<Deadline> found = find("2026年3月底前完成试点；明年7月底前全面推广。", 2024);
        assertThat(found).extracting(Deadline::date)
                .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2025, 7, 31));
    }

    @Test
    void aBareMonthAfterARelativePhraseTakesItsYear() {
        List<Deadline> found = find("明年3月底前完成试点，6月底前全面推广。", 2024);
        assertThat(found).extracting(Deadline::date)
                .containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30));
    }

    @ParameterizedTest(name = "no deadline: {0}")
    @ValueSource(strings = {
        "2022年底企业阶段性缓缴社会保险费政策到期后，企业可分期补缴。",
        "2023年前三季度全省地区生产总值增长5%。",
        "今年以来，全省新增市场主体30万户。",
        "对当年完成投资额度大的项目择优给予支持。",
        "确保一季度经济开门红。",
        "明年的工作要早谋划。",
        "完成2024年度32个老旧小区综合改造。"
    })
    void moreTextsThatSetNoTime(String text) {
        assertThat(find(text, 2024)).isEmpty();
    }
}
