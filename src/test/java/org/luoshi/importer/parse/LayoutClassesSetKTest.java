package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * The prose, clause and deadline classes the eleventh held-out set (holdout14k-*) showed at its first run
 * (docs/IMPORTER.md, section 21), each fixed as a rule about a kind of wording — set K is no longer held out. Each test
 * reads set K's wording and a second one; where the second comes from is said at each test ("constructed" where no
 * published document reachable here was found with it).
 */
class LayoutClassesSetKTest {

    private static List<Task> imported(String text) {
        return new DocumentImporter().importDocument(ImportedDocument.text("t", "text", text)).plan().tasks();
    }

    /**
     * A ministry's 政务公开 list prints every measure of a paragraph with a bare list of its departments after it, the
     * paragraph ending with one: each bare list after a sentence closes its measure. 生态环境部 2019 (set K, real, simplified)
     * and 生态环境部 2020 (set K, real, a Big5 reprint: a paragraph under a numbered item). Before: one task per paragraph,
     * the last list read only.
     */
    @Test
    void bareUnitListsCloseEachMeasureOfAParagraph() {
        List<Task> tasks = imported("""
                一、加强重点生态环境信息公开
                （一）生态环境质量信息
                实时发布环境空气质量数据,及时公布空气质量预报信息。公布环境空气质量及改善幅度最好、最差的20个城市名单。(监测司、大气司) 实时公开监测断面地表水环境质量信息。(监测司) 公开近岸海域、海水浴场水质信息。(监测司、海洋司) 公布单位国内生产总值二氧化碳排放情况等信息。(气候司)公布国家生态文明建设示范市县相关信息。(生态司)
                （二）生态环境许可信息
                根据我部“三定”规定,更新发布行政许可事项目录。(人事司、各相关部门)
                """);
        assertThat(tasks).hasSize(6);
        assertThat(tasks).extracting(Task::number).containsOnlyNulls();
        assertThat(tasks.get(0).unitNames(Role.RESPONSIBLE)).containsExactly("监测司", "大气司");
        assertThat(tasks.get(1).text()).isEqualTo("实时公开监测断面地表水环境质量信息。");
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("监测司");
        assertThat(tasks.get(3).unitNames(Role.LEAD)).containsExactly("气候司");
        assertThat(tasks.get(4).text()).isEqualTo("公布国家生态文明建设示范市县相关信息。");

        List<Task> big5 = imported("""
                一、強化重點生態環境資訊公開
                2.疫情防控阻擊戰資訊。及時公開疫情防控相關生態環境保護政策文件。(各相關部門)定期公佈疫情防控期間城市空氣、地表水以及飲用水源地環境品質監測情況。(監測司)及時向社會公佈醫療廢物、醫療廢水處置情況。(應急中心、固體司、水司)
                """);
        assertThat(big5).extracting(Task::number).containsExactly("2", null, null);
        assertThat(big5.get(1).unitNames(Role.LEAD)).containsExactly("监测司");
        assertThat(big5.get(2).unitNames(Role.RESPONSIBLE)).containsExactly("应急中心", "固体司", "水司");
    }

    /** A bracket inside a sentence, or one after a sentence in a paragraph that ends otherwise, stays text (constructed). */
    @Test
    void aBareListInAParagraphThatEndsOtherwiseStaysText() {
        List<Task> tasks = imported("""
                一、重点任务
                1.做好信息公开。会同有关方面(省发展改革委)推进公开。(省统计局) 各地要结合实际抓好落实。(省政府办公厅负责)
                """);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("省政府办公厅");
    }

    /**
     * Sections that are bare titles over a deeper level that numbers more clause-closed items group: the paragraph under
     * a title alone is an unnumbered task. 环境保护部 2017 (set K, real) and a constructed second with two numbered
     * items under the second title. Before: （一） and （二） were tasks, （二） without units.
     */
    @Test
    void bareTitlesOverMoreNumberedItemsGroup() {
        List<Task> tasks = imported("""
                一、加大重点领域环境信息公开力度
                (一)中央环境保护督察信息
                围绕督察进驻、反馈、整改三个环节,及时公开信息,回应社会关切和公众期待。(督察办牵头落实)
                (二)环境质量信息
                1.空气质量。全面开展空气质量预测预报工作,向社会发布空气质量预测预报信息。(监测司牵头,会同大气司落实)
                2.水环境质量。推进集中式生活饮用水水源水质监测信息公开工作。(监测司牵头落实)
                """);
        assertThat(tasks).extracting(Task::number).containsExactly(null, "1", "2");
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("督察办");
        assertThat(tasks.get(1).unitNames(Role.COOPERATING)).containsExactly("大气司");

        List<Task> second = imported("""
                一、重点任务
                （一）优化营商环境
                深化“放管服”改革,压缩企业开办时间。（区市场监管局负责）
                （二）扩大有效投资
                1.加快重大项目建设。（区发改局负责）
                2.推进城市更新。（区住建局负责）
                3.盘活存量资产。（区财政局负责）
                """);
        assertThat(second).extracting(Task::number).containsExactly(null, "1", "2", "3");
        assertThat(second.get(2).unitNames(Role.LEAD)).containsExactly("区住建局");
    }

    /**
     * A government portal's page furniture copied with the document is never a task, heading or task text: its metadata
     * block numbered and bracketed (北京 2016, set K, real), bulleted with colons (镇巴县政府网站 2024, real, pages
     * corpus), spaced out (福建 2013, set K, real), two a line (宣城 2020, real, pages corpus), and its tool lines (打印, 字号:, 字体:[ ], 视力保护色: — 兖州 2015, real,
     * pages corpus; 相关链接). Before: the ten numbered fields were ten tasks and 打印 / 字号 ended the last one's text.
     */
    @Test
    void portalFurnitureIsNeverATask() {
        List<Task> tasks = imported("""
                政务公开 > 政策公开 > 政策文件
                  1. [主题分类] 综合政务/电子政务
                  2. [发文机构] 北京市政务公开领导小组
                  3. [联合发文单位]
                  5. [成文日期] 2016-06-08
                  6. [发文字号] 〔〕
                  9. [有效性]
                  10. [文件来源] 政府公报 年 第期(总第期)

                北京市政务公开工作重点任务分工(2016-2020年)

                打印
                字号:

                  一、推进行政权力运行全流程公开

                  1.加大行政决策过程的公开力度,释疑解惑、凝聚共识。

                  牵头单位:市政府办公厅、市政府法制办

                  完成时限:2018年底前完成并持续落实
                """);
        assertThat(tasks).extracting(Task::number).containsExactly("1");
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("市政府办公厅", "市政府法制办");

        List<Task> zhenba = imported("""
                  • 索引号:
                    6107280000/2024-001005
                  • 主题分类:
                  • 发文机构:
                    县政府网站
                  • 发文字号:
                    镇政发〔2024〕7号
                  • 有效性:
                视力保护色:
                2015-11-10 01:51:51信息来源:浏览次数:字体:[ ]
                一、重点任务
                1.做好政府信息主动公开。（县政府办负责）
                相关链接
                """);
        assertThat(zhenba).extracting(Task::number).containsExactly("1");
        assertThat(zhenba.get(0).text()).isEqualTo("做好政府信息主动公开。");
        assertThat(PageFurniture.is("索 引 号: 备注/文号: 发布机构: 生成日期:")).isTrue();
        assertThat(PageFurniture.is("发布时间:2013-08-27 09:19   来源:福建省生态环境厅 浏览次数:")).isTrue();
        // 宣城市卫健委 2020 (real, pages corpus): the site's tools bulleted, two fields a line
        assertThat(PageFurniture.is("  • 设为首页|")).isTrue();
        assertThat(PageFurniture.is("  • 无障碍浏览|")).isTrue();
        assertThat(PageFurniture.is("索引号: 113417000032454254/202010-00167 组配分类: 意见征集")).isTrue();
        assertThat(PageFurniture.is("发布机构: 宣城市卫生健康委员会 主题分类: 卫生、体育 / 其他 / 通知")).isTrue();
        // a plan's own lines with the same words stay: a sentence, a long value, a time-limit field
        assertThat(PageFurniture.is("来源:各级财政预算安排,确保资金及时足额到位。")).isFalse();
        assertThat(PageFurniture.is("完成时限:2018年底")).isFalse();
        assertThat(PageFurniture.is("1.打印并分发工作手册,组织全员学习。")).isFalse();
    }

    /**
     * The signature under portal furniture (相关链接 / 索引号 after it) still dates the plan, so a month without a year
     * takes the signature's: 福建 2013 (set K, real) 8月23日前 → 2013-08-23. Before: dated null.
     */
    @Test
    void aSignatureAbovePortalFurnitureDatesThePlan() {
        List<Task> tasks = imported("""
                厅机关各处室,驻厅监察室,直属各单位:
                一、统一信息平台建设工作
                按照要求,8月23日前完成省厅门户网站“污染源环境信息公开”栏目开设。责任单位:省环保信息中心
                二、污染源环境监管信息公开工作
                按照要求制作、更新污染源环境监管信息。

                福建省环境保护厅
                2013年8月20日
                (此件主动公开)
                相关链接
                索 引 号: 备注/文号: 发布机构: 生成日期:
                """);
        assertThat(tasks.get(0).deadlines()).extracting(Deadline::date).containsExactly(LocalDate.of(2013, 8, 23));
    }

    /**
     * A time-limit field that is a year's end is due by it, 前 or not: 完成时限:2018年底 (北京 2016, set K, real) and
     * 完成时间：2022年年底 (constructed). In running text 2022年底 without a verb of completion stays no deadline.
     */
    @Test
    void aYearEndTimeLimitFieldIsADeadline() {
        List<Task> tasks = imported("""
                一、推进行政权力运行全流程公开
                1.积极推进本市行政程序立法进程。
                牵头单位:市人大常委会法制办、市政府法制办
                完成时限:2018年底
                2.完善重大行政决策程序。
                牵头单位:市政府法制办
                完成时间：2022年年底
                """);
        assertThat(tasks.get(0).deadlines()).extracting(Deadline::date).containsExactly(LocalDate.of(2018, 12, 31));
        assertThat(tasks.get(1).deadlines()).extracting(Deadline::date).containsExactly(LocalDate.of(2022, 12, 31));
        assertThat(new DeadlineParser().parseTimeLimit("2018年底", null)).hasSize(1);
    }

    /**
     * A unit list without a verb waits for the next verb, also after a 牵头 — a copy that prints commas between the units
     * of one list: 广东 2024 (set K, real) X牵头,省公安厅,广州、深圳、珠海出入境边防检查总站,中国人民银行广东省分行等有关单位
     * 按职责分工负责 → all responsible; a list after the last verb still takes the role before it (…牵头，各区 →
     * cooperating; constructed). Before: 省公安厅 cooperated and the stations were lost.
     */
    @Test
    void aListWithoutAVerbTakesTheNextVerb() {
        ClauseParser parser = new ClauseParser();
        ParsedClause clause = parser.parse("省政务服务和数据管理局牵头,省公安厅,广州、深圳、珠海出入境边防检查总站,"
                + "中国人民银行广东省分行等有关单位按职责分工负责", StandingRule.NONE).orElseThrow();
        assertThat(names(clause, Role.LEAD)).containsExactly("省政务服务和数据管理局");
        assertThat(names(clause, Role.RESPONSIBLE))
                .containsExactly("省公安厅", "广州、深圳、珠海出入境边防检查总站", "中国人民银行广东省分行");
        assertThat(clause.othersIncluded()).isTrue();

        ParsedClause trailing = parser.parse("市商务局牵头，市财政局配合，各区", StandingRule.NONE).orElseThrow();
        assertThat(names(trailing, Role.COOPERATING)).containsExactly("市财政局", "各区");
    }

    /**
     * Bare places listed before a name share its body: 哈尔滨、黑河、绥芬河市政府 (黑龙江 2008, set K, real, a list
     * without commas) and 广州、深圳、珠海出入境边防检查总站 (广东 2024, set K, real). A unit with a level of its own after
     * the places (省农垦总局) stands alone. Before: the bracket of the first was no clause at all.
     */
    @Test
    void barePlacesShareTheBodyAfterThem() {
        UnitListSplitter splitter = new UnitListSplitter();
        assertThat(splitter.split("哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局").names())
                .containsExactly("哈尔滨机场扩建指挥部", "哈尔滨、黑河、绥芬河市政府", "省农垦总局");
        assertThat(splitter.split("省公安厅,广州、深圳、珠海出入境边防检查总站,中国人民银行广东省分行").names())
                .containsExactly("省公安厅", "广州、深圳、珠海出入境边防检查总站", "中国人民银行广东省分行");
    }

    /**
     * A group's halves joined by 、 are one group: a bare 单位 after a group (各有关处室、单位 — 山东人社 2021, set K, real)
     * and a bare level before 政府 after 相关 / 有关 (相关市、县政府 — 黑龙江 2008, set K, real; 有关市、县人民政府,
     * constructed). Before: 单位 dropped the field, 相关市 and 县政府 were two units.
     */
    @Test
    void groupHalvesJoinedByTheListMarkAreOneGroup() {
        UnitListSplitter splitter = new UnitListSplitter();
        assertThat(splitter.split("各有关处室、单位").names()).containsExactly("各有关处室、单位");
        assertThat(splitter.split("省发改委、铁路办、哈尔滨铁路局、相关市、县政府").names())
                .containsExactly("省发改委", "铁路办", "哈尔滨铁路局", "相关市、县政府");
        assertThat(splitter.split("省交通运输厅、有关市、县人民政府").names()).containsExactly("省交通运输厅", "有关市、县人民政府");
        assertThat(splitter.split("市财政局、市人社局").names()).containsExactly("市财政局", "市人社局");
    }

    /**
     * A bare list with commas and a stated rule is read with the rule: 广东 2022 (set K, real, traditional)
     * (省通信管理局,省工業和信息化廳、省自然資源廳,省廣電局,第一個為牽頭單位,下同) → lead the first, the rest responsible; a field
     * naming companies by trade (运营商 — 湖北 2019 and 福建 2023, set K, real) keeps them. Before: no unit read.
     */
    @Test
    void bareListsWithCommasAndTradesAreRead() {
        ClauseParser parser = new ClauseParser();
        ParsedClause clause = parser.parseBareList("省通信管理局,省工业和信息化厅、省自然资源厅,省广电局,第一个为牵头单位,下同",
                StandingRule.NONE).orElseThrow();
        assertThat(names(clause, Role.LEAD)).containsExactly("省通信管理局");
        assertThat(names(clause, Role.RESPONSIBLE)).containsExactly("省工业和信息化厅", "省自然资源厅", "省广电局");
        assertThat(clause.statedRule().firstLeads()).isTrue();

        ParsedClause hubei = parser.parse("牵头单位:省经信厅、省通信管理局;责任单位:省广播电视局、运营商等", StandingRule.NONE)
                .orElseThrow();
        assertThat(names(hubei, Role.RESPONSIBLE)).containsExactly("省广播电视局", "运营商");
        ParsedClause fujian = parser.parse("责任单位:省通信管理局,省委网信办,各设区市人民政府、平潭综合实验区管委会,各通信运营商",
                StandingRule.NONE).orElseThrow();
        assertThat(names(fujian, Role.RESPONSIBLE)).contains("各通信运营商").hasSize(5);
    }

    /**
     * One unit that carries out the whole clause (X落实) leads, as X负责 does: 〔厅机关各处(室)落实〕 (黑龙江环保 2018, set K,
     * real) and (督察办牵头落实)'s plain form (constructed); after another list it shares the work (…按职责分工负责,
     * 相关市政 府落实 — 广东 2023, set K, real, a space left inside the name by the copy).
     */
    @Test
    void oneUnitThatCarriesOutTheClauseLeads() {
        ClauseParser parser = new ClauseParser();
        assertThat(names(parser.parse("厅机关各处(室)落实", StandingRule.NONE).orElseThrow(), Role.LEAD))
                .containsExactly("厅机关各处(室)");
        assertThat(names(parser.parse("市统计局落实", StandingRule.NONE).orElseThrow(), Role.LEAD)).containsExactly("市统计局");
        ParsedClause after = parser.parse("省工业和信息化厅牵头,省税务局、通信管理局按职责分工负责,相关市政 府落实",
                StandingRule.NONE).orElseThrow();
        assertThat(names(after, Role.LEAD)).containsExactly("省工业和信息化厅");
        assertThat(names(after, Role.RESPONSIBLE)).containsExactly("省税务局", "通信管理局", "相关市政府");
        assertThat(ClauseParser.withoutBreaksInNames("市发展改革委 市财政局负责")).isEqualTo("市发展改革委 市财政局负责");
    }

    /**
     * A progress report printed under a task's unit fields (完成情况：…, 进展情况：…) belongs to the task's labelled lines: it
     * is no task text and its time phrases are no deadlines. 普陀 2024 上半年 (set J, real) and 进展情况： (constructed). 各镇、
     * 街道 in the same field is one group, as 各乡、镇 is. Before: 上半年 was a deadline and 完成情况 the task's text.
     */
    @Test
    void aProgressReportUnderATaskIsNeitherTextNorDeadline() {
        List<Task> tasks = imported("""
                一、重点工作事项
                1. 地区生产总值增长 5% 以上,能源和环境指标完成上级下达任务。
                责任单位:区发改局、区经信局、各镇、街道、区属功能区管委会(责任单位列第一位的为牵头单位,下同)
                完成情况: 上半年 , 全区 GDP 增长 5. 4 % ;固定资产投资增长 13 . 2 % 。
                2. 新增城镇就业6000人以上。
                责任单位:区人力社保局
                进展情况：截至6月底，新增城镇就业3200人。
                """);
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).text()).doesNotContain("完成情况").doesNotContain("GDP");
        assertThat(tasks.get(0).deadlines()).isEmpty();
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("区发改局");
        assertThat(tasks.get(0).unitNames(Role.RESPONSIBLE)).containsExactly("区经信局", "各镇、街道", "区属功能区管委会");
        assertThat(tasks.get(1).text()).doesNotContain("进展情况");
        assertThat(tasks.get(1).deadlines()).isEmpty();
    }

    /**
     * The remains of an HTML entity a web copy left in a clause are no part of its units: (執法局&&) — 生态环境部 2020 (set K,
     * real) — and (市财政局&nbsp;) (constructed). Before: the clause was no clause and its measure ran into the next one.
     */
    @Test
    void entityRemainsInAClauseAreNoText() {
        List<Task> tasks = imported("""
                一、强化重点生态环境信息公开
                1.污染防治攻坚战信息。及时公开目标任务进展和完成情况。(大气司、水司)加强相关专项行动信息公开,主动接受公众监督。(执法局&&)
                2.财政信息。公开预算决算信息。(市财政局&nbsp;)
                """);
        assertThat(tasks).extracting(Task::number).containsExactly("1", null, "2");
        assertThat(tasks.get(1).unitNames(Role.LEAD)).containsExactly("执法局");
        assertThat(tasks.get(2).unitNames(Role.LEAD)).containsExactly("市财政局");
    }

    private static List<String> names(ParsedClause clause, Role role) {
        return clause.assignments().stream().filter(a -> a.role() == role).map(a -> a.unit().name()).toList();
    }
}
