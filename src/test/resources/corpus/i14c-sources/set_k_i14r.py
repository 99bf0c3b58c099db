#!/usr/bin/env python3
"""Set K (holdout14k-*), the share of labeller i14r (city, county, district and town plans, web pages, reprints and
a bureau's own division of work): hand labels written before the importer, the CLI `import` or ParserEvaluation ever
ran on these documents (see ../I14-CORPUS.md, "Eleventh held-out set, set K (i14r)"). Units, roles and deadlines are
typed by hand from each document; each task's text is cut out of the document between two hand-chosen marks (the
start of the task and the start of what follows it: its clause, its unit cell or the next row), so that the text is
the document's own. Run: `python3 set_k_i14r.py`."""
import make as m
from cutting import doc, cut, by


# ---------------------------------------------------------------------------------------------------------------
def county_bureau_zhengwu():
    """A county bureau's own 政务公开 plan (部门; the page names neither the bureau nor the year), as a mirror site
    shows it in traditional characters: part 一 lists six 工作要點 without units (the summary the table of part 二
    divides: no tasks), part 二 a ` | ` table 重點任務 | 工作內容 | 負責科室. Each row is a task whose text is its
    重點任務 cell followed by its 工作內容 cell; a 負責科室 cell with one unit (or one group) leads."""
    name = "holdout14k-county-bureau-zhengwu-pipes-trad"
    t = doc(name)
    pos = t.index("重點任務 | 工作內容 | 負責科室 |")
    rows = [  # 重點任務 cell, lead (the 負責科室 cell)
        ("政策解讀", ["各責任科室"]),
        ("迴應關切", ["各業務科室"]),
        ("政務服務", ["綜合科"]),
        ("財政資金", ["綜合科"]),
        ("制度建設", ["綜合科"]),
    ]
    tasks = []
    for seq, (head, lead) in enumerate(rows, 1):
        i = t.index("\n" + head + " | ", pos) + 1
        content, pos = cut(t, head + " | ", " | ", i - 1)
        tasks.append(m.task(seq, None, "二", None, head + content[len(head + " | "):], lead, [], []))
    m.write_expected(name, {}, [("一", "工作要點"), ("二", "重點工作任務分解")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def xianyang_2022():
    """咸阳市 2022年深化“放管服”改革优化营商环境工作要点 (city), as a wiki site reprints it in traditional characters:
    the stored page starts at `全文` (no title, no signature), then the preamble, part 一 and items `N.text(X、Y牽頭,Z
    及W按職責分工負責)`. Only item 1 is whole on the page (item 2's clause is cut), so the document ends after item 1."""
    name = "holdout14k-xianyang-2022-fangguanfu-trad"
    t = doc(name)
    text, _ = cut(t, "全面實施行政許可事項清單管理。", "(市政府辦公室、")
    m.write_expected(name, {}, [("一", "堅持系統集成,推動審批全鏈條最佳化")], [], [
        m.task(1, "1", "一", None, text, ["市政府辦公室", "市行政審批制度改革工作領導小組辦公室"],
               ["市級各有關部門", "各縣市區政府"], [], False, [by("2022年10月底前", "2022-10-31")]),
    ])


# ---------------------------------------------------------------------------------------------------------------
def county_minsheng_2023():
    """A county's 2023 十大民生实事 督办 report (county; the material site writes the county as `XX县`), the whole page on
    one run-on line with the site's advertising lines inserted mid-sentence. Items `(一)title主要内容:由X牵头,…完成情况:…`;
    the item's text is its title and 主要内容 (up to 完成情况, which reports progress and is no part of the task), the unit
    after 由 and before 牵头 leads. The preamble's `由县人大常委会各副主任牵头组成5个督办组` names persons who inspect,
    no task. Item (二) is cut mid-sentence on the page, so the document ends before it."""
    name = "holdout14k-county-minsheng-2023-dubanrunon"
    t = doc(name)
    text, _ = cut(t, "深入推进危桥改造整治", "完成情况:")
    m.write_expected(name, {"title": "关于XX县2023年十大民生实事项目督办情况的通报"}, [("一", "基本情况")], [], [
        m.task(1, "（一）", "一", None, text, ["县交通运输局"], [], []),
    ])


# ---------------------------------------------------------------------------------------------------------------
def zhuji_2023():
    """诸暨市 (county-level city) 2023年《政府工作报告》主要目标任务分解清单 (诸政办发〔2023〕2号): metadata, the notice,
    then a table one cell a line (分块 / 序号 / 主要工作 / 责任单位; the 分块 cell prints nothing). A `▲` before the first
    unit of a 责任单位 cell marks the lead, no rule printed (as `*` in plan-json.md); the cell's other units are
    responsible; row 9 has no mark, so all its units are responsible. `各部门`, `相关部门` and `各镇乡(街道)` are groups
    as printed. Row 10's unit cell is cut on the page, so the document ends after row 9."""
    name = "holdout14k-zhuji-2023-triangle-web"
    t = doc(name)
    zx = "各镇乡(街道)"
    rows = [  # 主要工作 cell (its start), lead, responsible
        ("生产总值增长7.5%左右", ["发改局"], ["各部门", zx]),
        ("一般公共预算收入增长7.5%", ["税务局"], ["财政局", zx]),
        ("研发投入强度2.85%以上", ["科技局"], [zx]),
        ("固定资产投资增长10%以上", ["发改局"], ["各部门", zx]),
        ("社会消费品零售总额增长9%以上", ["商务局"], [zx]),
        ("外贸出口保增长稳份额", ["商务局"], [zx]),
        ("城乡居民收入增长与经济增长基本同步", ["发改局"], ["各部门", zx]),
        ("完成上级下达的能源和环境计划指标", ["发改局"], ["生态环境分局", zx]),
        ("紧扣创成“浙江制造天工鼎”目标", [], ["经信局", "相关部门", zx]),
    ]
    tasks, pos = [], t.index("责任单位\n")
    for seq, (start, lead, resp) in enumerate(rows, 1):
        text, pos = cut(t, start, "\n\n", pos)  # the cell ends at the blank line after it
        tasks.append(m.task(seq, str(seq), None, None, text, lead, resp, []))
    m.write_expected(name, {"notice": "诸暨市人民政府办公室关于印发2023年政府重点工作责任清单的通知",
                            "title": "2023年《政府工作报告》主要目标任务分解清单", "docNumber": "诸政办发〔2023〕2号",
                            "issuer": "诸暨市人民政府办公室", "issuedOn": "2023-02-09"}, [], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def yuhuan_2021():
    """玉环市 (county-level city) 2021年市政府重点工作责任分工抓落实方案 (玉政办发〔2021〕9号, signed 2021-03-12; the page
    prints the number as `玉政办发〔20219` and the date as `2021312`): notice, then a table one cell a line (牵头领导 /
    重点工作 / 牵头单位 / 配合单位 / 备注). The 牵头领导 cell names a person (`周阳市长`, merged over the rows it heads):
    neither text nor unit nor section. Row 1 is kept; row 2 prints four unit lines for the three cells 牵头单位 /
    配合单位 / 备注, so which of them lead cannot be read off the page — the document ends before it (and row 3 is cut
    on the page anyway)."""
    name = "holdout14k-yuhuan-2021-leadercol-web"
    t = doc(name)
    text, _ = cut(t, "始终做到忠诚于党。", "\n\n市府办")
    m.write_expected(name, {"notice": "关于印发2021年市政府重点工作和民生实事项目责任分工抓落实方案的通知",
                            "title": "2021年市政府重点工作责任分工抓落实方案", "docNumber": "玉政办发〔2021〕9号",
                            "issuer": "玉环市人民政府办公室", "issuedOn": "2021-03-12"}, [], [], [
        m.task(1, "1", None, None, text, ["市府办"], [], ["各单位"]),
    ])


# ---------------------------------------------------------------------------------------------------------------
def pinghu_2024():
    """平湖市 (county-level city) 2024年政府工作报告重点工作责任分解 (signed 2024-02-19; no 文号 on the page): the notice with
    bullet metadata, then 附件1 one cell a line (序号 / 主  要  工  作  任  务 / 责 任 单 位, the headers spaced out).
    Each row names one unit → lead; `发改局(服务业发展局)` keeps its alias. Row 7 is cut on the page mid-cell, so the
    document ends after row 6."""
    name = "holdout14k-pinghu-2024-zerenfenjie-web"
    t = doc(name)
    rows = [  # 主要工作任务 cell (its start), lead
        ("生产总值增长6%左右", "发改局"), ("一般公共预算收入增长6%", "财政局"), ("固定资产投资增长6%以上", "发改局"),
        ("规上工业增加值增长7%", "经信局"), ("服务业增加值增长5.5%", "发改局(服务业发展局)"),
        ("社会消费品零售总额增长6%", "商务局"),
    ]
    tasks, pos = [], t.index("责 任 单 位\n")
    for seq, (start, lead) in enumerate(rows, 1):
        text, pos = cut(t, start, "\n\n", pos)  # the cell ends at the blank line after it
        tasks.append(m.task(seq, str(seq), None, None, text, [lead], [], []))
    m.write_expected(name, {"notice": "平湖市人民政府办公室关于印发2024年政府工作报告重点工作和政府重点民生实事项目责任分解的通知",
                            "title": "2024年政府工作报告重点工作责任分解", "issuer": "平湖市人民政府办公室",
                            "issuedOn": "2024-02-19"}, [], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def pinghu_2025_q1():
    """平湖市 2025 政府工作报告主要工作任务 with their first-quarter progress (county-level city), the table alone on the
    stored page, cells apart by ` | `: 分管市长 (a person, printed only in the first row of the rows it heads, so row 2
    has one cell fewer) / 序号 / 主要工作任务 / 一季度重点工作完成情况 / 责任单位. A `★` before a unit marks the lead, the
    cell's other units are responsible (plan-json.md's `*` rule); the progress cell reports, it is no part of the task.
    Row 3's progress cell is cut on the page, so the document ends after row 2."""
    name = "holdout14k-pinghu-2025-q1-star-pipes"
    t = doc(name)
    text1, pos = cut(t, "一般公共预算收入增长2.5%。", " | ")
    text2, _ = cut(t, "坚决扛起政府系统全面从严治党政治责任", " | ", pos)
    m.write_expected(name, {}, [], [], [
        m.task(1, "1", None, None, text1, ["财政局"], ["税务局"], []),
        m.task(2, "2", None, None, text2, ["市府办"], ["市政府各部门", "市属各单位", "各镇街道"], []),
    ])


# ---------------------------------------------------------------------------------------------------------------
def jiaxing_shiyiwu():
    """嘉兴市 《国民经济和社会发展第十一个五年规划纲要》主要目标任务分解落实方案 (city, about 2006), PDF text as a
    document site shows it: the whole table on one line, cells run together without any separator (工作重点 / 序号 /
    主要工作任务 / 第一责任单位 / 主要责任单位), page marks `—1—`, `—2—`. The 工作重点 cells are the parts (`一、主要发展指标`).
    The first unit after the task text is the 第一责任单位 (lead); where two unit names meet with no 、 between them the
    first cell held two lines (row 8: 市发展改革委 and 市经贸委 both lead — the 主要责任单位 cell separates its units by
    、 and ,). The 主要责任单位 units are responsible. Row 11 is cut on the page, so the document ends after row 10."""
    name = "holdout14k-jiaxing-shiyiwu-runon-pdftext"
    t = doc(name)
    xq = ["各县(市、区)政府", "嘉兴经济开发区", "嘉兴港区"]
    rows = [  # number, part, start of the task, first unit (where the text ends), lead, responsible
        ("1", "一", "地区生产总值年均增长12%左右", "市发展改革委各县", ["市发展改革委"], xq),
        ("2", "一", "服务业增加值占生产总值比重达到40%", "市发展改革委各县", ["市发展改革委"],
         ["各县(市、区)政府", "市三产发展领导小组各成员单位"]),
        ("3", "一", "全社会固定资产投资年均增长12%左右", "市发展改革委各县", ["市发展改革委"], xq),
        ("4", "一", "城镇居民人均可支配收入和农村居民人均纯收入", "市发展改革委各县", ["市发展改革委"], xq),
        ("5", "一", "地方财政收入年均增长13%", "市财政局各县", ["市财政局"], xq + ["市国税局"]),
        ("6", "一", "社会消费品零售总额年均增长12%以上", "市经贸委各县", ["市经贸委"], xq),
        ("7", "一", "进出口总额年均增长15%左右", "市外经贸局各县", ["市外经贸局"], xq),
        ("8", "一", "单位生产总值综合能耗下降20%", "市发展改革委市经贸委", ["市发展改革委", "市经贸委"],
         ["市规划建设局", "市统计局", "嘉兴电力局"] + xq),
        ("9", "一", "主要污染物排放量(二氧化硫)控制在省下达指标内", "市环保局各县", ["市环保局"], xq),
        ("10", "二", "积极推进技术创新", "市科技局市发展改革委", ["市科技局"], ["市发展改革委", "市经贸委"] + xq),
    ]
    tasks, pos = [], 0
    for seq, (number, part, start, end, lead, resp) in enumerate(rows, 1):
        text, pos = cut(t, start, end, pos)
        tasks.append(m.task(seq, number, part, None, text, lead, resp, []))
    m.write_expected(name, {"title": "《嘉兴市国民经济和社会发展第十一个五年规划纲要》主要目标任务分解落实方案"},
                     [("一", "主要发展指标"), ("二", "产业优化升级")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def huanggang_2007():
    """黄冈市 (city) 分解落实《黄冈市经济和社会发展第十一个五年规划纲要》主要目标和任务 (黄政发[2007]7号), as a law site
    reprints it from `发布文号:` on (no title line): the notice's own points are the parts (`一、分解原则` holds no task),
    `(一)约束性指标` a section, items `N、target。` each followed by a line `──由X会同有关部门和各县市区组织落实。`:
    X leads, `有关部门` and `各县市区` cooperate (会同, plan-json.md); `──由X和各县市区组织落实` names two units that
    落实 together → both responsible. `2010年年末总人口不超过…` is a target state with no verb of completion → no
    deadline (plan-json.md). Item 7's line is cut on the page, so the document ends after item 6."""
    name = "holdout14k-huanggang-2007-shiyiwu-dashes"
    t = doc(name)
    yg = ["有关部门", "各县市区"]
    rows = [  # start of the item, lead, responsible, cooperating
        ("城镇养老、失业、医疗保险覆盖率", ["市劳动和社会保障局"], [], yg),
        ("新型农村合作医疗覆盖率", ["市卫生局"], [], yg),
        ("人口自然增长率控制在", [], ["市人口计生委", "各县市区"], []),
        ("全市耕地保有量稳定在", ["市国土资源局"], [], yg),
        ("单位生产总值能耗比", ["市发改委"], [], yg),
        ("森林覆盖率达到45%", ["市林业局"], [], yg),
    ]
    tasks, pos = [], 0
    for seq, (start, lead, resp, coop) in enumerate(rows, 1):
        text, pos = cut(t, start, "\n──由", pos)
        tasks.append(m.task(seq, str(seq), "二", "一", text, lead, resp, coop))
    m.write_expected(name, {"docNumber": "黄政发[2007]7号"}, [("一", "分解原则"), ("二", "任务分解")],
                     [("二", "一", "约束性指标")], tasks)


if __name__ == "__main__":
    county_bureau_zhengwu()
    xianyang_2022()
    county_minsheng_2023()
    zhuji_2023()
    yuhuan_2021()
    pinghu_2024()
    pinghu_2025_q1()
    jiaxing_shiyiwu()
    huanggang_2007()
