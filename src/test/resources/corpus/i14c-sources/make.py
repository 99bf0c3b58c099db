#!/usr/bin/env python3
"""Writes set C of the layout corpus (holdout14c-*): the rebuilt containers (.xlsx, .pdf, .docx, made by
LibreOffice from an HTML table of the real rows) and every document's expected JSON. Texts come from the
published plans (see ../I14-CORPUS.md); roles, units and deadlines are the hand labels written in this
folder's .py files and below — never the importer's output. Run: `python3 make.py` (needs soffice)."""
import html, json, os, re, shutil, subprocess, tempfile
import gz_rencai_2012 as gz
import zj_ai_2026 as zj

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

def task(seq, number, part, section, text, lead, resp, coop, others=False, deadlines=()):
    return {"seq": seq, "number": number, "part": part, "section": section, "text": text,
            "lead": list(lead), "responsible": list(resp), "cooperating": list(coop),
            "othersIncluded": others, "deadlines": [dict(d) for d in deadlines]}

def write_expected(name, header, parts, sections, tasks):
    doc = {"notice": None, "title": None, "docNumber": None, "issuer": None, "issuedOn": None}
    doc.update(header)
    doc["parts"] = [{"number": n, "title": t} for n, t in parts]
    doc["sections"] = [{"part": p, "number": n, "title": t} for p, n, t in sections]
    doc["tasks"] = tasks
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")

def soffice(src, fmt, infilter, dest):
    tmp = tempfile.mkdtemp()
    cmd = ["soffice", "--headless", "--norestore"]
    if infilter: cmd += ["--infilter=" + infilter]
    subprocess.run(cmd + ["--convert-to", fmt, "--outdir", tmp, src], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.listdir(tmp)[0]), dest)

def html_table(caption, header, rows, spans, landscape=False):
    """rows: cell lists (None where a merged cell above covers it); spans: {(row, col): rowspan}.
    A cell text's newlines become line breaks inside the cell."""
    page = "@page{size:29.7cm 21cm}" if landscape else ""
    out = ["<html><head><meta charset='utf-8'><style>" + page + "td,th{border:1px solid #000;vertical-align:middle;font-family:'WenQuanYi Micro Hei';font-size:10pt}table{border-collapse:collapse}</style></head><body>",
           f"<p>附件</p><p style='text-align:center'><b>{html.escape(caption)}</b></p>",
           "<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr></thead><tbody>"]
    for i, row in enumerate(rows):
        cells = []
        for j, c in enumerate(row):
            if c is None: continue
            span = spans.get((i, j))
            attr = f" rowspan='{span}'" if span and span > 1 else ""
            cells.append(f"<td{attr}>" + "<br>".join(html.escape(x) for x in c.split("\n")) + "</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></body></html>")
    return "\n".join(out)

def merge(rows, col, key):
    """The cells of column col: the first row of each run of equal keys carries the text and a rowspan."""
    spans, i = {}, 0
    while i < len(rows):
        j = i
        while j < len(rows) and key(rows[j]) == key(rows[i]): j += 1
        spans[(i, col)] = j - i
        for k in range(i + 1, j): rows[k][col] = None
        i = j
    return spans

# --- 1. 广州 人才集聚工程 2012: web copy (prose, bracketed 牵头单位/配合单位 fields) ---------------------
def gz_doc():
    name = "holdout14c-gz-rencai-2012-web"
    text = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    tasks = []
    for m in re.finditer(r"^\s*(\d+)\.(.*?)（牵头单位：", text, re.M):
        n = int(m.group(1))
        part, sec, lead, coop, ddl = gz.TASKS[n]
        tasks.append(task(len(tasks) + 1, str(n), part, sec, m.group(2), lead, [], coop, False, ddl))
    assert [int(t["number"]) for t in tasks] == list(range(2, 46)), [t["number"] for t in tasks]
    write_expected(name, {"title": "关于推进人才集聚工程的实施意见"}, gz.PARTS, gz.SECTIONS, tasks)

# --- 2. 浙江 人工智能 2026: Excel sheet (rows 1–25) and PDF (rows 26–43) rebuilt ------------------------
ZJ_HEAD = ["序号", "类别", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限"]
ZJ_CAPTION = "人工智能高质量发展重点任务清单"

def zj_deadline(time):
    if time == "持续推进": return {"raw": time, "kind": "ONGOING"}
    return {"raw": time, "kind": "BY", "date": zj.MONTH_END[time]}

def zj_expected(name, rows):
    tasks = [task(i, str(r[0]), None, None, r[3], r[7], r[8], r[9], False, [zj_deadline(r[6])])
             for i, r in enumerate(rows, 1)]
    write_expected(name, {"title": ZJ_CAPTION}, [], [], tasks)

def zj_page(rows, landscape):
    cells = [[str(r[0]), r[1], r[2], r[3], r[4], r[5], r[6]] for r in rows]
    spans = merge(cells, 1, lambda c: c[1])
    spans.update(merge(cells, 2, lambda c: c[2]))
    return html_table(ZJ_CAPTION, ZJ_HEAD, cells, spans, landscape)

def zj_sheet(name, lo, hi):
    rows = [r for r in zj.ROWS if lo <= r[0] <= hi]
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, name + ".html")
    open(src, "w", encoding="utf-8").write(zj_page([list(r) for r in rows], False))
    soffice(src, "xlsx:Calc MS Excel 2007 XML", "HTML (StarCalc)", os.path.join(OUT, name + ".xlsx"))
    zj_expected(name, rows)

def zj_pdf(name, lo, hi):
    rows = [r for r in zj.ROWS if lo <= r[0] <= hi]
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, name + ".html")
    open(src, "w", encoding="utf-8").write(zj_page([list(r) for r in rows], True))
    docx = os.path.join(tmp, name + ".docx")
    soffice(src, "docx:MS Word 2007 XML", "HTML (StarWriter)", docx)
    soffice(docx, "pdf:writer_pdf_Export", None, os.path.join(OUT, name + ".pdf"))
    zj_expected(name, rows)

# --- 3. 常州钟楼区 2021 重大民生实事: Word table rebuilt (序号/项目名称 merged over project 3's rows) ----
ZL_HEAD = ["序号", "项目名称", "主要内容", "区政府分管领导", "牵头单位", "配合单位"]
ZL_ROWS = [  # 序号, 项目名称, 主要内容, 分管领导, 牵头单位, 配合单位 (one unit a line in the cell), LEAD, COOP
 ("1", "增加教育资源供给", "实施新建、改扩建学校重点建设项目12个,计划竣工3个,其中幼儿园7个、小学4个、初中1个;增加学位5000个,其中幼儿园420个,中小学4580个。",
  "何海平", "教育局", "经开区\n高新园(邹区镇)\n各街道\n市国有公司", ["教育局"], ["经开区", "高新园(邹区镇)", "各街道", "市国有公司"]),
 ("2", "促进就业稳定增长", "落实就业优先战略。全区城镇新增就业15000人,失业人员再就业5800人,新增参保大学生5400人,城乡“零就业家庭”动态清零,城镇登记失业率控制在3%以内;支持成功自主创业2000人,支持大学生创业240人;开展职业技能补贴培训10000人次。",
  "何海平", "人社局", "高新园(邹区镇)\n各街道", ["人社局"], ["高新园(邹区镇)", "各街道"]),
 ("3", "老城厢复兴发展", "完成瞿秋白纪念馆整体提升工程对外开放,完成常州盛宣怀故居(本体)修缮展陈。",
  "何海平", "文体旅局", "晋陵公司\n轨道公司", ["文体旅局"], ["晋陵公司", "轨道公司"]),
 ("3", "老城厢复兴发展", "推进大庙弄核心区改造、瞿秋白纪念馆周边立面整治及三堡街、西横街、民元里、邮电路、北大街等老城厢道路整治。",
  "芮春祥", "住建局", "五星街道\n南大街街道\n荷花池街道", ["住建局"], ["五星街道", "南大街街道", "荷花池街道"]),
]
ZL_CAPTION = "2021年重大民生实事项目目标任务责任分解表"

def zl_word(name):
    cells = [list(r[:6]) for r in ZL_ROWS]
    spans = merge(cells, 0, lambda c: c[0])
    spans.update(merge([list(r[:6]) for r in ZL_ROWS], 1, lambda c: c[1]))
    for i, r in enumerate(ZL_ROWS):
        if i > 0 and r[1] == ZL_ROWS[i - 1][1]: cells[i][1] = None
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, name + ".html")
    open(src, "w", encoding="utf-8").write(html_table(ZL_CAPTION, ZL_HEAD, cells, spans))
    soffice(src, "docx:MS Word 2007 XML", "HTML (StarWriter)", os.path.join(OUT, name + ".docx"))
    tasks = [task(i, r[0], None, None, r[1] + "。" + r[2], r[6], [], r[7]) for i, r in enumerate(ZL_ROWS, 1)]
    tasks[3]["number"] = None  # the second row of project 3 has no number of its own (merged 序号)
    write_expected(name, {"title": ZL_CAPTION}, [], [], tasks)

# --- 4. the text documents, labelled here by hand ------------------------------------------------------
def texts():
    # 昆明市官渡区 稳增长促发展 若干政策措施 (2016): prose, (X牵头,Y、Z配合)
    write_expected("holdout14c-guandu-2016", {}, [("一", "提高投资项目审批效率"), ("二", "加快推进项目建设")], [], [
        task(1, "1", "一", None, "精简项目审批手续。加快推进网上审批,完善行政审批网上服务大厅功能,扩大上线服务单位范围,提高行政审批效率。加快建立“中介超市”,5月底前实现我区中介超市上线运行。",
             ["区政务服务局"], [], ["区发改局", "区审改办", "区住建局", "区级相关部门"], False,
             [{"raw": "5月底前", "kind": "BY", "date": None}]),
        task(2, "2", "一", None, "提高土地审批效率。辖区范围内6亩以下(不含6亩)的土地使用转让手续,区政府审查后办理土地登记。",
             ["区国土分局"], [], ["区规划分局", "区级相关部门"]),
        task(3, "3", "一", None, "提高环评审批效率。环评文件上报审批时,只需提交水保批复(涉及水土保持项目)、滇管部门选址意见(涉及滇池流域项目)。环境影响报告表、登记表原则上由区级负责审批。环评报告书14个工作日内、环评报告表7个工作日内、环评登记表3个工作日内完成审批。",
             ["区环保局"], [], ["区水务局", "区级相关部门"], False,
             [{"raw": "14个工作日内", "kind": "WITHIN", "workingDays": 14}, {"raw": "7个工作日内", "kind": "WITHIN", "workingDays": 7},
              {"raw": "3个工作日内", "kind": "WITHIN", "workingDays": 3}]),
        task(4, "4", "二", None, "加强项目谋划储备。编制完成官渡区三年滚动投资计划,完善“十三五”规划项目库,建立专项建设基金三年滚动项目库,建立投资项目信息化管理平台,促进投资项目科学管理。加大项目前期工作力度,区级财政安排4000万元重大项目前期费,统筹用于区级重大基础设施项目。继续深挖盘活财政存量和沉淀资金,统筹用于重点项目建设,进一步发挥财政资金的撬动作用。",
             ["区发改局"], [], ["区财政局", "区交运局", "区经贸投促局", "区住建局", "区水务局", "区国投公司", "各街道办事处"], True),
    ])
    # 霍山县 开发区 2025年重点工作及责任清单: web table, one cell a line; 责任领导 names people
    full_year = [{"raw": "全年", "kind": "BY", "date": "2025-12-31"}]
    write_expected("holdout14c-huoshan-kfq-2025-web", {"title": "2025年开发区重点工作及责任清单"}, [], [], [
        task(1, "1", None, None, "坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机 制,落实重点项目“领导+专班””“项目管家”等制度,全力服务重 大项目落地见效。",
             [], ["招商工作部", "安商工作部"], [], False, full_year),
        task(2, "2", None, None, "全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”,力争 全年盘活僵尸企业10家,盘活存量土地400亩。",
             ["改革办"], [], [], False, full_year),
        task(3, "3", None, None, "持续提升园区承载能力,加快推进开发区污水处理厂及污水管 网提升项目,全面做好纬六路以北、中沟以北地块水电气路网 等基础设施配套。",
             ["规划建设局"], [], [], False, full_year),
    ])
    # 宁波 2014年市政府民生实事项目 1—6月进展公示: labelled fields inline; 牵头领导/项目责任人 name people
    write_expected("holdout14c-ningbo-2014-web", {}, [], [], [
        task(1, "1", None, None, "轨道交通1号线一期工程投入试运营。", ["市轨道交通工程建设指挥部"], [], []),
        task(2, "2", None, None, "新增安装300套路口交通信息视频采集设备。", ["市公安局"], [], ["市城管局", "市财政局"]),
        task(3, "3", None, None, "新辟公交线路10条,优化调整20条。", ["市交通委"], [], ["市公安局", "市城管局", "各区政府"]),
    ])
    # 湖州 2020年政府工作报告重点工作责任分解: 责任单位 line with the 列第一位者 rule
    write_expected("holdout14c-huzhou-2020", {"title": "2020年政府工作报告重点工作责任分解", "issuer": "湖州市人民政府办公室", "issuedOn": "2020-05-22"},
                   [("一", "王纲市长主抓重点工作")], [], [
        task(1, "1", "一", None, "坚定不移支持企业发展。认真落实关于营造更好发展环境、推动民营企业改革发展的各项政策措施。全面落实疫情发生以来出台的各类稳企业、稳经济、稳发展政策意见,大力实施减税、减费、减租、减息措施,力争减轻企业各类负担200亿元,全力支持企业复产达产、健康发展。",
             ["市经信局"], ["市财政局", "市发展改革委", "市人力社保局", "市金融办", "市税务局"], []),
    ])
    # 嘉兴 2023年政府工作报告重点工作责任分解: web table one cell a line, the notice above
    write_expected("holdout14c-jiaxing-2023-web", {"notice": "嘉兴市人民政府办公室关于印发2023年政府工作报告重点工作和市政府民生实事项目责任分解的通知",
                   "title": "2023年政府工作报告重点工作责任分解", "docNumber": "嘉政办发〔2023〕7号", "issuer": "嘉兴市人民政府办公室", "issuedOn": "2023-03-01"}, [], [], [
        task(1, "1", None, None, "地区生产总值增长6%左右。", ["市发展改革委"], [], []),
    ])
    # 运城 应急体系建设“十三五”规划责任分解 (2017): sub-items (1)–(4), then a (责任单位:…) line
    write_expected("holdout14c-yuncheng-2017", {"notice": "运城市人民政府办公厅关于印发运城市突发事件应急体系建设“十三五”规划责任分解的通知",
                   "title": "运城市突发事件应急体系建设“十三五”规划责任分解", "issuer": "运城市人民政府办公厅", "issuedOn": "2017-04-13"},
                   [], [(None, "一", "“一案三制”建设")], [
        task(1, "1", None, "一", "完善应急预案体系\n(1)加强应急预案管理,规范应急预案编制、审批、发布、备案、修订和评估工作,增强应急预案的针对性、实用性和可操作性。\n(2)推进政府及其部门应急预案“精编化”,及时修订完善现有应急预案,促进单位和基层应急预案编制全覆盖。\n(3)加强应急预案演练,完善演练管理制度,推进“双盲”演练,强化针对性、实战性。\n(4)加强应急预案的培训宣传,扩大应急预案发布范围,提高全社会对应急预案的知晓率。",
             [], ["市直各有关单位", "各县(市、区)人民政府", "各开发区管委会"], []),
    ])

if __name__ == "__main__":
    gz_doc()
    zj_sheet("holdout14c-zj-ai-2026-sheet", 1, 25)
    zj_pdf("holdout14c-zj-ai-2026-pdf", 26, 43)
    zl_word("holdout14c-zhonglou-2021-word")
    texts()
