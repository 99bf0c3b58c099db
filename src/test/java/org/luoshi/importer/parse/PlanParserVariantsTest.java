package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;

/** The variants of issue 3 that real plans show, each on a small document. */
class PlanParserVariantsTest {
    private final PlanParser parser = new PlanParser();

    private ParsedPlan parse(String text) {
        return parser.parse(text);
    }

    private static List<String> lead(Task t) {
        return t.unitNames(Role.LEAD);
    }

    private static List<String> responsible(Task t) {
        return t.unitNames(Role.RESPONSIBLE);
    }

    private static List<String> cooperating(Task t) {
        return t.unitNames(Role.COOPERATING);
    }

    @Nested
    class Structure {
        @Test
        void eachPartIsATask() {
            Plan plan = parse("""
                    关于做好2024年春耕生产工作的通知
                    各县（市、区）人民政府：
                    一、抓好种子供应。确保良种供应充足，2月底前完成调剂。（市农业农村局负责）
                    二、强化农资保障。加强化肥农药储备。（市供销社牵头，市商务局配合）
                    三、做好技术指导。组织农技人员下沉一线。（市农业农村局、市科技局按职责分工负责）
                    市人民政府办公室
                    2024年1月10日
                    """).plan();
            assertThat(plan.tasks()).extracting(Task::number).containsExactly("一", "二", "三");
            assertThat(plan.tasks()).extracting(Task::part).containsOnlyNulls();
            assertThat(plan.parts()).as("headings at the task level are tasks, not parts").isEmpty();
            assertThat(plan.tasks().get(0).text()).isEqualTo("抓好种子供应。确保良种供应充足，2月底前完成调剂。");
            assertThat(plan.tasks().get(0).deadlines()).extracting(Deadline::date).containsExactly(LocalDate.of(2024, 2, 29));
            assertThat(cooperating(plan.tasks().get(1))).containsExactly("市商务局");
            assertThat(responsible(plan.tasks().get(2))).containsExactly("市农业农村局", "市科技局");
            assertThat(plan.notice()).isEqualTo("关于做好2024年春耕生产工作的通知");
        }

        @Test
        void itemNumbersRestartInEveryPart() {
            Plan plan = parse("""
                    一、实施老旧小区改造
                    1. 完成32个老旧小区综合改造。【区住房城乡建设委负责】
                    2. 同步推进加装电梯工作。【区住房城乡建设委牵头，区市场监管局配合】
                    二、完善社区配套设施
                    1. 新建社区养老服务站点12个。[区民政局负责]
                    2. 推动社区嵌入式服务设施建设。【区发展改革委、区民政局按职责分工负责】
                    """).plan();
            assertThat(plan.tasks()).extracting(Task::seq, Task::number, Task::part).containsExactly(
                    Tuple.tuple(1, "1", "一"), Tuple.tuple(2, "2", "一"), Tuple.tuple(3, "1", "二"), Tuple.tuple(4, "2", "二"));
            assertThat(lead(plan.tasks().get(2))).as("square brackets").containsExactly("区民政局");
            assertThat(plan.tasks().get(2).text()).isEqualTo("新建社区养老服务站点12个。");
        }

        @Test
        void unnumberedParagraphsUnderAPartAreTasks() {
            ParsedPlan parsed = parse("""
                    一、加强组织领导
                    推进政务服务标准化建设。（省政务服务局负责）
                    深化“一网通办”改革，2023年6月底完成平台升级。（省大数据局牵头，省财政厅配合）
                    各地要高度重视，确保各项措施落到实处。
                    二、强化保障
                    (三)加大资金投入。（省财政厅负责）
                    """);
            Plan plan = parsed.plan();
            assertThat(plan.tasks()).extracting(Task::number).containsExactly(null, null, "（三）");
            assertThat(plan.tasks()).extracting(Task::part).containsExactly("一", "一", "二");
            assertThat(plan.tasks()).extracting(Task::sourceLine).containsExactly(2, 3, 6);
            assertThat(plan.tasks().get(1).text()).isEqualTo("深化“一网通办”改革，2023年6月底完成平台升级。");
            assertThat(plan.tasks().get(1).deadlines()).extracting(Deadline::raw, Deadline::date)
                    .containsExactly(Tuple.tuple("2023年6月底", LocalDate.of(2023, 6, 30)));
            assertThat(plan.parts()).extracting(Part::number).containsExactly("一", "二");
            assertThat(parsed.warnings()).as("the closing sentence belongs to no task")
                    .contains(new ImportWarning(4, Messages.get("import.warning.textBetweenTasks")));
        }

        @Test
        void plansWithoutAnyHeadingAreReadByTheirClauses() {
            Plan plan = parse("""
                    全面推进政务公开工作要点
                    推进决策公开，重大决策预公开率达100%。（市政府办公室负责）
                    推进执行公开，每季度公开重点任务进展。（市政府办公室牵头，各区配合）推进结果公开。（市统计局负责）
                    """).plan();
            assertThat(plan.title()).isEqualTo("全面推进政务公开工作要点");
            assertThat(plan.tasks()).extracting(Task::text).containsExactly(
                    "推进决策公开，重大决策预公开率达100%。", "推进执行公开，每季度公开重点任务进展。", "推进结果公开。");
            assertThat(plan.tasks()).extracting(Task::number).containsOnlyNulls();
            assertThat(lead(plan.tasks().get(2))).containsExactly("市统计局");
        }

        @Test
        void aNumberedItemInAPreamblePartIsNoTask() {
            ParsedPlan parsed = parse("""
                    一、总体要求
                    1．指导思想。以习近平新时代中国特色社会主义思想为指导。
                    2．工作目标。到2025年，基本建成全省一体化政务服务体系。
                    二、重点任务
                    3．完善政务服务平台。（省政务服务局负责）
                    """);
            assertThat(parsed.plan().tasks()).extracting(Task::number).containsExactly("3");
            assertThat(parsed.plan().tasks().get(0).deadlines()).isEmpty();
            assertThat(parsed.warnings()).isEmpty();
        }

        @Test
        void aClosingPartWithNumberedItemsHoldsNoTasks() {
            ParsedPlan parsed = parse("""
                    一、重点任务
                    1．完善三级行政许可事项清单。（省审批服务管理局牵头，各市、县人民政府配合）
                    2．严格行政处罚的设定和实施。（省司法厅负责）
                    二、保障措施
                    1．加强组织领导。各地各部门要高度重视。
                    2．强化督促落实。省政府督查室要定期督查，2024年底前开展一次专项督查。
                    """);
            assertThat(parsed.plan().tasks()).extracting(Task::number).containsExactly("1", "2");
            assertThat(parsed.plan().tasks().get(1).text()).isEqualTo("严格行政处罚的设定和实施。");
            assertThat(parsed.warnings()).containsExactly(
                    new ImportWarning(5, Messages.get("import.warning.itemNotTask", "1")),
                    new ImportWarning(6, Messages.get("import.warning.itemNotTask", "2")));
        }

        @Test
        void closingSectionsWithoutClausesAreSectionsNotTasks() {
            ParsedPlan parsed = parse("""
                    一、重点任务
                    （一）提升审批效率
                    1．压减审批时限。（省政务服务局牵头，省直有关部门配合）
                    二、保障措施
                    （一）加强组织领导。各地要建立工作机制。
                    （二）强化督促检查。省政府督查室要加强督查。
                    """);
            Plan plan = parsed.plan();
            assertThat(plan.tasks()).hasSize(1);
            assertThat(plan.sections()).containsExactly(new Section("一", "一", "提升审批效率"),
                    new Section("二", "一", "加强组织领导"), new Section("二", "二", "强化督促检查"));
            assertThat(parsed.warnings()).isEmpty();
        }

        @Test
        void subItemsWithTheirOwnClausesAreTasksAndTheItemKeepsItsText() {
            ParsedPlan parsed = parse("""
                    一、主要任务
                    1．压减审批时限。（省政务服务局牵头，
                    省直有关部门配合）
                    2．推行告知承诺制。
                    （1）梳理告知承诺事项清单。（省司法厅负责）
                    （2）加强事中事后监管。（省市场监管局负责）
                    """);
            Plan plan = parsed.plan();
            assertThat(plan.tasks()).extracting(Task::number).containsExactly("1", "2", "（1）", "（2）");
            assertThat(plan.tasks()).extracting(Task::text)
                    .containsExactly("压减审批时限。", "推行告知承诺制。", "梳理告知承诺事项清单。", "加强事中事后监管。");
            assertThat(cooperating(plan.tasks().get(0))).as("a clause broken over two lines").containsExactly("省直有关部门");
            assertThat(plan.tasks().get(1).assignments()).isEmpty();
            assertThat(parsed.warnings()).containsExactly(
                    new ImportWarning(4, Messages.get("import.warning.noClause", "2")),
                    new ImportWarning(5, Messages.get("import.warning.subItemTask", "（1）")),
                    new ImportWarning(6, Messages.get("import.warning.subItemTask", "（2）")));
        }

        @Test
        void aSectionThatCarriesItsOwnClauseIsATaskToo() {
            ParsedPlan parsed = parse("""
                    一、重点任务
                    （一）加快项目审批。（省发展改革委负责）
                    （二）优化营商环境
                    1．推进企业开办便利化。（省市场监管局负责）
                    2．推行证照分离改革。（省市场监管局牵头，省司法厅配合）
                    3．深化工程建设项目审批改革。（省住建厅负责）
                    """);
            Plan plan = parsed.plan();
            assertThat(plan.tasks()).extracting(Task::number).containsExactly("（一）", "1", "2", "3");
            assertThat(plan.tasks()).extracting(Task::section).containsExactly("一", "二", "二", "二");
            assertThat(plan.sections()).extracting(Section::number).containsExactly("一", "二");
            assertThat(parsed.warnings()).containsExactly(
                    new ImportWarning(2, Messages.get("import.warning.headingIsTask", "（一）")));
        }

        @Test
        void clausesPrintedBeforeTheirTasks() {
            ParsedPlan parsed = parse("""
                    一、重点任务
                    1．【省发改委牵头，省财政厅配合】推进重大项目建设，2024年底前开工100个。
                    2．【省商务厅负责】扩大有效投资。
                    3．【省交通厅负责】加快交通基础设施建设。
                    """);
            Plan plan = parsed.plan();
            assertThat(plan.tasks()).extracting(Task::text)
                    .containsExactly("推进重大项目建设，2024年底前开工100个。", "扩大有效投资。", "加快交通基础设施建设。");
            assertThat(lead(plan.tasks().get(0))).containsExactly("省发改委");
            assertThat(parsed.warnings()).containsExactly(new ImportWarning(0, Messages.get("import.warning.clausesLead")));
        }

        @Test
        void severalClausesInOneParagraphEachCloseATask() {
            ParsedPlan parsed = parse("""
                    （一）优化企业开办服务。推行企业开办全程网上办（省市场监管局负责）；压缩企业开办时间至1个工作日内（省政务服务局负责）。
                    （二）提升跨境贸易便利化水平。（太原海关、省商务厅按职责分工负责）
                    """);
            Plan plan = parsed.plan();
            assertThat(plan.tasks()).extracting(Task::number).containsExactly("（一）", null, "（二）");
            assertThat(plan.tasks()).extracting(Task::text)
                    .containsExactly("优化企业开办服务。推行企业开办全程网上办", "压缩企业开办时间至1个工作日内。", "提升跨境贸易便利化水平。");
            assertThat(lead(plan.tasks().get(1))).containsExactly("省政务服务局");
            assertThat(plan.tasks().get(1).sourceLine()).isEqualTo(1);
            assertThat(parsed.warnings()).containsExactly(
                    new ImportWarning(1, Messages.get("import.warning.splitTask", "（一）")));
        }

        @Test
        void adjacentClausesAreOneClause() {
            Task t = parse("1．推进公共数据开放。（省大数据局牵头）（省直有关部门配合）\n").plan().tasks().get(0);
            assertThat(lead(t)).containsExactly("省大数据局");
            assertThat(cooperating(t)).containsExactly("省直有关部门");
            assertThat(t.text()).isEqualTo("推进公共数据开放。");
        }

        @Test
        void textAfterTheLastClauseOnItsLineStaysWithTheTaskAndIsWarnedAbout() {
            ParsedPlan parsed = parse("1．推进公共数据开放（省大数据局负责），加快数据要素市场建设。\n");
            assertThat(parsed.plan().tasks()).extracting(Task::text).containsExactly("推进公共数据开放，加快数据要素市场建设。");
            assertThat(parsed.warnings()).containsExactly(
                    new ImportWarning(1, Messages.get("import.warning.textAfterClause", "1")));
        }
    }

    @Nested
    class Layout {
        private static final String PLAIN = """
                落实数字政府建设重点任务分工方案
                一、重点任务
                1．推进政务云资源整合。（省大数据局牵头，省财政厅配合）
                2．建设电子政务外网安全监测平台。（省大数据局负责）
                """;

        @Test
        void blankLinesBetweenEveryLineChangeNothing() {
            String spaced = PLAIN.replace("\n", "\n\n");
            ParsedPlan a = parse(PLAIN);
            ParsedPlan b = parse(spaced);
            assertThat(b.plan().tasks()).extracting(Task::text, Task::assignments)
                    .isEqualTo(a.plan().tasks().stream().map(t -> Tuple.tuple(t.text(), t.assignments())).toList());
            assertThat(b.plan().title()).isEqualTo(a.plan().title());
        }

        @Test
        void ideographicIndentationOnEveryLine() {
            String indented = PLAIN.lines().map(l -> "\u3000\u3000" + l + "\u3000").reduce("", (x, y) -> x + y + "\n");
            Plan plan = parse(indented).plan();
            assertThat(plan.title()).isEqualTo("落实数字政府建设重点任务分工方案");
            assertThat(plan.tasks()).extracting(Task::text)
                    .containsExactly("推进政务云资源整合。", "建设电子政务外网安全监测平台。");
        }

        @Test
        void aTitleRepeatedAtTheTopIsReadOnce() {
            Plan plan = parse("XX省优化营商环境行动方案\nXX省优化营商环境行动方案\n" + PLAIN.substring(PLAIN.indexOf('\n') + 1)).plan();
            assertThat(plan.title()).isEqualTo("XX省优化营商环境行动方案");
            assertThat(plan.tasks()).hasSize(2);
        }

        @Test
        void noHeaderAtAll() {
            Plan plan = parse(PLAIN.substring(PLAIN.indexOf('\n') + 1)).plan();
            assertThat(plan.title()).isNull();
            assertThat(plan.notice()).isNull();
            assertThat(plan.docNumber()).isNull();
            assertThat(plan.issuer()).isNull();
            assertThat(plan.issuedOn()).isNull();
            assertThat(plan.tasks()).hasSize(2);
        }

        @Test
        void publicationNoteWithoutSignatureIsNotTaskText() {
            ParsedPlan parsed = parse(PLAIN + "（此件公开发布）\n");
            assertThat(parsed.plan().tasks().get(1).text()).isEqualTo("建设电子政务外网安全监测平台。");
            assertThat(parsed.sourceMap().spans()).last().extracting(SourceSpan::kind).isEqualTo(SpanKind.SIGNATURE);
        }

        @Test
        void distributionLinesAfterTheSignatureBelongToIt() {
            Plan plan = parse(PLAIN + "省人民政府办公厅\n2024年1月5日\n抄送：省委各部门，省人大常委会办公厅。\n省人民政府办公厅2024年1月5日印发\n").plan();
            assertThat(plan.issuer()).isEqualTo("省人民政府办公厅");
            assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2024, 1, 5));
            assertThat(plan.tasks().get(1).text()).isEqualTo("建设电子政务外网安全监测平台。");
        }

        @Test
        void attachmentLineBeforeThePlanTitle() {
            Plan plan = parse("""
                    省人民政府办公厅关于印发数字政府建设重点任务分工方案的通知
                    各市人民政府：
                    现将《数字政府建设重点任务分工方案》印发给你们，请认真贯彻执行。
                    省人民政府办公厅
                    2024年1月5日
                    附件
                    数字政府建设重点任务
                    分工方案
                    一、重点任务
                    1．推进政务云资源整合。（省大数据局牵头，省财政厅配合）
                    """).plan();
            assertThat(plan.title()).isEqualTo("数字政府建设重点任务分工方案");
        }

        @Test
        void aDirectlyIssuedPlanWithoutNotice() {
            Plan plan = parse("""
                    临州市关于进一步优化营商环境
                    激发市场主体活力的若干措施
                    为持续打造一流营商环境，制定以下措施。
                    一、提升政务服务便利度
                    1.全面推行企业开办“一网通办”。（市市场监管局负责）
                    临州市人民政府
                    二〇二四年五月八日
                    """).plan();
            assertThat(plan.notice()).isNull();
            assertThat(plan.title()).isEqualTo("临州市关于进一步优化营商环境激发市场主体活力的若干措施");
            assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2024, 5, 8));
            assertThat(plan.tasks()).extracting(Task::text).containsExactly("全面推行企业开办“一网通办”。");
        }
    }

    @Nested
    class Clauses {
        @Test
        void labelledFieldsOnTheirOwnLines() {
            Plan plan = parse("""
                    一、重点任务
                    1．推进政务云资源整合。
                    牵头单位：省大数据局
                    配合单位：省财政厅、省委网信办
                    完成时限：2024年6月底前
                    2．完善12345热线与110联动机制。
                    牵头单位:省政务服务局，配合单位:省公安厅
                    完成时限：长期坚持
                    """).plan();
            Task first = plan.tasks().get(0);
            assertThat(first.text()).isEqualTo("推进政务云资源整合。");
            assertThat(lead(first)).containsExactly("省大数据局");
            assertThat(cooperating(first)).containsExactly("省财政厅", "省委网信办");
            assertThat(first.deadlines()).extracting(Deadline::kind, Deadline::date)
                    .containsExactly(Tuple.tuple(DeadlineKind.BY, LocalDate.of(2024, 6, 30)));
            Task second = plan.tasks().get(1);
            assertThat(cooperating(second)).containsExactly("省公安厅");
            assertThat(second.deadlines()).extracting(Deadline::kind, Deadline::raw)
                    .containsExactly(Tuple.tuple(DeadlineKind.ONGOING, "长期坚持"));
        }

        /** The wording of a 宁波 民生实事 notice: a leader and a 项目责任人 between the unit fields. */
        @Test
        void fieldsNamingLeadersAreNeitherTextNorUnits() {
            Plan plan = parse("""
                    1.轨道交通1号线一期工程投入试运营。
                    牵头领导：林静国
                    责任单位：市轨道交通工程建设指挥部
                    项目责任人：尹文德
                    2.新增安装300套路口交通信息视频采集设备。
                    牵头领导：王仁洲
                    责任单位：市公安局
                    项目责任人：王伟标
                    配合单位：市城管局、市财政局
                    """).plan();
            Task first = plan.tasks().get(0);
            assertThat(first.text()).isEqualTo("轨道交通1号线一期工程投入试运营。");
            assertThat(lead(first)).containsExactly("市轨道交通工程建设指挥部");
            assertThat(first.assignments()).hasSize(1);
            Task second = plan.tasks().get(1);
            assertThat(second.text()).isEqualTo("新增安装300套路口交通信息视频采集设备。");
            assertThat(lead(second)).containsExactly("市公安局");
            assertThat(cooperating(second)).containsExactly("市城管局", "市财政局");
            assertThat(second.assignments()).extracting(a -> a.unit().name()).doesNotContain("王仁洲", "王伟标");
        }

        /**
         * Fields one a paragraph with blank lines between (as 立山区 2023 prints them), a leader
         * line first, and unit labels made of a role word and 责任单位 (配合责任单位, 牵头实施单位).
         */
        @Test
        void fieldsOneAParagraphAndComposedUnitLabels() {
            Plan plan = parse("""
                    1.努力实现地区生产总值增长6.2%左右。

                    牵头负责领导：某某

                    牵头实施单位：区发改局

                    配合责任单位：立山经济开发区，全区经济运行各专班

                    2.规模上工业增加值增长5%左右。

                    牵头责任单位：区工信局
                    """).plan();
            Task first = plan.tasks().get(0);
            assertThat(first.text()).isEqualTo("努力实现地区生产总值增长6.2%左右。");
            assertThat(lead(first)).containsExactly("区发改局");
            assertThat(cooperating(first)).containsExactly("立山经济开发区", "全区经济运行各专班");
            assertThat(lead(plan.tasks().get(1))).containsExactly("区工信局");
        }

        /** A field named for the division of work itself, its roles said inside (责任分工：X牵头，Y配合). */
        @Test
        void aDivisionOfWorkFieldSaysItsRolesInside() {
            Plan plan = parse("""
                    一、主要预期目标
                    1.城镇新增就业5万人以上。
                    分管市领导：王明
                    责任分工：市人力资源社会保障局牵头，各区人民政府、市有关部门配合。
                    2.居民人均可支配收入增长与经济增长同步。
                    任务分工：市发展改革委、市统计局负责
                    3.加强组织领导：各区要压实责任。
                    """).plan();
            Task first = plan.tasks().get(0);
            assertThat(first.text()).isEqualTo("城镇新增就业5万人以上。");
            assertThat(lead(first)).containsExactly("市人力资源社会保障局");
            assertThat(cooperating(first)).containsExactly("各区人民政府", "市有关部门");
            Task second = plan.tasks().get(1);
            assertThat(responsible(second)).containsExactly("市发展改革委", "市统计局");
            assertThat(plan.tasks().get(2).text()).as("a heading word ending in 领导 is no leader field")
                    .isEqualTo("加强组织领导：各区要压实责任。");
        }

        @Test
        void labelledFieldsAfterASentenceOnTheSameLine() {
            Task t = parse("1．推进政务云资源整合。牵头单位：省大数据局；配合单位：省财政厅\n").plan().tasks().get(0);
            assertThat(t.text()).isEqualTo("推进政务云资源整合。");
            assertThat(lead(t)).containsExactly("省大数据局");
            assertThat(cooperating(t)).containsExactly("省财政厅");
        }

        @Test
        void aStandingRuleStatedBeforeTheTasks() {
            Plan plan = parse("""
                    各项措施中列第一位的部门为牵头单位，其他为配合单位。
                    一、重点任务
                    1.全面推行企业开办“一网通办”。（市市场监管局、市政务服务局、市税务局负责）
                    2.规范涉企收费。（市发展改革委、市市场监管局负责，和各区人民政府）
                    """).plan();
            assertThat(lead(plan.tasks().get(0))).containsExactly("市市场监管局");
            assertThat(cooperating(plan.tasks().get(0))).containsExactly("市政务服务局", "市税务局");
            assertThat(cooperating(plan.tasks().get(1))).containsExactly("市市场监管局", "各区人民政府");
        }

        @Test
        void bracketsThatAreNoClausesStayInTheText() {
            ParsedPlan parsed = parse("""
                    1．落实《山西省推进多式联运发展实施方案（2022-2025年）》，建立改造项目居民议事机制（试行），推进“一网通办”（以下简称“网办”）。（省交通厅负责）
                    """);
            Task t = parsed.plan().tasks().get(0);
            assertThat(t.text()).isEqualTo("落实《山西省推进多式联运发展实施方案（2022-2025年）》，建立改造项目居民议事机制（试行），推进“一网通办”（以下简称“网办”）。");
            assertThat(t.deadlines()).isEmpty();
            assertThat(lead(t)).containsExactly("省交通厅");
            assertThat(parsed.warnings()).isEmpty();
        }

        @Test
        void aSentenceInBracketsEndingInLuoshiIsNoClause() {
            ParsedPlan parsed = parse("10.各区要研究出台配套措施（各区要结合本地实际认真抓好贯彻落实）。\n");
            Task t = parsed.plan().tasks().get(0);
            assertThat(t.assignments()).isEmpty();
            assertThat(t.text()).isEqualTo("各区要研究出台配套措施（各区要结合本地实际认真抓好贯彻落实）。");
            assertThat(parsed.warnings()).containsExactly(
                    new ImportWarning(1, Messages.get("import.warning.notAClause", "（各区要结合本地实际认真抓好贯彻落实）")),
                    new ImportWarning(1, Messages.get("import.warning.noClause", "10")));
        }

        @Test
        void anUnreadablePartOfAClauseIsWarnedAbout() {
            ParsedPlan parsed = parse("1．推进政务云资源整合。（省大数据局牵头，各地要认真抓好落实）\n");
            assertThat(lead(parsed.plan().tasks().get(0))).containsExactly("省大数据局");
            assertThat(parsed.warnings()).containsExactly(
                    new ImportWarning(1, Messages.get("import.warning.unreadUnits", "各地要认真抓好落实")));
        }
    }

    @Nested
    class Deadlines {
        private static final String RELATIVE = """
                一、重点任务
                1．推动“跨省通办”，明年7月底前实现100项事项互通互办。（省政务服务局负责）
                2．上半年推出第一批“一件事”。（省政务服务局负责）
                """;

        @Test
        void nextYearIsReadFromTheSigningDate() {
            Plan plan = parse(RELATIVE + "江川省人民政府办公厅\n2024年3月15日\n").plan();
            assertThat(plan.tasks().get(0).deadlines()).extracting(Deadline::raw, Deadline::date)
                    .containsExactly(Tuple.tuple("明年7月底前", LocalDate.of(2025, 7, 31)));
            assertThat(plan.tasks().get(1).deadlines()).extracting(Deadline::raw, Deadline::date)
                    .containsExactly(Tuple.tuple("上半年", LocalDate.of(2024, 6, 30)));
        }

        @Test
        void anIssueDateGivenByTheCallerServesADocumentWithoutOne() {
            ParsedPlan parsed = parser.parse(RELATIVE, LocalDate.of(2023, 11, 2));
            assertThat(parsed.plan().issuedOn()).isEqualTo(LocalDate.of(2023, 11, 2));
            assertThat(parsed.plan().tasks().get(0).deadlines()).extracting(Deadline::date)
                    .containsExactly(LocalDate.of(2024, 7, 31));
            assertThat(parsed.warnings()).isEmpty();
        }

        @Test
        void theDocumentsOwnDateWinsOverTheCallers() {
            Plan plan = parser.parse(RELATIVE + "江川省人民政府办公厅\n2024年3月15日\n", LocalDate.of(2023, 11, 2)).plan();
            assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(plan.tasks().get(0).deadlines()).extracting(Deadline::date).containsExactly(LocalDate.of(2025, 7, 31));
        }

        @Test
        void relativePhrasesWithoutAnyDateAreWarnedAbout() {
            ParsedPlan parsed = parse(RELATIVE);
            assertThat(parsed.plan().tasks()).flatExtracting(Task::deadlines).extracting(Deadline::date).containsOnlyNulls();
            assertThat(parsed.warnings()).containsExactly(
                    new ImportWarning(2, Messages.get("import.warning.noYear", "明年7月底前")),
                    new ImportWarning(3, Messages.get("import.warning.noYear", "上半年")));
        }

        @Test
        void ongoingOnlyWhereItIsTheTimeLimit() {
            Plan plan = parse("""
                    1．持续推进跨部门综合监管。（省审批服务管理局牵头）
                    2．加强数据安全管理。
                    牵头单位：省委网信办
                    完成时限：持续推进
                    """).plan();
            assertThat(plan.tasks().get(0).deadlines()).isEmpty();
            assertThat(plan.tasks().get(1).deadlines()).extracting(Deadline::kind).containsExactly(DeadlineKind.ONGOING);
        }
    }
}
