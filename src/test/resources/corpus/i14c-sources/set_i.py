#!/usr/bin/env python3
"""Set I (holdout14i-*): hand labels written before the importer, the CLI `import` or ParserEvaluation ever ran on
these documents (see ../I14-CORPUS.md, "Ninth held-out set"). Units, roles and deadlines are typed by hand from each
document; each task's text is cut out of the document between two hand-chosen marks (the start of the task and the
start of what follows it: its clause, its unit cell or the next row), so that the text is the document's own.
Run: `python3 set_i.py`."""
import make as m
from cutting import doc, cut, by


# ---------------------------------------------------------------------------------------------------------------
def guofa_2022_9():
    """国发〔2022〕9号 (national): items 1–11; each clause closes a task (item 10 is four tasks, item 11 three)."""
    name = "holdout14i-guofa-2022-9-fengong"
    t = doc(name)
    bumen = ["国务院各部门"]
    nianne = by("年内", "2022-12-31")
    yuedi = by("12月底前", "2022-12-31")
    rows = [  # number, part, section, start mark, clause (its first characters), lead, responsible, others, deadlines
        ("1", "一", "（一）", "要在以习近平同志", "（国务院各部门分别负责", [], bumen, False, [nianne]),
        ("2", "一", "（一）", "今年发展主要预期目标是", "（国家发展改革委、财政部、人力资源社会保障部、生态环境部",
         [], ["国家发展改革委", "财政部", "人力资源社会保障部", "生态环境部", "农业农村部", "商务部", "人民银行",
              "海关总署", "国家能源局", "国家外汇局"], True, [yuedi]),
        ("3", "一", "（二）", "完成今年发展目标任务", "（国务院各部门分别负责", [], bumen, False, [nianne]),
        ("4", "一", "（二）", "要保持宏观政策连续性", "（国家发展改革委、财政部、人力资源社会保障部、人民银行等",
         [], ["国家发展改革委", "财政部", "人力资源社会保障部", "人民银行"], True, [nianne]),
        ("5", "一", "（二）", "继续做好常态化疫情防控", "（国务院各部门分别负责", [], bumen, False, [nianne]),
        ("6", "一", "（二）", "要坚持稳字当头", "（国务院各部门分别负责", [], bumen, False, [nianne]),
        ("7", "二", "（三）", "今年赤字率拟按", "（财政部牵头",
         ["财政部"], ["国家发展改革委", "人力资源社会保障部", "人民银行", "税务总局", "国家烟草局"], True, [yuedi]),
        ("8", "二", "（三）", "要用好政府投资资金", "（国家发展改革委、财政部牵头",
         ["国家发展改革委", "财政部"], ["住房城乡建设部", "自然资源部", "生态环境部"], True, [nianne]),
        ("9", "二", "（三）", "要坚持政府过紧日子", "（财政部牵头，国家发展改革委、国管局",
         ["财政部"], ["国家发展改革委", "国管局"], True, [nianne]),
        ("10", "二", "（四）", "发挥货币政策工具", "（人民银行牵头，年内", ["人民银行"], [], False, [nianne]),
        (None, "二", "（四）", "保持人民币汇率", "（人民银行、国家外汇局牵头",
         ["人民银行", "国家外汇局"], [], False, [nianne]),
        (None, "二", "（四）", "进一步疏通货币政策", "（人民银行、银保监会等",
         [], ["人民银行", "银保监会"], True, [nianne]),
        (None, "二", "（四）", "推动金融机构降低", "（人民银行、银保监会、证监会、国家外汇局、国家发展改革委等",
         [], ["人民银行", "银保监会", "证监会", "国家外汇局", "国家发展改革委"], True, [nianne]),
        ("11", "二", "（五）", "大力拓宽就业渠道", "（国家发展改革委、工业和信息化部、财政部、人力资源社会保障部、人民银行、税务总局",
         [], ["国家发展改革委", "工业和信息化部", "财政部", "人力资源社会保障部", "人民银行", "税务总局",
              "市场监管总局", "银保监会", "证监会"], True, [nianne]),
        (None, "二", "（五）", "各类专项促就业政策", "（人力资源社会保障部、国家发展改革委牵头",
         ["人力资源社会保障部", "国家发展改革委"], [], False, [nianne]),
        (None, "二", "（五）", "各地都要千方百计", "（人力资源社会保障部牵头", ["人力资源社会保障部"], [], False, [nianne]),
    ]
    tasks, pos = [], 0
    for seq, (number, part, section, start, clause, lead, resp, others, ddl) in enumerate(rows, 1):
        text, pos = cut(t, start, clause, pos)
        tasks.append(m.task(seq, number, part, section, text, lead, resp, [], others, ddl))
    m.write_expected(name, {"title": "国务院关于落实《政府工作报告》重点工作分工的意见", "docNumber": "国发〔2022〕9号",
                            "issuer": "国务院", "issuedOn": "2022-03-21"},
                     [("一", "2022年经济社会发展总体要求和政策取向"), ("二", "着力稳定宏观经济大盘，保持经济运行在合理区间")],
                     [("一", "（一）", "总体要求和主要预期目标"), ("一", "（二）", "重大政策取向和要求"),
                      ("二", "（三）", "提升积极的财政政策效能"), ("二", "（四）", "加大稳健的货币政策实施力度"),
                      ("二", "（五）", "强化就业优先政策")], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guobanfa_2022_30():
    """国办发〔2022〕30号 (national, whole): items （一）…（二十三）, one clause each; `X…等国务院相关部门及各地区`."""
    name = "holdout14i-guobanfa-2022-30-yingshang"
    t = doc(name)
    dq = ["国务院相关部门", "各地区"]
    both = ["各地区", "各部门"]

    def d(*months):
        """BY deadlines `2022年N月底前` (N = 10, 11) and `2022年底前` (N = 12), as the item prints them."""
        out = []
        for mo in months:
            out.append(by("2022年底前", "2022-12-31") if mo == 12 else
                       by("2022年%d月底前" % mo, "2022-%02d-%d" % (mo, 31 if mo == 10 else 30)))
        return out

    rows = [  # number, part, start mark, clause (first characters), lead, responsible, others, deadlines
        ("（一）", "一", "全面实施市场准入负面清单管理", "（国家发展改革委、商务部牵头",
         ["国家发展改革委", "商务部"], dq, False, d(10)),
        ("（二）", "一", "着力优化工业产品管理制度", "（市场监管总局牵头",
         ["市场监管总局"], ["工业和信息化部", "各地区"], True, d(10, 12)),
        ("（三）", "一", "规范实施行政许可和行政备案", "（国务院办公厅牵头", ["国务院办公厅"], dq, False, d(12)),
        ("（四）", "一", "切实规范政府采购和招投标", "（国家发展改革委、财政部、市场监管总局等",
         [], ["国家发展改革委", "财政部", "市场监管总局", "各地区"], True, d(10)),
        ("（五）", "一", "持续便利市场主体登记", "（人力资源社会保障部、税务总局",
         [], ["人力资源社会保障部", "税务总局", "市场监管总局", "国家档案局", "各地区"], True, d(10, 12)),
        ("（六）", "二", "严格规范政府收费和罚款", "（国家发展改革委、工业和信息化部、司法部",
         [], ["国家发展改革委", "工业和信息化部", "司法部", "财政部", "税务总局", "市场监管总局", "各地区"], True, d(12)),
        ("（七）", "二", "推动规范市政公用服务价外收费", "（国家发展改革委、工业和信息化部、住房城乡建设部",
         [], ["国家发展改革委", "工业和信息化部", "住房城乡建设部", "市场监管总局", "国家能源局", "国家电网有限公司",
              "各地区"], True, d(12)),
        ("（八）", "二", "着力规范金融服务收费", "（国家发展改革委、人民银行",
         [], ["国家发展改革委", "人民银行", "市场监管总局", "银保监会", "证监会", "各地区"], True, []),
        ("（九）", "二", "清理规范行业协会商会收费", "（国家发展改革委、民政部",
         [], ["国家发展改革委", "民政部", "市场监管总局", "各地区"], True, d(10)),
        ("（十）", "二", "推动降低物流服务收费", "（国家发展改革委、交通运输部",
         [], ["国家发展改革委", "交通运输部", "商务部", "市场监管总局", "国家铁路局", "中国民航局",
              "中国国家铁路集团有限公司", "各地区"], True, d(11)),
        ("（十一）", "三", "全面提升线上线下服务能力", "（国务院办公厅牵头", ["国务院办公厅"], dq, False, []),
        ("（十二）", "三", "持续优化投资和建设项目审批服务", "（国家发展改革委、自然资源部",
         [], ["国家发展改革委", "自然资源部", "生态环境部", "住房城乡建设部", "水利部", "人民银行", "银保监会",
              "国家能源局", "国家文物局", "国家电网有限公司", "各地区"], True, d(10, 11, 12)),
        ("（十三）", "三", "着力优化跨境贸易服务", "（交通运输部、商务部",
         [], ["交通运输部", "商务部", "人民银行", "海关总署", "国家外汇局", "各地区"], True, d(12)),
        ("（十四）", "三", "切实提升办税缴费服务水平", "（财政部、人民银行、税务总局、国家档案局",
         [], ["财政部", "人民银行", "税务总局", "国家档案局", "各地区"], True, d(11, 12)),
        ("（十五）", "三", "持续规范中介服务", "（国务院办公厅、国家发展改革委",
         [], ["国务院办公厅", "国家发展改革委", "市场监管总局", "各地区"], True, []),
        ("（十六）", "三", "健全惠企政策精准直达机制", "（各地区、各部门负责", [], both, False, d(12)),
        ("（十七）", "四", "创新实施精准有效监管", "（国务院办公厅牵头", ["国务院办公厅"], dq, False, []),
        ("（十八）", "四", "严格规范监管执法行为", "（国务院办公厅牵头", ["国务院办公厅"], dq, False, d(12)),
        ("（十九）", "四", "切实保障市场主体公平竞争", "（国家发展改革委、司法部",
         [], ["国家发展改革委", "司法部", "人民银行", "国务院国资委", "市场监管总局", "各地区"], True, d(10)),
        ("（二十）", "四", "持续加强知识产权保护", "（最高人民法院、民政部",
         [], ["最高人民法院", "民政部", "市场监管总局", "国家知识产权局", "各地区"], True, d(12)),
        ("（二十一）", "五", "不断完善政策制定实施机制", "（各地区、各部门负责", [], both, False, d(11, 12)),
        ("（二十二）", "五", "着力加强政务诚信建设", "（最高人民法院、国务院办公厅",
         [], ["最高人民法院", "国务院办公厅", "国家发展改革委", "工业和信息化部", "司法部", "市场监管总局", "各地区"],
         True, d(12)),
        ("（二十三）", "五", "坚决整治不作为乱作为", "（各地区、各部门负责", [], both, False, []),
    ]
    tasks, pos = [], 0
    for seq, (number, part, start, clause, lead, resp, others, ddl) in enumerate(rows, 1):
        text, pos = cut(t, start, clause, pos)
        tasks.append(m.task(seq, number, part, None, text, lead, resp, [], others, ddl))
    m.write_expected(name, {"title": "国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见",
                            "docNumber": "国办发〔2022〕30号", "issuer": "国务院办公厅", "issuedOn": "2022-09-07"},
                     [("一", "进一步破除隐性门槛，推动降低市场主体准入成本"), ("二", "进一步规范涉企收费，推动减轻市场主体经营负担"),
                      ("三", "进一步优化涉企服务，推动降低市场主体办事成本"), ("四", "进一步加强公正监管，切实保护市场主体合法权益"),
                      ("五", "进一步规范行政权力，切实稳定市场主体政策预期")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guobanfa_2021_45():
    """国办发〔2021〕45号 (national, whole; the page begins at the addressees): each 一、 is a task with its clause."""
    name = "holdout14i-guobanfa-2021-45-zhongxiao"
    t = doc(name)
    rows = [  # number, start mark, clause (first characters), responsible, others
        ("一", "加大纾困资金支持力度", "（财政部、工业和信息化部、人力资源社会保障部",
         ["财政部", "工业和信息化部", "人力资源社会保障部", "人民银行", "各地区"], True),
        ("二", "进一步推进减税降费", "（财政部、税务总局、海关总署",
         ["财政部", "税务总局", "海关总署", "市场监管总局", "各地区"], True),
        ("三", "灵活精准运用多种金融政策工具", "（人民银行、银保监会按职责", ["人民银行", "银保监会"], False),
        ("四", "推动缓解成本上涨压力", "（国家发展改革委、工业和信息化部、市场监管总局",
         ["国家发展改革委", "工业和信息化部", "市场监管总局", "中国证监会", "交通运输部", "商务部", "各地区"], True),
        ("五", "加强用电保障", "（国家发展改革委、工业和信息化部及各地区",
         ["国家发展改革委", "工业和信息化部", "各地区"], False),
        ("六", "支持企业稳岗扩岗", "（人力资源社会保障部、财政部及各地区", ["人力资源社会保障部", "财政部", "各地区"], False),
        ("七", "保障中小企业款项支付", "（工业和信息化部、国务院国资委",
         ["工业和信息化部", "国务院国资委", "财政部", "人民银行", "各地区"], True),
        ("八", "着力扩大市场需求", "（国家发展改革委、财政部、商务部、工业和信息化部按职责",
         ["国家发展改革委", "财政部", "商务部", "工业和信息化部"], False),
        ("九", "全面压实责任", "（国务院相关部门及各地区", ["国务院相关部门", "各地区"], False),
    ]
    tasks, pos = [], 0
    for seq, (number, start, clause, resp, others) in enumerate(rows, 1):
        text, pos = cut(t, start, clause, pos)
        tasks.append(m.task(seq, number, None, None, text, [], resp, [], others))
    m.write_expected(name, {"issuer": "国务院办公厅", "issuedOn": "2021-11-10"}, [], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def longwan():
    """龙湾 2023 (district): web table one cell a line; `*` marks the lead among the units of a cell."""
    name = "holdout14i-longwan-2023-web"
    t = doc(name)
    rows = [  # start of the 重点工作 cell, lead, responsible (the cell's other units)
        ("地区生产总值增长6.5%", ["区发改局"], []),
        ("一般公共预算收入增长与经济增长", ["区财政局"], []),
        ("固定资产投资增长10.0%", ["区发改局"], []),
        ("单位生产总值能耗", ["区发改局"], []),
        ("精准承接中央五大政策", ["区政府办公室"], ["区财政局"]),
        ("抢抓利好政策释放窗口期", ["区财政局"], ["区发改局"]),
        ("发挥政府产业基金作用", ["区财政局"], ["区科技局", "区投促中心"]),
        ("认真落实温州扩大有效投资", ["区发改局"], []),
        ("着力推进重大建设项目340个", ["区发改局"], []),
    ]
    tasks, pos = [], 0
    for seq, (start, lead, resp) in enumerate(rows, 1):
        text, pos = cut(t, start, "\n\n", pos)  # the cell ends at the blank line after it
        tasks.append(m.task(seq, str(seq), "二", None, text, lead, resp, []))
    m.write_expected(name, {"title": "2023年区政府工作报告重点工作责任分解"},
                     [("一", "夏禹桨区长牵头重点工作"), ("二", "李丹常委、常务副区长牵头重点工作")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def changsha():
    """长沙 目标任务分解 (city): lead unit first, printed once (merged) for its rows; 责任单位 beside it."""
    name = "holdout14i-changsha-lead-first-web"
    t = doc(name)
    zhixia = ["市直各单位", "各区县市"]
    fgw = ["统计局", "市直相关单位", "各区县市", "各园区"]
    rows = [  # start of the 目标任务 cell, end mark (what follows the cell), lead, responsible
        ("强化行政监督", "\n|", ["市政府办公厅"], zhixia),
        ("推进国家安全工作发展", "\n|", ["市政府办公厅"], zhixia),
        ("推进河西商业配套建设", "\n|", ["长沙先导区管委会"], ["商务局", "高新区", "岳麓区"]),
        ("实施先导区新三年行动计划", "\n|", ["长沙先导区管委会"], ["市直相关单位", "高新区", "岳麓区", "望城区"]),
        ("继续开展岳麓山景区综合整治", "\n|", ["长沙先导区管委会"],
         ["环保局", "城投集团", "林业局", "园林局", "工信委", "岳麓区", "市直相关单位"]),
        ("想问题、做决策、安排资金", "\n|", ["市监察局"], zhixia),
        ("严肃查处利用职权", "\n|", ["市监察局"], ["审计局", "财政局", "市直各单位", "各区县市"]),
        ("地区生产总值增长13%", "\n|", ["市发改委"], fgw),
        # rows 9–11 print no 责任单位 cell: the cell of row 8 is merged over them
        ("固定资产投资增长20%", "\n|", ["市发改委"], fgw),
        ("单位地区生产总值综合能耗下降3.5%", "\n|", ["市发改委"], fgw),
        ("城乡居民人均可支配收入分别增长12%和14%", "\n|", ["市发改委"], fgw),
    ]
    tasks, pos = [], 0
    for seq, (start, end, lead, resp) in enumerate(rows, 1):
        text, pos = cut(t, start, end, pos)
        tasks.append(m.task(seq, None, None, None, text, lead, resp, []))
    m.write_expected(name, {}, [], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def jiaoyu():
    """A city education bureau's 2022 工作要点 (PDF text on a document site, lines hard-wrapped mid-sentence)."""
    name = "holdout14i-city-jiaoyu-2022-pdftext"
    t = doc(name)
    text, _ = cut(t, "推进区域教育中心建设。", "(责任单位")
    m.write_expected(name, {"title": "市教育局 2022 年工作要点"},
                     [("一", "建设区域教育中心,办好人民满意教育")], [], [
        m.task(1, "1", "一", None, text, ["区域教育中心建设专班"], [], []),
    ])


# ---------------------------------------------------------------------------------------------------------------
def hanyang():
    """汉阳 2019 (district), as a mirror site shows it: a spam line in the page head, `N、text(牵头单位:X;责任单位:Y)`."""
    name = "holdout14i-hanyang-2019"
    t = doc(name)
    text1, pos = cut(t, "坚持“亩产论英雄”导向", "(牵头单位")
    text2, _ = cut(t, "加快开放型经济建设", "(责任单位", pos)
    m.write_expected(name, {"notice": "区人民政府办公室关于印发2019年区《政府工作报告》确定的主要目标任务责任分解方案的通知",
                            "title": "2019年区《政府工作报告》确定的主要目标任务责任分解方案", "docNumber": "阳政办〔2019〕1号",
                            "issuer": "武汉市汉阳区人民政府办公室", "issuedOn": "2019-01-14"},
                     [("一", "勇立新时代潮头,在全面深化改革中释放发展动力与活力")], [], [
        m.task(1, "1", "一", None, text1, ["区科技和经信局"], ["汉阳经济开发区管委会", "永丰街办事处"], []),
        m.task(2, "2", "一", None, text2, ["区商旅局"], [], []),
    ])


# ---------------------------------------------------------------------------------------------------------------
# Added by helper i14k (documents and labels written before any run, like those above).

def zhejiang_2020():
    """浙江 2020 (provincial), as a policy site reprints it: parts named after the 省长, `N. title。text` then a
    `牵头单位:` line; every unit on that line leads."""
    name = "holdout14i-zhejiang-2020-zerenfenjie-web"
    t = doc(name)
    rows = [  # start of the task, lead
        ("稳企业、防风险。", ["省发展改革委", "省经信厅", "省财政厅", "省商务厅", "省地方金融监管局"]),
        ("“最多跑一次”改革和政府数字化转型。", ["省委改革办", "省大数据局"]),
        ("全面构建“多规合一”国土空间规划体系。", ["省发展改革委", "省自然资源厅"]),
        ("加快推进杭州城西科创大走廊科技创新高地建设。", ["杭州市政府", "省科技厅"]),
    ]
    tasks, pos = [], 0
    for seq, (start, lead) in enumerate(rows, 1):
        text, pos = cut(t, start, "牵头单位", pos)
        tasks.append(m.task(seq, str(seq), "一", None, text, lead, [], []))
    m.write_expected(name, {"title": "政府工作报告重点工作责任分解"}, [("一", "袁家军省长主抓重点工作")], [], tasks)


def haiyan_2022():
    """海盐县 2022 (county): the whole page flattened into one line; parts named after the 县长 and 常务副县长;
    `责任单位:` after each task, the first cell printing the rule `首位单位为牵头单位,下同`."""
    name = "holdout14i-haiyan-2022-oneline"
    t = doc(name)
    rows = [  # number, part, start of the task, lead, responsible
        ("1", "一", "全县生产总值增长7.5%左右", ["县发改局"], ["县财政局", "县税务局", "县农业农村局"]),
        ("2", "一", "落实党政机关过紧日子的要求", ["县财政局"], []),
        ("1", "二", "坚持县政府常务会议集体学法", ["县司法局"], []),
    ]
    tasks, pos = [], 0
    for seq, (number, part, start, lead, resp) in enumerate(rows, 1):
        text, pos = cut(t, start, "责任单位", pos)
        tasks.append(m.task(seq, number, part, None, text, lead, resp, []))
    m.write_expected(name, {"notice": "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知",
                            "title": "政府工作报告2022年重点工作责任分解", "docNumber": "盐政办发〔2022〕16号",
                            "issuer": "海盐县人民政府办公室", "issuedOn": "2022-04-18"},
                     [("一", "王丹县长牵头重点工作"), ("二", "曹惠明常务副县长牵头重点工作")], [], tasks)


def shijingshan_2019():
    """石景山区 2019 (district; 区委办 and 区政府办 together): PDF text on a 文秘 site, lines hard-wrapped, page
    marks `— — — 3 —`; `牵头单位:` and `协办单位:` lines under the task (协办 read as 配合)."""
    name = "holdout14i-shijingshan-2019-pdftext"
    t = doc(name)
    text, _ = cut(t, "完善街道党工委对地区治理", "牵头单位")
    m.write_expected(name, {"title": "石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案",
                            "issuedOn": "2019-04-16"},
                     [("一", "提高城市基层党建工作水平,加强党对基层治理的全面领导")], [], [
        m.task(1, "1", "一", None, text, ["区委组织部"], [],
               ["区委编办", "区民政局(区委社会工委)", "园区党工委", "各街道党工委"]),
    ])


def baoshan_2008():
    """宝山区 2008 (district): notice, then `1、title。(牵头单位:X、Y)`; both units lead."""
    name = "holdout14i-baoshan-2008"
    t = doc(name)
    text, _ = cut(t, "加强经济运行分析", "(牵头单位")
    m.write_expected(name, {"title": "2008年政府工作目标任务分解", "docNumber": "宝府办〔2008〕18号",
                            "issuedOn": "2008-02-26"},
                     [("一", "促进经济又好又快发展。")], [], [
        m.task(1, "1", "一", None, text, ["发改委", "统计局"], [], []),
    ])


def huangshi_2021():
    """黄石市 2021 (city): items `N.text` closed by `[牵头单位:X;责任单位:Y]` (square brackets when a unit name holds
    round ones) or `(牵头单位:X;责任单位:Y)`; the targets paragraph before part 一 names no unit and is no task."""
    name = "holdout14i-huangshi-2021"
    t = doc(name)
    text1, pos = cut(t, "发挥好商会、友城、驻外机构作用", "[牵头单位")
    text2, _ = cut(t, "筹建黄石(上海)离岸科创中心", "(牵头单位", pos)
    m.write_expected(name, {"notice": "关于印发2021年市政府重点工作责任分解的通知", "title": "2021年市政府重点工作责任分解",
                            "docNumber": "黄政办发〔2021〕1号", "issuer": "黄石市人民政府办公室",
                            "issuedOn": "2021-02-25"},
                     [("一", "全面融入新发展格局,着力拓展地缘优势新空间")], [("一", "一", "主动对接长江经济带。")], [
        m.task(1, "1", "一", "一", text1, ["市制造业服务中心"],
               ["市经信局", "市发改委", "市商务局", "市人社局", "市科技局", "市创新发展中心", "市港口物流发展中心",
                "市政府驻上海联络处", "各县(市、区)政府"], []),
        m.task(2, "2", "一", "一", text2, ["市科技局"], ["市创新发展中心", "市政府驻上海联络处", "市交投集团"], []),
    ])


def hangzhou_2021():
    """杭州市 2021 (city), as a 简历 site shows it: two tables one cell a line (序号 / 重点工作任务 / 责任单位), rows
    grouped under the 副市长 who leads them (sections, numbered without brackets as plan-json.md says); a `省牵头单位:` line under the city's units names the province's lead
    department (read as lead, the city's units responsible); `1*` marks a task the city leads."""
    name = "holdout14i-hangzhou-2021-shetaskweb"
    t = doc(name)
    rows = [  # number, part, section, start of the task cell, lead, responsible, deadlines
        ("1", "一", "一", "加强粮食和重要农产品保障", ["省农业农村厅"],
         ["市农业农村局", "市规划和自然资源局", "市商务局(市粮食和物资储备局)"], []),
        ("2", "一", "二", "深入实施消费新政", ["省商务厅"], ["市商务局", "市发改委"], [by("到2025年", "2025-12-31")]),
        ("1", "二", "一", "大力推进杭州城西科创大走廊建设", [],
         ["杭州城西科创产业集聚区管委会", "市科技局", "市发改委", "市经信局", "市规划和自然资源局", "市人力社保局",
          "市地方金融监管局", "市教育局", "市建委"], []),
    ]
    tasks, pos = [], 0
    for seq, (number, part, section, start, lead, resp, ddl) in enumerate(rows, 1):
        text, pos = cut(t, start, "\n\n", pos)  # the cell ends at the blank line after it
        tasks.append(m.task(seq, number, part, section, text, lead, resp, [], False, ddl))
    m.write_expected(name, {"title": "2021年省政府工作报告重点工作涉杭任务和市政府工作报告重点工作责任分解"},
                     [("一", "省政府工作报告“十四五”时期重点工作涉杭任务责任分解"),
                      ("二", "省政府工作报告2021年重点工作涉杭任务责任分解")],
                     [("一", "一", "王宏副市长牵头重点工作"), ("一", "二", "胡伟副市长牵头重点工作"),
                      ("二", "一", "戴建平常务副市长牵头重点工作")], tasks)


def quzhou_2021():
    """衢州市 2021 (city): `N.text`, then `牵头市领导:` (a person) and `责任单位:` lines, blank lines between."""
    name = "holdout14i-quzhou-2021"
    t = doc(name)
    text, _ = cut(t, "聚焦不平衡不充分问题", "\n\n牵头市领导")
    m.write_expected(name, {"notice": "关于印发2021年政府工作报告重点工作责任分解的通知",
                            "title": "政府工作报告“十四五”时期重点工作责任分解", "docNumber": "衢政办发〔2021〕3号",
                            "issuer": "衢州市人民政府办公室", "issuedOn": "2021-03-24"}, [], [], [
        m.task(1, "1", None, None, text, [], ["市发改委", "市农业农村局", "市文旅局"], []),
    ])


def wuhu_2021():
    """芜湖市 2021 (city): `N.text` then `牵头负责领导:` (a person, 宁波), `牵头责任单位:`, `协同责任单位:` lines."""
    name = "holdout14i-wuhu-2021"
    t = doc(name)
    text, _ = cut(t, "地区生产总值比上年增长8.5%左右", "\n\n牵头负责领导")
    m.write_expected(name, {"notice": "芜湖市人民政府关于2021年重点工作及责任分解的通知", "issuer": "芜湖市人民政府"},
                     [("一", "确保完成全年主要预期目标")], [], [
        m.task(1, "1", "一", None, text, ["市发展和改革委员会"], [], ["市政府各部门", "各直属单位"]),
    ])


def pipe_rows(name, rows):
    """Tasks of a table copied with ` | ` between cells (序号 | 主要工作任务 | 责任单位 |): the task cell runs from its
    start mark to the next cell separator. rows: (number, start mark, lead, responsible)."""
    t = doc(name)
    tasks, pos = [], 0
    for seq, (number, start, lead, resp) in enumerate(rows, 1):
        text, pos = cut(t, start, " |", pos)
        tasks.append(m.task(seq, number, None, None, text, lead, resp, []))
    return tasks


def jiaxing_2024():
    """嘉兴市 2024 (city): the table alone, copied with ` | ` between cells; a unit cell broken over lines keeps a
    space after 、. A cell with one unit → lead; with several (no mark, no rule on the page) → responsible."""
    name = "holdout14i-jiaxing-2024-pipes"
    fgw, kj = "市发展改革委", "市科技局"
    tasks = pipe_rows(name, [
        ("1", "地区生产总值增长6%左右", [fgw], []),
        ("2", "规上工业增加值增长6%以上", ["市经信局"], []),
        ("3", "服务业增加值增长6%以上", [fgw], []),
        ("4", "固定资产投资增长6%以上", [fgw], []),
        ("5", "社会消费品零售总额增长5.5%以上", ["市商务局"], []),
        ("6", "研发投入强度达到3.55%", [kj], []),
        ("7", "一般公共预算收入增长6%左右", ["市财政局"], []),
        ("8", "城乡居民收入与经济增长同步", [fgw], []),
        ("9", "居民消费价格指数涨幅3%左右", [fgw], []),
        ("10", "城镇新增就业11万人", ["市人力社保局"], []),
        ("11", "持续加大科技创新投入力度", [], [kj, "市财政局"]),
        ("12", "完善区域创新布局", [], [kj, "市教育局", "南湖区政府", "秀洲区政府", "海宁市政府"]),
        ("13", "完善科技创新激励机制", [], [kj, "市财政局", "市科协"]),
        ("14", "强化清华长三角研究院引领作用", [], [kj, "市教育局", "市经信局", "南湖区政府", "秀洲区政府"]),
        ("15", "支持嘉兴大学、嘉兴南湖学院", [], ["市教育局", kj, "市经信局", "市人力社保局"]),
    ])
    m.write_expected(name, {}, [], [], tasks)


def jiaxing_wunian():
    """嘉兴市, five-year targets (about 2022; the page shows no title): the same ` | ` table; `*` before a unit
    marks the lead, the cell's other units are responsible."""
    name = "holdout14i-jiaxing-wunian-pipes-star"
    fgw = "市发展改革委"
    tasks = pipe_rows(name, [
        ("1", "地区生产总值突破1万亿元", [fgw], []),
        ("2", "规上工业总产值突破2万亿元", ["市经信局"], []),
        ("3", "财政总收入突破1700亿元", ["市财政局"], []),
        ("4", "累计实际利用外资超过160亿美元", ["市商务局"], []),
        ("5", "研发投入强度达到3.8%", ["市科技局"], []),
        ("6", "人才资源总量超过150万人", ["市委组织部(市委人才办)"], ["市人力社保局"]),
        ("7", "国家高新技术企业突破5500家", ["市科技局"], []),
        ("8", "城乡居民人均可支配收入分别达到9.5万元和6万元", [fgw], []),
        ("9", "单位GDP能耗、碳排放强度持续下降", [fgw], ["市生态环境局"]),
        ("10", "建设从源头到龙头", ["市建设局"], ["嘉源集团"]),
        ("11", "全域建成“清新空气示范区”", ["市生态环境局"], ["市生态创建办"]),
        ("12", "创建全国文明典范城市", ["市委宣传部(市文明办)"], []),
        ("13", "“四治融合”城乡基层治理体系更加完善", ["市委政法委"], []),
        ("14", "落实示范区“1+1+N”规划任务", ["嘉善县政府"], ["市长三角发展办"]),
        ("15", "主动对接虹桥国际开放枢纽功能布局", ["市长三角发展办"], []),
    ])
    m.write_expected(name, {}, [], [], tasks)


def shapingba_2022():
    """重庆市沙坪坝区 2022 (district): notice (signature date printed `2022121日`), then 附件1 as a table one cell a
    line (序号 / 2022年预期目标 / 责任单位); one unit a row → lead."""
    name = "holdout14i-shapingba-2022-web"
    t = doc(name)
    rows = [("地区生产总值增长5.5%左右", "区发展改革委"), ("固定资产投资增长6%左右", "区发展改革委"),
            ("工业增加值增长7%左右", "区经济信息委"), ("社会消费品零售总额增长8%左右", "区商务委"),
            ("进出口总额增长5%以上", "区商务委"), ("一般公共预算收入增长5%左右", "区财政局"),
            ("区级税收增长6%左右", "区税务局"), ("全体居民人均可支配收入增长6%左右", "区人力社保局"),
            ("空气质量完成年度目标任务", "区生态环境局"), ("节能减排降碳完成年度目标任务", "区发展改革委")]
    tasks, pos = [], t.index("序号")
    for seq, (start, unit) in enumerate(rows, 1):
        text, pos = cut(t, start, "\n\n", pos)  # the cell ends at the blank line after it
        tasks.append(m.task(seq, str(seq), None, None, text, [unit], [], []))
    m.write_expected(name, {"notice": "重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知",
                            "title": "2022年区政府工作报告经济社会发展预期目标任务分解表",
                            "issuer": "重庆市沙坪坝区人民政府办公室", "issuedOn": "2022-01-21"}, [], [], tasks)


def taizhou_2018():
    """台州市 2018 (city): table one cell a line (目标任务 / 责任领导 / 责任单位); the 责任领导 cell names a person;
    the unit cell is a list ending in 等."""
    name = "holdout14i-taizhou-2018-web"
    t = doc(name)
    text, _ = cut(t, "生产总值增长7.5%以上", "\n\n董贵波")
    m.write_expected(name, {"notice": "台州市人民政府关于印发《政府工作报告》2018年目标任务责任分解的通知",
                            "title": "《政府工作报告》2018年目标任务责任分解", "issuer": "台州市人民政府",
                            "issuedOn": "2018-02-05"}, [("一", "主要预期指标")], [], [
        m.task(1, "1", "一", None, text, [],
               ["市发改委", "市经信委", "市建设局(市规划局)", "市农业局", "市商务局", "市海洋与渔业局",
                "各县(市、区)政府", "台州湾产业集聚区管委会", "台州经济开发区管委会"], [], True),
    ])


def changxing_2023():
    """长兴县 2023 (county): notice (its first line lacks the opening 《), parts named after the 县长, `N.text` then
    a `责任单位:` line ending in 。; one unit → lead."""
    name = "holdout14i-changxing-2023"
    t = doc(name)
    text, _ = cut(t, "财政总收入和一般公共预算收入", "\n\n责任单位")
    m.write_expected(name, {"notice": "长兴县人民政府办公室关于印发2023年政府工作报告重点工作责任分解的通知",
                            "title": "2023年政府工作报告重点工作责任分解", "docNumber": "长政办发〔2023〕7号",
                            "issuer": "长兴县人民政府办公室", "issuedOn": "2023-02-24"},
                     [("一", "朱伟县长牵头重点工作")], [], [
        m.task(1, "1", "一", None, text, ["县财政局"], [], []),
    ])


def shangcheng_2019():
    """杭州市上城区 2019 (district): notice whose body assigns duties of the evaluation itself (区统计局负责对…审核;
    no task), then 附件1 copied with ` | ` between cells: 任务名称 / 指标要求 / 牵头部门 / 配合部门 / 目标类型 (A类 is
    a class of target, not a unit or a time). Task text = 任务名称 and 指标要求."""
    name = "holdout14i-shangcheng-2019-pipes"
    t = doc(name)
    name_cell, pos = cut(t, "地区生产总值", " |", t.index("序号"))
    target_cell, _ = cut(t, "增长5.5%", " |", pos)
    m.write_expected(name, {"title": "2019年《政府工作报告》目标任务分解表", "issuer": "杭州市上城区人民政府办公室",
                            "issuedOn": "2019-02-15"}, [], [], [
        m.task(1, "1", None, None, name_cell + target_cell, ["区发改经信局"], [],
               ["区财政局", "区住房和城建局", "区商务局", "区文化和广电旅游体育局", "区统计局", "区投促局",
                "区电子机械功能区管委会", "各街道办事处"]),
    ])


def yuzhong_2023():
    """重庆市渝中区 2023 (district), as a news page shows it: the targets first repeated as the article's lead (no
    units: no tasks), then `N.text` with `牵头单位:` and `责任单位:` lines; `…等` → othersIncluded."""
    name = "holdout14i-yuzhong-2023-news"
    t = doc(name)
    rows = [  # start of the task, lead, responsible, others
        ("地区生产总值增长5%左右,争取", ["区发改委"], ["各产业主管部门"], False),
        ("区级一般公共预算收入增长5%", ["区财政局"], ["区税务局", "区国资委"], True),
        ("固定资产投资总额增长5%以上。", ["区发改委"],
         ["区住建委", "区财政局", "区国资委", "区规资局", "各管委会", "区属各重点国企"], True),
    ]
    tasks, pos = [], t.index("一、主要预期指标")
    for seq, (start, lead, resp, others) in enumerate(rows, 1):
        text, pos = cut(t, start, "\n牵头单位", pos)
        tasks.append(m.task(seq, str(seq), "一", None, text, lead, resp, [], others))
    m.write_expected(name, {"title": "2023年区政府工作报告重点工作目标任务分解"}, [("一", "主要预期指标")], [], tasks)


def jianli_2022():
    """监利市 2022 (county-level city), as a mirror site shows it (`????????` after the date): items
    `N.text(牵头单位:X;责任单位:Y)`; `各乡、镇人民政府` and `人民大垸、荒湖管理区` are one group each (the name before
    、 does not read as a unit alone), as `各县、市、区政府` in plan-json.md."""
    name = "holdout14i-jianli-2022"
    t = doc(name)
    tail = ["各乡、镇人民政府", "人民大垸、荒湖管理区", "监利经济开发区"]
    tj = "市统计局"
    rows = [  # section, start of the task, lead, responsible
        ("一", "地区生产总值增长10%左右", ["市发改局"], [tj] + tail),
        ("一", "规模以上工业增加值增长15%", ["市科经局"], [tj, "市市场监管局"] + tail),
        ("一", "社会消费品零售总额增长10%", ["市商务局"], [tj] + tail),
        ("一", "财政总收入增长10.8%", ["市财政局"], ["市税务局"] + tail),
        ("二", "固定资产投资增长20%以上", ["市发改局"], [tj, "市直各部门"] + tail),
        ("二", "外贸出口增长10%", ["市商务局"], [tj] + tail),
    ]
    tasks, pos = [], 0
    for seq, (section, start, lead, resp) in enumerate(rows, 1):
        text, pos = cut(t, start, "(牵头单位", pos)
        tasks.append(m.task(seq, str(seq), "一", section, text, lead, resp, []))
    m.write_expected(name, {"notice": "监利市人民政府办公室关于分解落实《政府工作报告》2022年重点工作及民生实事项目的通知",
                            "title": "《政府工作报告》2022年重点工作及民生实事项目任务分解方案",
                            "issuer": "监利市人民政府办公室", "issuedOn": "2021-11-22"},
                     [("一", "2022年主要预期目标")], [("一", "一", "主要经济指标。"), ("一", "二", "活力后劲指标。")], tasks)


def field_rows(name, header, parts, rows, after=None):
    """Tasks printed `N.text` with a `责任单位:` line under them (舟山, 湖州). rows: (number, part, start mark, lead,
    responsible); after: a mark the tasks follow (so that the notice is not searched)."""
    t = doc(name)
    tasks, pos = [], t.index(after) if after else 0
    for seq, (number, part, start, lead, resp) in enumerate(rows, 1):
        text, pos = cut(t, start, "责任单位", pos)
        tasks.append(m.task(seq, number, part, None, text, lead, resp, []))
    m.write_expected(name, header, parts, [], tasks)


def zhoushan_2022():
    """舟山市 2022 (city), as a news site reprints it: a news lead naming tasks without units (no tasks), the notice,
    parts after the 市长, `N.text` / `责任单位:` lines; the rule `列第一位者为牵头或汇总单位,下同` in the first field."""
    cz = "市财政局"
    field_rows("holdout14i-zhoushan-2022-news",
               {"notice": "舟山市人民政府办公室关于印发政府工作报告2022年重点工作任务责任分解的通知",
                "title": "政府工作报告2022年重点工作任务责任分解", "issuer": "舟山市人民政府办公室",
                "issuedOn": "2022-04-29"},
               [("一", "徐仁标市长牵头重点工作")], [
        ("1", "一", "一般公共预算收入增长7%", [cz], ["市税务局", "各县(区)政府", "功能区管委会"]),
        ("2", "一", "加强政府投资预算管理", [cz], []),
        ("3", "一", "落实落细新的组合式税费支持政策", [cz], ["市税务局"]),
        ("4", "一", "推进国资国企改革三年行动", ["市财政局(国资委)"], []),
        ("5", "一", "严肃财经纪律", [cz], ["市审计局"]),
    ], after="一、徐仁标市长")


def zhoushan_2023():
    """舟山市 2023 (city): metadata, notice (`(本文有删减)`), parts after the 市长 and 常务副市长, `N. text` (a space after
    the point) / `责任单位:` lines; the first-unit rule printed in the second task's field (`下同`)."""
    fgw = "市发改委"
    field_rows("holdout14i-zhoushan-2023",
               {"notice": "舟山市人民政府办公室关于印发2023年政府工作报告重点工作和民生实事责任分解的通知",
                "title": "2023年政府工作报告重点工作责任分解", "docNumber": "舟政办发〔2023〕9号",
                "issuer": "舟山市人民政府办公室", "issuedOn": "2023-02-10"},
               [("一", "徐仁标市长牵头重点工作"), ("二", "毛江平常务副市长牵头重点工作")], [
        ("1", "一", "一般公共预算收入与经济增长基本同步", ["市财政局"], []),
        ("2", "一", "深化国资国企改革", ["市财政局(市国资委)"], ["市委组织部", "市审计局", "市属各国有企业"]),
        ("1", "二", "地区生产总值增长7%以上", [fgw], ["市经信局", "市财政局", "市农业农村局"]),
        ("2", "二", "推进沪舟合作", [fgw], ["嵊泗县政府", "六横管委会"]),
    ], after="一、徐仁标市长")


def zhoushan_2020():
    """舟山市 2020 (city): metadata as `•` bullets with indented values, spaces around numbers (`2020 年`, `增长 10%`),
    items `N.text` / `责任单位:` without parts; the first-unit rule in the first field."""
    tz = "市投资促进中心"
    field_rows("holdout14i-zhoushan-2020-bullets",
               {"notice": "舟山市人民政府办公室关于印发2020 年市政府重点工作任务责任分解的通知",
                "title": "2020 年市政府重点工作任务责任分解", "docNumber": "舟政办发〔2020〕4号",
                "issuer": "舟山市人民政府办公室", "issuedOn": "2020-02-27"}, [], [
        ("1", None, "地区生产总值增长 10%", ["市发改委"], ["市财政局"]),
        ("2", None, "加大项目谋划招引力度", [tz], ["各县(区)政府", "各功能区管委会"]),
        ("3", None, "深化招商机制改革", [tz], ["市发改委", "新区驻京联络处", "新区驻沪联络处", "新区驻杭联络处"]),
        ("4", None, "集中力量抓好 132 个省市重点项目建设", ["市发改委"], []),
    ], after="2020 年市政府重点工作任务责任分解\n")


def huzhou_2024():
    """湖州市 2024 (city): a notice whose own points are numbered `一、` `二、` `三、` like the plan's parts (no tasks),
    then part `一、洪湖鹏市长主抓重点工作`, `N.text` / `责任单位:` with the first-unit rule."""
    resp = ["市级其他有关单位", "各区县政府(含南太湖新区、长合区管委会)"]
    field_rows("holdout14i-huzhou-2024",
               {"title": "2024年政府工作报告重点工作责任分解", "issuer": "湖州市人民政府办公室", "issuedOn": "2024-02-08"},
               [("一", "洪湖鹏市长主抓重点工作")], [
        ("1", "一", "坚持稳中求进、以进促稳", ["市政府办公室"], resp),
        ("2", "一", "坚持高站位、实干事", ["市政府办公室"], resp),
    ], after="一、洪湖鹏市长")


def huzhou_2023():
    """湖州市 2023 (city): notice, then part after the 市长 and item 1 with the first-unit rule in its field."""
    field_rows("holdout14i-huzhou-2023",
               {"title": "2023年政府工作报告重点工作责任分解", "issuer": "湖州市人民政府办公室", "issuedOn": "2023-03-15"},
               [("一", "洪湖鹏市长主抓重点工作")], [
        ("1", "一", "坚持并完善“第一议题”等学习制度", ["市政府办公室"],
         ["市级其他有关单位", "各区县政府(南太湖新区、长合区管委会)"]),
    ], after="一、洪湖鹏市长")


def main():
    guofa_2022_9()
    guobanfa_2022_30()
    guobanfa_2021_45()
    longwan()
    changsha()
    jiaoyu()
    hanyang()
    zhejiang_2020()
    haiyan_2022()
    shijingshan_2019()
    baoshan_2008()
    huangshi_2021()
    hangzhou_2021()
    quzhou_2021()
    wuhu_2021()
    jiaxing_2024()
    jiaxing_wunian()
    shapingba_2022()
    taizhou_2018()
    changxing_2023()
    shangcheng_2019()
    yuzhong_2023()
    jianli_2022()
    zhoushan_2022()
    zhoushan_2023()
    zhoushan_2020()
    huzhou_2024()
    huzhou_2023()


if __name__ == "__main__":
    main()
