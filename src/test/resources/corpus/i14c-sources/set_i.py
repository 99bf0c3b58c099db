#!/usr/bin/env python3
"""Set I (holdout14i-*): hand labels written before the importer, the CLI `import` or ParserEvaluation ever ran on
these documents (see ../I14-CORPUS.md, "Ninth held-out set"). Units, roles and deadlines are typed by hand from each
document; each task's text is cut out of the document between two hand-chosen marks (the start of the task and the
start of what follows it: its clause, its unit cell or the next row), so that the text is the document's own.
Run: `python3 set_i.py`."""
import os
import make as m

HERE = os.path.dirname(os.path.abspath(__file__))


def doc(name):
    with open(os.path.join(HERE, "..", name + ".txt"), encoding="utf-8") as f:
        return f.read()


def cut(text, start, end, after=0):
    """The text from the first `start` at or after `after` up to the next `end`, whitespace inside lines kept,
    line breaks removed (a cell or paragraph wrapped over lines is one text)."""
    i = text.index(start, after)
    j = text.index(end, i + len(start))
    return "".join(line.strip() for line in text[i:j].splitlines()), j


def by(raw, date):
    return {"raw": raw, "kind": "BY", "date": date}


# ---------------------------------------------------------------------------------------------------------------
def guofa_2022_9():
    """国发〔2022〕9号 (national): items 1–10; each clause closes a task, so item 10 is four tasks."""
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
    ]
    tasks, pos = [], 0
    for seq, (number, part, section, start, clause, lead, resp, others, ddl) in enumerate(rows, 1):
        text, pos = cut(t, start, clause, pos)
        tasks.append(m.task(seq, number, part, section, text, lead, resp, [], others, ddl))
    m.write_expected(name, {"title": "国务院关于落实《政府工作报告》重点工作分工的意见", "docNumber": "国发〔2022〕9号",
                            "issuer": "国务院", "issuedOn": "2022-03-21"},
                     [("一", "2022年经济社会发展总体要求和政策取向"), ("二", "着力稳定宏观经济大盘，保持经济运行在合理区间")],
                     [("一", "（一）", "总体要求和主要预期目标"), ("一", "（二）", "重大政策取向和要求"),
                      ("二", "（三）", "提升积极的财政政策效能"), ("二", "（四）", "加大稳健的货币政策实施力度")], tasks)


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


def main():
    guofa_2022_9()
    longwan()
    changsha()
    jiaoyu()


if __name__ == "__main__":
    main()
