#!/usr/bin/env python3
"""Set L, labeller i14w (holdout14l-* national / provincial plans): hand labels written before the importer, the CLI
`import` or ParserEvaluation ever ran on these documents (see ../I14-CORPUS.md, "Twelfth held-out set, set L (i14w)").
Units, roles and deadlines are typed by hand from each document; each task's text is cut out of the document between
two hand-chosen marks (the start of the task and the start of its clause, unit cell or next row), so that the text is
the document's own. Run: `python3 set_l_i14w.py`."""
import make as m
from cutting import doc, cut, by, clause_rows


# ---------------------------------------------------------------------------------------------------------------
def neimenggu_hubaoyinyu_2013():
    """内蒙古 呼包银榆经济区 重点工作分工方案 (自治区政府办公厅, 2013): items `（n） title。text。(X牵头,Y、Z及相关盟市配合)`
    under 一、; items （一）（二） (the page's excerpt ends inside （三）'s clause)."""
    name = "holdout14l-neimenggu-2013-hubaoyinyu"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "国家综合能源基地", "(自治区能源开发局牵头",
         ["自治区能源开发局"], [], ["自治区发展改革委", "经济和信息化委", "国土资源厅", "环保厅", "内蒙古电力监管办", "相关盟市"],
         False, []),
        ("（二）", "一", None, "全国节水型社会建设示范区", "(自治区水利厅牵头",
         ["自治区水利厅"], [], ["自治区发展改革委", "国土资源厅", "环保厅", "相关盟市"], False, []),
    ])
    m.write_expected(name, {
        "notice": "内蒙古自治区人民政府办公厅关于印发自治区贯彻落实国家《呼包银榆经济区发展规划(2012—2020年)》重点工作分工方案的通知",
        "title": "内蒙古自治区贯彻落实国家《呼包银榆经济区发展规划(2012—2020年)》重点工作分工方案"},
        [("一", "战略定位")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def jiangxi_suqu_2016():
    """江西省赣南等原中央苏区振兴发展2016年工作要点 (provincial; a wiki reprint in traditional characters, the page
    opening inside the preamble): item 1 with `(責任單位:X、Y)`; the excerpt ends inside item 2's clause. Unit names typed
    in simplified characters; the text is the document's own (traditional)."""
    name = "holdout14l-jiangxi-2016-suqu-wiki"
    tasks = clause_rows(name, [
        ("1", None, None, "加大精準扶貧力度", "(責任單位",
         [], ["有关设区市", "省有关部门和单位"], [], False, []),
    ])
    m.write_expected(name, {}, [], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def jiaxing_minying_docsite():
    """嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案 (city; a .docx as a document site shows it: the
    title, preamble, 一、 and （一） run together on one line, the site's page chunks numbered `1、` `2、` at line
    starts, one of them inside item （一）'s sentence). Item （一） only (the excerpt ends inside （二）). Its clause holds
    the standing rule `列第一位的为牵头单位,下同` and `以下均需各县市、区政府落实,不再列出` (no later task here).
    The page-chunk number `2、` is the site's, not the plan's: it is left out of the task text."""
    name = "holdout14l-jiaxing-minying-docsite"
    t = doc(name)
    text, _ = cut(t, "强化财税政策保障", "(市税务局")
    assert "个体工商2、户" in text
    text = text.replace("个体工商2、户", "个体工商户")
    tasks = [m.task(1, "（一）", "一", None, text, ["市税务局"],
                    ["市财政局", "市科技局", "市人力社保局", "市退役军人事务局", "各县市、区政府"], [], False, [])]
    m.write_expected(name, {"title": "嘉兴市贯彻落实浙江省促进民营经济高质量发展若干措施实施方案"},
                     [("一", "加强民营经济资源要素支持")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def sichuan_xibu_2017():
    """川办函〔2017〕113号 (provincial; a 政府公报 reprint: the notice title over three lines, the number and date on one
    line, no signature): items `N.title。text` with a `责任单位:X、Y,Z等。` line under each. Item 1 only (the excerpt
    ends inside item 2's unit line). The date printed beside the number is taken as the issue date."""
    name = "holdout14l-sichuan-2017-xibu-gazette"
    tasks = clause_rows(name, [
        ("1", "一", "一", "优化空间开发布局", "责任单位:",
         [], ["省发展改革委", "住房城乡建设厅", "交通运输厅", "国土资源厅", "有关市(州)人民政府"], [], True, []),
    ])
    m.write_expected(name, {
        "notice": "四川省人民政府办公厅关于印发实施《西部大开发“十三五”规划》责任分工方案的通知",
        "title": "实施《西部大开发“十三五”规划》责任分工方案", "docNumber": "川办函〔2017〕113号",
        "issuer": "四川省人民政府办公厅", "issuedOn": "2017-06-02"},
        [("一", "重要政策和事项")], [("一", "一", "构建区域发展新格局")], tasks)


# ---------------------------------------------------------------------------------------------------------------
def shaanxi_gongye_2017():
    """陕西省人民政府办公厅关于进一步落实《工业稳增长促投资21条措施》的实施意见 (provincial, 2017; the mobile page of the
    province's site, breadcrumb line kept): items （一）…（三） under 一、, each closed by `(X牵头,Y、Z配合)`; the page's
    excerpt ends inside 二、（一） (the heading 二、 is kept, its item cut). Item （一） holds brackets that are no clause
    (`(在陕2500万吨以上,…)`). `2017年主要目标任务` and `全年` name the year's targets and `每月召开` is a frequency in the
    text: no deadlines (as in sets G and K). `企业` after `有关市政府、` is read as the relevant enterprises, a
    cooperating party; `有关部门` is a group unit."""
    name = "holdout14l-shaanxi-2017-gongye-wap"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "2017年主要目标任务", "(省发展改革委牵头", ["省发展改革委"], [], ["有关部门", "市政府"], False, []),
        ("（二）", "一", None, "每月召开一次", "(省发展改革委牵头",
         ["省发展改革委"], [], ["省工业和信息化厅", "省统计局", "有关市政府", "企业"], False, []),
        ("（三）", "一", None, "抢抓机遇", "(省发展改革委牵头", ["省发展改革委"], [], ["有关市政府", "企业"], False, []),
    ])
    m.write_expected(name, {"title": "陕西省人民政府办公厅关于进一步落实《工业稳增长促投资21条措施》的实施意见"},
                     [("一", "全力抓好能源行业稳增长"), ("二", "全面落实国家支持工业发展的有关政策措施")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def sichuan_lvyou_2013():
    """川办函〔2013〕156号 (provincial; the same 政府公报 reprint site as 川办函〔2017〕113号): a notice whose body is the
    plan, items 一、二、 each closed by a bare list of units `(X、Y、Z)` with no role word, read as a 责任单位 list
    (set E's decision): several units share responsibility. Items 一、二、 (the excerpt ends inside 三、, before its
    clause). The Chinese-numeral date beside the number is the issue date."""
    name = "holdout14l-sichuan-2013-lvyou-gazette"
    tasks = clause_rows(name, [
        ("一", None, None, "将旅游业发展纳入", "(省发展改革委、省民委",
         [], ["省发展改革委", "省民委", "财政厅", "国土资源厅", "住房城乡建设厅", "交通运输厅", "水利厅", "农业厅", "林业厅",
              "文化厅", "商务厅", "省扶贫移民局", "省旅游局", "省宗教事务局", "省重大办", "民航西南地区管理局"], [], False, []),
        ("二", None, None, "扶持自驾游", "(省经济信息化委",
         [], ["省经济信息化委", "财政厅", "交通运输厅", "文化厅", "商务厅", "省国资委", "省质监局", "省体育局", "省旅游局"],
         [], False, []),
    ])
    m.write_expected(name, {
        "notice": "四川省人民政府办公厅关于贯彻落实四川省人民政府关于加快建设旅游经济强省的意见重点任务分工的通知",
        "docNumber": "川办函〔2013〕156号", "issuer": "四川省人民政府办公厅", "issuedOn": "2013-08-06"}, [], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def fagai_2023_1054():
    """发改体改〔2023〕1054号 (national; a reprint in traditional characters localised for Taiwan: the converter also
    changed words, 信息 → 資訊, 项目 → 專案, 支持 → 支援, 知识产权局 → 智慧財產權局, also inside unit names). The notice's body
    is the plan: items `N. text。(責任單位:X、Y)` under 一、; items 1–4 (the excerpt ends inside item 5's clause).
    Unit names are typed in simplified characters as printed, the converter's words kept (`工业和资讯化部`): the
    importer can only read what the page prints. A 责任单位 list of several units shares responsibility; one unit
    leads (item 4). A space follows each item's `N.`."""
    name = "holdout14l-fagai-2023-1054-minying-tw"
    gx = "工业和资讯化部"
    tasks = clause_rows(name, [
        ("1", "一", None, "在國家重大工程", "(責任單位", [], ["国家发展改革委", gx, "全国工商联"], [], False, []),
        ("2", "一", None, "擴大基礎設施領域", "(責任單位", [], ["国家发展改革委", "中国证监会"], [], False, []),
        ("3", "一", None, "支援民營企業參與", "(責任單位", [], ["科技部", "国家发展改革委", gx], [], False, []),
        ("4", "一", None, "提升民營企業在產業鏈", "(責任單位", [gx], [], [], False, []),
    ])
    m.write_expected(name, {"notice": "国家发展改革委等部门关于实施促进民营经济发展近期若干举措的通知",
                            "docNumber": "发改体改〔2023〕1054号"}, [("一", "促进公平准入")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guobanfa_2020_24():
    """国办发〔2020〕24号 (national; a news site's reprint: a space before every Chinese comma and full stop, and the
    article's title inserted in 【…】 at the start of a paragraph, here before `一、`): a directly issued 意见, items
    `（n）title 。 text 。 (X牵头 , Y及Z按职责分工负责)`. Item （一） only (the excerpt ends inside （二））."""
    name = "holdout14l-guobanfa-2020-24-yingshang-news"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "优化再造投资项目前期审批流程", "(国家发展改革委牵头",
         ["国家发展改革委"], ["国务院相关部门", "各地区"], [], False, []),
    ])
    m.write_expected(name, {"title": "国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见",
                            "docNumber": "国办发〔2020〕24号"}, [("一", "持续提升投资建设便利度")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guobanfa_2020_27():
    """国办发〔2020〕27号 (national; a legal-information site's reprint, its date/site/hits line first): a directly
    issued 意见, 一、总体要求 (no tasks), then items `（n）title。text。(X、Y…等按职责分工负责)`. Item （一） only (the
    excerpt ends inside （二））."""
    name = "holdout14l-guobanfa-2020-27-jiuye"
    tasks = clause_rows(name, [
        ("（一）", "二", None, "鼓励个体经营发展", "(财政部、人力资源社会保障部",
         [], ["财政部", "人力资源社会保障部", "商务部", "人民银行", "税务总局", "市场监管总局"], [], True, []),
    ])
    m.write_expected(name, {"title": "国务院办公厅关于支持多渠道灵活就业的意见", "docNumber": "国办发〔2020〕27号"},
                     [("一", "总体要求"), ("二", "拓宽灵活就业发展渠道")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guobanfa_2018_104():
    """国办发〔2018〕104号 (national; page 5 of a paged reprint — it opens with the site's column name and part 七, the
    site's filter has starred out a character, `制度**易成本`): items `（二十n）title。` with their text on the next
    paragraph and **no clause**: the units are named inside the text as the ones doing the work (`各地区、各部门要…`,
    `各省(区、市)政府要…`, `发展改革委要牵头…`), the national style of this notice. Read as an official would: the unit
    opening the item does it — a 牵头 leads, one group alone leads, several share responsibility (plan-json.md, the
    rule for an item that opens with its unit). Later mentions inside (二十一) (`各有关部门要…`, leaders as persons) are
    no further units. Items （二十一）–（二十三） (the excerpt ends inside （二十四）). Deadlines in （二十三）: `2018年底前`, and
    `2019年…开展` / `2020年…开展` set the years of the work (as set J's `2017年开工建设`)."""
    name = "holdout14l-guobanfa-2018-104-page5"
    t = doc(name)
    rows = [("（二十一）", "提高认识", "(二十二)", [], ["各地区", "各部门"], []),
            ("（二十二）", "落实地方政府责任", "(二十三)", ["各省(区、市)政府"], [], []),
            ("（二十三）", "组织开展营商环境评价", None, ["发展改革委"], [],
             [by("2018年底前", "2018-12-31"), by("2019年", "2019-12-31"), by("2020年", "2020-12-31")])]
    tasks, pos = [], 0
    for seq, (number, start, end, lead, resp, ddl) in enumerate(rows, 1):
        if end is None:
            i = t.index(start, pos)
            text = "".join(line.strip() for line in t[i:].splitlines())
        else:
            text, pos = cut(t, start, end, pos)
        tasks.append(m.task(seq, number, "七", None, text, lead, resp, [], False, ddl))
    m.write_expected(name, {}, [("七", "强化组织领导,进一步明确工作责任")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guobanfa_2015_72():
    """国办发〔2015〕72号 (national; gov.cn's big5 gateway: the page's metadata lines — 索引号, 发文机关, 成文日期, 标题,
    发文字号 — then the 意见 in traditional characters, its title over two lines, paragraphs indented by two spaces):
    items `（n）title。text。(X、Y、Z)` closed by a bare list of units, read as a 责任单位 list (set E): all share
    responsibility. Item （一） only (the excerpt ends inside （二））. Second pass: the metadata block's 发文机关 and
    成文日期 are the document's issuer and date (set J labelled 国办函〔2014〕31号 on the same gateway so), so issuer
    国务院办公厅 and issuedOn 2015-09-18 (first pass: null)."""
    name = "holdout14l-guobanfa-2015-72-xianshang-big5"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "支持商業模式創新", "(商務部、網信辦",
         [], ["商务部", "网信办", "发展改革委", "工业和信息化部", "地方各级人民政府"], [], False, []),
    ])
    m.write_expected(name, {"title": "国务院办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的意见",
                            "docNumber": "国办发〔2015〕72号", "issuer": "国务院办公厅", "issuedOn": "2015-09-18"},
                     [("一", "鼓励线上线下互动创新")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guobanfa_2019_38():
    """国办发〔2019〕38号 (national; a local site's reprint of the PDF text: the PDF's wrapped lines joined with a space,
    which falls inside words — `资源配 置`, `网 络经营场所` — paragraphs indented by three spaces, blank lines between;
    its header `国务院办公厅《关于…的指导意见》(国办发〔2019〕38号)` and a posting date `时间:2019-11-20 来源:`): a directly
    issued 意见, items `（n）title。text。(X负责)`. Item （一） only (the excerpt ends inside （二））. One unit 负责 leads
    (plan-json.md). The posting date is the site's, not a signature: issuedOn stays null."""
    name = "holdout14l-guobanfa-2019-38-pingtai"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "推进平台经济相关市场主体登记注册便利化", "(市场监管总局负责)",
         ["市场监管总局"], [], [], False, []),
    ])
    m.write_expected(name, {"title": "国务院办公厅关于促进平台经济规范健康发展的指导意见", "docNumber": "国办发〔2019〕38号"},
                     [("一", "优化完善市场准入条件,降低企业合规成本")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guobanfa_2019_41():
    """国办发〔2019〕41号 (national; a reprint in traditional characters that opens with the number — no title line, no
    date): a directly issued 意见, 一、总体目标 (no tasks), then items `（n）title。text。(X、Y…和Z負責。standing rule)`: the
    clause of item （一） ends with a standing rule for the items after it, `以下均需地方各級人民政府負責,不再列出`. Item
    （一） only (the excerpt ends inside （二））. `…銀保監會和地方各級人民政府負責` → six responsible units (和 between two
    bodies splits them; several units 负责 share responsibility). The page prints no title: title null."""
    name = "holdout14l-guobanfa-2019-41-wenlv-trad"
    tasks = clause_rows(name, [
        ("（一）", "二", None, "推出消費惠民措施", "(文化和旅遊部、",
         [], ["文化和旅游部", "发展改革委", "财政部", "人民银行", "银保监会", "地方各级人民政府"], [], False, []),
    ])
    m.write_expected(name, {"docNumber": "国办发〔2019〕41号"}, [("一", "总体目标"), ("二", "主要任务")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guobanfa_2019_43():
    """国办发〔2019〕43号 (national; a reprint in traditional characters — `産`, `爲` — whose item （二） was left in
    simplified by the converter; title over two lines, blank lines between paragraphs, no date): a directly issued
    意见, items `（n）title。text。(X負責)`. The clause of （一） carries a standing rule, `以下除特別指出的外均需地方人民政府負責,
    不再列出`: 地方人民政府 is responsible in every later task beside the units that task names (plan-json.md, the
    `以下均需X落实，不再列出` rule; `除特别指出的外` changes nothing while no later clause says otherwise). So （二）
    `(體育總局、公安部負責)` → three responsible; （三） `(體育總局負責)` → lead 体育总局 (one unit 负责), 地方人民政府
    responsible. Items （一）–（三） (the excerpt ends before （四）'s clause). The title is labelled in simplified."""
    name = "holdout14l-guobanfa-2019-43-tiyu-mixed"
    local = "地方人民政府"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "深化全國性單項體育協會改革", "(體育總局和", [], ["体育总局", local], [], False, []),
        ("（二）", "一", None, "完善赛事管理服務机制", "(體育總局、公安部", [], ["体育总局", "公安部", local], [], False, []),
        ("（三）", "一", None, "深化場館運營管理改革", "(體育總局負責)", ["体育总局"], [local], [], False, []),
    ])
    m.write_expected(name, {"title": "国务院办公厅关于促进全民健身和体育消费推动体育产业高质量发展的意见",
                            "docNumber": "国办发〔2019〕43号"},
                     [("一", "深化“放管服”改革,释放发展潜能")], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def jilin_dongbei_2014():
    """吉林 吉政发〔2014〕37号 落实意见 (provincial; a law site's reprint in traditional characters: the title, a date and
    views line, three tag lines `負責` `財政廳` `推進`, a one-line summary that runs title, number, addressees and the
    first words together, then the 意见 itself): 一、 / （一） / `N.text。(X、Y…負責,列第一位的為牽頭部門,下同)`. The
    standing rule `列第一位的为牵头部门,下同` makes the first unit of every list the lead; it adds no 其他为配合, so the
    others share responsibility (plan-json.md). Items 1–3 (the excerpt ends inside item 4). The tag line `負責` is
    the site's, not a clause."""
    name = "holdout14l-jilin-2014-37-dongbei-trad"
    tasks = clause_rows(name, [
        ("1", "一", "一", "1.進一步加快推進簡政放權", "(省發展改革委、省編辦",
         ["省发展改革委"], ["省编办", "省国土资源厅", "省林业厅", "省环保厅", "省住房城乡建设厅", "省水利厅"], [], True, []),
        ("2", "一", "一", "2.鼓勵我省重點裝備制造企業", "(人民銀行長春中心支行",
         ["人民银行长春中心支行"], ["省财政厅", "省工业信息化厅"], [], False, []),
        ("3", "一", "二", "3.深入推進民營經濟配套改革", "(省工業信息化廳、省發展改革委",
         ["省工业信息化厅"], ["省发展改革委", "省工商局", "省金融办"], [], False, []),
    ])
    for t in tasks:  # the item number is not part of the task text
        t["text"] = t["text"].split(".", 1)[1]
    m.write_expected(name, {"title": "吉林省人民政府关于国务院近期支持东北振兴若干重大政策举措的落实意见",
                            "docNumber": "吉政发〔2014〕37号"},
                     [("一", "着力激发市场活力")],
                     [("一", "一", "进一步简政放权"), ("一", "二", "促进非公有制经济大发展")], tasks)


# ---------------------------------------------------------------------------------------------------------------
def neimenggu_zhengcelist_2023():
    """内蒙古 内政发〔2023〕3号 2023年政策清单 (provincial; a .docx as a document site shows it: a file-name line
    `17.….docx`, then the whole document on **one line** — title, number, preamble, part, section and items run
    together, each of the .docx's line breaks a space, also inside words: `自治 区农牧厅`, `良 种化`): 一、/（一）/
    `N.text。(责任单位:X、Y)`. A 责任单位 list with several units shares responsibility, with one leads (plan-json.md).
    Unit names as printed (`财政厅` after `自治区农牧厅、` keeps no prefix); the space the site put inside `自治 区农牧厅`
    is not part of the name. Items 1–4 (the excerpt ends inside item 5). No deadlines (amounts only)."""
    name = "holdout14l-neimenggu-2023-3-zhengcelist-docx"
    nm = "自治区农牧厅"
    tasks = clause_rows(name, [
        ("1", "一", "一", "实施优质高效增粮示范行动", "(责任单位", [], [nm, "财政厅"], [], False, []),
        ("2", "一", "一", "实施耕地保护与建设行动", "(责任单位", [], [nm, "发展改革委", "财政厅"], [], False, []),
        ("3", "一", "一", "支持将符合条件的盐碱地", "(责任单位", [nm], [], [], False, []),
        ("4", "一", "二", "安排 9000 万元资金", "(责任单位", [], [nm, "科技厅", "财政厅"], [], False, []),
    ])
    m.write_expected(name, {"title": "内蒙古自治区2023年坚持稳中快进稳中优进推动产业高质量发展政策清单",
                            "docNumber": "内政发〔2023〕3号"},
                     [("一", "推进农牧业优质高效转型")],
                     [("一", "一", "增强粮食综合生产能力"), ("一", "二", "实施种业振兴行动")], tasks)


# ---------------------------------------------------------------------------------------------------------------
def tianjin_zhizaoye_2023():
    """天津 津政办规〔2023〕4号 (provincial: a 直辖市政府办公厅; a tax site's reprint: its header line with the number in
    square brackets, source/author line, an abstract, then the notice, signature, date, and the measures): 一、 /
    （一）title (no full stop) / `N.title。text。(责任单位:X、Y,Z)`. Item 1 only (the excerpt ends inside item 2).
    `(责任单位:市工业和信息化局、市财政局,各区人民政府)` → three responsible (a trailing list after the comma takes the
    role of the list before it)."""
    name = "holdout14l-tianjin-2023-4-zhizaoye-tax"
    tasks = clause_rows(name, [
        ("1", "一", "一", "支持工业企业高质量投资", "(责任单位",
         [], ["市工业和信息化局", "市财政局", "各区人民政府"], [], False, []),
    ])
    m.write_expected(name, {"notice": "天津市人民政府办公厅关于印发天津市推动制造业高质量发展若干政策措施的通知",
                            "title": "天津市推动制造业高质量发展若干政策措施", "docNumber": "津政办规〔2023〕4号",
                            "issuer": "天津市人民政府办公厅", "issuedOn": "2023-04-11"},
                     [("一", "推动产业高质量发展")], [("一", "一", "发挥重大项目关键性作用")], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guangxi_gongye_2024():
    """广西 工业振兴三年行动 若干政策措施 (provincial: 自治区人民政府办公厅, 2024; reprinted on a district
    government's site: the notice without its title, number or signing office — addressees, one sentence, the date,
    `(此件公开发布)` — then the measures): each `一、title` line is followed by one paragraph closed by a bracket of
    labelled fields `(牵头单位:A、B…,C;配合单位:D,E)`. Each 一、 carries a clause, so each is a task and `parts` is
    empty (the 黑龙江环保厅 2018 decision of set K); the task text is the heading's title and the paragraph. Every unit
    of a 牵头单位 field leads (`…,各市人民政府` after the comma too); 配合单位 fields cooperate. `2024—2026年,每年…`
    says for which years and how often the money is arranged — no deadline (as `延续执行至…`). The printed date is
    the notice's: issuedOn 2024-02-07; no issuer is printed. Items 一、二、 (the excerpt ends inside 三、)."""
    name = "holdout14l-guangxi-2024-gongye-district"
    tasks = clause_rows(name, [
        ("一", None, None, "继续加大财政对工业的扶持力度", "(牵头单位",
         ["自治区财政厅", "工业和信息化厅", "发展改革委", "国资委", "产业园区改革发展办公室", "各市人民政府"], [],
         ["自治区党委金融委员会办公室", "广西证监局"], False, []),
        ("二", None, None, "支持工业科技创新", "(牵头单位",
         ["自治区工业和信息化厅", "财政厅", "发展改革委", "科技厅"], [], ["各市人民政府"], False, []),
    ])
    m.write_expected(name, {"title": "广西实施新一轮工业振兴三年行动的若干政策措施", "issuedOn": "2024-02-07"},
                     [], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def liaoning_gangyao_2012():
    """辽宁 “十二五”规划纲要 主要目标和任务分工 (provincial: 省政府, April 2012; a mirror of the province's site that
    opens at the addressees — no title, number or date): a notice whose body is the plan: 一、分工原则 with three
    principles （一）–（三） (section headings with no tasks under them), then 二、 / （一）约束性指标。 / `N.target。`
    followed by `责任单位:X。` or `牵头单位:X。` + `责任单位:X、Y等。` lines. Another plan than set J's 辽政办发〔2012〕53号
    (东北振兴“十二五”规划), in the same layout with ASCII item numbers. A 责任单位 line with one unit → lead;
    `牵头单位:X` with `责任单位:X、Y等` → lead X, responsible X, Y as printed, others included (set J's decision for
    that document). Items 1–4 (the excerpt ends inside item 5). The principles' part and sections are listed although
    they hold no task (plan-json.md lists every 一、 heading; the section level is listed the same way)."""
    name = "holdout14l-liaoning-2012-gangyao-mirror"
    tasks = clause_rows(name, [
        ("1", "二", "一", "九年义务教育巩固率", "责任单位", ["省教育厅"], [], [], False, []),
        ("2", "二", "一", "耕地保有量保持在", "责任单位", ["省国土资源厅"], [], [], False, []),
        ("3", "二", "一", "单位工业增加值用水量降低", "牵头单位",
         ["省经济和信息化委"], ["省经济和信息化委", "省水利厅"], [], True, []),
        ("4", "二", "一", "非化石能源占一次能源消费比重", "责任单位", ["省发展改革委"], [], [], False, []),
    ])
    m.write_expected(name, {}, [("一", "分工原则"), ("二", "落实主要目标和任务分工安排")],
                     [("一", "一", "正确处理政府与市场的关系"), ("一", "二", "合理划分各级政府责任"),
                      ("一", "三", "科学把握全面和重点的关系"), ("二", "一", "约束性指标")], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guofa_2018_fengong_news():
    """国务院 2018 关于落实《政府工作报告》重点工作部门分工的意见 (national; a society's news page that quotes only the
    意见's part 六: its breadcrumb, a headline printed twice, the posting line and a lead paragraph, then the part's
    title **without its number** (`大力实施乡村振兴战略`), lines holding a single space, and items
    `（二十n）title。text。(clause)`). Items （二十四）（二十五） (the excerpt ends at the next item's bracket). The
    unnumbered title is no part a task can name: `parts` stays empty and the tasks' part null (plan-json.md lists 一、
    headings; this one prints none). The page prints the 意见 only as a headline: all header fields null.
    `(X、Y牵头,有关部门按职责分工负责)` → leads X, Y, the group 有关部门 responsible; `(…等按职责分工负责)` → thirteen
    responsible, others included. `新增高标准农田8000万亩以上` is a target, no deadline."""
    name = "holdout14l-guofa-2018-fengong-xiangcun-news"
    tasks = clause_rows(name, [
        ("（二十四）", None, None, "健全城乡融合发展体制机制", "(国家发展改革委、农业农村部牵头",
         ["国家发展改革委", "农业农村部"], ["有关部门"], [], False, []),
        ("（二十五）", None, None, "推进农业供给侧结构性改革", "(农业农村部、科技部",
         [], ["农业农村部", "科技部", "国家发展改革委", "工业和信息化部", "财政部", "人力资源社会保障部", "自然资源部",
              "水利部", "商务部", "退役军人事务部", "国家粮食和物资储备局", "国家林业和草原局", "供销合作总社"], [],
         True, []),
    ])
    m.write_expected(name, {}, [], [], tasks)


# ---------------------------------------------------------------------------------------------------------------
def zhejiang_daqi_2014():
    """浙江 浙政办发〔2014〕89号 大气污染防治行动计划重点工作部门分工方案 (provincial: 省政府办公厅; the province's
    政府公报 page: breadcrumb, the metadata block printed twice, title, date/source bullets, the notice, signature and
    date, `(此件公开发布)`, then the plan): `一、title(省发改委总牵头)` — **a part heading with its own clause** —,
    `（一）title。` (no clause), `N.text。(X、Y(Z)。列第一位者为牵头部门,下同)`. The part heading carries a clause, so it is
    also a task (plan-json.md: a heading above the task level with its own clause), numbered 一, in part 一; 总牵头 is
    the overall lead. Item 1: the standing rule makes the first unit the lead, the other responsible; the bracketed
    alias stays in the name as printed (`省发改委(省能源局)`). Item 1 only (the excerpt ends inside item 2)."""
    name = "holdout14l-zhejiang-2014-89-daqi-gazette"
    t = doc(name)
    head, pos = cut(t, "加快调整能源结构", "(省发改委总牵头)")
    item, _ = cut(t, "制订煤炭消费总量中长期控制目标", "(省经信委、", pos)
    tasks = [m.task(1, "一", "一", None, head, ["省发改委"], [], [], False, []),
             m.task(2, "1", "一", "一", item, ["省经信委"], ["省发改委(省能源局)"], [], False, [])]
    m.write_expected(name, {"notice": "浙江省人民政府办公厅关于印发浙江省大气污染防治行动计划重点工作部门分工方案的通知",
                            "title": "浙江省大气污染防治行动计划重点工作部门分工方案", "docNumber": "浙政办发〔2014〕89号",
                            "issuer": "浙江省人民政府办公厅", "issuedOn": "2014-07-16"},
                     [("一", "加快调整能源结构")], [("一", "一", "制订实施全省煤炭消费总量控制方案")], tasks)


# ---------------------------------------------------------------------------------------------------------------
def guobanfa_2022_14():
    """国办发〔2022〕14号 深化医药卫生体制改革2022年重点工作任务 (national; an industry site's reprint: a news headline,
    the notice (title over two lines), signature, date, `(此件公开发布)`, the plan's title over two lines, preamble):
    一、 / `（n）title。text。(X、Y…等和Z按职责分工负责。以下均需Z负责,不再列出)`. Item （一） only (the excerpt ends
    inside （二））. Six responsible units, others included (`等`); the standing rule adds 地方人民政府 to later tasks,
    none here. `年内基本完成…` is a completion deadline: BY 2022-12-31, raw `年内` (sets B and I)."""
    name = "holdout14l-guobanfa-2022-14-yigai-industry"
    tasks = clause_rows(name, [
        ("（一）", "一", None, "发挥国家医学中心、国家区域医疗中心的引领辐射作用", "(国家发展改革委、国家卫生健康委",
         [], ["国家发展改革委", "国家卫生健康委", "教育部", "国家中医药局", "国家疾控局", "地方人民政府"], [], True,
         [by("年内", "2022-12-31")]),
    ])
    m.write_expected(name, {"notice": "国务院办公厅关于印发深化医药卫生体制改革2022年重点工作任务的通知",
                            "title": "深化医药卫生体制改革2022年重点工作任务", "docNumber": "国办发〔2022〕14号",
                            "issuer": "国务院办公厅", "issuedOn": "2022-05-04"},
                     [("一", "加快构建有序的就医和诊疗新格局")], [], tasks)


if __name__ == "__main__":
    neimenggu_hubaoyinyu_2013()
    jiangxi_suqu_2016()
    jiaxing_minying_docsite()
    sichuan_xibu_2017()
    shaanxi_gongye_2017()
    sichuan_lvyou_2013()
    fagai_2023_1054()
    guobanfa_2020_24()
    guobanfa_2020_27()
    guobanfa_2018_104()
    guobanfa_2015_72()
    guobanfa_2019_38()
    guobanfa_2019_41()
    guobanfa_2019_43()
    jilin_dongbei_2014()
    neimenggu_zhengcelist_2023()
    tianjin_zhizaoye_2023()
    guangxi_gongye_2024()
    liaoning_gangyao_2012()
    guofa_2018_fengong_news()
    zhejiang_daqi_2014()
    guobanfa_2022_14()
