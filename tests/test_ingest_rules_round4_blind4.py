"""Metadata rules from the fourth round's spending of the blind-4 batch (issue 10): its failure
classes in title, speaker, genre, level and published. Each test is a small page, head or text
in wording written for this project (not the evaluation pages'), fed through the one rule it
covers or the real ingest (`build_drafts`)."""
from __future__ import annotations

from build_tools import metadata as md
from build_tools import segment as sg
from build_tools.ingest import build_drafts
from build_tools.readers import read_bytes

# --- title ---------------------------------------------------------------------------------


def test_a_document_sites_file_name_glued_before_the_title_gives_way_to_it():
    # a file name joining two other titles, run into the speech's own title with no break
    line = "2021年镇长在巩卫推进会讲话稿与在防汛工作会上的讲话稿在全镇巩固国家卫生镇推进会上的讲话"
    assert len(line) <= 60
    assert sg.head_title([line]) == "在全镇巩固国家卫生镇推进会上的讲话"


def test_a_title_naming_a_speech_it_studies_is_not_split():
    # "讲话" inside the title, followed by no whole speech title, is part of it
    line = "在学习市委书记讲话精神暨全县创卫推进会上的发言"
    assert sg.head_title([line]) == line


def test_a_page_without_h1_keeps_its_h2_headline():
    html = ("<html><head><meta charset='utf-8'><title>某某晚报电子版</title></head><body>"
            "<div class='bar'>第05版：本地新闻　2022年04月11日 星期一</div>"
            "<h2>副市长到老城区检查巩卫整改</h2>"
            "<div class='c'><p>本报讯（记者 王某）4月10日，副市长孙某某到老城区检查巩固国家卫生城市整改情况，"
            "并在城关街道召开现场会。</p>"
            "<p>孙某某先后走访了两个背街小巷和一个菜市场，查看了垃圾收运和门前三包落实情况。</p>"
            "<p>会上，孙某某说，各街道要把检查发现的问题列成清单，逐项销号，一周内整改到位。</p></div>"
            "</body></html>")
    page = read_bytes(html.encode("utf-8"), "a.html")
    drafts, _, _ = build_drafts(page, [])
    assert [d.speech.title for d in drafts] == ["副市长到老城区检查巩卫整改"]
    # the page line puts the page before the date: still the paper's posting date
    assert drafts[0].speech.published == "2022-04-11"


# --- published -----------------------------------------------------------------------------


def test_an_issue_line_with_the_page_first_gives_published():
    assert md.published_date(["第12版：城事　2020年11月03日 星期二　上一版　下一版"]) == "2020-11-03"
    assert md.published_date(["第A3版: 要闻 2018年6月9日"]) == "2018-06-09"
    assert md.published_date(["第RB02版：城区 2016年02月03日"]) == "2016-02-03"
    # a page number alone, with no date after it, stamps nothing
    assert md.published_date(["第3版 要闻 下一版"]) is None


# --- speaker -------------------------------------------------------------------------------


def test_a_byline_name_with_its_date_in_brackets_is_the_speaker():
    head = ["在全县巩卫迎检动员会上的讲话", "陈立平（2019年8月22日）"]
    assert md.header_speaker(head) == "陈立平"
    assert md.header_speaker(["在全县巩卫迎检动员会上的讲话", "县长 陈立平（2019年8月22日）"]) == "县长陈立平"
    # a date alone in brackets names nobody
    assert md.header_speaker(["在全县巩卫迎检动员会上的讲话", "（2019年8月22日）"]) is None


def test_a_report_saying_a_leader_spoke_at_the_meeting_names_the_speaker():
    paragraphs = ["5月6日下午，青石镇召开巩固卫生镇工作推进会。县城管局副局长周某，镇党委书记黄立群，"
                  "镇长吴某参加会议。会议由吴某主持。",
                  "黄立群在会上讲话。他说，巩卫不是一阵风，全镇要对照标准天天抓、月月查。",
                  "会议要求，各村要在月底前把沟渠和房前屋后清理一遍。"]
    assert md.infer_speaker("青石镇召开巩固卫生镇工作推进会", paragraphs) == "镇党委书记黄立群"
    # "领导在会上讲话" names nobody
    nobody = [paragraphs[0].replace("黄立群", "黄某"), "随后，领导在会上讲话。会议要求各村抓好落实。"]
    assert md.infer_speaker("青石镇召开巩固卫生镇工作推进会", nobody) is None


def test_a_report_whose_leader_sums_up_under_headings_names_him():
    paragraphs = ["为压实巩卫责任，6月3日，某某市召开巩固国家卫生城市工作会议。会议书面通报了上半年暗访情况；"
                  "副市长钱某某部署了下半年的重点任务；各区签订了责任书。",
                  "最后，市长罗建新从补短板、抓长效、强督导三个方面，对下一步工作提出了要求。"]
    assert md.infer_speaker("齐心协力巩固卫生城市成果", paragraphs) == "市长罗建新"
    # "从" after a name that starts no headings ("从基层干起") is no sign of a speaker
    assert md.infer_speaker(None, ["会后，干部李某从基层干起的经历被写进了简报。"]) is None


# --- genre ---------------------------------------------------------------------------------


def test_a_report_lead_may_open_with_its_purpose():
    text = ("为进一步压实责任、补齐短板，9月12日，某某县在县政府会议室召开巩卫工作推进会。"
            "会议书面通报了近期暗访情况；副县长杜某某安排了本月的整改任务。\n\n"
            "最后，县委书记潘某某对今后的工作提出了要求。")
    assert md.infer_genre("凝心聚力巩固卫生县城成果", text) == "会议报道"


def test_a_units_bare_fayan_that_pledges_is_a_pledge():
    text = ("尊敬的各位领导：\n\n大家好！能在这里汇报我们街道巩卫的做法，我很荣幸。"
            "三年来，我们把背街小巷一条一条地改了过来。\n\n"
            "下一步，我们将继续落实网格巡查制度。请区委、区政府放心，我们街道一定把成果守住！")
    assert md.infer_genre("在全区巩固国家卫生城区工作会议上的发言", text) == "表态发言"
    # the same title over a leader's own address, which pledges nothing, stays a 讲话
    plain = ("同志们：\n\n今天请几个单位来交流经验，大家讲得都很好。"
             "下面，我讲两点意见。\n\n一是要建长效机制。二是要抓好督查。")
    assert md.infer_genre("在全区巩固国家卫生城区工作会议上的发言", plain) == "讲话"
    # a 讲话 title needs more than one pledge cue to give way
    assert md.infer_genre("在全区巩固国家卫生城区工作会议上的讲话", text) == "讲话"


# --- level ---------------------------------------------------------------------------------


def test_the_meetings_task_sentence_gives_its_level():
    paragraphs = ["同志们：",
                  "这次巩卫推进会，是在省里暗访刚刚结束后召开的。会议的主要任务是通报问题，部署整改，"
                  "动员全县上下再加一把劲。"]
    assert md.meeting_level("在巩固省级卫生县城推进会上的讲话", paragraphs) == "县"
    # (written without 的: "会议主要任务是…")
    town = ["同志们：", "今天把大家请来开个短会。会议主要任务是查摆问题，发动全镇干部群众投入巩卫。"]
    assert md.meeting_level("在巩卫推进会上的讲话", town) == "乡镇"
    # a meeting relayed from above, in a sentence not about this meeting, is not this one
    relayed = ["同志们：", "上个月市委召开了动员大会，动员全市人民参与创建。今天我们研究具体落实。"]
    assert md.meeting_level("在巩固省级卫生县城推进会上的讲话", relayed) is None


def test_level_reads_through_characters_spaced_out():
    text = ("同志们：\n\n这次动员会开得很及时。\n\n"
            "我 县 创 建 省 级 卫 生 县 城 已 经 两 年 ， 全 县 上 下 都 下 了 功 夫 。"
            "各乡镇要在月底前完成整改。")
    assert md.infer_level(None, "在巩卫迎检动员会上的讲话", text) == "县"


def test_a_short_h2_is_a_columns_label_not_a_headline():
    html = ("<html><head><meta charset='utf-8'><title>在全区巩卫推进会上的讲话</title></head><body>"
            "<h2>领导讲话</h2>"
            "<div class='c'><p>同志们：</p><p>今天召开全区巩卫推进会，主要是把下半年的任务再明确一下，"
            "请各街道和部门对照清单抓好落实。</p><p>一要盯住短板。背街小巷和农贸市场仍是扣分最多的地方，"
            "各街道要一周一查，发现问题当天交办、三天内整改到位。</p><p>二要压实责任。区巩卫办每月通报一次进度，"
            "落后的单位要在区政府常务会上说明原因，连续两次落后的要约谈主要负责同志。</p>"
            "<p>三要发动群众。巩卫成果好不好，群众说了算。各社区要组织志愿者开展门前三包劝导，"
            "让居民从旁观者变成参与者。</p><p>同志们，巩卫没有终点，希望大家一鼓作气，把成果守住。</p></div>"
            "</body></html>")
    drafts, _, _ = build_drafts(read_bytes(html.encode("utf-8"), "a.html"), [])
    assert [d.speech.title for d in drafts] == ["在全区巩卫推进会上的讲话"]
