package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * The classes of layout found by the unlabelled sweep of issue 14 (helper i14i, docs/IMPORTER.md step 13): real plans
 * nobody labelled, run through the importer and read by eye, each class fixed as a class with two wordings. Where each
 * wording comes from is said at each test; a wording marked "constructed" is one no second published document reachable
 * here was found with.
 */
class LayoutClassesSweepTest {

    private static List<Task> imported(String text) {
        return new DocumentImporter().importDocument(ImportedDocument.text("t", "text", text)).plan().tasks();
    }

    /**
     * A table drawn with box characters, as the law databases (fsou, fymate …) print an old plan's 分工表
     * (http://www.fymate.net/html/text/lar/169383/16938349_1.html, a city's table of about 2005, real): the header broken
     * over two lines (分管领 / 导), a unit cell merged over several rows and wrapping over lines, a rule crossing one
     * column only, bulleted measures (△) under a heading row. Before: no task at all.
     */
    @Test
    void aTableDrawnWithBoxCharacters() {
        List<Task> tasks = imported("""
                ┌─────────────────────┬───┬────────┬────┐
                │ 工 作 任 务 │分管领│牵头组织实施单位│完成时限│
                │ │ 导 │ │ │
                ├─────────────────────┼───┼────────┼────┤
                │抓好财税金融工作,增强发展保障能力 │梁志强│各县(市、区)政│年内见成│
                ├─────────────────────┤ │府,市财政局、国│ 效 │
                │△进一步调整财政支出结构,加大财政在“三农│ │家税务局、地方税│ │
                │”、教育、卫生、科技、文化、就业再就业、社│ │务局、金融办、人│ │
                │会保障、生态环境、公共基础设施、社会治安等│ │民银行、银监局 │ │
                │方面的投入 │ ├────────┤ │
                │△加强财政监督,提高财政资金使用效益 │ │各县(市、区)政│ │
                │△加强税源监控,完善护税协税网络 │ │府,市财政局、教│ │
                │△加快信用体系建设,保护金融债权,建设良好│ │育局 │ │
                │金融生态 │ │ │ │
                ├─────────────────────┤ │ │ │
                │坚持优先发展教育,提高全民素质 │ │ │ │
                ├─────────────────────┤ │ │ │
                │△各级财政将安排13.3亿元支持教育发展。其中│ │ │ │
                │市直财政安排8810万元,重点解决学校建设债务│ │ │ │
                │、教师补贴以及教师定编问题 │ │ │ │
                └─────────────────────┴───┴────────┴────┘
                """);
        assertThat(tasks).extracting(Task::text).containsExactly(
                "进一步调整财政支出结构,加大财政在“三农”、教育、卫生、科技、文化、就业再就业、社会保障、生态环境、公共基础设施、社会治安等方面的投入",
                "加强财政监督,提高财政资金使用效益",
                "加强税源监控,完善护税协税网络",
                "加快信用体系建设,保护金融债权,建设良好金融生态",
                "各级财政将安排13.3亿元支持教育发展。其中市直财政安排8810万元,重点解决学校建设债务、教师补贴以及教师定编问题");
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("各县(市、区)政府", "市财政局", "国家税务局", "地方税务局",
                "金融办", "人民银行", "银监局");
        // the cell below the rule in the unit column, merged down past the heading row 坚持优先发展教育
        for (Task t : tasks.subList(1, 5)) {
            assertThat(t.unitNames(Role.LEAD)).as(t.text()).containsExactly("各县(市、区)政府", "市财政局", "教育局");
        }
        // 分管领导 names a person: read as nothing
        assertThat(tasks).allSatisfy(t -> assertThat(t.unitNames(Role.LEAD)).doesNotContain("梁志强"));
    }

    /**
     * The same class in its plainest form (constructed: no second box-drawn 分工表 was reachable): 序号, a task a row, a
     * 责任单位 cell merged over two rows, and the table continued in a second box under the same header (the next page).
     */
    @Test
    void aPlainBoxTableContinuedOnTheNextPage() {
        List<Task> tasks = imported("""
                附件
                ┌──┬──────────────┬──────┬────┐
                │序号│重点任务                │责任单位    │完成时限│
                ├──┼──────────────┼──────┼────┤
                │1 │完成棚户区改造2836户。      │县住建局    │12月底前│
                ├──┼──────────────┼──────┼────┤
                │2 │新建农贸市场1个。          │县商务局、  │9月底前 │
                ├──┼──────────────┤县市场监管局├────┤
                │3 │整治农贸市场周边环境。      │            │6月底前 │
                └──┴──────────────┴──────┴────┘
                                         — 2 —
                ┌──┬──────────────┬──────┬────┐
                │序号│重点任务                │责任单位    │完成时限│
                ├──┼──────────────┼──────┼────┤
                │4 │建成县残疾人综合服务中心。  │县残联      │年底前  │
                └──┴──────────────┴──────┴────┘
                """);
        assertThat(tasks).extracting(Task::text).containsExactly("完成棚户区改造2836户。", "新建农贸市场1个。",
                "整治农贸市场周边环境。", "建成县残疾人综合服务中心。");
        assertThat(tasks.get(1).unitNames(Role.RESPONSIBLE)).containsExactly("县商务局", "县市场监管局");
        assertThat(tasks.get(2).unitNames(Role.RESPONSIBLE)).containsExactly("县商务局", "县市场监管局");
        assertThat(tasks.get(3).unitNames(Role.LEAD)).containsExactly("县残联"); // one responsible unit leads
        assertThat(tasks.get(0).deadlines()).hasSize(1);
    }

    /** A box around prose (a notice framed in a box, no header words) is no table: the text is left to the parser. */
    @Test
    void aBoxWithoutHeaderWordsIsNoTable() {
        List<Task> tasks = imported("""
                ┌──────────┬──────────┐
                │本件主动公开│2023年3月1日│
                └──────────┴──────────┘
                1.加快老旧小区改造。（责任单位：区住建局）
                """);
        assertThat(tasks).extracting(Task::text).containsExactly("加快老旧小区改造。");
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("区住建局");
    }

    /**
     * Dates a PDF or Word copy spaced out, the figures in another font than the characters: 魅力文明城市创建行动方案 (a city's,
     * https://m.youxiua.com/show-45-461444-1.html, real): 12 月底前, 5 月底前, 6 月底前 — none was read before. The full form
     * 2023 年 6 月底前 is constructed (the same copy's habit: a space each side of a figure). A spaced year that names
     * something (对 2020 年已达标的) is still no deadline, and the phrase is placed where it stands in the text.
     */
    @Test
    void datesWhoseFiguresAreSpacedOut() {
        DeadlineParser parser = new DeadlineParser();
        String text = "巩固提升拆违拆临成果,持续推进无违建街(镇)建设,12 月底前全市无违建街(镇)达到全市街(镇)总数的 80%。"
                + "对 2020 年已达标的部分三级和二级无违建街(镇)进行提档升级。";
        List<FoundDeadline> found = parser.find(text, 2021);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).deadline().dueDate()).isEqualTo(java.time.LocalDate.of(2021, 12, 31));
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("12 月底前");

        assertThat(parser.find("5 月底前开工老旧小区改造项目 50个,约 605 万平方米。", 2021))
                .extracting(f -> f.deadline().dueDate()).containsExactly(java.time.LocalDate.of(2021, 5, 31));
        assertThat(parser.find("2023 年 6 月底前完成清单编制。", null))
                .extracting(f -> f.deadline().dueDate()).containsExactly(java.time.LocalDate.of(2023, 6, 30));
        assertThat(parser.find("新开工安置房 15546 套,涉及居民 6.2 万户。", 2021)).isEmpty();
        // and through the whole pipeline, in a numbered item
        List<Task> tasks = imported("""
                一、开展拆违拆临和改造整治专项行动
                1.加快老旧小区整治改造。5 月底前开工老旧小区改造项目 50个。(责任单位:市住建局)
                """);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).deadlines()).hasSize(1);
    }

    /**
     * A plan copied from a reprint in traditional characters: 咸阳市2022年深化“放管服”改革优化营商环境工作要点 on a wiki mirror
     * (newton.com.tw, real): （市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭，市級各有關部門及各縣市區政府按職責分工負責） — no
     * role word was read, so the task had no unit. Read as the simplified text it was converted from.
     */
    @Test
    void aReprintInTraditionalCharacters() {
        List<Task> tasks = imported("""
                一、堅持系統集成,推動審批全鏈條最佳化
                1.全面實施行政許可事項清單管理。依據國家和省行政許可事項清單,2022年10月底前編制並公布市、縣兩級行政許可事項清單,將依法設定的行政許可事項全部納入清單管理,清單之外一律不得違法實施行政許可。(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)
                """);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("市政府办公室", "市行政审批制度改革工作领导小组办公室");
        assertThat(tasks.get(0).unitNames(Role.RESPONSIBLE)).containsExactly("市级各有关部门", "各县市区政府");
        assertThat(tasks.get(0).deadlines()).hasSize(1);
        assertThat(tasks.get(0).text()).startsWith("全面实施行政许可事项清单管理。");
    }

    /**
     * The second wording, real: 盘锦 盤政辦發〔2021〕1號 on a news mirror (xyexam.com) — 各牽頭單位要緊密結合工作實際 — is
     * traditional and reads as simplified, character for character (every offset kept); a simplified plan that quotes a
     * traditional name or two (constructed) is left exactly as it is.
     */
    @Test
    void onlyATextWrittenInTraditionalCharactersIsConverted() {
        String panjin = "1.明確任務,壓實責任。各牽頭單位要緊密結合工作實際,堅持目標導向和結果導向,以季度為節點,按照“三清單三制度”"
                + "管理模式,建立任務清單和責任清單,細化工作舉措,建立保障機制,確保責任逐級落實、壓力層層傳導。";
        String simplified = TraditionalScript.simplifiedIfTraditional(panjin);
        assertThat(simplified).startsWith("1.明确任务,压实责任。各牵头单位要紧密结合工作实际").hasSameSizeAs(panjin);
        String plan = "1.加强历史文化街区保护,做好“臺灣會館”“廣東會館”等老字号修缮工作。(责任单位:市住建局、市文旅局,"
                + "完成时限:2024年底前)2.推进老旧小区改造,年底前完成改造项目50个。(责任单位:市住建局)";
        assertThat(TraditionalScript.simplifiedIfTraditional(plan)).isSameAs(plan);
    }

    /**
     * A standing rule that also names the others' role, the others called "listed": 鄂州 鄂州政办发〔2010〕10号
     * (https://code.fabao365.com/law_479018_1.html, real) — 排名第一的责任单位为牵头单位，其他列入单位为参与单位 — was read as
     * "the first leads" only, the others left responsible. 其余列出的单位为协同单位 is constructed.
     */
    @Test
    void theOthersListedCooperate() {
        assertThat(StandingRule.statedIn("四、在《分解落实意见》的责任单位中，排名第一的责任单位为牵头单位，其他列入单位为参与单位，"
                + "各单位的工作完成情况均纳入年度责任目标进行考核。")).isEqualTo(StandingRule.FIRST_LEADS_OTHERS_COOPERATE);
        assertThat(StandingRule.statedIn("列第一位的为牵头单位，其余列出的单位为协同单位。"))
                .isEqualTo(StandingRule.FIRST_LEADS_OTHERS_COOPERATE);
        // 杭州 2020 (real): 列第一位的责任单位为牵头单位或汇总单位 — the first leads, nothing said of the others
        assertThat(StandingRule.statedIn("二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。"))
                .isEqualTo(StandingRule.FIRST_LEADS);
        List<Task> tasks = imported("""
                在责任单位中，排名第一的责任单位为牵头单位，其他列入单位为参与单位。
                1.加快推进棚户区改造。（责任单位：市住建局、市财政局、市国土局）
                """);
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("市住建局");
        assertThat(tasks.get(0).unitNames(Role.COOPERATING)).containsExactly("市财政局", "市国土局");
    }

    /**
     * Reprints that gloss characters with their pinyin, real: 四川 川办发〔2023〕6号 on 66jnh.com (川辦(bàn)發, 有(yǒu)關單位,
     * 工(gōng)作(zuò)要點) and 武汉 2024 目标任务责任分解方案 on 9918378.cn (責(zé)任單位, 牽頭單位(無牽頭單位的,…)). The glosses
     * are taken out, then the traditional text read as simplified; a bracket that is no gloss — 各市(州), (a), (ID) —
     * stays. The task line is constructed from the two pages' glossed words (neither page's beginning holds a task).
     */
    @Test
    void pinyinGlossesAreTakenOut() {
        assertThat(PinyinGlosses.strip("川辦(bàn)發〔2023〕6号 各市(州)人民(mín)政府,省政府各部門、各直屬機構,有(yǒu)關單位:"))
                .isEqualTo("川辦發〔2023〕6号 各市(州)人民政府,省政府各部門、各直屬機構,有關單位:");
        assertThat(PinyinGlosses.strip("特別是牽頭單位(無牽頭單位的,責(zé)任單位即為牽頭單位,下同)要統籌相關責(zé)任單位"))
                .isEqualTo("特別是牽頭單位(無牽頭單位的,責任單位即為牽頭單位,下同)要統籌相關責任單位");
        String plain = "按照(a)(b)两类开展试点,接入平台(ID)。";
        assertThat(PinyinGlosses.strip(plain)).isSameAs(plain);
        List<Task> tasks = imported("""
                四川省深化“放管服”改革優化營商(shāng)環境2023年工(gōng)作(zuò)要點
                一、大力開展營商(shāng)環境提升行動
                1.激發市場主體(tǐ)活力。持續深化營商(shāng)環境對標創新(xīn)行動,啓動民(mín)營企業營商(shāng)環境提升行動,開展全省年度營商(shāng)環境評價。(省發(fā)展改革委牽頭,省財(cái)政廳、省市場監管局等按職責(zé)分工負責(zé))
                """);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).unitNames(Role.LEAD)).containsExactly("省发展改革委");
        assertThat(tasks.get(0).unitNames(Role.RESPONSIBLE)).containsExactly("省财政厅", "省市场监管局");
    }
}
