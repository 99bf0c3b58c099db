package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;

class PlanParserTest {
    private final PlanParser parser = new PlanParser();

    /** Sections carry the tasks, numbered on across parts; the signature closes the document. */
    private static final String SECTION_TASKS = """
            国务院关于支持自由贸易试验区
            深化改革创新若干措施的通知
            国发〔2018〕38号
            各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
            为支持自贸试验区深化改革创新，现将有关事项通知如下：
            一、营造优良投资环境
            （一）放宽外商投资建设工程设计企业外籍技术人员的比例要求。（负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围：所有自贸试验区）
            （二）合理安排有关省（市）的用地计划。（负责部门：自然资源部）
            二、提升贸易便利化水平
            （三）支持符合条件的自贸试验区开展汽车平行进口试点。（负责部门：商务部）
            （四）支持自贸试验区保税燃料油供应以人民币计价、结算。（负责部门：人民银行等部门，适用范围：浙江自贸试验区）
            三、切实做好组织实施
            狠抓工作落实。各有关地区和部门要以钉钉子精神抓好落实，2019年底前完成评估。
            国务院
            2018年11月7日
            （此件公开发布）
            """;

    /** Items carry the tasks under parts and sections; one task has no clause; signed at the end. */
    private static final String ITEM_TASKS = """
            一、依靠改革开放释放经济增长潜力
            （一）继续把培育壮大市场主体作为深化“放管服”改革的重要着力点
            1．坚持保主体、增主体、活主体、强主体并重。（省优化营商环境促进市场主体倍增工作专班牵头，省相关部门配合）
            2．推动落实《促进个体工商户发展条例》，帮助解决个体工商户面临的突出困难和问题。
            （二）加强政务数据共享
            3．升级完善全省电子印章和电子证照系统。2023年3月底前，完成省级电子证照系统升级；
            6月底前，国家目录内涉及我省事项电子证照同步签发率达到80%。（省审批服务管理局、省市场监管局等相关部门按职责分工负责）
            山西省人民政府办公厅
            2023年1月20日
            """;

    private ParsedPlan parse(String text) {
        return parser.parse(text);
    }

    @Test
    void tasksAtTheSectionLevelNumberOnAcrossParts() {
        Plan plan = parse(SECTION_TASKS).plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("（一）", "（二）", "（三）", "（四）");
        assertThat(plan.tasks()).extracting(Task::seq).containsExactly(1, 2, 3, 4);
        assertThat(plan.tasks()).extracting(Task::part).containsExactly("一", "一", "二", "二");
        assertThat(plan.tasks()).extracting(Task::section).containsOnlyNulls();
        assertThat(plan.tasks()).extracting(Task::sourceLine).containsExactly(7, 8, 10, 11);
        assertThat(plan.parts()).containsExactly(
                new Part("一", "营造优良投资环境"),
                new Part("二", "提升贸易便利化水平"),
                new Part("三", "切实做好组织实施"));
        assertThat(plan.sections()).isEmpty();

        Task first = plan.tasks().get(0);
        assertThat(first.unitNames(Role.RESPONSIBLE)).containsExactly("人力资源社会保障部", "住房城乡建设部", "商务部");
        assertThat(first.unitNames(Role.LEAD)).isEmpty();
        assertThat(first.text()).isEqualTo("放宽外商投资建设工程设计企业外籍技术人员的比例要求。");

        Task second = plan.tasks().get(1);
        assertThat(second.unitNames(Role.LEAD)).containsExactly("自然资源部");
        assertThat(second.text()).as("a bracket that is no clause stays in the text")
                .isEqualTo("合理安排有关省（市）的用地计划。");

        assertThat(plan.tasks().get(2).unitNames(Role.LEAD)).containsExactly("商务部");
        assertThat(plan.tasks().get(3).othersIncluded()).isTrue();
    }

    @Test
    void closingPartAndSignatureStayOffTheLastTask() {
        ParsedPlan parsed = parse(SECTION_TASKS);
        Task last = parsed.plan().tasks().get(3);
        assertThat(last.text()).isEqualTo("支持自贸试验区保税燃料油供应以人民币计价、结算。");
        assertThat(last.deadlines()).as("2019年底前 of the closing paragraph").isEmpty();
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void headerAndSignatureOfASectionTaskDocument() {
        Plan plan = parse(SECTION_TASKS).plan();
        assertThat(plan.notice()).isEqualTo("国务院关于支持自由贸易试验区深化改革创新若干措施的通知");
        assertThat(plan.docNumber()).isEqualTo("国发〔2018〕38号");
        assertThat(plan.issuer()).isEqualTo("国务院");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2018, 11, 7));
        assertThat(plan.sourceText()).isEqualTo(SECTION_TASKS);
    }

    @Test
    void preamblePartsAssignNoTasks() {
        ParsedPlan parsed = parse("""
                国务院关于加快推进农业机械化和
                农机装备产业转型升级的指导意见
                国发〔2018〕42号
                各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
                为加快推进农业机械化和农机装备产业转型升级，现提出以下意见。
                一、总体要求
                （一）指导思想。以习近平新时代中国特色社会主义思想为指导，走出一条中国特色农业机械化发展道路。
                （二）发展目标。
                到2025年，农机装备品类基本齐全，全国农作物耕种收综合机械化率达到75%。
                二、加快推动农机装备产业高质量发展
                （三）完善农机装备创新体系。瞄准农业机械化需求，加快推进农机装备创新。（工业和信息化部、发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位，下同）
                （四）推进农机装备全产业链协同发展。支持农机装备产业链上下游企业加强协同。（工业和信息化部、发展改革委、科技部、农业农村部、商务部等负责）
                八、强化组织领导
                （五）健全组织实施机制。建立国家农业机械化发展协调推进机制。（农业农村部、工业和信息化部牵头负责）
                （六）强化地方政府责任。各省级人民政府要结合实际制定实施意见。（各省级人民政府负责）
                国务院
                2018年12月21日
                （此件公开发布）
                """);
        Plan plan = parsed.plan();
        assertThat(plan.title()).isEqualTo("国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见");
        assertThat(plan.notice()).isNull();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("（三）", "（四）", "（五）", "（六）");
        assertThat(plan.tasks()).extracting(Task::part).containsExactly("二", "二", "八", "八");
        assertThat(plan.parts()).extracting(Part::number).containsExactly("一", "二", "八");
        assertThat(parsed.warnings()).as("指导思想 and 发展目标 are no tasks without clauses").isEmpty();
        assertThat(plan.tasks()).flatExtracting(Task::deadlines).as("到2025年 of the 发展目标").isEmpty();

        // The standing rule of （三） holds for the later lists.
        Task t3 = plan.tasks().get(0);
        assertThat(t3.unitNames(Role.LEAD)).containsExactly("工业和信息化部");
        assertThat(t3.unitNames(Role.RESPONSIBLE)).containsExactly("发展改革委", "科技部", "农业农村部");
        assertThat(t3.othersIncluded()).isTrue();
        Task t4 = plan.tasks().get(1);
        assertThat(t4.unitNames(Role.LEAD)).containsExactly("工业和信息化部");
        assertThat(t4.unitNames(Role.RESPONSIBLE)).containsExactly("发展改革委", "科技部", "农业农村部", "商务部");
        Task t5 = plan.tasks().get(2);
        assertThat(t5.unitNames(Role.LEAD)).containsExactly("农业农村部", "工业和信息化部");
        assertThat(t5.unitNames(Role.RESPONSIBLE)).isEmpty();
        Task t6 = plan.tasks().get(3);
        assertThat(t6.unitNames(Role.LEAD)).containsExactly("各省级人民政府");
        assertThat(t6.text()).isEqualTo("强化地方政府责任。各省级人民政府要结合实际制定实施意见。");
    }

    @Test
    void itemTasksUnderPartsAndSections() {
        ParsedPlan parsed = parse(ITEM_TASKS);
        Plan plan = parsed.plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("1", "2", "3");
        assertThat(plan.tasks()).extracting(Task::part).containsExactly("一", "一", "一");
        assertThat(plan.tasks()).extracting(Task::section).containsExactly("一", "一", "二");
        assertThat(plan.parts()).containsExactly(new Part("一", "依靠改革开放释放经济增长潜力"));
        assertThat(plan.sections()).containsExactly(
                new Section("一", "一", "继续把培育壮大市场主体作为深化“放管服”改革的重要着力点"),
                new Section("一", "二", "加强政务数据共享"));

        Task first = plan.tasks().get(0);
        assertThat(first.unitNames(Role.LEAD)).containsExactly("省优化营商环境促进市场主体倍增工作专班");
        assertThat(first.unitNames(Role.COOPERATING)).containsExactly("省相关部门");
        assertThat(first.text()).isEqualTo("坚持保主体、增主体、活主体、强主体并重。");
    }

    @Test
    void taskWithoutClauseIsKeptWithAWarningAtItsLine() {
        ParsedPlan parsed = parse(ITEM_TASKS);
        Task second = parsed.plan().tasks().get(1);
        assertThat(second.assignments()).isEmpty();
        assertThat(second.sourceLine()).isEqualTo(4);
        assertThat(parsed.warnings()).containsExactly(
                new ImportWarning(4, Messages.get("import.warning.noClause", "2")));
    }

    @Test
    void continuationLinesJoinTheTaskText() {
        Task third = parse(ITEM_TASKS).plan().tasks().get(2);
        assertThat(third.text().replace("\n", "")).isEqualTo(
                "升级完善全省电子印章和电子证照系统。2023年3月底前，完成省级电子证照系统升级；"
                        + "6月底前，国家目录内涉及我省事项电子证照同步签发率达到80%。");
        assertThat(third.unitNames(Role.RESPONSIBLE)).containsExactly("省审批服务管理局", "省市场监管局");
        assertThat(third.othersIncluded()).isTrue();
        assertThat(third.sourceLine()).isEqualTo(6);
    }

    @Test
    void signatureAtTheEndIsNotAppendedToTheLastTask() {
        Plan plan = parse(ITEM_TASKS).plan();
        Task last = plan.tasks().get(2);
        assertThat(last.text()).doesNotContain("山西省人民政府办公厅").doesNotContain("2023年1月20日");
        assertThat(plan.issuer()).isEqualTo("山西省人民政府办公厅");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2023, 1, 20));
    }

    @Test
    void deadlinesAndMilestonesOfAContinuedTask() {
        Task third = parse(ITEM_TASKS).plan().tasks().get(2);
        assertThat(third.deadlines()).extracting(Deadline::raw).containsExactly("2023年3月底前", "6月底前");
        assertThat(third.deadlines()).extracting(Deadline::date)
                .containsExactly(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30));
        assertThat(third.milestones()).extracting(Milestone::date)
                .containsExactly(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30));
        assertThat(third.milestones()).extracting(Milestone::label)
                .containsExactly("完成省级电子证照系统升级", "国家目录内涉及我省事项电子证照同步签发率达到80%");
    }

    @Test
    void monthWithoutYearTakesTheIssueYear() {
        Plan plan = parse("""
                一、重点任务
                1．完善三级行政许可事项清单，6月底前向社会公布。（省审批服务管理局牵头）
                山西省人民政府办公厅
                2024年1月5日
                """).plan();
        Deadline d = plan.tasks().get(0).deadlines().get(0);
        assertThat(d.kind()).isEqualTo(DeadlineKind.BY);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void monthWithoutAnyYearIsWarnedAbout() {
        ParsedPlan parsed = parse("""
                一、重点任务
                1．完善三级行政许可事项清单，6月底前向社会公布。（省审批服务管理局牵头）
                """);
        assertThat(parsed.plan().tasks().get(0).deadlines()).extracting(Deadline::date).containsOnlyNulls();
        assertThat(parsed.warnings()).containsExactly(
                new ImportWarning(2, Messages.get("import.warning.noYear", "6月底前")));
    }

    @Test
    void timeLimitsGivenInTheClause() {
        Plan plan = parse("""
                一、重点任务
                1．加强对重点产业链供应链“白名单”企业协调服务。（省工信厅牵头，长期坚持）
                2．开展离校未就业高校毕业生实名服务。（省教育厅负责，2023年底前完成）
                3．持续推进跨部门综合监管试点工作。（省审批服务管理局牵头，省相关部门配合）
                山西省人民政府办公厅
                2023年1月20日
                """).plan();
        Task first = plan.tasks().get(0);
        assertThat(first.unitNames(Role.LEAD)).containsExactly("省工信厅");
        assertThat(first.unitNames(Role.COOPERATING)).isEmpty();
        assertThat(first.deadlines()).extracting(Deadline::kind, Deadline::raw)
                .containsExactly(Tuple.tuple(DeadlineKind.ONGOING, "长期坚持"));
        assertThat(first.text()).isEqualTo("加强对重点产业链供应链“白名单”企业协调服务。");

        Task second = plan.tasks().get(1);
        assertThat(second.unitNames(Role.LEAD)).containsExactly("省教育厅");
        assertThat(second.deadlines()).extracting(Deadline::kind, Deadline::date)
                .containsExactly(Tuple.tuple(DeadlineKind.BY, LocalDate.of(2023, 12, 31)));

        assertThat(plan.tasks().get(2).deadlines()).as("持续推进 as a verb of the text").isEmpty();
    }

    @Test
    void subItemsBelongToTheirTask() {
        Plan plan = parse("""
                一、提升政务服务效能
                1．落实和完善行政许可事项清单制度。（省审批服务管理局牵头，各市、县人民政府配合）
                （1）完善省、市、县三级行政许可事项清单。
                （2）逐项制定行政许可实施规范。
                2．持续推进跨部门综合监管试点工作。（省审批服务管理局牵头）
                """).plan();
        assertThat(plan.tasks()).extracting(Task::number).containsExactly("1", "2");
        Task first = plan.tasks().get(0);
        assertThat(first.text()).contains("完善省、市、县三级行政许可事项清单").contains("逐项制定行政许可实施规范");
        assertThat(first.unitNames(Role.COOPERATING)).containsExactly("各市、县人民政府");
        assertThat(plan.tasks().get(1).deadlines()).as("持续推进 in the text is no deadline").isEmpty();
    }

    @Test
    void windowsLineEndingsParseLikeUnixOnes() {
        for (String doc : List.of(SECTION_TASKS, ITEM_TASKS)) {
            ParsedPlan unix = parse(doc);
            ParsedPlan windows = parse(doc.replace("\n", "\r\n"));
            ParsedPlan oldMac = parse(doc.replace("\n", "\r"));
            for (ParsedPlan other : List.of(windows, oldMac)) {
                assertThat(other.plan().tasks()).isEqualTo(unix.plan().tasks());
                assertThat(other.plan().parts()).isEqualTo(unix.plan().parts());
                assertThat(other.plan().sections()).isEqualTo(unix.plan().sections());
                assertThat(other.plan().notice()).isEqualTo(unix.plan().notice());
                assertThat(other.plan().title()).isEqualTo(unix.plan().title());
                assertThat(other.plan().docNumber()).isEqualTo(unix.plan().docNumber());
                assertThat(other.plan().issuer()).isEqualTo(unix.plan().issuer());
                assertThat(other.plan().issuedOn()).isEqualTo(unix.plan().issuedOn());
                assertThat(other.warnings()).isEqualTo(unix.warnings());
            }
            assertThat(windows.plan().tasks()).allSatisfy(t -> assertThat(t.text()).doesNotContain("\r"));
        }
    }

    @Test
    void ideographicIndentationParsesLikeNone() {
        String indented = ITEM_TASKS.lines().map(l -> "\u3000\u3000" + l).reduce("", (a, b) -> a + b + "\n");
        assertThat(parse(indented).plan().tasks()).isEqualTo(parse(ITEM_TASKS).plan().tasks());
    }

    static Stream<String> textsWithoutTasks() {
        return Stream.of(
                null,
                "",
                " ",
                "\n\n\n",
                "\r\n\r\n",
                "\u3000\u3000\n\t \n\uFEFF",
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                "为进一步优化营商环境，激发市场主体活力，结合我省实际，制定本方案。",
                "（（（（】】】【【【））",
                "一、\n（一）\n1．\n（1）",
                "\u0000\u0001\uFFFF\uD800\uDC00\uD800",
                "国务院\n2018年11月7日\n（此件公开发布）",
                "（".repeat(10_000));
    }

    @ParameterizedTest
    @MethodSource("textsWithoutTasks")
    void textWithoutTasksNeverThrowsAndSaysSo(String text) {
        ParsedPlan parsed = parser.parse(text);
        assertThat(parsed.plan().tasks()).isEmpty();
        assertThat(parsed.warnings()).contains(new ImportWarning(0, Messages.get("import.warning.noTasks")));
    }

    @Test
    void randomTextNeverThrows() {
        String alphabet = "一二三十（）()、．.，；;：:。\n\r\u3000 0123456789年月日底前起内每季度半期间到至等相关部门和"
                + "牵头负责配合会同省市县区各人民政府《》“”十四五-—列第一位者为牵头单位下同责任单位此件公开发布";
        Random random = new Random(20230120L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(300);
            for (int j = 0; j < length; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThatCode(() -> {
                ParsedPlan parsed = parser.parse(text);
                if (parsed.plan().tasks().isEmpty()) {
                    assertThat(parsed.warnings()).extracting(ImportWarning::line).contains(0);
                }
            }).as("input %s", text).doesNotThrowAnyException();
        }
    }

    @Test
    void randomlyAssembledDocumentsNeverThrow() {
        String[] starts = {"一、", "二十、", "（一）", "(三)", "1．", "12.", "3、", "（1）", "", "", "\u3000\u3000"};
        String[] pieces = {
            "加强组织领导", "。", "，", "（省发展改革委牵头，省财政厅配合）", "（负责部门：商务部；适用范围：浙江自贸试验区）",
            "（工业和信息化部、发展改革委等负责。列第一位者为牵头单位，下同）", "（各市、县人民政府按职责分工负责）",
            "（责任部门：市发展改革委、市交通委，各区）", "（试行）", "（2022-2025年）", "《方案（2022-2025年）》",
            "2023年3月底前", "6月底前", "9月30日前", "年底前", "到2025年", "到2025年6月底", "2023年起", "“十四五”期间",
            "2022年6月至12月期间", "2012年起5年内", "2个工作日内", "每年2月底前", "每季度", "每月28日前",
            "山西省人民政府办公厅", "2023年1月20日", "二〇二三年一月二十日", "（此件公开发布）", "晋政办发〔2023〕1号",
            "关于印发方案的通知", "（", "）", "：", "等", "和"
        };
        Random random = new Random(38L);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int lines = random.nextInt(30);
            for (int l = 0; l < lines; l++) {
                b.append(starts[random.nextInt(starts.length)]);
                int n = random.nextInt(6);
                for (int k = 0; k < n; k++) {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
                b.append(random.nextBoolean() ? "\n" : "\r\n");
            }
            String text = b.toString();
            assertThatCode(() -> parser.parse(text)).as("input %s", text).doesNotThrowAnyException();
        }
    }

    @Test
    void aPlanOfMoreThanNineHundredNinetyNineItemsKeepsEveryNumber() {
        StringBuilder text = new StringBuilder("某某工作任务分工方案\n一、重点任务\n");
        for (int n = 1; n <= 1_205; n++) {
            text.append(n).append("．推进第").append(n).append("项工作。（省财政厅负责）\n");
        }
        ParsedPlan parsed = parser.parse(text.toString());

        assertThat(parsed.plan().tasks()).hasSize(1_205);
        assertThat(parsed.plan().tasks()).extracting(Task::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 1_205).mapToObj(String::valueOf).toList());
        assertThat(parsed.plan().tasks().get(1_099).text()).isEqualTo("推进第1100项工作。");
        assertThat(parsed.warnings()).isEmpty();
    }
}
