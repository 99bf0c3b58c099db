#!/usr/bin/env python3
"""Set K, labeller i14q (holdout14k-* national / provincial plans): hand labels written before the importer, the CLI
`import` or ParserEvaluation ever ran on these documents (see ../I14-CORPUS.md, "Eleventh held-out set, set K (i14q)").
Units, roles and deadlines are typed by hand from each document; each task's text is cut out of the document between
two hand-chosen marks (the start of the task and the start of its clause, unit cell or next row), so that the text is
the document's own. Run: `python3 set_k_i14q.py`."""
import make as m
from cutting import doc, cut, by, clause_rows


# ---------------------------------------------------------------------------------------------------------------
def heilongjiang_wenzengzhang():
    """黑龙江省促进经济稳增长的若干措施 (provincial, about 2013; a wiki reprint in traditional characters): items
    `N.text。(X、Y、相關市、縣政府負責)`; items 1–3 (the page's excerpt ends inside item 4)."""
    name = "holdout14k-heilongjiang-wenzengzhang-wiki"
    shixian = "相關市、縣政府"
    tasks = clause_rows(name, [
        ("1", "一", None, "抓住國家加快鐵路建設機遇", "(省發改委、鐵路辦",
         [], ["省發改委", "鐵路辦", "哈爾濱鐵路局", shixian], [], False, []),
        ("2", "一", None, "加快國省幹道和農村公路建設", "(省發改委、交通運輸廳",
         [], ["省發改委", "交通運輸廳", shixian], [], False, []),
        ("3", "一", None, "推進民航基礎設施建設", "(哈爾濱機場擴建指揮部",
         [], ["哈爾濱機場擴建指揮部", "哈爾濱、黑河、綏芬河市政府", "省農墾總局"], [], False, []),
    ])
    m.write_expected(name, {"title": "黑龍江省促進經濟穩增長的若干措施"},
                     [("一", "推進重大基礎設施建設")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def field_rows(name, part, rows, mark="牵头负责领导:"):
    """Tasks printed as `N﹒text` then labelled lines; the text runs from the start mark to the first labelled line.
    rows: (number, start mark, lead, responsible, cooperating, others)."""
    t = doc(name)
    tasks, pos = [], 0
    for seq, (number, start, lead, resp, coop, others) in enumerate(rows, 1):
        text, pos = cut(t, start, mark, pos)
        tasks.append(m.task(seq, number, part, None, text, lead, resp, coop, others, []))
    return tasks


def anhui_2022():
    """安徽省 2022年重点工作及责任分解 (provincial; a news reprint whose lead lost the year digits): `N﹒text` (the
    small full stop U+FE52 after the number) then `牵头负责领导:` (a person), `牵头责任单位:` (lead) and `协同责任单位:`
    (cooperating) lines; items 1–5 (the excerpt ends inside item 6)."""
    name = "holdout14k-anhui-2022-zerenfenjie-news"
    fgw, cz, sw = "省发展改革委", "省财政厅", "省商务厅"
    tasks = field_rows(name, "一", [
        ("1", "全省生产总值增长7%以上", [fgw], [], ["省政府各部门", "各直属机构"], False),
        ("2", "固定资产投资力争增长10%以上", [fgw], [],
         ["省经济和信息化厅", cz, "省自然资源厅", "省住房城乡建设厅", "省交通运输厅", "省农业农村厅", "省水利厅",
          "省林业局"], True),
        ("3", "社会消费品零售总额增长9%左右", [sw], [],
         [fgw, "省经济和信息化厅", cz, "省农村农业厅", "省文化和旅游厅", "省市场监管局", "省税务局"], True),
        ("4", "进出口总额增长9%左右", [sw], [],
         [fgw, "省经济和信息化厅", cz, "合肥海关", "省税务局", "省外汇管理局"], True),
        ("5", "一般公共预算收入增长7%左右", [cz], [], [fgw, "省税务局", "人行合肥中心支行"], True),
    ])
    m.write_expected(name, {}, [("一", "确保完成全年主要预期目标")], [], tasks)


def anhui_changsanjiao_2021():
    """安徽省实施长江三角洲区域一体化发展规划纲要行动计划2021年工作要点 (provincial, 省发展改革委, on the province's news
    office site): a preamble, part 一, `1.text。(合肥市,省发展改革委牵头)` — two leads before 牵头, a comma between them;
    item 1 (item 2's clause is cut by the excerpt)."""
    name = "holdout14k-anhui-changsanjiao-2021"
    tasks = clause_rows(name, [
        ("1", "一", None, "深入实施合肥都市圈一体化发展行动计划", "(合肥市,省发展改革委牵头)",
         ["合肥市", "省发展改革委"], [], [], False, []),
    ])
    m.write_expected(name, {"title": "安徽省实施长江三角洲区域一体化发展规划纲要行动计划2021年工作要点"},
                     [("一", "高质量建设“一圈五区”和五个“区块链接”,推动区域协调发展")], [], tasks)


def guangdong_shuzi_2024():
    """数字广东建设2024年工作要点 (provincial: 广东省政务服务和数据管理局, 2024-05-10, with the province's consent):
    the page begins at the addressees (no notice title); `(一)title。text。(X牵头,Y,A、B、C出入境边防检查总站,Z等有关单位按职责
    分工负责)`; task (一) (the excerpt ends inside (二))."""
    name = "holdout14k-guangdong-shuzi-2024"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "推动粤港澳大湾区政府服务衔接融合", "(省政务服务和数据管理局牵头",
         ["省政务服务和数据管理局"], ["省公安厅", "广州、深圳、珠海出入境边防检查总站", "中国人民银行广东省分行"], [],
         True, []),
    ])
    m.write_expected(name, {"title": "数字广东建设2024年工作要点", "issuer": "广东省政务服务和数据管理局",
                            "issuedOn": "2024-05-10"},
                     [("一", "围绕“一点两地”全新定位,推动“数字湾区”建设")], [], tasks)


def guangdong_shuzijingji_2023():
    """2023年广东省数字经济工作要点 (provincial: 广东省数字经济发展工作领导小组办公室), as a policy site shows its PDF text:
    stray spaces inside words and names (`企 业`, `相关市政 府`); `(一)title。text。(X、Y、Z按职责分工负责,相关市政府落实)`;
    tasks (一)–(二) (the excerpt ends inside (三))."""
    name = "holdout14k-guangdong-shuzijingji-2023"
    shi = "相关市政府"  # printed `相关市政 府` in (二): one name broken by a stray space, as 园区党工委 in set I
    tasks = clause_rows(name, [
        ("（一）", "一", None, "加快数字产业集群建设", "(省发展改革委、科技厅",
         [], ["省发展改革委", "科技厅", "工业和信息化厅", shi], [], False, []),
        ("（二）", "一", None, "发展软件与信息技术服务业", "(省工业和信息化厅牵头",
         ["省工业和信息化厅"], ["省税务局", "通信管理局", shi], [], False, []),
    ])
    m.write_expected(name, {"notice": "广东省数字经济发展工作领导小组办公室关于印发2023年广东省数字经济工作要点",
                            "title": "2023 年广东省数字经济工作要点"},
                     [("一", "大力推动数字产业化")], [], tasks)


def guangdong_shuzizhengfu_2022():
    """广东省数字政府改革建设2022年工作要点 (粤办函〔2022〕24号, provincial), as a mirror shows it in traditional
    characters: notice title over three lines, a paragraph under part 一 with no clause (body text, no task), then
    `(一)title。text。(X,Y牵头)` — two leads before 牵头, a comma between them; task (一) (the excerpt ends inside (二))."""
    name = "holdout14k-guangdong-shuzizhengfu-2022-traditional"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "加快數字政府基礎能力均衡化發展", "(省政務服務數據管理局,相關地市政府牽頭)",
         ["省政務服務數據管理局", "相關地市政府"], [], [], False, []),
    ])
    m.write_expected(name, {"notice": "廣東省人民政府辦公廳關于印發廣東省數字政府改革建設2022年工作要點的通知",
                            "title": "廣東省數字政府改革建設2022年工作要點", "docNumber": "粵辦函〔2022〕24號",
                            "issuer": "省政府辦公廳", "issuedOn": "2022-02-28"},
                     [("一", "促進全省均衡協同新發展")], [], tasks)


def guangdong_shuzizhengfu_2023():
    """广东省数字政府改革建设2023年工作要点 (provincial: 广东省政务服务数据管理局, 2023-03-07), as a portal page quotes it
    after a blurb of its own: the plan's title ends the blurb's line, then part 一, its paragraph and the tasks run on
    **one line** separated by spaces; `(一)title。text。(X、Y、Z、A、B牵头)`; tasks (一)–(二) (the excerpt ends inside (三))."""
    name = "holdout14k-guangdong-shuzizhengfu-2023-runon"
    sj = "省政务服务数据管理局"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "持续优化实体经济营商环境", "(省政务服务数据管理局、工业和信息化厅",
         [sj, "工业和信息化厅", "农业农村厅", "商务厅", "市场监管局"], [], [], False, []),
        ("（二）", "一", None, "赋能实体经济提质增效", "(省政务服务数据管理局牵头)", [sj], [], [], False, []),
    ])
    m.write_expected(name, {"title": "广东省数字政府改革建设2023年工作要点"},
                     [("一", "发挥数字政府牵引驱动作用,赋能实体经济发展")], [], tasks)


def fagai_2022_371():
    """2022年新型城镇化和城乡融合发展重点任务 (national: 国家发展改革委, 发改规划〔2022〕371号, 2022-03-10), as a document
    site shows its PDF text: notice, plan and task **on one line**, each printed line break turned into a space (also
    inside words: `户籍制 度改革`); `(一)title。text。(X、Y、Z等负责。以下任务均需Z落实,不再列出)`; task (一) (the excerpt
    ends inside (二)'s title)."""
    name = "holdout14k-fagai-2022-371-chengzhenhua-pdftext"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "持续深化户籍制度改革", "(公安部、发展改革委",
         [], ["公安部", "发展改革委", "各省级有关部门"], [], True, []),
    ])
    m.write_expected(name, {"notice": "国家发展改革委关于印发《2022年新型城镇化和城乡融合发展重点任务》的通知",
                            "title": "2022年新型城镇化和城乡融合发展重点任务", "docNumber": "发改规划〔2022〕371号",
                            "issuer": "国家发展改革委", "issuedOn": "2022-03-10"},
                     [("一", "提高农业转移人口市民化质量")], [], tasks)


def guangdong_shuzijingji_2022():
    """2022年广东省数字经济工作要点 (provincial: 广东省工业和信息化厅, 粤工信数字产业函〔2022〕13号, with the province's
    consent), as a mirror shows it in traditional characters: the page starts at the addressees; each `(一)title` on a
    line of its own, its text on the next, closed by the clause. The first clause states the standing rule
    `第一個為牽頭單位,下同`: the first unit of each list leads, the others are responsible — also in (二), whose clause says
    only `按職責分工負責` (no explicit 牵头 to override the rule). Tasks (一)–(二) (the excerpt ends inside (三))."""
    name = "holdout14k-guangdong-shuzijingji-2022-traditional"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "建設信息網絡基礎設施", "(省通信管理局,省工業和信息化廳",
         ["省通信管理局"], ["省工業和信息化廳", "省自然資源廳", "省廣電局"], [], False, []),
        ("（二）", "一", None, "建設存儲和計算等基礎設施", "(省發展改革委、省工業和信息化廳",
         ["省發展改革委"], ["省工業和信息化廳", "省政務服務數據管理局", "省通信管理局"], [], False, []),
    ])
    m.write_expected(name, {"title": "2022年廣東省數字經濟工作要點"}, [("一", "優化升級數字基礎設施")], [], tasks)


def shandong_shuziqiangsheng_2023():
    """数字强省建设2023年工作要点 (provincial: 山东省人民政府办公厅, 2023-06-17), as a mirror shows it in traditional
    characters with the converter's pinyin glosses after some characters (`發(fā)`, `業(yè)`; none inside the clause);
    part, section `(一)title。`, then `1.text。(牽頭單位:X、Y,責任單位:Z)`; task 1 (the excerpt ends inside task 2).
    `年底前` → BY the end of the plan's year (2023)."""
    name = "holdout14k-shandong-shuziqiangsheng-2023-traditional"
    tasks = clause_rows(name, [
        ("1", "一", "一", "深化“雙全雙百”提升工程", "(牽頭單位:省政府辦公廳",
         ["省政府辦公廳", "省大數據局"], ["省政府有關部門"], [], False, [by("年底前", "2023-12-31")]),
    ])
    m.write_expected(name, {"notice": "山東省人民政府辦公廳關于印發(fā)數字強省建設2023年工作要點的通知",
                            "title": "數字強省建設2023年工作要點", "issuer": "山東省人民政府辦公廳",
                            "issuedOn": "2023-06-17"},
                     [("一", "進一步完善整體高效的數字政府")], [("一", "一", "優(yōu)化政務服務效能")], tasks)


def fujian_shuzi_2023():
    """2023年数字福建工作要点 (provincial: 福建省人民政府办公厅), as a wiki reprints it in traditional characters with
    Taiwan-style term conversion (`網路`, `套用` for 应用): part, section `(一)title` on its own line, then
    `1.title。text。(責任單位:A,B,C、D,E)` — commas and 、 both separate the units; task 1 (the excerpt ends inside 2)."""
    name = "holdout14k-fujian-shuzi-2023-wiki"
    tasks = clause_rows(name, [
        ("1", "一", "一", "加快建設網路基礎設施", "(責任單位:省通信管理局",
         [], ["省通信管理局", "省委網信辦", "各設區市人民政府", "平潭綜合實驗區管委會", "各通信運營商"], [], False, []),
    ])
    m.write_expected(name, {"title": "2023年數字福建工作要點"},
                     [("一", "築牢數字福建建設基礎")], [("一", "一", "夯實數字基礎設施根基")], tasks)


def hubei_shuzizhengfu_2019():
    """湖北省推进数字政府建设实施方案 (provincial: 湖北省人民政府办公厅, 2019-01-15), as an e-government portal reprints
    it: part, section `(一)title。`, items `1.title。` on a line of their own, the text on the next, closed by
    `(牵头单位:X、Y;责任单位:A、B等)` — in item 2 the 牵头单位 field repeats 牵头 (`省通信管理局牵头`). Items 1–2 (the
    excerpt ends inside item 3). `到2020年底,…初步实现` → BY 2020-12-31."""
    name = "holdout14k-hubei-shuzizhengfu-2019"
    tasks = clause_rows(name, [
        ("1", "一", "一", "提速宽带网络", "(牵头单位:省经信厅",
         ["省经信厅", "省通信管理局"], ["省广播电视局", "运营商"], [], True, [by("到2020年底", "2020-12-31")]),
        ("2", "一", "一", "加快IPv6应用及融合", "(牵头单位:省通信管理局牵头",
         ["省通信管理局"], ["省直各部门", "各市州人民政府", "省楚天云公司", "运营商"], [], True, []),
    ])
    m.write_expected(name, {"notice": "省人民政府办公厅关于印发湖北省推进数字政府建设实施方案的通知",
                            "title": "湖北省推进数字政府建设实施方案", "issuedOn": "2019-01-15"},
                     [("一", "基础设施集约化支撑")],
                     [("一", "一", "加快宽带网络建设及IPv6(互联网协议第6版)改造")], tasks)


def fujian_shuzi_2024():
    """2024年数字福建工作要点 (provincial: 福建省数字福建建设领导小组, 2024-04-30): notice, part, section `(一)title`,
    `1.title。text。〔责任单位:A、B、C、D,E(含…,下同)〕` — a square bracket around the field, and a scope note in round
    brackets on the last unit (kept with the unit, as `各区县政府(含…)` in set I; its `下同` only says the note holds
    below, it is no role rule). Task 1 (the excerpt ends inside task 2)."""
    name = "holdout14k-fujian-shuzi-2024"
    tasks = clause_rows(name, [
        ("1", "一", "一", "加快升级网络基础设施", "〔责任单位:",
         [], ["省通信管理局", "数据管理局", "工信厅", "海洋渔业局", "各设区市(含平潭综合实验区,下同)"], [], False, []),
    ])
    m.write_expected(name, {"notice": "福建省数字福建建设领导小组关于印发2024年数字福建工作要点的通知",
                            "title": "2024年数字福建工作要点", "issuer": "福建省数字福建建设领导小组",
                            "issuedOn": "2024-04-30"},
                     [("一", "着力夯实数字福建发展基础")], [("一", "一", "优化新型基础设施整体布局")], tasks)

# ---------------------------------------------------------------------------------------------------------------
def ongoing(raw):
    return {"raw": raw, "kind": "ONGOING"}


def pipe_rows(name, rows):
    """Tasks printed as table rows `N | cell | … |` (one row a line): the task text is the hand-chosen cell of the
    row numbered N. rows: (number, cell index, lead, responsible, cooperating, others, deadlines)."""
    lines = {}
    for line in doc(name).splitlines():
        cells = [c.strip() for c in line.split(" | ")]
        if cells[0].isdigit():
            lines[cells[0]] = cells
    return [m.task(seq, number, None, None, lines[number][cell], lead, resp, coop, others, ddl)
            for seq, (number, cell, lead, resp, coop, others, ddl) in enumerate(rows, 1)]


def guangdong_weijian_2021():
    """广东省卫生健康委2021年政务公开工作重点任务台账 (省直部门, 2021-03-16; the 发布机构 / 名称 / 发文日期 lines of the
    page's metadata): a `|` table, 序号 / 工作任务 / 细化分工 / 责任处室 / 完成时限 / 备注. 工作任务 is merged over its
    rows (printed in rows 1 and 5 only, like a section, not scored): the task is the 细化分工 cell. `X会Y` in a unit cell
    is the office's shorthand for X会同Y → lead X, cooperating Y. `长期推进` → ONGOING. Rows 1–8 (the excerpt ends
    after row 8)."""
    name = "holdout14k-guangdong-weijian-2021-taizhang-pipes"
    lq = [ongoing("长期推进")]
    tasks = pipe_rows(name, [
        ("1", 2, [], ["应急处", "监督处", "医政医管处", "疾控处", "基层处"], [], True, lq),
        ("2", 1, ["疾控处"], [], [], False, lq),
        ("3", 1, ["宣传处"], [], ["办公室"], False, [by("2021年8月前", "2021-08-31")]),
        ("4", 1, ["规划信息处(爱卫办)"], [], [], False, lq),
        ("5", 2, ["政法处"], [], [], False, lq),
        ("6", 1, ["财务处"], [], [], False, [by("2021年2月", "2021-02-28"), by("2021年8月", "2021-08-31")]),
        ("7", 1, ["政法处"], [], [], False, lq),
        ("8", 1, ["办公室"], [], [], False, lq),
    ])
    m.write_expected(name, {"title": "2021 年政务公开工作重点任务台账", "issuer": "广东省卫生健康委员会",
                            "issuedOn": "2021-03-16"}, [], [], tasks)

def shandong_renshe_2021():
    """山东省人力资源和社会保障厅2021年政务公开工作要点 (省直部门, 2021-07-13, signed by the 厅's 办公室): a province
    portal page with blank lines (some holding a lone space) between paragraphs, notice title and plan title each over
    two lines, the signature over three; part 一, `(一)title。text。(牵头单位:X、Y、Z,责任单位:各有关处室、单位)` —
    `各有关处室、单位` is one group (the 、 joins two kinds of body under one 各有关, as 各市、县人民政府). Task (一) (the
    excerpt ends inside (二))."""
    name = "holdout14k-shandong-renshe-2021-zhengwu-blanklines"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "聚焦中心工作加强信息公开", "(牵头单位:办公室",
         ["办公室", "规财处", "就业失业处"], ["各有关处室、单位"], [], False, []),
    ])
    m.write_expected(name, {"notice": "关于印发山东省人力资源和社会保障厅2021年政务公开工作要点的通知",
                            "title": "山东省人力资源和社会保障厅2021年政务公开工作要点",
                            "issuer": "山东省人力资源和社会保障厅办公室", "issuedOn": "2021-07-13"},
                     [("一", "聚焦重点领域,拓展公开广度和深度")], [], tasks)

def mee_2019():
    """生态环境部落实2019年政务公开工作要点实施方案 (national: 生态环境部办公厅, 2019-06-20; a reprint): the page title
    is the plan's (the covering letter has none), part 一, sections `(一)title` on their own lines, and under each a
    paragraph of sentences each closed by a **bare list of the ministry's departments** `(X、Y)` (no role word; a space or
    nothing before the next sentence). Each closed sentence is an unnumbered task (plan-json: paragraphs under a bare
    title); a bare list reads as a 责任单位 list (set E 应急通信): one unit → lead, several → responsible. Sections (一)
    and the first task of (二) (the excerpt ends inside (二)'s second sentence)."""
    name = "holdout14k-mee-2019-zhengwu-bareclauses"
    tasks = clause_rows(name, [
        (None, "一", "一", "实时发布环境空气质量数据", "(监测司、大气司)", [], ["监测司", "大气司"], [], False, []),
        (None, "一", "一", "实时公开监测断面", "(监测司)", ["监测司"], [], [], False, []),
        (None, "一", "一", "公开近岸海域", "(监测司、海洋司)", [], ["监测司", "海洋司"], [], False, []),
        (None, "一", "一", "公布单位国内生产总值", "(气候司)", ["气候司"], [], [], False, []),
        (None, "一", "一", "公布国家生态文明建设示范市县", "(生态司)", ["生态司"], [], [], False, []),
        (None, "一", "一", "实时发布辐射环境", "(核一司)", ["核一司"], [], [], False, []),
        (None, "一", "二", "根据我部“三定”规定", "(人事司、各相关部门)", [], ["人事司", "各相关部门"], [], False, []),
    ])
    m.write_expected(name, {"title": "生态环境部落实2019年政务公开工作要点实施方案", "issuer": "生态环境部办公厅",
                            "issuedOn": "2019-06-20"},
                     [("一", "加强重点生态环境信息公开")],
                     [("一", "一", "生态环境质量信息"), ("一", "二", "生态环境许可信息")], tasks)


def mee_2020():
    """生态环境部2020年政务公开工作安排 (national: 生态环境部办公厅, 2020-05-11; gov.cn's big5 gateway copy of mee.gov.cn,
    traditional characters, Taiwan-style terms 資訊 / 品質): the page starts at the addressees; part 一, items `N.title。text`
    whose paragraph holds several sentences each closed by a bare list `(X、Y)` — the first closed sentence is task N, the
    later ones unnumbered tasks. `(執法局&&)`: the `&&` is the copy's debris after the name (the gateway's escaping), not
    part of it → 執法局. A bare list with one unit (a group too: 各相關部門) → lead; several → responsible. Items 1–2
    (item 3's clause cut)."""
    name = "holdout14k-mee-2020-zhengwu-big5"
    tasks = clause_rows(name, [
        ("1", "一", None, "污染防治攻堅戰資訊。", "(大氣司", [], ["大氣司", "水司", "土壤司", "海洋司"], [], False, []),
        (None, "一", None, "加強打贏污染防治攻堅戰相關", "(執法局&&)", ["執法局"], [], [], False, []),
        ("2", "一", None, "疫情防控阻擊戰資訊", "(各相關部門)", ["各相關部門"], [], [], False, []),
        (None, "一", None, "定期公佈疫情防控期間", "(監測司)", ["監測司"], [], [], False, []),
        (None, "一", None, "及時向社會公佈醫療廢物", "(應急中心", [], ["應急中心", "固體司", "水司"], [], False, []),
        (None, "一", None, "公開並解讀我部", "(綜合司", [], ["綜合司", "環評司", "執法局"], [], False, []),
        (None, "一", None, "指導地方生態環境部門", "(各有關部門)", ["各有關部門"], [], [], False, []),
    ])
    m.write_expected(name, {"title": "生態環境部2020年政務公開工作安排", "issuer": "生態環境部辦公廳",
                            "issuedOn": "2020-05-11"},
                     [("一", "強化重點生態環境資訊公開")], [], tasks)


def fujian_huanbao_2013():
    """福建省环境保护厅 关于污染源环境监管信息公开工作任务分解方案的通知 (省直部门, 2013-08-20; the 厅's own site, now
    福建省生态环境厅): the notice's body is the plan — `一、title` lines, each a task (parts empty), the paragraph below,
    a labelled line `责任单位:X` glued to the paragraph's end in 一; 二 names no unit (its units are in the 附表, not on the
    page) → a task without units. `8月23日前` → BY 2013-08-23 (the signature's year). Whole page (both items); the 附表
    line, signature and print line follow."""
    name = "holdout14k-fujian-huanbao-2013-wuranyuan"
    tasks = clause_rows(name, [
        ("一", None, None, "统一信息平台建设工作", "责任单位:省环保信息中心", ["省环保信息中心"], [], [], False,
         [by("8月23日前", "2013-08-23")]),
        ("二", None, None, "污染源环境监管信息公开工作", "附表:省环保厅", [], [], [], False, []),
    ])
    m.write_expected(name, {"notice": "关于污染源环境监管信息公开工作任务分解方案的通知", "issuer": "福建省环境保护厅",
                            "issuedOn": "2013-08-20"}, [], [], tasks)

def hainan_huanbao_2017():
    """海南省生态环境保护厅办公室关于做好2017年政务公开工作的通知 (省直部门, 2017; the signature lies past the excerpt, so
    no date): the notice's body is the plan; part 一 (a sentence-long title), items `(一)title。text`. (一) and (二) carry no
    clause → tasks without units (plan-json: items at the task level without a clause, in a part where other items carry
    one); the sentence `政务信息公开工作由厅办公室牵头,厅信息中心提供技术支持。` inside (一) is body text, not a clause.
    (三) `(责任单位:各处室和单位)` → one group (as 有关部门和单位) → lead; the paragraph after it, with its own clause
    `(牵头单位:办公室,配合单位:信息中心)`, is an unnumbered task. `每季度通报…` in the text is how often, not a time limit
    (most earlier labels leave 每季度 / 每年 in task text off). Part 一 whole (the excerpt ends inside part 二)."""
    name = "holdout14k-hainan-huanbao-2017-zhengwu"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "按时报送政务公开相关信息", "(二)指定专人", [], [], [], False, []),
        ("（二）", "一", None, "指定专人做好政务信息公开工作", "(三)全面落实", [], [], [], False, []),
        ("（三）", "一", None, "全面落实“五公开”,完善考核机制", "(责任单位:", ["各处室和单位"], [], [], False, []),
        (None, "一", None, "建立政务公开考核制度", "(牵头单位:办公室", ["办公室"], [], ["信息中心"], False, []),
    ])
    m.write_expected(name, {"notice": "海南省生态环境保护厅办公室关于做好2017年政务公开工作的通知",
                            "issuer": "海南省生态环境保护厅办公室"},
                     [("一", "加强组织领导,严格遵循公平公正、全面真实、及时便民的原则,坚持以公开为常态、不公开为例外,"
                             "全面做好政务公开工作")], [], tasks)


def heilongjiang_huanbao_2018():
    """黑龙江省环境保护厅 2018年政务公开 (省直部门; the page shows neither title nor date, it opens with the preamble):
    `一、title` on its own line, the paragraph below closed by a **square-bracket clause** `〔厅机关各处(室)落实〕` — one
    group with 落实 → lead. Item 一 (part 二's first section is cut before its clause); 一 is the task (parts empty)."""
    name = "holdout14k-heilongjiang-huanbao-2018-zhengwu"
    tasks = clause_rows(name, [
        ("一", None, None, "推进落实“五公开”", "〔厅机关各处(室)落实〕", ["厅机关各处(室)"], [], [], False, []),
    ])
    m.write_expected(name, {}, [], [], tasks)

def mot_2015():
    """2015年交通运输部政府信息公开工作要点 (national: 交通运输部办公厅, 交办办函〔2015〕388号, 2015-06-11; the ministry's
    open-government site, with its metadata one field a line): part 一, section-level item `(一)title。(X牵头,有关单位负责)`
    — the clause right after the title — then sub-items `1.text` without clauses. (一) is the task (the level that
    carries the clauses); its sub-item stays in its text, joined after the title as printed (`1.` kept). `有关单位`
    is a bare group (as 有关部门) → responsible beside the lead. Item (一) with sub-item 1 (sub-item 2 is cut in the
    excerpt, so the document ends after sub-item 1)."""
    name = "holdout14k-mot-2015-xinxigongkai"
    t = doc(name)
    title, _ = cut(t, "进一步推进行政权力运行信息公开", "(法制司牵头")
    item = "".join(line.strip() for line in t[t.index("1.全面建立"):].splitlines())
    tasks = [m.task(1, "（一）", "一", None, title + item, ["法制司"], ["有关单位"], [], False, [])]
    m.write_expected(name, {"notice": "交通运输部办公厅关于印发《2015年交通运输部政府信息公开工作要点》的通知",
                            "title": "2015年交通运输部政府信息公开工作要点", "docNumber": "交办办函〔2015〕388号",
                            "issuer": "交通运输部办公厅", "issuedOn": "2015-06-11"},
                     [("一", "推进重点领域信息公开")], [], tasks)

def moa_2018():
    """農業農村部2018年政務公開工作要點 (national: 農業農村部辦公廳, 農辦辦〔2018〕19號, 2018-06-08), as Wikisource shows it
    in traditional characters: the notice title three times (the second with 文號, date and issuer run on and a `|`),
    the letter, the signature, then the plan without a title of its own (notice set, title null), part 一, section
    `(一)title` (no 。), item `1.text。(X、Y牽頭,A、B按職責分工負責)`. `各有關司局、派出機構` → two groups (as 市政府各部門、
    各直屬單位 in set I). Item 1 (item 2's clause is cut)."""
    name = "holdout14k-moa-2018-zhengwu-wikisource"
    tasks = clause_rows(name, [
        ("1", "一", "一", "把公開透明作為政府工作的基本要求", "(辦公廳、政法司牽頭",
         ["辦公廳", "政法司"], ["各有關司局", "派出機構"], [], False, []),
    ])
    m.write_expected(name, {"notice": "農業農村部辦公廳關於印發《農業農村部2018年政務公開工作要點》的通知",
                            "docNumber": "農辦辦〔2018〕19號", "issuer": "農業農村部辦公廳", "issuedOn": "2018-06-08"},
                     [("一", "着力加強公開解讀回應工作")], [("一", "一", "圍繞建設法治政府全面推進政務公開")], tasks)

def beijing_2018():
    """北京市2018年政务公开工作要点 (provincial-level: 北京市人民政府办公厅, 2018-05-11; a food-safety law site's reprint,
    its source line first): letter without a notice title, plan title, part 一, item `(一)title。text。(X负责落实)text。(A、B
    分别负责落实)…` — one paragraph, four clauses, each after its own text: task (一) and three unnumbered tasks.
    `X负责落实` with one unit → lead; `A、B…分别负责落实` → responsible. `2022年北京冬奥会` names the games, no deadline.
    Item (一) with its four clauses (the excerpt ends inside the fifth sentence, which is left out)."""
    name = "holdout14k-beijing-2018-zhengwu-runon"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "围绕抓好“三件大事”", "(市规划国土委负责落实)", ["市规划国土委"], [], [], False, []),
        (None, "一", None, "推进支持雄安新区建设", "(市发展改革委",
         [], ["市发展改革委", "市经济信息化委", "市环保局", "市教委", "市卫生计生委", "市人力社保局"], [], False, []),
        (None, "一", None, "及时公开延崇高速", "(市交通委负责落实)", ["市交通委"], [], [], False, []),
        (None, "一", None, "推进2022年北京冬奥会", "(市重大项目办", [], ["市重大项目办", "市体育局", "市教委"], [], False,
         []),
    ])
    m.write_expected(name, {"title": "北京市2018年政务公开工作要点", "issuer": "北京市人民政府办公厅",
                            "issuedOn": "2018-05-11"}, [("一", "加强政府重点工作信息公开")], [], tasks)

def shanghai_2025():
    """2025年上海市政務公開工作要點 (provincial-level: 上海市人民政府辦公廳, 滬府辦字〔2025〕5號, 2025-03-31), a mirror in
    traditional characters whose paragraph indents came out as `??` (a full-width space lost in decoding), kept as
    printed; part 一, items `N.text。(責任單位:A、B)` numbered through the plan. A 責任單位 list of several units →
    responsible; `各有關單位` / `各試點單位` are groups (as 有关部门和单位). Items 1–5 (item 6's clause is cut)."""
    name = "holdout14k-shanghai-2025-zhengwu-traditional"
    yq, bgt = ["各有關單位", "各區政府"], "市政府辦公廳"
    tasks = clause_rows(name, [
        ("1", "一", None, "圍繞本市經濟社會發展主要任務", "(責任單位:", [], yq, [], False, []),
        ("2", "一", None, "啟動市政府法定主動公開事項目錄", "(責任單位:", [], [bgt, "各試點單位", "各試點區政府"], [], False,
         []),
        ("3", "一", None, "加強政府信息公開制度協同", "(責任單位:", [], [bgt, "市司法局"] + yq, [], False, []),
        ("4", "一", None, "制發關于進一步加強全市政府信息", "(責任單位:", [], [bgt, "各區政府"], [], False, []),
        ("5", "一", None, "嚴格執行公文公開屬性審查", "(責任單位:", [], yq, [], False, []),
    ])
    m.write_expected(name, {"notice": "上海市人民政府辦公廳關于印發《2025年上海市政務公開工作要點》的通知",
                            "title": "2025年上海市政務公開工作要點", "docNumber": "滬府辦字〔2025〕5號",
                            "issuer": "上海市人民政府辦公廳", "issuedOn": "2025-03-31"},
                     [("一", "依法履行政府信息公開職責")], [], tasks)


def tianjin_2017():
    """2017年天津市政務公開重點工作安排 (provincial-level: 天津市人民政府辦公廳, 2017-04-29), a policy site's copy in
    traditional characters starting at the addressees (no notice title): part 一, section `(一)title。`, items
    `N.text。(責任單位:A、B…)`; several units → responsible, one → lead. Items 1–2 (item 3 cut)."""
    name = "holdout14k-tianjin-2017-zhengwu-traditional"
    tasks = clause_rows(name, [
        ("1", "一", "一", "圍繞財政、金融、就業政策", "(責任單位:",
         [], ["市發展改革委", "市人力社保局", "市財政局", "人民銀行天津分行"], [], False, []),
        ("2", "一", "一", "按月公開全市財政收支情況", "(責任單位:市財政局)", ["市財政局"], [], [], False, []),
    ])
    m.write_expected(name, {"title": "2017年天津市政務公開重點工作安排", "issuer": "天津市人民政府辦公廳",
                            "issuedOn": "2017-04-29"},
                     [("一", "以政務公開助力穩增長")], [("一", "一", "加強預期引導")], tasks)


def beijing_2019():
    """北京市2019年政务公开工作要点 (provincial-level: 北京市人民政府办公厅, 2019-07-08; a reprint, page title first, the
    letter says 现转给你们): part 一, item `(一)title。text。(A、B分别负责落实)text。(X负责落实)…` — one paragraph, each
    clause after its own text: task (一) and unnumbered tasks. Item (一)'s first four clauses (the excerpt ends inside the
    fifth)."""
    name = "holdout14k-beijing-2019-zhengwu-runon"
    fgw = ["市发展改革委"]
    tasks = clause_rows(name, [
        ("（一）", "一", None, "强化京津冀协同发展信息公开", "(市规划自然资源委",
         [], ["市规划自然资源委", "市住房城乡建设委"], [], False, []),
        (None, "一", None, "做好疏解整治促提升专项行动", "(市发展改革委负责落实)", fgw, [], [], False, []),
        (None, "一", None, "推进北京城市副中心建设信息公开", "(市交通委", [], ["市交通委", "市教委", "市卫生健康委"], [],
         False, []),
        (None, "一", None, "抓好协同发展重点任务落实信息公开", "(市发展改革委负责落实)", fgw, [], [], False, []),
    ])
    m.write_expected(name, {"title": "北京市2019年政务公开工作要点", "issuer": "北京市人民政府办公厅",
                            "issuedOn": "2019-07-08"}, [("一", "深化重点领域信息公开,以公开推进政策落实")], [], tasks)


def beijing_2016_2020():
    """北京市政务公开工作重点任务分工(2016-2020年) (provincial-level: 北京市政务公开领导小组, 成文 2016-06-08; beijing.gov.cn
    with its metadata as a numbered list `  1. [主题分类] …` — numbers that are no tasks): part 一, items `N.text` with
    labelled lines below, blank lines between: `牵头单位:` (lead), `责任单位:` (responsible beside a lead), `完成时限:`.
    `2018年底` → BY 2018-12-31; `2018年底前完成并持续落实` → BY 2018-12-31 (raw `2018年底前`; 并持续落实 after the date
    says the work goes on once done, the date is the limit). Items 1–3 (item 4 cut)."""
    name = "holdout14k-beijing-2016-2020-zhengwu-fengong"
    lead2, resp2 = ["市政府办公厅", "市政府法制办"], ["各区政府", "市政府各部门"]
    tasks = clause_rows(name, [
        ("1", "一", None, "积极推进本市行政程序立法进程", "牵头单位:", ["市人大常委会法制办", "市政府法制办"], [], [], False,
         [by("2018年底", "2018-12-31")]),
        ("2", "一", None, "加大行政决策过程的公开力度", "牵头单位:", lead2, resp2, [], False,
         [by("2018年底前", "2018-12-31")]),
        ("3", "一", None, "实行重大行政决策预公开制度", "牵头单位:", lead2, resp2, [], False,
         [by("2017年底前", "2017-12-31")]),
    ])
    m.write_expected(name, {"title": "北京市政务公开工作重点任务分工(2016-2020年)", "issuer": "北京市政务公开领导小组",
                            "issuedOn": "2016-06-08"}, [("一", "推进行政权力运行全流程公开")], [], tasks)

def mep_2017():
    """环境保护部落实2017年政务公开工作要点实施方案 (national: 环境保护部办公厅, 2017-04-25; a policy site's reprint from
    the addressees): part 一, sections `(一)title` (bare, no 。); under (一) one paragraph closed by `(督察办牵头落实)` — an
    unnumbered task; under (二) items `N.title。text。(X牵头,会同Y落实)` and a second clause in item 2 (unnumbered task).
    `X牵头落实` → lead; `X牵头,会同Y落实` → lead X, cooperating Y (会同, plan-json). `每年公布…` is how often, no deadline.
    Sections (一)–(二) up to item 2 (item 3 is cut)."""
    name = "holdout14k-mep-2017-zhengwu-qiantou"
    tasks = clause_rows(name, [
        (None, "一", "一", "围绕督察进驻、反馈、整改三个环节", "(督察办牵头落实)", ["督察办"], [], [], False, []),
        ("1", "一", "二", "空气质量。", "(监测司牵头", ["监测司"], [], ["大气司"], False, []),
        ("2", "一", "二", "水环境质量。", "(监测司牵头落实)", ["监测司"], [], [], False, []),
        (None, "一", "二", "及时公开全面推行“河长制”", "(水司牵头落实)", ["水司"], [], [], False, []),
    ])
    m.write_expected(name, {"title": "环境保护部落实2017年政务公开工作要点实施方案", "issuer": "环境保护部办公厅",
                            "issuedOn": "2017-04-25"},
                     [("一", "加大重点领域环境信息公开力度")],
                     [("一", "一", "中央环境保护督察信息"), ("一", "二", "环境质量信息")], tasks)

def hubei_fgw_2017():
    """2017年省发展改革委政务公开工作要点 (省直部门: 湖北省发展改革委 — 鄂办发 in the preamble; a reprint that shows the
    title only, no letter, date or signature): part 一, item `(一)title。text。(X、Y分别牵头,A、B、C、D等负责落实)`.
    `分别牵头` → both lead; the list after it with 负责落实 → responsible, `等` → othersIncluded. Item (一)'s first
    clause (the text after it runs on without a clause before the excerpt ends)."""
    name = "holdout14k-hubei-fgw-2017-zhengwu"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "加强预期引导", "(法规处、办公室分别牵头", ["法规处", "办公室"],
         ["财贸处", "就业处", "高技术处", "体改处"], [], True, []),
    ])
    m.write_expected(name, {"title": "2017年省发展改革委政务公开工作要点"},
                     [("一", "围绕助力经济发展推进政务公开")], [], tasks)


def main():
    heilongjiang_wenzengzhang()
    anhui_2022()
    anhui_changsanjiao_2021()
    guangdong_shuzi_2024()
    guangdong_shuzijingji_2023()
    guangdong_shuzizhengfu_2022()
    guangdong_shuzizhengfu_2023()
    fagai_2022_371()
    guangdong_shuzijingji_2022()
    shandong_shuziqiangsheng_2023()
    fujian_shuzi_2023()
    hubei_shuzizhengfu_2019()
    fujian_shuzi_2024()
    guangdong_weijian_2021()
    shandong_renshe_2021()
    mee_2019()
    mee_2020()
    fujian_huanbao_2013()
    hainan_huanbao_2017()
    heilongjiang_huanbao_2018()
    mot_2015()
    moa_2018()
    beijing_2018()
    shanghai_2025()
    tianjin_2017()
    beijing_2019()
    beijing_2016_2020()
    mep_2017()
    hubei_fgw_2017()


if __name__ == "__main__":
    main()
