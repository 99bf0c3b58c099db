#!/usr/bin/env python3
"""Set L (holdout14l-*), the share of labeller i14x (city, county, district and town plans, web pages, reprints and
a bureau's own division of work): hand labels written before the importer, the CLI `import` or ParserEvaluation ever
ran on these documents (see ../I14-CORPUS.md, "Twelfth held-out set, set L (i14x)"). Units, roles and deadlines are
typed by hand from each document; each task's text is cut out of the document between two hand-chosen marks (the
start of the task and the start of what follows it: its clause, its unit cell or the next row), so that the text is
the document's own. Run: `python3 set_l_i14x.py`."""
import make as m
from cutting import doc, cut, by


DONE = []


def plan(f):
    DONE.append(f)
    return f


# ---------------------------------------------------------------------------------------------------------------
@plan
def zhongwei_2025():
    """中卫市优化营商环境行动方案 (city, 宁夏; 卫政办发〔2025〕26号, signed 2025-06-04): the notice (its 文号 run into the
    addressees' line), the plan's title, preamble, part 一, items （一）… each closed by `(责任单位:X、Y、Z等)`. A 责任单位
    list of several units → responsible; `等` → othersIncluded. `压缩审批时限` names no time. Item （二） is cut on the
    stored page before its clause, so the document ends after item （一）."""
    name = "holdout14l-zhongwei-2025-yingshang"
    t = doc(name)
    text, _ = cut(t, "推进惠企政策精准直达。", "(责任单位:")
    m.write_expected(name, {"notice": "市人民政府办公室关于印发中卫市优化营商环境行动方案的通知",
                            "title": "中卫市优化营商环境行动方案", "docNumber": "卫政办发〔2025〕26号",
                            "issuer": "中卫市人民政府办公室", "issuedOn": "2025-06-04"},
                     [("一", "强化政策精准推送践诺履约")], [], [
        m.task(1, "（一）", "一", None, text, [], ["市工业和信息化局", "发展和改革委员会", "审批服务管理局"], [], True),
    ])


# ---------------------------------------------------------------------------------------------------------------
@plan
def lanzhou_page5():
    """兰州市 (city; a 市政府 plan of about 2008–2010 listing the matters to take up with 国家发改委), page 5 of the document
    as a law site pages it: no title, notice or date on the stored page. Items `N、title` on a line of their own, then a
    paragraph that opens with its clause `由X副市长负责,Y牵头,Z配合,` and goes on with the work. The vice-mayor is a person
    (neither text nor unit, as 分管市领导); Y leads, Z cooperates (`相关部门` is a group). The clause comes first, so the
    task's text is the title line followed by the paragraph after the clause. Item 5 is cut on the page, so the document
    ends after item 4. `尽快`, `按期` name no time."""
    name = "holdout14l-lanzhou-fagaiwei-xianjie-page5"
    t = doc(name)
    rows = [  # title, the clause's last words, lead, cooperating
        ("在兰州设立综合配套改革试验区事宜", "相关部门配合,", ["市发改委"], ["相关部门"]),
        ("兰州市大气污染成因及防治对策研究项目", "相关部门配合,", ["市环保局"], ["相关部门"]),
        ("污水管网和污水处理厂项目", "相关部门配合,", ["市建委"], ["相关部门"]),
        ("兰州城市轨道交通项目", "市发改委配合,", ["市建设局"], ["市发改委"]),
    ]
    tasks, pos = [], 0
    for seq, (title, clause_end, lead, coop) in enumerate(rows, 1):
        i = t.index(title + "\n", pos)
        j = t.index(clause_end, i) + len(clause_end)
        body, pos = cut(t, t[j:j + 6], "\n", j)
        tasks.append(m.task(seq, str(seq), None, None, title + body, lead, [], coop))
    m.write_expected(name, {}, [], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
@plan
def jingzhou_2009():
    """荆州市 (city) 2009 分解落实《政府工作报告》 (市政府办公室; the law site prefixes 湖北省 to the title and prints neither
    文号 nor date): the title, then the whole body on **one line**, items `N、target(X,Y,Z)。` apart by single spaces. The
    notice's body is the plan → notice, no title. The bracket after each target is a bare list of units with no role word
    and no first-unit rule on the page: read as a 责任单位 list (plan-json.md: a bare list reads as a 责任单位 list), so
    several units are responsible, one would lead; `、` and `,` both separate units. Part 二 (主要工作任务与责任单位) starts
    with item 11, which the stored page cuts inside its clause, so the document ends after item 10 (part 一)."""
    name = "holdout14l-jingzhou-2009-fenjie-runon"
    t = doc(name)
    g = ["各县市区政府", "荆州开发区"]
    rows = [  # the item's text start, responsible
        ("地区生产总值增长11%", ["市发改委", "市政府相关部门"] + g),
        ("固定资产投资增长25%", ["市发改委"] + g),
        ("社会消费品零售总额增长16%以上", ["市商务局"] + g),
        ("财政一般预算收入增长13%", ["市财政局", "市国税局", "市地税局"] + g),
        ("城镇居民人均可支配收入增长8%", ["市发改委", "市政府相关部门"] + g),
        ("农民人均纯收入增长7%", ["市农业局", "市林业局", "市水产局"] + g),
        ("居民消费价格涨幅控制在4.5%以内", ["市发改委", "市物价局", "市政府相关部门"] + g),
        ("城镇登记失业率控制在4.5%以内", ["市劳动和社会保障局"] + g),
        ("人口自然增长率控制在6‰以内", ["市人口和计生委"] + g),
        ("万元生产总值综合能耗", ["市发改委", "市经委", "市环保局", "市水利局", "市建委", "荆州供电公司"] + g),
    ]
    tasks, pos = [], t.index("一、主要工作目标")
    for seq, (start, resp) in enumerate(rows, 1):
        text, pos = cut(t, start, "(", pos)
        tasks.append(m.task(seq, str(seq), "一", None, text, [], resp, []))
    m.write_expected(name, {"notice": "湖北省荆州市人民政府办公室关于分解落实《政府工作报告》的通知"},
                     [("一", "主要工作目标")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
@plan
def wuxi_2011():
    """无锡市 (city) 市政府2011年重点工作分解落实方案 (锡政发[2011]21号, signed 2011-02-15), as a law site stores it: a
    `发布文号:` line instead of the notice's title, the notice, the plan's title, then items `N、text` each followed by
    **its units on the next line in brackets** with no role word, `、` and `,` between units. No first-unit rule is printed
    (the notice says only 由责任部门分别负责落实), so a bracket of several units is a 责任单位 list (responsible), a bracket of
    one unit leads. `各市(县)、区政府` is one group. `较2010年` names a base year, no deadline. Item 9 is cut on the stored
    page, so the document ends after item 8."""
    name = "holdout14l-wuxi-2011-fenjie-nextline"
    t = doc(name)
    g = "各市(县)、区政府"
    rows = [  # text start, part, section, lead, responsible
        ("地区生产总值增长11.5%", "一", None, [], ["市发改委", "财政局", "无锡国税局", "地税局"]),
        ("万元地区生产总值能耗", "一", None, ["市经信委"], []),
        ("主要污染物排放量", "一", None, [], ["市环保局", "发改委", "经信委"]),
        ("城镇居民人均可支配收入和农民人均纯收入", "一", None, [], ["市发改委", "农委", "人保局", g]),
        ("城镇登记失业率控制在3.5%以内", "一", None, [], ["市人保局", g]),
        ("居民消费价格指数", "一", None, [], ["市发改委", "物价局"]),
        ("大力发展各项社会事业", "二", "一", ["市发改委"], []),
        ("继续实施积极的就业政策", "二", "一", [], ["市人保局", g]),
    ]
    tasks, pos = [], t.index("一、目标分解")
    for seq, (start, part, sec, lead, resp) in enumerate(rows, 1):
        text, pos = cut(t, start, "\n(", pos)
        tasks.append(m.task(seq, str(seq), part, sec, text, lead, resp, []))
    m.write_expected(name, {"title": "市政府2011年重点工作分解落实方案", "docNumber": "锡政发[2011]21号",
                            "issuedOn": "2011-02-15"},
                     [("一", "目标分解"), ("二", "任务分解")], [("二", "一", "保障和改善民生,提高社会建设水平")], tasks)


# ---------------------------------------------------------------------------------------------------------------
@plan
def city_shequ_page4():
    """A city's plan on 社会建设 and 社区服务管理 (city; about 2012–2014 — the page names 江南八区 and 市委社建委, most likely
    南京), page 4 of the document as a law site pages it: no title, notice or date. Items `N、text(责任单位:X、Y、Z)`, item 32
    with no 。 before its bracket, and the part heading 四、 between items 34 and 35. Items 32–34 sit in a part whose
    heading is on an earlier page: part null. 责任单位 with several units → responsible, with one → lead. Percent targets
    (提高到36%, 达标率达80%) name no time. Item 39 is cut on the stored page, so the document ends after item 38."""
    name = "holdout14l-city-shequ-page4-zerendanwei"
    t = doc(name)
    rows = [  # number, part, lead, responsible
        ("32", None, [], ["市城市管理局", "市公安局", "市环保局"]),
        ("33", None, [], ["市交通运输局", "市住建委", "市公安局"]),
        ("34", None, [], ["市住建委", "市人防办", "市城市管理局"]),
        ("35", "四", [], ["市教育局", "市体育局", "市文广新局"]),
        ("36", "四", [], ["市委社建委", "市发改委", "市财政局", "市民政局"]),
        ("37", "四", ["市民政局"], []),
        ("38", "四", [], ["市委社建委", "市民政局", "市综治办"]),
    ]
    tasks, pos = [], 0
    for seq, (num, part, lead, resp) in enumerate(rows, 1):
        text, pos = cut(t, num + "、", "(责任单位:", pos)
        tasks.append(m.task(seq, num, part, None, text[len(num) + 1:], lead, resp, []))
    m.write_expected(name, {}, [("四", "创新社区服务管理机制,不断夯实基层基础")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
@plan
def yiwu_shequ():
    """义乌 (county-level city) 城区社区环境综合整治 notice to 稠城、江东、稠江、北苑街道 and the city's bodies (the year
    written 20** by a template site that reprints it as 社区活动通知模板一, after its own blurb; no title of the notice, no
    signature on the page). Part 二 整治内容及责任分工 holds items （一）… each a title line, sub-items 1、2、3 without
    clauses, then labelled lines `责任单位:` and `配合单位:` (blank lines between: one clause). The sub-items stay in the
    item's text; 责任单位 with several units → responsible, 配合单位 → cooperating. `行政执法局和共建单位` is two units
    (`共建单位` is a group of named bodies, not bare 单位). Item （三） is cut on the stored page, so the document ends after
    item （二）."""
    name = "holdout14l-yiwu-shequ-zhengzhi-template"
    t = doc(name)
    text1, pos = cut(t, "环境卫生整治", "责任单位:")
    text2, _ = cut(t, "占道经营和车辆无序停放整治", "责任单位:", pos)
    m.write_expected(name, {}, [("一", "工作目标"), ("二", "整治内容及责任分工")], [], [
        m.task(1, "（一）", "二", None, text1, [], ["城区各街道", "行政执法局", "共建单位"], ["住建局", "卫生局"]),
        m.task(2, "（二）", "二", None, text2, [], ["城区各街道", "公安局", "行政执法局", "共建单位"], ["市场监管局", "卫生局"]),
    ])


# ---------------------------------------------------------------------------------------------------------------
@plan
def guangzhou_2021_fengong():
    """广州市人民政府关于印发2021年市政府工作报告部署工作责任分工的通知 (city; 穗府〔2021〕3号, signed 2021-02-23): page
    metadata bullets, the notice, then the table **one cell a line** with empty cells as blank lines (序号 / 重点工作 /
    市政府分管领导 / 牵头单位 / 配合单位 / 备注; the header `市政府分管领导` broken over two lines). A row with no 序号
    carries the heading `强化科技创新支撑能力。` (the part's number is not printed: a part with number null, which no task
    can name), a row `(一)` the section. The 分管领导 cell names a person (neither text nor unit). `黄埔区、南沙区政府`
    is copied as printed, two names: `黄埔区` and `南沙区政府` (the suffix is shared, the names stay as printed, as
    plan-json.md's `names stay as printed`). Row 3 is cut on the stored page, so the document ends after row 2."""
    name = "holdout14l-guangzhou-2021-fengong-cells"
    t = doc(name)
    text1, pos = cut(t, "加快建设以中新知识城", "\n")
    text2, _ = cut(t, "全力做好呼吸领域", "\n", pos)
    m.write_expected(name, {"notice": "广州市人民政府关于印发2021年市政府工作报告部署工作责任分工的通知",
                            "title": "2021年市政府工作报告部署工作责任分工", "docNumber": "穗府〔2021〕3号",
                            "issuer": "广州市人民政府", "issuedOn": "2021-02-23"},
                     [(None, "强化科技创新支撑能力")], [(None, "一", "加强战略科技力量建设")], [
        m.task(1, "1", None, "一", text1, ["市科技局"], [], ["黄埔区", "南沙区政府"]),
        m.task(2, "2", None, "一", text2, ["市科技局"], [],
               ["市政府办公厅", "市发展改革委", "市财政局", "市卫生健康委", "荔湾区", "黄埔区政府"]),
    ])


# ---------------------------------------------------------------------------------------------------------------
@plan
def guangzhou_2019_renwu97():
    """广州市 2019年市政府重点工作, the tracking page of one task (city; `任务97`, the page's own date 2019-08-23 is its
    publication, no signature): labelled fields `重点工作:` (the task), `牵头单位:` (one unit → lead), `年度阶段性工作目标:`
    (a time-plan field: 第一季度…第四季度 each with what is due) and `进展落实情况:` (progress reported: no part of the
    task). The stage goals are the task's time limits: BY the end of each quarter; no year is printed before 第一季度, but
    the plan is 2019's (the goals name the 2019年度重点工作计划 and the page is the 2019 list), so an official reads all four
    as 2019's quarters (a decision: plan-json.md would leave 第一季度 without a year). The stored page cuts the third
    quarter's progress; the document ends before it (progress is no task)."""
    name = "holdout14l-guangzhou-2019-renwu97-fields"
    t = doc(name)
    text, _ = cut(t, "推进更高层次的广佛同城化", "\n")
    q = [by("第一季度", "2019-03-31"), by("第二季度", "2019-06-30"), by("第三季度", "2019-09-30"), by("第四季度", "2019-12-31")]
    m.write_expected(name, {}, [], [], [
        m.task(1, None, None, None, text, ["市发展改革委"], [], [], False, q),
    ])


# ---------------------------------------------------------------------------------------------------------------
@plan
def shiyan_2008_page2():
    """十堰市人民政府办公室关于印发2008年十件实事责任落实及任务分解方案的通知 (city, 2008), page 2 as a law site pages it:
    the site's name and the notice's title, then the last field of item 二 (`(六)完成时限:2008年内`, whose item is on page
    1: no task here), item `三、title` and its numbered fields (一)责任领导 (a person), (二)责任单位 (one unit → lead),
    (三)协办单位 (cooperating, as 协同/配合), (四)项目内容及任务分解 and (五)资金筹措 (what is to be done: the task's text,
    after its title), (六)完成时限 (`2008年内` → BY 2008-12-31). Each 一、 item is a task, so there are no parts. Item 四 is
    cut on the stored page inside its (五) field, so the document ends after item 三."""
    name = "holdout14l-shiyan-2008-shijianshishi-page2"
    t = doc(name)
    title, pos = cut(t, "实施农村寄宿制学校建设工程", "\n")
    content, pos = cut(t, "农村中小学实施改水、改厕,计划安排200所", "\n", pos)
    funds, _ = cut(t, "预计需投入资金2000万左右", "\n", pos)
    m.write_expected(name, {"notice": "十堰市人民政府办公室关于印发2008年十件实事责任落实及任务分解方案的通知"}, [], [], [
        m.task(1, "三", None, None, title + content + funds, ["市教育局"], [],
               ["市财政局", "农业局", "各县市区人民政府", "武当山旅游经济特区", "十堰经济开发区"], False,
               [by("2008年内", "2008-12-31")]),
    ])


# ---------------------------------------------------------------------------------------------------------------
@plan
def hanbin_2011_07():
    """安康市汉滨区 (district) 关于区政府2011年7月份重点工作完成情况的通报 (汉政办字[2011]41号; 成文日期 2011-08-04 in the page's
    metadata table, no signature): items `N、text。(由X同志协调,Y负责)` each followed by a `工作进展:` line (progress:
    no part of the task). The person who 协调 is neither text nor unit; one unit 负责 → lead, two → responsible.
    `7月底前` takes the year of the report (2011). The 通报 is labelled as set K labelled its 通报 (title, no notice).
    Item 3 is cut on the stored page, so the document ends after item 2's progress line."""
    name = "holdout14l-hanbin-2011-07-tongbao"
    t = doc(name)
    text1, pos = cut(t, "加快瀛湖景区游艇会所", "(由徐明金")
    text2, _ = cut(t, "加快吉宇钢铁及环型干道用地", "(由李建飞", pos)
    july = [by("7月底前", "2011-07-31")]
    m.write_expected(name, {"title": "关于区政府2011年7月份重点工作完成情况的通报", "docNumber": "汉政办字[2011]41号",
                            "issuer": "安康市汉滨区人民政府办公室", "issuedOn": "2011-08-04"}, [], [], [
        m.task(1, "1", None, None, text1, ["区瀛湖管理局"], [], [], False, july),
        m.task(2, "2", None, None, text2, [], ["园区管委会", "五里镇"], [], False, july),
    ])


# ---------------------------------------------------------------------------------------------------------------
@plan
def weifang_2017_zhengwu():
    """潍坊市2017年政务公开工作要点实施方案 (city, 2017), the text a document-sharing site extracted from the .docx: the
    site's file metadata, then the table **one cell a line** (目标 / 任务 / 主要内容 / 责任单位): the 目标 cell is the part
    (`一、以政务公开助力稳增长`), the 任务 cell the section (`(一)加强预期引导`), merged over their rows, so each row prints
    only 主要内容 and 责任单位. Rows are unnumbered tasks. `X牵头落实` → lead X; `A、B、C分别牵头落实` → all three lead.
    `按月公开` says how often, no deadline (as set K's `按月公開`). Row 5's unit cell is cut on the stored page, so the
    document ends after row 4."""
    name = "holdout14l-weifang-2017-zhengwu-cells"
    t = doc(name)
    rows = [  # text start, the unit cell's start, leads
        ("围绕我市经济社会发展形势", "市发改委牵头落实", ["市发改委"]),
        ("围绕出台促进就业规划", "市人社局牵头落实", ["市人社局"]),
        ("围绕稳健中性的货币政策", "市金融办、", ["市金融办", "人民银行潍坊市中心支行", "潍坊银监分局"]),
        ("加强财政政策信息公开", "市财政局牵头落实", ["市财政局"]),
    ]
    tasks, pos = [], t.index("(一)加强预期引导")
    for seq, (start, cell, lead) in enumerate(rows, 1):
        text, pos = cut(t, start, "\n" + cell, pos)
        tasks.append(m.task(seq, None, "一", "一", text, lead, [], []))
    m.write_expected(name, {"title": "潍坊市2017年政务公开工作要点实施方案"},
                     [("一", "以政务公开助力稳增长")], [("一", "一", "加强预期引导")], tasks)


# ---------------------------------------------------------------------------------------------------------------
@plan
def lingbi_weijian_2021():
    """灵璧县卫生健康委员会 (a county bureau, 部门) 县卫健委2021年政府工作报告任务分解: the bureau lists the county plan's
    tasks it leads, each `N.text` then labelled lines `牵头责任单位:` (the role word 牵头 counts over 责任单位: leads, two
    units both lead) and `主要协作单位:` (协作 = 协同: cooperating), blank lines between. `县政府有关部门`, `有关直属单位`
    and `各乡镇人民政府` are groups as printed; `经济开发区管委会` is one unit. The page's publication time is no signing
    date (issuedOn null) and no issuer is printed. All five tasks are whole; the page ends with its footer."""
    name = "holdout14l-lingbi-weijian-2021-bureau"
    t = doc(name)
    coop = ["各乡镇人民政府", "经济开发区管委会", "县政府有关部门", "有关直属单位"]
    starts = ["落实积极应对人口老龄化", "加强重大公共卫生安全风险", "毫不放松抓好新冠肺炎疫情", "创建国家卫生县城",
              "树立全周期健康管理理念"]
    tasks, pos = [], 0
    for seq, start in enumerate(starts, 1):
        text, pos = cut(t, start, "牵头责任单位:", pos)
        lead = ["县卫健委", "县民政局"] if seq == 1 else ["县卫健委"]
        tasks.append(m.task(seq, str(seq), None, None, text, lead, [], coop))
    m.write_expected(name, {"title": "县卫健委2021年政府工作报告任务分解"}, [], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
@plan
def shouguang_2019_zhengwu():
    """寿光市 (county-level city) 关于印发寿光市2019年政务公开重点工作任务分工的通知 (signed by 寿光市人民政府办公室; the page
    prints the date `20197 9`, read 2019-07-09 as set K read 玉环's `2021312`): the notice, then the table **one cell a
    line** with spaced-out headers (工作任务 / 具 体 要 求 / 责 任 单 位 / 时限要求). Part 一 and section (一) are rows of
    their own; row `1.推进…` is the task: its text is the 工作任务 cell followed by the 具体要求 cell. The unit cell reads
    `X牵头落实;A、B…按职责分工分别落实` → lead X, responsible A…; its next paragraph `各镇(街区)分别落实` → responsible
    too. No time-limit cell is printed. Row 2 is cut on the stored page, so the document ends after row 1."""
    name = "holdout14l-shouguang-2019-zhengwu-cells"
    t = doc(name)
    head, pos = cut(t, "推进新旧动能转换重大工程信息公开", "\n")
    body, _ = cut(t, "根据《2019寿光市新旧动能转换工作要点》", "\n", pos)
    resp = ["市工信局", "市教体局", "市民政局", "市司法局", "市财政局", "市人社局", "市自然资源与规划局", "市住建局",
            "市交通局", "市水利局", "市农业农村局", "市商务局", "市文旅局", "市卫健局", "市生态环境局", "市统计局",
            "市地方金融监管局", "市投资促进中心", "各镇(街区)"]
    m.write_expected(name, {"notice": "关于印发寿光市 2019 年政务公开重点工作任务分工的通知",
                            "title": "寿光市2019年政务公开重点工作任务分工", "issuer": "寿光市人民政府办公室",
                            "issuedOn": "2019-07-09"},
                     [("一", "扎实做好重点领域信息公开")], [("一", "一", "做好助推寿光高质量发展信息公开")], [
        m.task(1, "1", "一", "一", head + body, ["市发改局"], resp, []),
    ])


if __name__ == "__main__":
    for f in DONE:
        f()
