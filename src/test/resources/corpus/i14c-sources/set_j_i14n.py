#!/usr/bin/env python3
"""Set J, helper i14n's share (holdout14j-*: national and provincial plans): hand labels written before the importer,
the CLI `import` or ParserEvaluation ever ran on these documents (see ../I14-CORPUS.md, "Tenth held-out set, set J
(i14n)"). Units, roles and deadlines are typed by hand from each document; each task's text is cut out of the document
between two hand-chosen marks (the start of the task and the start of its clause or labelled line), so that the text is
the document's own. The script only formats the lists. Run: `python3 set_j_i14n.py`."""
import make as m
from cutting import doc, cut, by


def build(name, rows, header, parts, sections):
    """rows: (number, part, section, start mark, end mark, lead, responsible, cooperating, othersIncluded, deadlines)."""
    t = doc(name)
    tasks, pos = [], 0
    for seq, (number, part, section, start, end, lead, resp, coop, others, ddl) in enumerate(rows, 1):
        text, pos = cut(t, start, end, pos)
        tasks.append(m.task(seq, number, part, section, text, lead, resp, coop, others, ddl))
    m.write_expected(name, header, parts, sections, tasks)


# ---------------------------------------------------------------------------------------------------------------
def henan_2023():
    """豫政〔2023〕5号 (provincial): the page holds notice and plan on one line; `(X牵头,Y等相关部门按职责分工负责)`."""
    jr = ["人行郑州中心支行", "河南银保监局"]
    rows = [
        ("1", "一", "一", "把恢复和扩大消费", "(省商务厅",
         [], ["省商务厅", "财政厅", "发展改革委", "地方金融监管局"] + jr, [], True, []),
        ("2", "一", "一", "落实好提振市场信心", "(省发展改革委牵头",
         ["省发展改革委"], ["省商务厅", "财政厅", "文化和旅游厅", "工业和信息化厅", "住房城乡建设厅"], [], True, []),
        ("3", "一", "一", "激活房地产市场", "(省住房城乡建设厅",
         [], ["省住房城乡建设厅", "地方金融监管局"] + jr, [], False, []),
        ("4", "一", "一", "加大保障性租赁住房供给", "(省住房城乡建设厅牵头",
         ["省住房城乡建设厅"], ["省财政厅", "自然资源厅", "税务局", "地方金融监管局"] + jr, [], False, []),
    ]
    build("holdout14j-henan-2023-oneline", rows,
          {"notice": "河南省人民政府关于明确政府工作报告提出的2023年重点工作责任单位的通知", "docNumber": "豫政〔2023〕5号"},
          [("一", "加快提振市场信心")], [("一", "一", "全面促进消费增长")])


def jiangxi_2017():
    """江西 鄱余万都 分工方案 (provincial, 2017): `(X、Y、Z负责。列第一位的为牵头部门,下同)`."""
    rows = [
        ("1", "一", "一", "按照统一规划、分期实施原则", "(省发改委、省交通运输厅、省财政厅负责。",
         ["省发改委"], ["省交通运输厅", "省财政厅"], [], False, [by("2017年", "2017-12-31")]),
        ("2", "一", "一", "加快国省道升级改造", "(省发改委、省交通运输厅、省财政厅负责)",
         ["省发改委"], ["省交通运输厅", "省财政厅"], [], False, [by("“十三五”末", "2020-12-31")]),
    ]
    build("holdout14j-jiangxi-2017-poyuwandu", rows, {"title": "支持鄱余万都滨湖四县小康攻坚重点工作责任分工方案"},
          [("一", "加快基础设施建设")], [("一", "一", "完善公路交通网络")])


def yunnan_2017():
    """云南 稳增长 意见 (provincial, 2017; the page begins at the addressees): `一、title` then a paragraph closed by
    `(X、Y牵头;A、B,C,各州、市人民政府配合)`."""
    rows = [
        ("一", None, None, "推进重大项目建设", "(省发展改革委、财政厅牵头",
         ["省发展改革委", "财政厅"],
         [], ["省工业和信息化委", "国土资源厅", "环境保护厅", "住房城乡建设厅", "林业厅", "水利厅", "地税局",
              "国家开发银行云南省分行", "农业发展银行云南省分行", "各州、市人民政府"], False,
         [by("2017年3月底前", "2017-03-31"), by("2017年6月底前", "2017-06-30"), by("9月底前", "2017-09-30"),
          by("11月底前", "2017-11-30"), by("2017年第3季度", "2017-09-30")]),
    ]
    build("holdout14j-yunnan-2017-wenzengzhang", rows, {}, [], [])


def sichuan_2011():
    """川府发〔2011〕8号 (provincial): under a part heading, unnumbered paragraphs each closed by `(X牵头)`; the page holds
    the first whole."""
    rows = [
        (None, "一", None, "认真落实中央积极的财政政策", "(财政厅牵头)", ["财政厅"], [], [], False, []),
    ]
    build("holdout14j-sichuan-2011-fengong", rows,
          {"title": "四川省人民政府关于落实《政府工作报告》重点工作部门分工的意见", "docNumber": "川府发〔2011〕8号",
           "issuer": "四川省人民政府", "issuedOn": "2011-03-17"},
          [("一", "努力扩大内需,促进经济平稳较快发展")], [])


def guobanhan_2014_31():
    """国办函〔2014〕31号 (national), as gov.cn's own big5 gateway shows it: **traditional characters**, page metadata twice,
    items `（一）关于“…”的问题，由X会同Y等部门负责落实。` — the units inside the sentence. The importer reads such a text as
    simplified and stores the plan in simplified characters (IMPORTER.md, sweep class 2), so the labels are written in
    simplified characters by hand (the gov.cn simplified page prints the same names); the task text is the item's
    sentence converted by hand (産能 → 产能, 穀物 → 谷物)."""
    name = "holdout14j-guobanhan-2014-31-big5"
    texts = [
        "关于“实施以我为主、立足国内、确保产能、适度进口、科技支撑的国家粮食安全战略”和“确保谷物基本自给、口粮绝对安全”的问题,"
        "由发展改革委会同中央农办、农业部、财政部、科技部、国土资源部、水利部、商务部、统计局、粮食局等部门研究提出落实意见。",
        "关于“严守耕地保护红线,划定永久基本农田”的问题,由国土资源部会同农业部等部门负责落实。",
    ]
    tasks = [
        m.task(1, "（一）", "一", None, texts[0], ["发展改革委"], [],
               ["中央农办", "农业部", "财政部", "科技部", "国土资源部", "水利部", "商务部", "统计局", "粮食局"], True),
        m.task(2, "（二）", "一", None, texts[1], ["国土资源部"], [], ["农业部"], True),
    ]
    m.write_expected(name, {"notice": "国务院办公厅关于落实中共中央国务院关于全面深化农村改革加快推进农业现代化若干意见有关政策措施分工的通知",
                            "docNumber": "国办函〔2014〕31号", "issuer": "国务院办公厅", "issuedOn": "2014-02-23"},
                     [("一", "工作分工")], [], tasks)


def tianjin_2020():
    """天津 2020 (provincial level, 直辖市): a news page's reprint; an unnumbered heading line, then `1。text(市政府各部门分别
    负责,年内持续推进)` — the item number closed by 。."""
    rows = [
        ("1", None, None, "在以习近平同志为核心的党中央坚强领导下", "(市政府各部门分别负责",
         [], ["市政府各部门"], [], False, [by("年内", "2020-12-31")]),
    ]
    build("holdout14j-tianjin-2020-news", rows, {"title": "关于落实国务院《政府工作报告》重点工作的任务分工"}, [], [])


def hunan_2016():
    """湘政发〔2016〕1号 (provincial): items `（一）title。text(分管副省长、协管副秘书长负责,X牵头。…下同)`, three clauses in
    one paragraph, each closing its own task; the clauses open with the leaders by role (people, not units) and state
    two standing notes — `明确牵头部门的,其他有关部门配合,不逐一列出,下同` (names no unit) and `列第一位的为牵头部门,其他部门和单位
    按职责分工负责,下同`."""
    fz = "(分管副省长、协管副秘书长负责,"
    rows = [
        ("（一）", "一", None, "增强创新驱动发展能力", fz + "省科技厅牵头。", ["省科技厅"], [], [], False, []),
        (None, "一", None, "在高端装备、先进储能材料", fz + "省科技厅、省发改委",
         ["省科技厅"], ["省发改委", "省经信委", "省教育厅", "省财政厅", "省地税局", "省国税局"], [], True, []),
        (None, "一", None, "建设一批众创空间", fz + "省科技厅牵头)", ["省科技厅"], [], [], False, []),
    ]
    build("holdout14j-hunan-2016-fengong", rows, {"title": "《政府工作报告》重点工作部门分工的意见", "docNumber": "湘政发〔2016〕1号"},
          [("一", "努力保持经济平稳健康发展")], [])


def shandong_2015():
    """鲁政办字〔2015〕46号 (provincial): under part and section headings, unnumbered paragraphs each closed by
    `(X、Y…等负责)`; a law-database page (its counter line, blank lines kept)."""
    rows = [
        (None, "一", "一", "认真贯彻落实积极的财政政策", "(省发展改革委、省财政厅、省人力资源社会保障厅、省商务厅",
         [], ["省发展改革委", "省财政厅", "省人力资源社会保障厅", "省商务厅", "省经济和信息化委", "省工商局", "省金融办",
              "省旅游局", "人民银行济南分行"], [], True, []),
        (None, "一", "一", "发挥投资的关键作用", "(省发展改革委、省经济和信息化委、省财政厅",
         [], ["省发展改革委", "省经济和信息化委", "省财政厅", "省人力资源社会保障厅", "省交通运输厅", "省农业厅", "省水利厅",
              "省林业厅", "省环保厅"], [], True, []),
        (None, "一", "一", "发挥出口的支撑作用", "(省商务厅、省经济和信息化委",
         [], ["省商务厅", "省经济和信息化委", "省金融办", "省政府办公厅"], [], True, []),
    ]
    build("holdout14j-shandong-2015-fengong", rows,
          {"title": "山东省人民政府办公厅关于落实《政府工作报告》重点工作部门分工的意见", "docNumber": "鲁政办字〔2015〕46号"},
          [("一", "在新常态下保持经济持续健康发展")],
          [("一", "一", "推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用")])


def liaoning_2024():
    """辽政发〔2024〕3号 (provincial; a mirror of the province's page): `N.target` then `牵头领导:` (a person), `牵头单位:` and
    `责任单位:A、B等,各市人民政府,省沈抚示范区管委会` lines — the layout of set G's 辽政发〔2023〕2号, another year's plan."""
    gs = ["各市人民政府", "省沈抚示范区管委会"]
    rows = [
        ("1", "一", None, "地区生产总值增长5.5%左右", "牵头领导",
         ["省发展改革委"], ["省工业和信息化厅", "省农业农村厅", "省商务厅"] + gs, [], True, []),
        ("2", "一", None, "一般公共预算收入增长5%", "牵头领导", ["省财政厅"], ["省税务局"] + gs, [], True, []),
        ("3", "一", None, "规模以上工业增加值增长5.5%", "牵头领导",
         ["省工业和信息化厅"], ["省委军民融合办", "省发展改革委", "省农业农村厅", "省国资委"] + gs, [], True, []),
        ("4", "一", None, "固定资产投资增长10%", "牵头领导",
         ["省发展改革委"], ["省工业和信息化厅", "省农业农村厅", "省商务厅", "省国资委"] + gs, [], True, []),
    ]
    build("holdout14j-liaoning-2024-fengong", rows,
          {"notice": "辽宁省人民政府关于印发《2024年省〈政府工作报告〉重点工作分工方案》的通知",
           "title": "2024年省《政府工作报告》重点工作分工方案", "docNumber": "辽政发〔2024〕3号",
           "issuer": "辽宁省人民政府", "issuedOn": "2024-02-05"},
          [("一", "今年全省经济社会发展的主要预期目标")], [])


def liaoning_2026():
    """辽政发〔2026〕2号 (provincial), as a mirror page shows it — the spam site replaced the issuer's name by `即时比分`
    (notice title and signature); the plan's text is intact. Each `一、` is a task closed by `〔X、Y等牵头,省(中)直有关单位
    按职责分工负责〕` — a square bracket holding a round one — or `(X牵头,Y…等按职责分工负责)`."""
    zz = ["省(中)直有关单位"]
    rows = [
        ("一", None, None, "推动完成地区生产总值增长4.5%左右", "〔省发展改革委、省财政厅",
         ["省发展改革委", "省财政厅", "省人力资源社会保障厅"], zz, [], True, []),
        ("二", None, None, "深入落实中央宏观政策", "〔省委金融办", ["省委金融办", "省发展改革委", "省财政厅"], zz, [], True, []),
        ("三", None, None, "出台一批降低税费负担", "(省发展改革委牵头",
         ["省发展改革委"], ["省委金融办", "省财政厅", "省交通运输厅", "省税务局", "人民银行辽宁省分行", "辽宁金融监管局"],
         [], True, []),
    ]
    build("holdout14j-liaoning-2026-bracket", rows,
          {"title": "2026年省《政府工作报告》重点工作分工方案", "docNumber": "辽政发〔2026〕2号", "issuedOn": "2026-02-05"}, [], [])


def guangdong_2023():
    """广东 2023年省《政府工作报告》工作任务分工方案 (provincial), one task as an association's news page quotes it, all on
    one line: `text 分管领导:… 部门分工:X牵头,A,B、C…,D等配合。` — the leader a person, the field a 部门分工 one."""
    rows = [
        (None, None, None, "贯彻实施《广东省数字经济促进条例》", " 分管领导:",
         ["省工业和信息化厅"], [], ["省委网信办", "省发展改革委", "科技厅", "农业农村厅", "商务厅", "广电局",
                                  "政务服务数据管理局", "省通信管理局"], True, []),
    ]
    build("holdout14j-guangdong-2023-newsquote", rows, {"title": "2023年省〈政府工作报告〉工作任务分工方案"}, [], [])


def liaoning_2012():
    """辽政办发〔2012〕53号 (provincial, the province's own site): part 一、, section （一）, a heading `1.约束性指标。`, then
    targets numbered with the parenthesised-digit characters ⑴…⑽, each followed by `责任单位:X。` or `牵头单位:X。` /
    `责任单位:X、Y等。` lines. Numbers are written in the normalised form （1）…（10） (plan-json.md: full-width brackets,
    ASCII digits). A 责任单位 line that repeats the lead is labelled as printed (set C's decision)."""
    fg, jx, rs = "省发展改革委", "省经济和信息化委", "省人力资源社会保障厅"
    rows = [
        ("（1）", "九年义务教育巩固率", ["省教育厅"], [], False),
        ("（2）", "耕地保有量保持在", ["省国土资源厅"], [], False),
        ("（3）", "森林覆盖率提高到42%", ["省林业厅"], [], False),
        ("（4）", "单位地区生产总值能耗降低", [fg], [fg, jx, "省统计局", "省电力公司"], True),
        ("（5）", "单位地区生产总值二氧化碳", [fg], [fg, "省直相关部门"], False),
        ("（6）", "化学需氧量、二氧化硫", ["省环保厅"], [], False),
        ("（7）", "单位工业增加值用水量", [jx], [jx, "省水利厅"], False),
        ("（8）", "城镇基本养老保险覆盖人数", [rs], [], False),
        ("（9）", "城乡三项基本医疗保险参保率", [rs], [rs, "省卫生厅"], True),
        ("（10）", "城镇保障性安居工程建设", ["省住房城乡建设厅"], [], False),
    ]
    full = []
    for number, start, lead, resp, others in rows:
        end = "牵头单位:" if resp else "责任单位:"
        full.append((number, "一", "一", start, end, lead, resp, [], others, []))
    build("holdout14j-liaoning-2012-dongbei-circled", full,
          {"notice": "辽宁省人民政府办公厅关于落实东北振兴“十二五”规划任务分工的通知", "docNumber": "辽政办发〔2012〕53号"},
          [("一", "主要目标和任务分工")], [("一", "一", "“十二五”时期主要规划指标")])


def liaoning_2025():
    """辽宁 2025年省《政府工作报告》重点工作分工方案 (provincial; a reprint that begins at the plan's title): `一、text(X、Y…等
    按职责分工负责)`."""
    rows = [
        ("一", None, None, "对地区生产总值增长5%以上", "(省发展改革委、省工业和信息化厅",
         [], ["省发展改革委", "省工业和信息化厅", "省财政厅", "省人力资源社会保障厅", "省农业农村厅", "省商务厅"], [], True, []),
    ]
    build("holdout14j-liaoning-2025-fengong", rows, {"title": "2025年省《政府工作报告》重点工作分工方案(一)"}, [], [])


def jiangsu_2008():
    """苏政发〔2008〕25号 (provincial; a law database's copy): `N.target。 (X、Y)` — a bare bracketed list after a space,
    no role word: one unit → lead, several → responsible (set E's decision for bare lists)."""
    rows = [
        ("1", "一", None, "地区生产总值增长11%", "(省发展改革委)", ["省发展改革委"], [], [], False, []),
        ("2", "一", None, "单位生产总值能耗下降", "(省经贸委", [], ["省经贸委", "发展改革委", "建设厅", "统计局"], [], False, []),
    ]
    build("holdout14j-jiangsu-2008-mubiao", rows,
          {"notice": "江苏省政府关于印发2008年工作目标任务分解落实方案的通知", "title": "省政府2008年工作目标任务分解落实方案",
           "docNumber": "苏政发〔2008〕25号", "issuedOn": "2008-02-23"},
          [("一", "目标分解")], [])


def zhejiang_2019():
    """浙政办发〔2019〕7号 (provincial; a law database's copy, its blank lines kept): part after the 省长, `1. text` /
    `牵头单位:A、B、C、D、E` — a 牵头单位 line with five units, all lead (set I's decision for 浙江 2020)."""
    rows = [
        ("1", "一", None, "稳企业、防风险", "牵头单位:",
         ["省发展改革委", "省经信厅", "省财政厅", "省商务厅", "省地方金融监管局"], [], [], False, []),
    ]
    build("holdout14j-zhejiang-2019-zerenfenjie", rows,
          {"notice": "浙江省人民政府办公厅关于印发2019年政府工作报告重点工作责任分解的通知",
           "title": "政府工作报告重点工作责任分解", "docNumber": "浙政办发〔2019〕7号",
           "issuer": "浙江省人民政府办公厅", "issuedOn": "2019-02-19"},
          [("一", "袁家军省长主抓重点工作")], [])


def zhejiang_2024():
    """浙江 2024年政府工作报告重点工作责任分解 (provincial), as a news site reprints it in **traditional characters**
    (like 国办函〔2014〕31号 above: labels and task texts written in simplified characters by hand). `N.text` /
    `責任單位:…` lines; task 2's field states the rule `(除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同)` after
    `X、Y牽頭,A、B`: X and Y lead (marked), A and B responsible (the field is a 责任单位 one; the rule makes only the
    first-listed unit lead where no unit is marked). From task 3 on, the first unit leads and the others are responsible."""
    name = "holdout14j-zhejiang-2024-traditional"
    texts = [
        "一般公共预算收入与经济增长同步。",
        "坚持政府过紧日子,严肃财经纪律,严控一般性支出,大幅压减论坛、展会、节庆等活动,把更多财力用在帮企业、促发展、惠民生上。",
        "积极争取并高效用好地方政府专项债券,充分发挥其对重大项目建设的拉动作用。",
        "发挥“4+1”专项基金撬动作用。坚持市场化专业化运作,完成专项基金组建和运行机制建设,出台尽职免责细则,完善绩效评价和"
        "激励约束机制,健全投资风险防控体系,年度计划投资200亿元,撬动社会资本1000亿元,并扩大省科创母基金规模。坚持“投早、"
        "投小、投科技”,在战略性新兴产业领域催生一批拥有核心技术和市场竞争力的高成长企业。",
    ]
    units = [
        (["省财政厅"], []),
        (["省政府办公厅", "省财政厅"], ["省商务厅", "省文化广电和旅游厅"]),
        (["省财政厅"], ["省发展改革委"]),
        (["省财政厅"], ["省发展改革委", "省经信厅", "省科技厅", "省海洋经济厅", "省商务厅", "省金融控股公司"]),
    ]
    tasks = [m.task(i + 1, str(i + 1), "一", None, texts[i], units[i][0], units[i][1], []) for i in range(4)]
    m.write_expected(name, {"title": "2024年政府工作报告重点工作责任分解"}, [("一", "王浩省长牵头重点工作")], [], tasks)


def zhejiang_2023():
    """浙江 2023年政府工作报告重点工作责任分解 (provincial), page 7 of a paged reprint: the page opens with the 责任单位 line
    of a task whose text is on page 6 (no task), then `3.text` / `责任单位:…` under an unseen part, then part `四、卢山副省长牵头
    重点工作`. No rule is printed on the page, so a field with one unit leads and a field with several shares responsibility
    (set I's decision for 嘉兴 2024)."""
    rows = [
        ("3", None, None, "加强食品药品全链条", "责任单位:", [], ["省市场监管局", "省药监局", "省食品药品安全委员会其他成员单位"],
         [], False, []),
        ("1", "四", None, "优化企业发展环境", "责任单位:", [],
         ["省经信厅", "省财政厅", "省生态环境厅", "省商务厅", "省税务局", "省市场监管局", "省统计局", "省大数据局",
          "省减轻企业负担领导小组其他成员单位", "各设区市政府"], [], False, []),
        ("2", "四", None, "加快推进重大产业项目建设", "责任单位:", [], ["省经信厅", "省发展改革委", "省科技厅"], [], False, []),
        ("3", "四", None, "全力稳住工业经济基本盘", "责任单位:", ["省经信厅"], [], [], False, []),
        ("4", "四", None, "大力推进数字产业化", "责任单位:", ["省经信厅"], [], [], False, []),
        ("5", "四", None, "新增智能工厂", "责任单位:", ["省经信厅"], [], [], False, []),
        ("6", "四", None, "坚定不移推进", "责任单位:", [],
         ["省经信厅", "省发展改革委", "省科技厅", "省自然资源厅", "省生态环境厅", "省商务厅", "省应急管理厅", "省市场监管局",
          "省能源局", "省消防救援总队"], [], False, []),
    ]
    build("holdout14j-zhejiang-2023-page7", rows, {}, [("四", "卢山副省长牵头重点工作")], [])


def shandong_2022():
    """山东 关于深化改革创新促进数字经济高质量发展的若干措施 (provincial, 2022), as a reprint shows it: **traditional
    characters with pinyin glosses** after some characters (`創新(xīn)`, `能(néng)力`), a bracket of words kept (`TB(太字節)`).
    `N.text(責任單位:A、B、C、D)` → responsible. Labels and text in simplified characters without the glosses, by hand."""
    text = ("实施“网络能力”提升行动。统筹5G网络建设布局,加快建设高质量、大规模独立组网5G网络,新开通5G基站15万个以上,"
            "总数达到30万个以上。对覆盖产业园区、服务大中型企业,面向智能制造、智慧交通、智慧医疗等垂直领域开展创新应用,且日均"
            "流量超过30GB的新建5G基站,省财政给予每个最高5000元补贴。大力发展第五代超高速光纤网络,完成宽带核心网络向TB(太字节)"
            "演进,新建10个以上“千兆城市”,实现县级以上城市家庭千兆接入能力和商务楼宇万兆接入能力全覆盖。实施山东OTN(光传送网)"
            "一体化工程、核心网北部大区扩容工程,统筹推进全省骨干网、城域网、接入网IPv6升级。")
    tasks = [m.task(1, "1", "一", None, text, [], ["省通信管理局", "省工业和信息化厅", "省财政厅", "省大数据局"], [])]
    m.write_expected("holdout14j-shandong-2022-shuzi-pinyin", {"title": "关于深化改革创新促进数字经济高质量发展的若干措施"},
                     [("一", "建立数字设施支撑能力提升机制")], [], tasks)


def heilongjiang_2013():
    """黑龙江 2013 落实《政府工作报告》重点工作责任分工的意见 (provincial), as a policy site shows it: targets （一）…（九） under
    part 一 (two of them on one line), then part 二 / section （一） / items `1.`, `2.` on one line; clauses `(X负责)`,
    `(X主办,Y、Z协办)` — **主办 / 协办** as lead / cooperating words — and `(X、Y、Z分别负责)` (responsible)."""
    fg, gx = "省发改委", "省工信委"
    rows = [
        ("（一）", "一", None, "地区生产总值增长11%", "(省发改委负责)", [fg], [], [], False, []),
        ("（二）", "一", None, "公共财政收入增长13%", "(省财政厅主办", ["省财政厅"], [], ["省国税局", "地税局"], False, []),
        ("（三）", "一", None, "全社会固定资产投资增长", "(省发改委主办", [fg], [],
         [gx, "国土资源厅", "住建厅", "环保厅", "水利厅", "交通运输厅", "农委", "商务厅", "金融办"], False, []),
        ("（四）", "一", None, "规模以上工业增加值增长", "(省工信委负责)", [gx], [], [], False, []),
        ("（五）", "一", None, "社会消费品零售总额增长", "(省商务厅负责)", ["省商务厅"], [], [], False, []),
        ("（六）", "一", None, "进出口总额增长", "(省商务厅负责)", ["省商务厅"], [], [], False, []),
        ("（七）", "一", None, "城镇居民人均可支配收入", "(省发改委、农委", [], [fg, "农委", "统计局"], [], False, []),
        ("（八）", "一", None, "居民消费价格涨幅", "(省物价监管局负责)", ["省物价监管局"], [], [], False, []),
        ("（九）", "一", None, "单位GDP综合能耗", "(省发改委负责)", [fg], [], [], False, []),
        ("1", "二", "一", "抓好600个省级重点产业项目", "(省发改委主办", [fg], [],
         [gx, "科技厅", "商务厅", "国土资源厅", "林业厅"], False, []),
        ("2", "二", "一", "重点抓好哈尔滨中小型燃气轮机", "(省工信委主办", [gx], [], [fg], False, []),
    ]
    build("holdout14j-heilongjiang-2013-zhuban", rows,
          {"title": "黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见"},
          [("一", "全省经济社会发展主要目标"), ("二", "大力推进产业项目建设,促进结构优化升级和质量效益提升")],
          [("二", "一", "全力推进产业项目建设")])


def shanxi_2008():
    """晋政发[2008]8号 (provincial; a court site's law database copy, its metadata lines kept): parts named after the
    省长 / 副省长 who answer for them (a person), sections `（一）X牵头的工作` that **name the lead in the heading**, items
    under them (numbered or not), and `协同单位:…` lines after an item. A 协同单位 line belongs to the item it follows
    (in section 二.（一） each item has its own line, so in 一.（三） item 1 has none). The sentence under each part heading
    (`全面负责省人民政府工作任务的落实。`) is the leader's duty, no task."""
    gs = ["各市人民政府"]
    rows = [
        (None, "一", "一", "加强行政监察工作", "\n", ["省监察厅"], [], [], False, []),
        (None, "一", "二", "全面加强审计工作", "协同单位:", ["省审计厅"], [], ["省直各部门"] + gs, False, []),
        ("1", "一", "三", "深化行政管理体制改革", "\n", ["省编办"], [], [], False, []),
        ("2", "一", "三", "积极稳妥地推进乡镇机构改革", "协同单位:", ["省编办"], [], ["省财政厅", "省人事厅", "省农业厅"] + gs,
         True, []),
        ("1", "二", "一", "加强政府自身建设", "协同单位:", ["省人民政府办公厅"], [], ["省直有关部门"] + gs, False, []),
        ("2", "二", "一", "认真执行省人大及其常委会", "协同单位:", ["省人民政府办公厅"], [], ["省直有关部门"] + gs, False, []),
    ]
    build("holdout14j-shanxi-2008-leadheading", rows,
          {"notice": "山西省人民政府关于印发2008年省人民政府工作目标责任分解的通知", "docNumber": "晋政发[2008]8号"},
          [("一", "孟学农省长负责的工作"), ("二", "薛延忠常务副省长负责的工作")],
          [("一", "一", "省监察厅牵头的工作"), ("一", "二", "省审计厅牵头的工作"), ("一", "三", "省编办牵头的工作"),
           ("二", "一", "省人民政府办公厅牵头的工作")])


def hubei_2018():
    """湖北 2018年《政府工作报告》重点工作责任分解 (provincial), as a law site reprints it in **traditional characters**
    (labels and text written in simplified characters by hand): the page begins at the addressees; a targets sentence
    without units, part 一, an unnumbered heading line, then `1、text。牽頭單位:X;責任單位:A、B…等,各市州政府。` — the
    labelled fields **inline after the text, no bracket**."""
    text = "规范政府举债行为,严格控制增量,积极消化存量,依法处置隐性债务。"
    tasks = [m.task(1, "1", "一", None, text, ["省财政厅"],
                    ["省发改委", "省经信委", "省审计厅", "省国资委", "省政府金融办", "人行武汉分行", "湖北银监局", "湖北证监局",
                     "湖北保监局", "各市州政府"], [], True)]
    m.write_expected("holdout14j-hubei-2018-traditional", {"title": "《政府工作报告》重点工作责任分解", "issuedOn": "2018-01-29"},
                     [("一", "坚决打好三大攻坚战")], [], tasks)


def shanxi_2006():
    """晋政发〔2006〕10号 (provincial; a law site, the whole page **on one line** joined by spaces): the layout of 晋政发[2008]8号
    above — `一、X省长负责的工作(…协助)`, `（一）Y牵头的工作 text 协同部门:A、B…等。` — one level more above the parts
    (`第一部分:“十一五”期间…`, not a part of the JSON: `parts` are the 一、 headings). The 第一部分 heading's `“十一五”期间`
    names the plan's span, no task's deadline."""
    rows = [
        (None, "一", "一", "强化行政监察", " 协同部门:", ["省监察委员会"], [],
         ["省政府办公厅", "发展改革委", "教育厅", "公安厅", "财政厅", "国土厅", "建设厅", "交通厅", "农业厅", "卫生厅", "审计厅",
          "国资委", "环保局", "安监局", "法制办", "物价局"], True, []),
        (None, "一", "二", "强化审计监督", " 协同部门:", ["省审计厅"], [],
         ["省政府办公厅", "财政厅", "地税局", "各市、县人民政府"], True, []),
        ("1", "一", "三", "进一步优化政府组织机构", " 协同部门:", ["省编办"], [], ["省人民政府各部门"], False, []),
    ]
    build("holdout14j-shanxi-2006-oneline", rows,
          {"notice": "山西省人民政府印发关于山西省国民经济和社会发展第十一个五年规划纲要的报告工作目标责任分解的通知",
           "title": "《关于山西省国民经济和社会发展第十一个五年规划纲要的报告》工作目标责任分解", "docNumber": "晋政发〔2006〕10号",
           "issuedOn": "2006-05-11"},
          [("一", "于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助)")],
          [("一", "一", "省监察委员会牵头的工作"), ("一", "二", "省审计厅牵头的工作"), ("一", "三", "省编办牵头的工作")])


def main():
    henan_2023()
    jiangxi_2017()
    yunnan_2017()
    sichuan_2011()
    guobanhan_2014_31()
    tianjin_2020()
    hunan_2016()
    shandong_2015()
    liaoning_2024()
    liaoning_2026()
    guangdong_2023()
    liaoning_2012()
    liaoning_2025()
    jiangsu_2008()
    zhejiang_2019()
    zhejiang_2024()
    zhejiang_2023()
    shandong_2022()
    heilongjiang_2013()
    shanxi_2008()
    hubei_2018()
    shanxi_2006()


if __name__ == "__main__":
    main()
