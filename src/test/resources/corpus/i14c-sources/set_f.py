#!/usr/bin/env python3
"""Set F (holdout14f-*), committed part: hand labels for four small real documents, written before any run
(see ../I14-CORPUS.md). The three whole national plans of set F taken from a fetched snapshot are not in the
repository: they and their labels stay under /work/shared/corpus/setF-fetched/ (docs/IMPORTER.md, step 8)."""
import make as m

W = lambda n: {"raw": f"{n}年内", "kind": "WITHIN", "years": n}

def main():
    # 莆田 关于支持“双招双引”的十条意见 (items 1–2), one run-on line as a public GitHub file holds it
    m.write_expected("holdout14f-putian-shuangzhao-runon", {"title": "关于支持“双招双引”的十条意见"}, [], [], [
        m.task(1, "1", None, None,
               "对来莆田创新创业和成果转化的国内外高层次创新创业团队，经认定，在“壶兰计划”补助的基础上，再给予 100 万元用于科学研究；"
               "对诺贝尔奖获得者、“两院”院士、国家最高科学技术奖获得者等顶尖人才或携带具有国际先进水平技术成果产业化项目来莆落户的创业团队，"
               "通过“一事一议”方式报请市委、市政府研究同意，最高给予 5000 万元资助。",
               [], ["市委组织部", "市科技局"], []),
        m.task(2, "2", None, None,
               "对实际投资 2 亿元或年纳税总额 5000 万元以上的招商项目(包括现有企业增加投资、企业并购增加投资)，世界 500 强企业的外商直接投资项目(投资额不设下限)，"
               "当年度投资（使用自有资金，下同）到位 5000 万元，给予自主认定四类人才指标 1名，每增加实际到位投资额 5000 万元增加 1 名指标，同一企业当年度最多不超过 10 名。",
               [], ["市发改委", "市财政局", "市工信局", "市商务局"], []),
    ])
    # 杭州市推进“互联网+”行动实施意见 (征求意见稿V2.2, 2015-09-15), items 1–2 of （一）
    m.write_expected("holdout14f-hangzhou-hulianwang-2015", {"title": "杭州市推进“互联网+”行动实施意见"},
                     [("一", "工作目标"), ("二", "实施重点")], [("二", "一", "“互联网+”创业创新")], [
        m.task(1, "1", "二", "一",
               "大力发展众创空间。通过杭州国家自主创新示范区、小微企业创业创新基地示范城市建设,充分发挥互联网的创新驱动作用,利用产业集聚区、工业园区、商业综合体等平台,"
               "为广大创新创业者提供良好的工作空间、网络空间、社交空间和资源共享空间。三年内认定市级众创空间60家以上。",
               ["市科委"], [], ["各区县市"], False, [{"raw": "三年内", "kind": "WITHIN", "years": 3}]),
        m.task(2, "2", "二", "一",
               "加快特色小镇建设。以云溪小镇、梦想小镇等“九镇三谷”为引领,聚焦信息经济特色小镇建设,集聚创新资源、转化创新成果,实现产业发展从资源要素驱动向创新发展驱动转变。"
               "力争5年内有 家特色小镇获省级认定。",
               ["市发改委"], [], ["各区县市"], False, [W(5)]),
    ])
    # 沁县 2025年县政府工作报告任务清单 (附件1): the lead named once in the part heading 一、县示范区管委会牵头工作(8项)
    lead = ["县示范区管委会"]
    m.write_expected("holdout14f-qinxian-2025-web", {"title": "2025年县政府工作报告任务清单", "issuer": "沁县人民政府办公室",
                     "issuedOn": "2025-05-18"}, [("一", "县示范区管委会牵头工作(8项)")], [], [
        m.task(1, "1", "一", None, "投资3000万元建设南美白对虾工厂化循环水养殖基地。", lead, [], []),
        m.task(2, "2", "一", None, "打造食用菌酵素生产基地。", lead, [], []),
        m.task(3, "3", "一", None, "建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产,培育服装加工产业园,推动天欣纸业环保包装等项目达产达效。", lead, [], []),
    ])
    # 山西 能源环境治理 (a company site's news item quoting one measure of a provincial plan, 2020)
    m.write_expected("holdout14f-shanxi-jinmeiqu-2020", {"title": "山西省政府关于能源环境治理重要通知"}, [], [], [
        m.task(1, None, None, None, "强化“禁煤区”建设。2020年10月底前,各市县建成区要 全部划定为“禁煤区”。",
               ["省生态环境厅"], ["市县政府"], [], False, [{"raw": "2020年10月底前", "kind": "BY", "date": "2020-10-31"}]),
    ])

if __name__ == "__main__":
    main()
