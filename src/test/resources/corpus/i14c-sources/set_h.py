#!/usr/bin/env python3
"""Set H (holdout14h-*), committed part: hand labels written before the importer, the CLI `import` or
ParserEvaluation ever ran on these documents (see ../I14-CORPUS.md, "Eighth held-out set"). Units, roles and
deadlines are typed by hand from each document; task texts are copied from the document. The set's fetched part
(国办发〔2018〕128号, from a repository snapshot that may not be committed) is labelled outside the repository, in
/work/shared/corpus/setH-fetched/labels_h.py. Run: `python3 set_h.py`."""
import make as m


def by(raw, date):
    return {"raw": raw, "kind": "BY", "date": date}


def pingdingshan():
    """平顶山 河长制主要任务分解表 (2018): one row a line, cells separated by spaces; 牵头单位 / 参与单位 / 责任单位."""
    counties = ["各县(市、区)党委和人民政府", "城乡一体化示范区", "高新区党工委和管委会"]
    m.write_expected("holdout14h-pingdingshan-hezhang-2018-web", {
        "notice": "平顶山市河长制办公室关于印发《平顶山市全面推行河长制主要任务分解方案》的通知",
        "title": "平顶山市全面推行河长制主要任务分解表"}, [], [], [
        m.task(1, "1", None, None,
               "严守水资源开发利用控制红线。实施水资源消耗总量和强度双控行动,防止不合理新增取水,切实做到以水定需、量水而行、因水制宜。"
               "到2020年,全市用水总量控制在11.88亿立方米以内。",
               ["市水利局"], counties, ["市发展改革委", "工业和信息化委", "住房和城乡建设局", "农业局"], True,
               [by("到2020年", "2020-12-31")]),
        m.task(2, "2", None, None,
               "严守用水效率控制红线。落实万元国内生产总值水耗指标等用水效率评估体系,把节水目标任务完成情况纳入市、县级政府政绩考核内容。"
               "将再生水、雨水和循环水等非常规水源纳入水资源统一配置。到2020年,全市万元国内生产总值用水量、万元工业增加值用水量比2015年分别下降24%、25%以上。",
               ["市水利局"], counties, ["市发展改革委", "工业和信息化委", "住房和城乡建设局"], True,
               [by("到2020年", "2020-12-31")]),
    ])


def zongyang():
    """枞阳 安全生产大排查大整治行动 (notice): items `N.县X局负责…`, the unit the sentence's subject."""
    m.write_expected("holdout14h-zongyang-anquan-paicha", {},
                     [("一", "总体要求"), ("二", "时间安排"), ("三", "任务分工")], [], [
        m.task(1, "1", "三", None, "县应急管理局负责尾矿库、危险化学品、烟花爆竹和工贸等行业的隐患排查治理工作。",
               ["县应急管理局"], [], []),
        m.task(2, "2", "三", None, "县公安局负责道路交通、民用爆炸物品、危险化学品运输等行业的隐患排查治理工作。",
               ["县公安局"], [], []),
        m.task(3, "3", "三", None, "县经信局负责非煤矿山、民爆器材经销、工业企业等行业的隐患排查治理工作。",
               ["县经信局"], [], []),
    ])


def sizhoutou():
    """泗洲头镇 2024 重点工作计划 (town): web table one cell a line, header words broken over two lines; 责任领导 a person."""
    m.write_expected("holdout14h-sizhoutou-zhen-2024-web", {"title": "泗洲头镇2024年度重点工作计划二季度执行情况"}, [], [], [
        m.task(1, "1", None, None, "白仙山水库工程政策处理", ["白仙山水库工程政策处理工作领导小组"], [], []),
        m.task(2, "2", None, None, "现代化美丽城镇", ["乡村振兴办"], [], []),
    ])


def shandong():
    """山东 营商环境创新2022年行动计划 (provincial): `N. text。(牵头单位:X)`, months without a year (the title's 2022)."""
    lead = ["省市场监管局"]
    m.write_expected("holdout14h-shandong-yingshang-2022", {"title": "营商环境创新2022年行动计划"},
                     [("一", "工作目标"), ("二", "主要任务")], [("二", "（一）", "开办企业领域")], [
        m.task(1, "1", "二", "（一）",
               "提升设立登记便利度。优化升级企业开办“一窗通”系统,9月底前,实现开办企业全流程(名称申报、企业登记、印章刻制、涉税办理、"
               "银行预约开户、社保登记、医保登记、公积金登记)1个环节、0成本、1天办结。",
               lead, [], [], False, [by("9月底前", "2022-09-30")]),
        m.task(2, "2", "二", "（一）",
               "提升银行开户效率。6月底前,探索企业账户账号在线推送模式,银行收到企业开办“一窗通”系统发送的企业开户预约信息、完成账户开立后,"
               "根据企业授权,在线反馈企业账户账号。鼓励商业银行完善账户服务分类分级管理,对风险较低的企业推行简易开户。"
               "鼓励商业银行对市场主体取消或降低票据业务、账户服务、转账汇款等手续费用。",
               ["人民银行济南分行"], [], [], False, [by("6月底前", "2022-06-30")]),
        m.task(3, "3", "二", "（一）",
               "探索推广代位注销模式。6月底前,明确代位注销适用情形、程序、申请材料,拓展特殊市场主体退出路径。",
               lead, [], [], False, [by("6月底前", "2022-06-30")]),
    ])


def main():
    pingdingshan()
    zongyang()
    sizhoutou()
    shandong()


if __name__ == "__main__":
    main()
