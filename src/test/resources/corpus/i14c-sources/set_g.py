#!/usr/bin/env python3
"""Set G (holdout14g-*): hand labels, written before the importer, the CLI `import` or ParserEvaluation ever ran
on these documents (see ../I14-CORPUS.md, "Seventh held-out set"). The units and roles below were typed by hand
from each clause; only the task text is cut out of the document (the source between the item's label and its
clause), as set C's make.py does for holdout14c-gz-rencai-2012-web. Run: `python3 set_g.py`."""
import os, re
import make as m

QZ = "各区、县级市政府"
QZY = "各有关区、县级市政府"


def gz_tasks(name, labels, first, last, parts):
    """Items `first`..`last` of a 广州 2012 实施意见 copied from the web dump: `N.text（牵头单位：…）`."""
    text = open(os.path.join(m.OUT, name + ".txt"), encoding="utf-8").read()
    tasks = []
    for g in re.finditer(r"^\s*(\d+)[.．](.*?)（牵头单位：", text, re.M):
        n = int(g.group(1))
        lead, coop, others, ddl = labels[n]
        part = next(p for p, lo, hi in parts if lo <= n <= hi)
        tasks.append(m.task(len(tasks) + 1, str(n), part, None, g.group(2), lead, [], coop, others, ddl))
    assert [int(t["number"]) for t in tasks] == list(range(first, last + 1)), [t["number"] for t in tasks]
    return tasks


# --- 1. 广州 关于推进科技创新工程实施意见 (2012), post 46 of the web dump (index id 31843635488) -------------
KEJI = {
    2: (["市科技和信息化局"], ["市发展改革委", "市经贸委", "市规划局", "市知识产权局", QZ], False, []),
    3: (["市科技和信息化局"], ["市发展改革委", "市经贸委", "市教育局", "市知识产权局", QZ], False, []),
    4: (["市科技和信息化局"], ["市知识产权局", "市经贸委", "市财政局", "市国税局", "市地税局", "市国资委", "市金融办", QZ], False, []),
    5: (["市科技和信息化局"], ["市发展改革委", "市财政局", QZ], False, []),
    6: (["市人才办"], ["市科技和信息化局", "市教育局", "市人力资源和社会保障局"], False, []),
    7: (["市人才办"], ["市科技和信息化局", "市教育局", "市人力资源和社会保障局", "市经贸委", "市国资委"], False, []),
    8: (["市科技和信息化局"], ["市发展改革委", "市财政局", "市国资委", "市教育局"], False, []),
    9: (["市科技和信息化局"], ["市财政局", "市发展改革委", "市金融办", "市国资委", "市知识产权局"], False, []),
    10: (["市发展改革委"], ["市科技和信息化局", "市经贸委", "广州开发区管委会", "越秀区政府", "白云区政府", "番禺区政府"], False, []),
    11: (["市科技和信息化局"], ["市发展改革委", "市财政局", "市外经贸局", "番禺区政府", "白云区政府", "天河区政府"], False, []),
    12: (["市科技和信息化局"], ["市财政局", "市外经贸局", "市经贸委"], False, []),
    13: (["市科技和信息化局"], ["市金融办", "市发展改革委", "市财政局", "市国资委", "市经贸委", "市知识产权局", "广州开发区管委会"], False, []),
    14: (["市知识产权局"], ["市科技和信息化局", "市财政局", "市质监局", "市工商局"], False, []),
    15: (["市科技和信息化局"], ["市发展改革委", "市经贸委", "市外经贸局", "市质监局", "各园区"], False, []),
    16: (["市科技和信息化局"], ["市人口计生局", "市卫生局", "市食品药品监管局", "市经贸委", "市农业局", "市公安局", "市体育局", "市环保局"], False, []),
    17: (["市科技和信息化局"], ["市发展改革委", "市编办", "市财政局", "广州开发区管委会", "天河区政府", "白云区政府", "越秀区政府", "南沙区政府"], False, []),
    18: (["市科技和信息化局"], ["市发展改革委", "市经贸委", "市法制办", "市文化广电新闻出版局", "市知识产权局", "市金融办", "市公安局", "市工商局", "市政务办", "广州开发区管委会", "各园区"], False, []),
    19: (["市科技和信息化局"], ["市财政局", "市教育局", "市文化广电新闻出版局", "市科协"], False, []),
    20: (["市科技和信息化局"], ["市科技和信息化工作领导小组各成员单位", "市国家创新型城市建设工作领导小组各成员单位"], False, []),
    21: (["市科技和信息化局"], ["市发展改革委", "市金融办", "市教育局", "市经贸委"], False, []),
    22: (["市财政局"], ["市科技和信息化局", "市发展改革委"], False, []),
}


def keji():
    name = "holdout14g-gz-keji-chuangxin-2012-web"
    parts = [("一", "发展目标"), ("二", "主要任务"), ("三", "保障措施")]
    tasks = gz_tasks(name, KEJI, 2, 22, [("二", 2, 19), ("三", 20, 22)])
    m.write_expected(name, {"title": "关于推进科技创新工程实施意见"}, parts, [], tasks)


def main():
    keji()


if __name__ == "__main__":
    main()
