#!/usr/bin/env python3
"""Set L (holdout14l-*), the share of labeller i14y (plans of any level found on GitHub, outside the stored `pages`
corpus): hand labels written before the importer, the CLI `import` or ParserEvaluation ever ran on these documents
(see ../I14-CORPUS.md, "Twelfth held-out set, set L (i14y)"). Units, roles and deadlines are typed by hand from each
document; each task's text is cut out of the document between two hand-chosen marks (the start of the task and the
end of its line), so that the text is the document's own. Run: `python3 set_l_i14y.py`."""
import make as m
from cutting import doc, cut, by


# ---------------------------------------------------------------------------------------------------------------
def jiangxi_2020_tuoyu():
    """江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见 (赣府厅发〔2020〕6号, 2020-02-21; provincial), the page
    text a 江西 gov crawler kept in its repository (CRLF line ends, a blank first line, the 文号 and the signing office not
    printed). The body (一、总体要求 / 二、主要任务 with （一）…（三） and items `1.`… / 三、组织实施) names no unit for any
    item: the division of work is the attachment after the date, `附件 / 促进3岁以下婴幼儿照护服务发展 / 工作部门职责分工`,
    sixteen unnumbered lines `X负责Y`. Each such line is a task whose one unit leads (as `1.县公安局负责…` in
    plan-json.md); its text is the whole line. The body's items carry no clause while the attachment's lines do, so they
    are no tasks (plan-json.md: a part where no item carries a clause while other parts do); the 联席会议 `由省卫生健康部门
    牵头` sentence and `2020年底前` sit in the closing part 三、组织实施, which holds no tasks."""
    name = "holdout14l-jiangxi-2020-tuoyu-duties"
    t = doc(name)
    pos = t.index("\n工作部门职责分工\n")  # the attachment's title line, not the 附件： line above the date (doc() reads CRLF as \n)
    leads = ["省发展改革委", "省教育厅", "省公安厅", "省民政厅", "省财政厅", "省人力资源社会保障厅", "省自然资源厅",
             "省住房城乡建设厅", "省卫生健康委", "省应急厅", "省税务局", "省市场监管局", "省总工会", "团省委", "省妇联",
             "省计划生育协会"]
    tasks = []
    for seq, unit in enumerate(leads, 1):
        text, pos = cut(t, unit + "负责", "\n", pos)
        tasks.append(m.task(seq, None, None, None, text, [unit], [], []))
    m.write_expected(name, {"title": "江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见", "issuedOn": "2020-02-21"},
                     [("一", "总体要求"), ("二", "主要任务"), ("三", "组织实施")],
                     [("二", "一", "建立健全婴幼儿照护服务的供给体系"), ("二", "二", "建立健全婴幼儿照护服务的规范制度体系"),
                      ("二", "三", "建立健全婴幼儿照护服务的保障体系"), ("三", "一", "坚持政府主导"),
                      ("三", "二", "推进部门协调"), ("三", "三", "强化示范引领"), ("三", "四", "加强信息化建设")], tasks)


if __name__ == "__main__":
    jiangxi_2020_tuoyu()
