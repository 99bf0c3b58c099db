#!/usr/bin/env python3
"""Writes the flat-ODT sources of the test PDFs (LibreOffice: soffice --headless --convert-to pdf X.fodt).

fenguan-merged.fodt: a prose notice, then 附件 with a five-column 分工表 over several pages: a header
row repeated on each page (its 牵头单位/完成时限 cells wrap in narrow columns), wrapped task cells,
merged cells (a lead unit for rows 3-5 and a time limit for rows 8-10, vertically centred),
a page number — N — in the footer.
"""
import sys
from xml.sax.saxutils import escape

def task(i):
    base = ["推进政务服务事项“一网通办”，实现高频事项全程网上办理，压缩办理时限",
            "开展涉企违规收费专项整治",
            "优化工程建设项目审批流程，推行区域评估和告知承诺制，实现审批时间再压减百分之十以上",
            "落实减税降费政策",
            "建立企业诉求快速响应机制，对企业反映的问题实行清单化管理、闭环办理"]
    return f"{base[i % len(base)]}（第{i}项）"

LEADS = ["市政务服务局", "市市场监管局", "市住房城乡建设局", "市税务局", "市发展改革委"]
COOPS = ["市财政局、市司法局", "", "市自然资源局、市生态环境局、市交通运输局", "市财政局", "各区人民政府"]
LIMITS = ["2026年6月底前", "长期坚持", "2026年12月底前", "2026年9月底前", "持续推进"]
N = 36
# make_fodt.py --rows 330 DIR: only the bordered table, with that many rows, as DIR/fenguan-330.fodt (for PdfTableBenchmark)
BIG = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--rows" else None
if BIG:
    N = int(sys.argv[2])
LONG = "。加强部门协同，完善配套政策，细化工作措施，明确时间表和路线图，定期调度推进情况" * 4

def cell(text, style="Cell", span=1, para="P"):
    attr = f' table:number-rows-spanned="{span}"' if span > 1 else ""
    return f'<table:table-cell table:style-name="{style}"{attr} office:value-type="string"><text:p text:style-name="{para}">{escape(text)}</text:p></table:table-cell>'

def covered():
    return '<table:covered-table-cell/>'

def rows():
    out = []
    for i in range(1, N + 1):
        # row 18 is long enough that the page break splits it
        c = [cell(str(i)), cell(task(i) + (LONG if i == 18 else ""))]
        if i == 3:
            c.append(cell("市商务局", "Middle", 3))
        elif i in (4, 5):
            c.append(covered())
        else:
            c.append(cell(LEADS[i % 5]))
        c.append(cell(COOPS[i % 5]))
        if i == 8:
            c.append(cell("2026年10月底前", "Middle", 3))
        elif i in (9, 10):
            c.append(covered())
        else:
            c.append(cell(LIMITS[i % 5]))
        out.append("<table:table-row>" + "".join(c) + "</table:table-row>")
    return "\n".join(out)

HEAD = ("<table:table-header-rows><table:table-row>" + "".join(cell(h, "Head", para="H") for h in
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]) + "</table:table-row></table:table-header-rows>")

DOC = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="WQY" svg:font-family="'WenQuanYi Micro Hei'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="WQY" style:font-name-asian="WQY" fo:font-size="12pt" style:font-size-asian="12pt"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="1cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
 <style:style style:name="T" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
 <style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="7.6cm"/></style:style>
 <style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
 <style:style style:name="C4" style:family="table-column"><style:table-column-properties style:column-width="4.7cm"/></style:style>
 <style:style style:name="C5" style:family="table-column"><style:table-column-properties style:column-width="2.0cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="Middle" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
 <style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
 <style:style style:name="P" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
 <style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:footer><text:p text:style-name="Foot">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Title">XX市人民政府办公室关于印发XX市2026年优化营商环境重点任务的通知</text:p>
<text:p>各区人民政府，市政府各部门：</text:p>
<text:p>经市政府同意，现将《XX市2026年优化营商环境重点任务分工表》印发给你们，请认真贯彻落实。</text:p>
<text:p>XX市人民政府办公室</text:p>
<text:p>2026年1月15日</text:p>
<text:p text:style-name="Break">附件</text:p>
<text:p text:style-name="Title">XX市2026年优化营商环境重点任务分工表</text:p>
<table:table table:name="分工表" table:style-name="T">
<table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/><table:table-column table:style-name="C3"/><table:table-column table:style-name="C4"/><table:table-column table:style-name="C5"/>
{HEAD}
{rows()}
</table:table>
<text:p>抄送：市委各部门。</text:p>
</office:text></office:body></office:document>
'''
if BIG:
    import os
    open(os.path.join(sys.argv[3] if len(sys.argv) > 3 else ".", f"fenguan-{N}.fodt"), "w", encoding="utf-8").write(DOC)
    sys.exit(0)
open("fenguan-merged.fodt", "w", encoding="utf-8").write(DOC)

# fenguan-borderless.fodt: the same kind of table without any border, every cell vertically centred
# (a number stands in the middle of its row), 序号/工作任务/责任单位/完成时间, 第 N 页 in the footer.
B = (DOC.replace('fo:border="0.5pt solid #000000"', 'fo:border="none"')
     .replace('style:name="Cell" style:family="table-cell"><style:table-cell-properties',
              'style:name="Cell" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle"')
     .replace('>— <text:page-number text:select-page="current">1</text:page-number> —<',
              '>第 <text:page-number text:select-page="current">1</text:page-number> 页<'))
BHEAD = HEAD.replace(">重点任务<", ">工作任务<").replace(">牵头单位<", ">责任单位<").replace(">完成时限<", ">完成时间<")
B = B.replace(HEAD, BHEAD)
open("fenguan-borderless.fodt", "w", encoding="utf-8").write(B)

# fenguan-category.fodt: bordered, no 序号 column: 类别 (merged over each group of rows, one group
# running over the page break) / 主要任务 / 主责单位 / 协同单位 / 时间节点; row 20's task is long
# enough that the page break splits it; - N - in the footer.
GROUPS = [("营商环境", 7), ("科技创新", 9), ("民生保障", 8)]
def crow(i, first, span):
    c = [cell(GROUP_NAME, "Middle", span)] if first else [covered()]
    text = task(i) + ("。" + "加强部门协同，完善配套政策，细化工作措施，明确时间表和路线图，定期调度推进情况" * 5 if i == 20 else "")
    c += [cell(text), cell(LEADS[i % 5]), cell(COOPS[i % 5]), cell(LIMITS[i % 5])]
    return "<table:table-row>" + "".join(c) + "</table:table-row>"
out = []
i = 1
for name, span in GROUPS:
    GROUP_NAME = name
    for k in range(span):
        out.append(crow(i, k == 0, span))
        i += 1
CHEAD = ("<table:table-header-rows><table:table-row>" + "".join(cell(h, "Head", para="H") for h in
        ["类别", "主要任务", "主责单位", "协同单位", "时间节点"]) + "</table:table-row></table:table-header-rows>")
C = DOC.replace(HEAD, CHEAD).replace(rows(), "\n".join(out)).replace(
    '>— <text:page-number text:select-page="current">1</text:page-number> —<',
    '>- <text:page-number text:select-page="current">1</text:page-number> -<')
open("fenguan-category.fodt", "w", encoding="utf-8").write(C)
