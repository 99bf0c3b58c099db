#!/usr/bin/env python3
"""Writes the layout corpus's documents and their expected JSON from the rows in gd_szgd_2025.py and
guoban_jiuye_2022.py. The document text comes from the published plans (see ../I14-CORPUS.md); the unit
labels are the hand-written ones in those files, never the importer's output. Containers (.docx, .pdf,
.xlsx) are made by LibreOffice from an HTML table: `python3 make.py` (needs soffice on PATH)."""
import html, json, os, shutil, subprocess, tempfile
import gd_szgd_2025 as gd
import guoban_jiuye_2022 as gb

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
CN = "零一二三四五六七八九十"

def cn(n):
    if n <= 10: return CN[n]
    if n < 20: return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")

def task(seq, number, part, section, text, lead, resp, coop, others, deadlines=()):
    return {"seq": seq, "number": number, "part": part, "section": section, "text": text,
            "lead": list(lead), "responsible": list(resp), "cooperating": list(coop),
            "othersIncluded": others, "deadlines": [dict(d) for d in deadlines]}

def write_expected(name, header, parts, sections, tasks):
    doc = dict(header)
    doc["parts"] = parts
    doc["sections"] = sections
    doc["tasks"] = tasks
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")

def gd_section(n):
    sec = None
    for s in gd.SECTIONS:
        if s[3] <= n: sec = s
    return sec

GD_HEADER = {"notice": None, "title": "数字广东建设2025年工作要点", "docNumber": None, "issuer": None, "issuedOn": None}

def gd_rows(lo, hi):
    return [t for t in gd.TASKS if lo <= t[0] <= hi]

def gd_expected(name, rows, with_parts):
    tasks = []
    for i, (n, title, content, dep, L, R, C, o) in enumerate(rows, 1):
        s = gd_section(n)
        tasks.append(task(i, str(n), s[0] if with_parts else None, s[1] if with_parts else None,
                          title + "。" + content, L, R, C, o))
    write_expected(name, GD_HEADER, [], [], tasks)

# 1. Web page copy, prose: "N. title" / body / "责任单位：…" (as the page shows each task).
def gd_web(name, lo, hi):
    lines = ["数字广东建设2025年工作要点", ""]
    part = sec = None
    for n, title, content, dep, *_ in gd_rows(lo, hi):
        s = gd_section(n)
        if s[0] != part:
            part = s[0]
            lines.append(part + "、" + dict(gd.PARTS)[part])
        if s[1] != sec:
            sec = s[1]
            lines.append("（" + sec + "）" + s[2])
        lines += [f"{n}. {title}", content, "责任单位：" + dep, ""]
    open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8").write("\n".join(lines))
    gd_expected(name, gd_rows(lo, hi), True)

# 2. Tab-separated rows, as a table copied out of WPS/Excel: the category is in the first row of its group only.
def gd_tsv(name, lo, hi):
    lines = ["附件", "数字广东建设2025年工作要点任务分工表", "序号\t类别\t重点任务\t工作内容\t责任单位"]
    sec = None
    for n, title, content, dep, *_ in gd_rows(lo, hi):
        s = gd_section(n)
        cat = s[2] if s[1] != sec else ""
        sec = s[1]
        lines.append("\t".join([str(n), cat, title, content, dep]))
    open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    gd_expected(name, gd_rows(lo, hi), False)

def html_table(caption, header, rows, spans):
    """rows: list of cell lists; spans: {row index: (column, rowspan)} for the merged category cells;
    cells under a span are left out of their rows."""
    out = ["<html><head><meta charset='utf-8'><style>td,th{border:1px solid #000;vertical-align:top;font-family:'WenQuanYi Micro Hei';font-size:10pt}table{border-collapse:collapse}</style></head><body>",
           f"<p>附件</p><p style='text-align:center'><b>{html.escape(caption)}</b></p>",
           "<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr></thead><tbody>"]
    for i, row in enumerate(rows):
        cells = []
        for j, c in enumerate(row):
            if c is None: continue
            span = spans.get((i, j))
            attr = f" rowspan='{span}'" if span else ""
            cells.append(f"<td{attr}>{html.escape(c)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></body></html>")
    return "\n".join(out)

def grouped(rows, key):
    """Category cells: the first row of each group carries the text and a rowspan, the rest None."""
    cells, spans, i = [], {}, 0
    while i < len(rows):
        j = i
        while j < len(rows) and key(rows[j]) == key(rows[i]): j += 1
        spans[(i, 1)] = j - i
        cells += [key(rows[i])] + [None] * (j - i - 1)
        i = j
    return cells, spans

def soffice(src, fmt, infilter, dest):
    tmp = tempfile.mkdtemp()
    cmd = ["soffice", "--headless", "--norestore"]
    if infilter: cmd += ["--infilter=" + infilter]
    subprocess.run(cmd + ["--convert-to", fmt, "--outdir", tmp, src], check=True, capture_output=True)
    produced = [f for f in os.listdir(tmp)]
    shutil.move(os.path.join(tmp, produced[0]), dest)

def gd_table(name, lo, hi, ext):
    rows = gd_rows(lo, hi)
    cats, spans = grouped(rows, lambda r: gd_section(r[0])[2])
    body = [[str(r[0]), cats[i], r[1], r[2], r[3]] for i, r in enumerate(rows)]
    page = html_table("数字广东建设2025年工作要点任务分工表", ["序号", "类别", "重点任务", "工作内容", "责任单位"], body, spans)
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, name + ".html")
    open(src, "w", encoding="utf-8").write(page)
    docx = os.path.join(tmp, name + ".docx")
    soffice(src, "docx:MS Word 2007 XML", "HTML (StarWriter)", docx)
    if ext == "docx":
        shutil.copy(docx, os.path.join(OUT, name + ".docx"))
    else:
        soffice(docx, "pdf:writer_pdf_Export", None, os.path.join(OUT, name + ".pdf"))
    gd_expected(name, rows, False)

GB_HEADER = {"notice": None, "title": "国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知",
             "docNumber": "国办发〔2022〕13号", "issuer": "国务院办公厅", "issuedOn": None}

def gb_text(item):
    return item[1] + "。" + "。".join(item[2]) + "。"

def gb_expected(name, with_parts):
    tasks = []
    for i, it in enumerate(gb.ITEMS, 1):
        tasks.append(task(i, "（" + cn(i) + "）" if with_parts else str(i), cn(it[0]) if with_parts else None, None,
                          gb_text(it), it[4], it[5], it[6], it[7], it[8]))
    parts = [{"number": cn(i), "title": t} for i, t in enumerate(gb.PARTS, 1)] if with_parts else []
    write_expected(name, GB_HEADER, parts, [], tasks)

# 3. Prose with bracketed clauses: "（一）title。measures。（units…按职责分工负责）".
def gb_prose(name):
    lines = [GB_HEADER["title"], GB_HEADER["docNumber"], ""]
    part = None
    for i, it in enumerate(gb.ITEMS, 1):
        if it[0] != part:
            part = it[0]
            lines.append(cn(part) + "、" + gb.PARTS[part - 1])
        lines.append("（" + cn(i) + "）" + gb_text(it) + "（" + it[3] + "）")
    open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    gb_expected(name, True)

# 4. Excel sheet: 序号 / 类别 (merged region per part) / 重点任务 / 具体措施 / 责任单位.
def gb_sheet(name):
    cats, spans = grouped(gb.ITEMS, lambda it: gb.PARTS[it[0] - 1])
    body = [[str(i + 1), cats[i], it[1], "。".join(it[2]) + "。", it[3]] for i, it in enumerate(gb.ITEMS)]
    page = html_table("重点任务分工表", ["序号", "类别", "重点任务", "具体措施", "责任单位"], body, spans)
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, name + ".html")
    open(src, "w", encoding="utf-8").write(page)
    soffice(src, "xlsx:Calc MS Excel 2007 XML", "HTML (StarCalc)", os.path.join(OUT, name + ".xlsx"))
    tasks = []
    for i, it in enumerate(gb.ITEMS, 1):
        tasks.append(task(i, str(i), None, None, it[1] + "。" + "。".join(it[2]) + "。", it[4], it[5], it[6], it[7], it[8]))
    write_expected(name, GB_HEADER, [], [], tasks)

if __name__ == "__main__":
    gd_web("holdout14-gd-szgd-2025-web", 1, 16)
    gd_tsv("holdout14-gd-szgd-2025-tsv", 17, 30)
    gd_table("holdout14-gd-szgd-2025-word", 34, 45, "docx")
    gd_table("holdout14-gd-szgd-2025-pdf", 47, 62, "pdf")
    gb_prose("i14-guoban-jiuye-2022")
    gb_sheet("i14-guoban-jiuye-2022-sheet")
