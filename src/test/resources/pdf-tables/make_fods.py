#!/usr/bin/env python3
"""Writes fenguan-sheet.fods: a 分工表 as a spreadsheet (LibreOffice Calc; soffice --headless --convert-to pdf),
printed as an office prints an Excel sheet: a title row merged across, a header row repeated on each page,
序号 / 重点任务 / 牵头单位 / 责任单位 / 完成时限, thin borders, wrapped text, 牵头单位 merged (centred) over
rows 4-7, 60 rows over several pages.
"""
from xml.sax.saxutils import escape

TASKS = ["完善企业信用修复机制，推动信用修复结果共享互认", "建设一批中小企业公共服务示范平台",
         "清理规范行政审批中介服务事项，公布中介服务事项清单", "开展营商环境评价"]
LEADS = ["市发展改革委", "市工业和信息化局", "市政务服务局", "市营商环境建设局"]
RESP = ["市场监管局、人民银行市分行", "各区县人民政府", "", "市直有关部门"]
LIMITS = ["2026年6月", "2026年12月", "长期坚持", "2026年第三季度"]
N = 60

def cell(text, style="C", rows=1, cols=1):
    span = (f' table:number-rows-spanned="{rows}"' if rows > 1 else "") + (f' table:number-columns-spanned="{cols}"' if cols > 1 else "")
    return f'<table:table-cell table:style-name="{style}"{span} office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>'

COVERED = '<table:covered-table-cell/>'
out = []
for i in range(1, N + 1):
    c = [cell(str(i)), cell(f"{TASKS[i % 4]}（{i}）")]
    c.append(cell("市财政局", "M", rows=4) if i == 4 else COVERED if i in (5, 6, 7) else cell(LEADS[i % 4]))
    c += [cell(RESP[i % 4]), cell(LIMITS[i % 4])]
    out.append('<table:table-row table:style-name="R">' + "".join(c) + "</table:table-row>")

DOC = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="WQY" svg:font-family="'WenQuanYi Micro Hei'"/></office:font-face-decls>
<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="WQY" style:font-name-asian="WQY" fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:default-style></office:styles>
<office:automatic-styles>
 <style:style style:name="A" style:family="table-column"><style:table-column-properties style:column-width="1.1cm"/></style:style>
 <style:style style:name="B" style:family="table-column"><style:table-column-properties style:column-width="6.8cm"/></style:style>
 <style:style style:name="U" style:family="table-column"><style:table-column-properties style:column-width="3.0cm"/></style:style>
 <style:style style:name="D" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="R" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
 <style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/></style:style>
 <style:style style:name="M" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="H" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="T" style:family="table-cell"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" style:font-size-asian="15pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="分工表">
<table:table-column table:style-name="A"/><table:table-column table:style-name="B"/><table:table-column table:style-name="U" table:number-columns-repeated="2"/><table:table-column table:style-name="D"/>
<table:table-row>{cell("2026年优化营商环境重点任务分工表", "T", cols=5)}{COVERED * 4}</table:table-row>
<table:table-header-rows><table:table-row>{"".join(cell(h, "H") for h in ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"])}</table:table-row></table:table-header-rows>
{chr(10).join(out)}
</table:table>
</office:spreadsheet></office:body></office:document>
'''
open("fenguan-sheet.fods", "w", encoding="utf-8").write(DOC)
