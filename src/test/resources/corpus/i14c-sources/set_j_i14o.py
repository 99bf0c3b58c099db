#!/usr/bin/env python3
"""Set J (holdout14j-*), the plans found by helper i14o: hand labels written before the importer, the CLI `import` or
ParserEvaluation ever ran on these documents (see ../I14-CORPUS.md, "Tenth held-out set, set J (i14o)"). Units, roles
and deadlines are typed by hand from each document; each task's text is cut out of the document between two
hand-chosen marks (the start of the task and the start of what follows it: its clause, its unit cell or the next
row), so that the text is the document's own. The script only formats the lists. Run: `python3 set_j_i14o.py`."""
import make as m
from cutting import doc, cut, by


def write(name, header, parts, sections, rows):
    """rows: (number, part, section, text, lead, responsible, cooperating, others, deadlines)."""
    tasks = [m.task(seq, *row) for seq, row in enumerate(rows, 1)]
    m.write_expected(name, header, parts, sections, tasks)


# ---------------------------------------------------------------------------------------------------------------
def yinzhou_2024():
    """鄞州区 2024 (district): web table one cell a line under parts named after the 区长 / 常务副区长;
    牵头单位 → lead, 配合单位 → cooperating; `X、Y等区级有关部门` → the named units, othersIncluded."""
    name = "holdout14j-yinzhou-2024-web"
    t = doc(name)
    zj = "各镇(街道、园区)"
    rows = [  # number, part, start of the 目标任务 cell, lead, cooperating, others
        ("1", "一", "一般公共预算收入增速", ["区财政局"], ["区税务局", zj], False),
        ("2", "一", "财政科技经费投入增长", ["区财政局"], ["区科技局"], False),
        ("3", "一", "施行新一轮镇街财政运行体制", ["区财政局"], ["区发改局", "区经信局", "区科技局", "各镇(街道)"], True),
        ("4", "一", "坚持财力向保障和改善民生倾斜", ["区财政局"], ["区级各部门", zj], False),
        ("5", "一", "推进“乡债县管”", ["区财政局"], ["各镇(街道)"], False),
        ("1", "二", "地区生产总值增长6%左右", ["区发改局"], ["区经济运行监测联席会议成员单位", zj], False),
    ]
    out, pos = [], 0
    for number, part, start, lead, coop, others in rows:
        text, pos = cut(t, start, "\n\n", pos)
        out.append((number, part, None, text, lead, [], coop, others, []))
    write(name, {"notice": "宁波市鄞州区人民政府办公室关于印发2024年政府工作报告目标任务责任分解的通知",
                 "title": "2024年政府工作报告目标任务分解清单", "docNumber": "鄞政办发〔2024〕2号",
                 "issuer": "宁波市鄞州区人民政府办公室", "issuedOn": "2024-02-21"},
          [("一", "区长陈兴立牵头重点工作"), ("二", "常务副区长姚珂军牵头重点工作")], [], out)


def yuhang_2018():
    """余杭区 2018 (district): web table one cell a line, the 序号 cells empty (no numbers printed), two 牵头领导
    cells (people) before the 牵头单位 cell (one unit → lead)."""
    name = "holdout14j-yuhang-2018-web"
    t = doc(name)
    rows = [  # start of the 重点工作任务 cell, lead
        ("未来科技城要围绕", "未来科技城(海创园)"),
        ("余杭经济技术开发区要对标", "余杭经济技术开发区(钱江经济开发区)"),
        ("临平新城要围绕", "临平新城"),
    ]
    out, pos = [], 0
    for start, lead in rows:
        text, pos = cut(t, start, "\n\n", pos)
        out.append((None, None, None, text, [lead], [], [], False, []))
    write(name, {"title": "2018年《政府工作报告》工作任务分解表", "issuer": "杭州市余杭区人民政府办公室",
                 "issuedOn": "2018-03-18"}, [], [], out)


def linan_2022():
    """临安区 2022 民生实事 (district): a ` | ` table (序号 / 实事项目 / 工作举措及实施计划 / 责任单位 / 配合单位), only
    the page's metadata above it (no title, no signature). The task is the 实事项目 cell with its 工作举措 cell; the
    months in the 工作举措 cell are deadlines, with no year anywhere in the plan → date null."""
    name = "holdout14j-linan-2022-minsheng-pipes"
    t = doc(name)

    def ym(*raws):
        return [by(r, None) for r in raws]

    rows = [  # number, start of the 实事项目 cell, lead, cooperating, deadlines
        ("1", "新建成公办中小学", ["教育局"],
         ["发改局", "住建局", "财政局", "规划和自然资源分局", "国兴集团", "新锦集团", "科投集团",
          "锦城街道", "锦北街道", "锦南街道", "青山湖街道", "昌化镇", "天目山镇"],
         ym("4月底前", "8月底前", "11月底前")),
        ("2", "新建成婴幼儿照护服务成长驿站", ["卫生健康局"],
         ["财政局", "教育局", "规划和自然资源分局", "医疗保障分局", "民政局", "妇联", "各镇(街道)"],
         ym("3月底前", "6月底前", "9月底前", "4月底前", "5月底前", "11月底前")),
    ]
    out, pos = [], 0
    for number, start, lead, coop, ddl in rows:
        text, pos = cut(t, start, " | " + lead[0] + " |", pos)
        out.append((number, None, None, text.replace(" | ", ""), lead, [], coop, False, ddl))
    write(name, {}, [], [], out)


def shaoxing_2021():
    """绍兴市 2021 (city), as a policy site shows it: notice, signature and the table run together on one line with
    no separator between cells (`序号内容与要求责任单位1确保…市发改委2高质量…`); row 1 only (row 2 cut by the excerpt)."""
    name = "holdout14j-shaoxing-2021-runon"
    t = doc(name)
    text, _ = cut(t, "确保地区生产总值增长7%以上", "市发改委")
    write(name, {"notice": "绍兴市人民政府办公室关于印发市政府2021年重点工作责任分工的通知",
                 "title": "市政府2021年重点工作责任分工", "issuer": "绍兴市人民政府办公室", "issuedOn": "2021-02-05"},
          [("一", "徐国龙副市长重点工作")], [],
          [("1", "一", None, text, ["市发改委"], [], [], False, [])])


def chizhou_xinfang():
    """池州市信访局 (a city bureau's own plan among its offices): its 政务公开 task list, a table copied one cell a
    line with `|` lines between cells; the 工作任务 cell is merged over the rows under it (rows 3–4) and the 序号 column
    has no header. The 工作任务 cell heads each row's text; 责任科室 with one unit (办公室) or one group (各科室) → lead;
    时限要求 `持续推进` → ONGOING, `年底前` → BY with no year anywhere in the page → date null."""
    name = "holdout14j-chizhou-xinfang-bumen-cells"
    t = doc(name)
    ongoing = [{"raw": "持续推进", "kind": "ONGOING"}]
    rows = [  # number, 工作任务 cell, start of the 具体要求 cell, lead, deadlines
        ("1", "强化行政规范性文件集中规范公开", "对行政规范性文件进行全面清理", "办公室", [by("年底前", None)]),
        ("2", "深化政策解读形式", "积极做好政策解读工作", "各科室", ongoing),
        ("3", "做好主动公开基础工作", "严格规范政府信息公开专栏", "各科室", ongoing),
        ("4", "做好主动公开基础工作", "规范做好政府信息公开工作年度报告", "办公室", ongoing),
        ("5", "规范办理依申请公开", "依法依规办理政府信息公开申请", "各科室", ongoing),
        ("6", "认真抓好工作落实", "制定并公开本部门政务公开重点任务清单", "办公室", ongoing),
        ("7", "加强宣传", "积极参加“政务公开交流”约稿活动", "各科室", ongoing),
        ("8", "做好指导监督", "积极参加政务公开工作培训", "办公室", ongoing),
    ]
    out, pos = [], 0
    for number, head, start, lead, ddl in rows:
        text, pos = cut(t, start, "\n|", pos)
        out.append((number, None, None, head + text, [lead], [], [], False, ddl))
    write(name, {}, [], [], out)


def jiangmen_tuchu():
    """江门 (a city centre's own plan among its offices, 土地储备; the page, a mirror, prints no title or year): a ` | `
    table 工作任务 / 具体要求 / 责任部门 whose merged cells leave rows shifted left (`3.… | 各科室 | |`). The 工作任务
    cells `一、…。` are parts, the items `1.`–`10.` in the 具体要求 cells are tasks; `办公室牵头,各科室配合` → lead
    办公室, cooperating 各科室; one unit or group → lead. Row 11, cut by the excerpt, is left out."""
    name = "holdout14j-jiangmen-tuchu-bumen-pipes"
    t = doc(name)
    both = (["办公室"], ["各科室"])
    rows = [  # number, part, lead, cooperating
        ("1", "一", ["财务科"], []), ("2", "二", ["办公室"], []), ("3", "二", ["各科室"], []), ("4", "二",) + both,
        ("5", "三", ["各科室"], []), ("6", "三", ["各科室"], []), ("7", "四",) + both, ("8", "四", ["各科室"], []),
        ("9", "四",) + both, ("10", "五", ["各科室"], []),
    ]
    out, pos = [], 0
    for number, part, lead, coop in rows:
        text, pos = cut(t, number + ".", " | ", pos)
        out.append((number, part, None, text[len(number) + 1:], lead, [], coop, False, []))
    write(name, {}, [("一", "做好财政信息公开"), ("二", "做好政府网站专栏信息公开"), ("三", "持续加强重大政策发布解读"),
                     ("四", "不断改进政策解读工作方式"), ("五", "切实增强回应关切效果")], [], out)


def qiaocheng_zhen():
    """谯城区, a town's (镇) 政务公开 task list (the page prints neither the town's name nor a title or year): a table
    copied one cell a line with `|` lines, an empty first cell on each row; the 工作任务 cell is merged over the rows
    under it and heads each row's text. 责任部门 with several units → responsible (`…等` → othersIncluded), one → lead."""
    name = "holdout14j-qiaocheng-zhen-zhengwu-cells"
    t = doc(name)
    dz = ["党政办公室"]
    rows = [  # 工作任务 cell, start of the 具体内容 cell, lead, responsible, others
        ("推进政策公开", "常态化公开就业", [], ["财政所", "便民综合服务中心", "土管所"], True),
        ("推进政策公开", "积极探索特定群体", ["便民综合服务中心"], [], False),
        ("推进政策公开", "聚焦就业创业", [], ["民政办公室", "卫生院"], False),
        ("强化权力配置信息公开", "细化权力配置信息公开", dz, [], False),
        ("强化权力配置信息公开", "健全本镇行政执法信息", dz, [], False),
        ("提升解读咨询水平", "按照“三同步”要求", dz, [], False),
        ("提升解读咨询水平", "完善公平性市场竞争审查", dz, [], False),
        ("提升解读咨询水平", "拓展线下解读渠道", dz, [], False),
    ]
    out, pos = [], 0
    for head, start, lead, resp, others in rows:
        text, pos = cut(t, start, "\n|", pos)
        out.append((None, None, None, head + text, lead, resp, [], others, []))
    write(name, {}, [], [], out)


def jingzhou_2022():
    """荆州市 2022 政务公开 (city), as a mirror shows it (the city's name replaced by a gambling site's words in the
    attachment line and the title, kept as printed): notice without a title, then a ` | ` table 工作任务 / 具体要求 /
    责任单位 / 时限要求 whose first row also carries the part and section cells; rows 1–2 (row 3 cut by the excerpt).
    `X,Y、Z负责落实` → responsible X, Y, Z; 时限要求 `持续推进` → ONGOING."""
    name = "holdout14j-jingzhou-2022-zhengwu-pipes"
    t = doc(name)
    units = ["市政府各有关部门", "各县市区人民政府", "功能区管委会"]
    ongoing = [{"raw": "持续推进", "kind": "ONGOING"}]
    out, pos = [], 0
    for number, start in (("1", "进一步增强政策文件"), ("2", "开设行业帮扶政策")):
        text, pos = cut(t, start, " | ", pos)
        out.append((number, "一", "一", text, [], units, [], False, ongoing))
    write(name, {"title": "365bet账号被限制_beat365在线_beat365体育登陆网址2022年政务公开任务分解责任清单",
                 "issuedOn": "2022-07-25"},
          [("一", "以公开助力经济平稳健康发展")], [("一", "一", "加强涉及市场主体的信息公开")], out)


def xuancheng_2022():
    """宣城市 2022年11—12月 政务公开 task list (city), as a mirror shows the bureau's reprint: metadata in ` | `
    cells, the notice, then the table one cell a line, each cell ending in ` |` (工作任务 / 具体要求 / 责任单位 / 完成情况 /
    备注). Row 1 only (row 2 cut). 完成情况 `推进中` is progress; the 备注 `11月底前完成` is the deadline (BY, the year
    of the signature 2022-10-31). The 责任单位 cell names three groups → responsible."""
    name = "holdout14j-xuancheng-2022-zhengwu-pipes"
    t = doc(name)
    text, _ = cut(t, "行政规范性文件集中公开 |", "\n市政府各部门")
    write(name, {"title": "2022年11—12月政务公开重点工作任务清单", "issuedOn": "2022-10-31"},
          [("一", "年底前专项工作任务")], [],
          [("1", "一", None, text.replace(" |", ""), [], ["市政府各部门", "各直属机构", "各县市区政府"], [], False,
            [by("11月底前", "2022-11-30")])])


def haishu_2024():
    """海曙区 2024 (district): metadata as `•` bullets, notice, parts named after the 区长 and other leaders, items
    `N.text` then a `责任单位:` line; the rule `(列第一位者为牵头或汇总单位,下同)` printed in part 二's second field →
    that field's first unit leads, the others are responsible; a field with one unit → lead. Items 一.1–2, 二.1–2, 三.1
    (the page's beginning ends after 三.1's field)."""
    name = "holdout14j-haishu-2024-bullets"
    t = doc(name)
    rows = [  # number, part, start, lead, responsible
        ("1", "一", "一般公共预算收入与经济增长", ["区财政局"], []),
        ("2", "一", "统筹推进镇(乡)街道财权事权", ["区财政局"], []),
        ("1", "二", "推动临空经济示范区建设", ["临空航空口岸局"], []),
        ("2", "二", "全力保障宁波枢纽空铁一体", ["区房屋征收中心"], ["区发改局", "海曙自然资源规划分局", "古林镇", "石碶街道"]),
        ("1", "三", "地区生产总值增长6%左右", ["区发改局"], []),
    ]
    out, pos = [], 0
    for number, part, start, lead, resp in rows:
        text, pos = cut(t, start, "\n\n责任单位", pos)
        out.append((number, part, None, text, lead, resp, [], False, []))
    write(name, {"notice": "宁波市海曙区人民政府办公室关于印发2024年政府工作报告重点工作责任分解的通知",
                 "title": "2024年政府工作报告重点工作责任分解", "docNumber": "海政发〔2024〕4号",
                 "issuer": "宁波市海曙区人民政府办公室", "issuedOn": "2024-02-07"},
          [("一", "叶枝利区长牵头重点工作"), ("二", "张盈军区政府党组成员牵头重点工作"), ("三", "徐洪涛常务副区长牵头重点工作")],
          [], out)


def zhenhai_2011():
    """镇海区 2011 (district), as a document site shows the Word file (its title line repeated, a page mark `—1 —`):
    items `N.text。(X、Y)` with a bare bracketed unit list; the notice states `责任单位中排序第一单位为牵头单位` → the
    first unit of each list leads, the others are responsible; one unit → lead. Items 1–13 (14 cut by the excerpt)."""
    name = "holdout14j-zhenhai-2011-brackets"
    t = doc(name)
    rows = [  # number, part, section, lead, responsible
        ("1", "一", None, "区发改局", []), ("2", "一", None, "区财政局", []), ("3", "一", None, "区发改局", []),
        ("4", "一", None, "区贸易粮食局", []), ("5", "一", None, "区发改局", ["农业局"]), ("6", "一", None, "区劳动保障局", []),
        ("7", "一", None, "区发改局", []), ("8", "一", None, "区发改局", []), ("9", "一", None, "区城管局", []),
        ("10", "一", None, "区监察局", []), ("11", "二", "一", "区发改局", []), ("12", "二", "一", "区发改局", ["金融办"]),
        ("13", "二", "一", "宁波化工区管委会", []),
    ]
    out, pos = [], t.index("2011年政府工作报告任务分解\n\n一、")
    for number, part, section, lead, resp in rows:
        text, pos = cut(t, "\n" + number + ".", "(", pos)
        out.append((number, part, section, text[len(number) + 1:], [lead], resp, [], False, []))
    write(name, {"notice": "关于印发区政府二〇一一年政府工作报告任务分解的通知", "title": "2011年政府工作报告任务分解",
                 "docNumber": "镇政办发〔2011〕15号", "issuedOn": "2011-03-07"},
          [("一", "全区经济社会发展的主要预期目标及载体"), ("二", "强化产业集聚发展,加快提升产业竞争力")],
          [("二", "一", "加快临港工业和先进制造业基地建设")], out)


def ningbo_2019():
    """宁波市 2019 (city): notice, items `N.text` with a `牵头领导:` line (people: 市长, 副市长, names) and a
    `责任单位:` line; no first-unit rule on the page → a list → responsible, one unit → lead. Items 1–7 (part 二's
    first item is cut by the excerpt; the document ends before part 二)."""
    name = "holdout14j-ningbo-2019-fields"
    t = doc(name)
    tail = ["各区县(市)政府", "开发园区管委会"]
    rows = [  # number, start, lead, responsible
        ("1", "地区生产总值增长6.8%左右", [], ["市发改委", "市级其他有关部门"] + tail),
        ("2", "研发经费支出占比超过2.8%", [], ["市科技局", "市教育局"] + tail),
        ("3", "固定资产投资增长10%左右", [], ["市发改委"] + tail),
        ("4", "一般公共预算收入、城乡居民收入", [], ["市财政局", "市人力社保局", "市级其他有关部门"] + tail),
        ("5", "居民消费价格涨幅3%左右", ["市发改委"], []),
        ("6", "城镇登记失业率3.5%以内", [], ["市人力社保局"] + tail),
        ("7", "能耗和环境指标完成省下达任务", [], ["市发改委", "市生态环境局", "市经信局", "市科技局"] + tail),
    ]
    out, pos = [], 0
    for number, start, lead, resp in rows:
        text, pos = cut(t, start, "\n\n牵头领导", pos)
        out.append((number, "一", None, text, lead, resp, [], False, []))
    write(name, {"notice": "宁波市人民政府办公厅关于印发2019年政府工作报告目标任务责任分解和2019年市民生实事项目目标任务责任分解的通知",
                 "title": "2019年政府工作报告目标任务责任分解", "issuer": "宁波市人民政府办公厅", "issuedOn": "2019-03-01"},
          [("一", "2019年经济社会发展主要目标")], [], out)


def ningbo_2025():
    """宁波市 2025 (city), as a bureau's news page reprints the list: a headline and lead, then parts after the 市长 /
    常务副市长, items `N.text` with `牵头单位:` and `配合单位:` lines; `X、Y等市级有关部门,Z,…` → cooperating X, Y, Z …,
    othersIncluded. No signature (a news article): header title only. Items 一.1–2, 二.1–4 (二.5 cut)."""
    name = "holdout14j-ningbo-2025-news"
    t = doc(name)
    tail = ["各区(县、市)政府", "开发园区管委会"]
    rows = [  # number, part, start, lead, cooperating, others
        ("1", "一", "一般公共预算收入增长2%", "市财政局",
         ["市住建局", "市自然资源规划局", "宁波海关", "宁波市税务局", "中国人民银行宁波市分行"] + tail, True),
        ("2", "一", "探索设立产业链集群发展基金", "市财政局", ["市发改委", "市经信局", "市国资委", "宁波证监局"] + tail, True),
        ("1", "二", "地区生产总值增长5.5%以上", "市发改委", ["市经济运行监测联席会议其他成员单位"] + tail, False),
        ("2", "二", "城乡居民人均可支配收入与经济增长同步", "市发改委", ["市人力社保局", "市农业农村局"] + tail, True),
        ("3", "二", "固定资产投资增长5.5%", "市发改委",
         ["市经信局", "市科技局", "市生态环境局", "市住建局", "市交通局", "市水利局"] + tail, True),
        ("4", "二", "居民消费价格涨幅2%左右", "市发改委", ["市农业农村局", "市商务局"] + tail, True),
    ]
    out, pos = [], t.index("2025年政府工作报告目标任务分解清单\n\n一、")
    for number, part, start, lead, coop, others in rows:
        text, pos = cut(t, start, "\n\n牵头单位", pos)
        out.append((number, part, None, text, [lead], [], coop, others, []))
    write(name, {"title": "2025年政府工作报告目标任务分解清单"},
          [("一", "汤飞帆市长牵头重点工作"), ("二", "赵海滨常务副市长牵头重点工作")], [], out)


def shengsi_2023():
    """嵊泗县 2023 (county): metadata twice (a line form and `•` bullets with values on their own lines), the list's
    title, page chrome, parts after the 县长 / 常务副县长, items `N.text` then `责任单位:` (no rule on the page: a list →
    responsible, one unit → lead). `确保9月底前…投入运行` → BY September; the page prints no signature and no year
    in the item, so the date is null (plan-json.md: no dated phrase before it, no issue date). Items 一.1–2, 二.1–4."""
    name = "holdout14j-shengsi-2023-bullets"
    t = doc(name)
    rows = [  # number, part, start, lead, responsible, deadlines
        ("1", "一", "一般公共预算收入与经济增长", ["县财政局"], [], []),
        ("2", "一", "深化国有企业、国有资金", ["县财政局"], [], []),
        ("1", "二", "地区生产总值(GDP)增长10%左右", [],
         ["县发改局", "县人力社保局", "县农业农村局", "县属有关部门", "各乡镇人民政府"], []),
        ("2", "二", "编制实施嵊泗国际旅游岛", ["县文广旅体局"], [], []),
        ("3", "二", "实施渔港经济区建设", [], ["县海洋与渔业局", "县绿色小微园区开发建设指挥部"], []),
        ("4", "二", "打造嵊山国际海钓基地", [], ["县海洋与渔业局", "县资源规划局", "嵊山镇人民政府"], [by("9月底前", None)]),
    ]
    out, pos = [], 0
    for number, part, start, lead, resp, ddl in rows:
        text, pos = cut(t, start, "\n\n责任单位", pos)
        out.append((number, part, None, text, lead, resp, [], False, ddl))
    write(name, {"title": "2023年政府工作报告重点工作责任分解"},
          [("一", "杨松县长牵头重点工作"), ("二", "宋晖常务副县长牵头重点工作")], [], out)


def cixi_2021():
    """慈溪市 2021 (county-level city), as a news site reprints it: notice (its title lacks 的通知), lines holding only
    a space, part 一 with items `(一)title` and one line `牵头领导:市长、副市长,责任单位:X、Y、…。` (people, then the
    units: a list → responsible). Items 一.（一）–（三）; part 二's first item, cut by the excerpt, is left out."""
    name = "holdout14j-cixi-2021-inline"
    t = doc(name)
    tail = ["市级有关部门", "各镇(街道)"]
    rows = [  # number, start, responsible
        ("（一）", "地区生产总值增长7%左右", ["市发改局", "市统计局"] + tail),
        ("（二）", "一般公共预算收入增长6.5%", ["市财政局", "市发改局", "市统计局", "市农业农村局"] + tail),
        ("（三）", "生态环境质量进一步好转", ["市发改局", "宁波生态环境局慈溪分局"] + tail),
    ]
    out, pos = [], 0
    for number, start, resp in rows:
        text, pos = cut(t, start, "\n\n  牵头领导", pos)
        out.append((number, "一", None, text, [], resp, [], False, []))
    write(name, {"notice": "慈溪市人民政府办公室关于印发2021年政府工作报告目标任务责任分解",
                 "title": "2021年政府工作报告目标任务责任分解", "issuer": "慈溪市人民政府办公室", "issuedOn": "2021-03-25"},
          [("一", "2021年经济社会主要发展目标")], [], out)


def cixi_2021_04():
    """慈溪市 2021年4月份市政府工作要点 (county-level city): part 一 中心工作 is a paragraph with no clause (no task);
    part 二's item （一） ends `(胡海达常务副市长牵头,市发改局为主落实)` — the 牵头 names a person, not a unit; the unit
    that `为主落实` (does the work as the main one) → lead. Item 二.（一） only (（二） cut by the excerpt)."""
    name = "holdout14j-cixi-2021-04-yaodian"
    t = doc(name)
    text, _ = cut(t, "拟定今年经济运行监测", "(胡海达")
    write(name, {"notice": "慈溪市人民政府办公室关于印发2021年4月份市政府工作要点的通知",
                 "title": "2021年4月份市政府工作要点", "issuer": "慈溪市人民政府办公室", "issuedOn": "2021-04-21"},
          [("一", "中心工作"), ("二", "综合方面")], [],
          [("（一）", "二", None, text, ["市发改局"], [], [], False, [])])


def putuo_2024():
    """普陀区 (舟山) 2024 上半年 report on the district's key tasks (district), as a Q&A aggregator shows it: six lines
    of the aggregator's other posts, the addressees broken over lines by lone commas, then `N. text` / `责任单位:…
    (责任单位列第一位的为牵头单位,下同)` / `完成情况:…` (progress, not task text). First unit lead, the others
    responsible; `各镇、街道` is one group (a bare level after 各镇, as `各县、市、区政府`); `区属功能区管 委会`, broken by
    a space, is one unit, joined. Item 1 only (item 2 cut)."""
    name = "holdout14j-putuo-2024-progress"
    t = doc(name)
    text, _ = cut(t, "地区生产总值增长 5% 以上", "\n责任单位")
    write(name, {}, [("一", "重点工作事项")], [],
          [("1", "一", None, text, ["区发改局"],
            ["区经信局", "区财政局", "区商务局", "区农业农村局", "区生态环境分局", "区税务局", "各镇、街道", "区属功能区管委会"],
            [], False, [])])


def haishu_2023():
    """海曙区 2023 (district; a different plan from 2024's): metadata as `- ` dashes, notice (its title not on the
    page), paragraphs one a line without blank lines. `责任单位:A和B分别牵头、C` → A and B lead (两 bodies split at 和),
    C trails the 牵头 without a verb of its own → cooperating (plan-json.md: a trailing list after 牵头 cooperates);
    the first-unit rule printed in 三.2's field holds from there on. Items 一.1, 二.1, 三.1–3 (三.4 cut)."""
    name = "holdout14j-haishu-2023-dashes"
    t = doc(name)
    rows = [  # number, part, start, lead, responsible, cooperating
        ("1", "一", "一般公共预算收入增长6%", ["区财政局"], [], []),
        ("1", "二", "提高国家级临空经济示范区能级", ["经济投资局", "航空口岸局"], [], ["区发改局"]),
        ("1", "三", "地区生产总值增长6%", ["区发改局"], [], []),
        ("2", "三", "完成上级下达的能源和环境指标", ["区发改局"], ["海曙生态环境分局"], []),
        ("3", "三", "城乡居民人均可支配收入与经济增长", ["区发改局"], ["区人力社保局", "区农业农村局"], []),
    ]
    out, pos = [], 0
    for number, part, start, lead, resp, coop in rows:
        text, pos = cut(t, start, "\n责任单位", pos)
        out.append((number, part, None, text, lead, resp, coop, False, []))
    write(name, {"title": "2023年政府工作报告重点工作责任分解", "docNumber": "海政办发〔2023〕2号",
                 "issuer": "宁波市海曙区人民政府办公室", "issuedOn": "2023-02-10"},
          [("一", "叶枝利区长牵头重点工作"), ("二", "张盈军区政府党组成员牵头重点工作"), ("三", "徐洪涛常务副区长牵头重点工作")],
          [], out)


def xianan_2023():
    """咸安区 2023 (district), as a mirror shows it (the page begins at the plan's title): items `N.text。(责任领导:X;
    牵头单位:Y;责任单位:Z)` — 责任领导 names people; a 牵头单位 field with two units → both lead; 责任单位 beside
    牵头单位 → responsible; an unnumbered line `加强基础设施建设` under （一） is a bare heading (no section of its own).
    Items 1–12 (13 cut by the excerpt)."""
    name = "holdout14j-xianan-2023-brackets"
    t = doc(name)
    leads = {1: ["区发改局"], 2: ["区发改局"], 3: ["区科经局"], 4: ["区商务局"], 5: ["区商务局"],
             6: ["区财政局", "区税务局"], 7: ["区发改局", "区农业农村局"], 8: ["区人社局"], 9: ["区农业农村局"],
             10: ["区发改局"], 11: ["市生态环境局咸安分局"], 12: ["区交通运输局"]}
    out, pos = [], 0
    for n in range(1, 13):
        text, pos = cut(t, "  %d." % n, "(责任领导", pos)
        resp = ["区发改局", "区自然资源和规划局", "区林业局", "区经发集团", "相关乡镇办"] if n == 12 else []
        out.append((str(n), "一" if n <= 11 else "二", None if n <= 11 else "一", text[len(str(n)) + 1:],
                    leads[n], resp, [], False, []))
    write(name, {"title": "2023年区《政府工作报告》确定的重点工作任务责任分解方案"},
          [("一", "2023年全区经济社会发展主要预期目标"), ("二", "2023年七个方面主要工作安排")],
          [("二", "一", "坚定不移做强增长引擎")], out)


def shashi_2023():
    """沙市区 (荆州) 2023 (district), as a yearbook site shows page 3 of the plan: it begins at item 40, PDF text with
    spaces inside words (`行 动`, `全 国`), items `N.text。(责任单位: X、Y)`. No first-unit rule is on the page (the
    plan's head is not), so a list → responsible, one unit → lead. `(2023—2028 年)` names a plan's span: no deadline."""
    name = "holdout14j-shashi-2023-yearbook"
    t = doc(name)
    rows = {40: (["区城管执法局"], []), 41: ([], ["沙市城投公司", "关沮镇人民政府", "立新街道办事处"]),
            42: ([], ["区城管执法局", "各街道办事处"]), 43: ([], ["各镇人民政府", "各街道办事处"]),
            44: ([], ["区发改局", "各镇人民政府", "各街道办事处"]), 45: ([], ["区乡村振兴局", "各镇人民政府", "立新街道办事处"]),
            46: ([], ["区发改局", "区农业农村局", "各镇人民政府"]),
            47: ([], ["区农业农村局", "区交通运输局", "区资规分局", "区乡村振兴局", "各镇人民政府"])}
    out, pos = [], 0
    for n in range(40, 48):
        text, pos = cut(t, "%d." % n, "(责任单位", pos)
        lead, resp = rows[n]
        out.append((str(n), None, None, text[3:], lead, resp, [], False, []))
    write(name, {}, [], [], out)


if __name__ == "__main__":
    yinzhou_2024()
    yuhang_2018()
    linan_2022()
    shaoxing_2021()
    chizhou_xinfang()
    jiangmen_tuchu()
    qiaocheng_zhen()
    jingzhou_2022()
    xuancheng_2022()
    haishu_2024()
    zhenhai_2011()
    ningbo_2019()
    ningbo_2025()
    shengsi_2023()
    cixi_2021()
    cixi_2021_04()
    putuo_2024()
    haishu_2023()
    xianan_2023()
    shashi_2023()
