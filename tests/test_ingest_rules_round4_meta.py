"""Metadata rules from the fourth round (issue 10): the blind-2 and blind-3 batches' failure
classes in title, speaker, genre, level, date and published. Each test is a small page or
head in wording written for this project (not the evaluation pages'), fed through the one
rule it covers or the real ingest (`build_drafts`)."""
from __future__ import annotations

import pytest

from build_tools import cleaning as c
from build_tools import metadata as md
from build_tools import segment as sg
from build_tools.ingest import build_drafts
from build_tools.readers import read_bytes

# --- published: posting stamps without a label ---------------------------------------------


@pytest.mark.parametrize("head, want", [
    # a forum or blog byline: pen name, date and clock, reads
    (["老笔头 2024-03-15 10:26 · 浏览 1.8万"], "2024-03-15"),
    # a blog prints the posting time after the post's title
    (["在全县创卫推进会上的讲话 (2016-09-02 17:05:12)"], "2016-09-02"),
    # a portal's byline: 年月日 glued to the clock, then the source
    (["2024年02月07日10:15 | 来源：某某日报"], "2024-02-07"),
    # a public account's name, the stamp and its column
    (["某某发布 2021-11-30 21:48:09 政务"], "2021-11-30"),
    # a document site's stats row: score, uploader, date, size, pages
    (["4.5 写手小王 2020-10-19 73 12+ 18.6KB 6 页"], "2020-10-19"),
])
def test_an_unlabelled_posting_stamp_gives_published(head, want):
    assert md.published_date(["某某资料网 首页"] + head) == want


def test_a_traditional_label_gives_published():
    assert md.published_date(["來源：某某新聞網 發佈時間：2021-05-06 09:12:40"]) == "2021-05-06"


def test_a_speech_date_line_is_no_posting_stamp():
    # the speech's own date under its title is `date`, never `published`
    assert md.published_date(["在全县创卫推进会上的讲话", "（2019年4月3日）", "县长 王某某"]) is None
    assert md.published_date(["在全县创卫推进会上的讲话", "（2019-04-03）", "县长 王某某"]) is None


@pytest.mark.parametrize("top", ["2026-02-03 11:22:33 星期二 登录", "今天是 2026-02-03 星期二"])
def test_a_weekday_stamp_gives_way_to_a_posting_stamp(top):
    assert md.published_date([top, "写手小李 2023-08-09 阅读 120"]) == "2023-08-09"
    assert md.published_date([top]) == "2026-02-03"


def test_an_e_papers_issue_line_is_its_posting_date():
    html = ("<html><head><title>某某日报数字报</title></head><body>"
            "<div class='bar'>2023年09月05日　第03版：综合　上一版</div>"
            "<h1>我市召开创卫攻坚推进会</h1>"
            "<p>本报讯 9月4日，我市召开创卫攻坚推进会，市长陈某出席会议并讲话，要求对照标准抓好整改。</p>"
            "</body></html>")
    assert read_bytes(html.encode(), "a.html").html_date == "2023-09-05"


# --- title ---------------------------------------------------------------------------------


def test_a_blogs_posting_stamp_after_the_title_is_not_the_title():
    assert sg.clean_title("在全镇巩卫推进会上的讲话 (2015-11-02 08:17:45)") == "在全镇巩卫推进会上的讲话"


@pytest.mark.parametrize("line, want", [
    ("快讯｜全县创卫攻坚推进会议要点", "全县创卫攻坚推进会议要点"),
    ("本地要闻 | 我区召开文明城市创建调度会", "我区召开文明城市创建调度会"),
])
def test_a_columns_name_before_a_bar_is_not_the_title(line, want):
    assert sg.clean_title(line) == want


def test_a_row_of_links_is_no_title():
    assert not sg.is_title_line("某某党建网 | 首页 | 要闻 | 领导讲话 | 通知公告")
    assert sg.head_title(["某某党建网 | 首页 | 要闻 | 领导讲话 | 通知公告", "（2021年6月2日）"]) is None


def test_a_reposts_original_title_gives_way_to_the_pages_headline():
    head = ["某县推进城乡环境大整治", "大字号", "原标题：全县城乡环境整治推进会召开"]
    assert sg.head_title(head) == "某县推进城乡环境大整治"


@pytest.mark.parametrize("lines", [
    # a news headline with a comma above the speech's own title and the speaker's name
    ["某某市委书记谈创卫：街巷干净了，城市才算真干净", "在全市巩固国家卫生城市推进会上的讲话", "张 某 某",
     "同志们："],
    # a bulletin's running header as long as the wrapped lines, above a title wrapped in two
    ["某某县人民政府公报 2019年第7期（总第61期）", "在全县巩固省级文明县城推进", "会 上 的 讲 话",
     "同志们：", "今年是我县巩固省级文明县城的关键之年，上半", "年全县上下按照县委、县政府的部署，集中开",
     "展了背街小巷、农贸市场和城郊结合部三项整", "治，县城面貌有了明显改观，群众也很满意。"],
])
def test_a_speech_title_starts_a_line_of_its_own(lines):
    paras = c.join_lines("\n".join(lines))
    assert any(p.startswith("在全") for p in paras)
    assert not any(p.startswith(lines[0][:6]) and "在全" in p for p in paras)


@pytest.mark.parametrize("line", ["〔2022〕9号", "县政办〔2021〕27号", "[2020]3号"])
def test_a_document_number_is_no_compilation_marker(line):
    assert sg.marker(line) is None


def test_a_compilations_bracketed_number_is_still_a_marker():
    assert sg.marker("【3】在全镇创卫推进会上的讲话") is not None


# --- date ----------------------------------------------------------------------------------


def test_a_reports_dated_lead_is_no_date_but_a_speechs_is():
    paras = ["2022年9月6日下午，县长刘某某主持召开县创卫领导小组会议，研究迎检工作。现将议定事项纪要如下：",
             "一、会议认为，全县创卫工作总体有序。"]
    assert md.speech_date([], paras, "会议报道") is None
    assert md.speech_date([], paras, "讲话") == "2022-09-06"
    assert md.speech_date(["（2022年9月6日）"], paras, "会议报道") == "2022-09-06"


def test_a_bracketed_header_with_date_and_speaker_gives_both():
    head = ["在全镇巩卫工作会上的讲话提纲", "（2020年5月11日 镇党委书记 周 某 某）"]
    assert md.speech_date(head, ["一、开场"]) == "2020-05-11"
    assert md.header_speaker(head) == "镇党委书记周某某"


# --- speaker -------------------------------------------------------------------------------


def test_a_name_with_tongzhi_in_the_title_is_the_speaker():
    assert md.infer_speaker("李某平同志在全区创卫攻坚大会上的讲话", ["同志们：", "今天的会议很重要。"]) == "李某平"


def test_the_leader_who_spoke_in_a_report_beats_one_who_assigned_tasks():
    paras = ["6月3日上午，城关镇召开巩卫环境整治动员会，对整治工作进行部署。",
             "镇党委书记孙某某在动员讲话中指出，城关镇是县城所在地，必须下决心整治。",
             "孙某某要求，各村要立即行动。",
             "会上，镇长钱某某对整治行动作了具体部署。"]
    assert md.infer_speaker("城关镇召开巩卫环境整治动员会", paras) == "镇党委书记孙某某"


def test_a_reports_speaker_under_its_section_headings():
    paras = ["8月2日下午，某某市召开创文推进会议，通报上半年工作情况。", "【市长部署】",
             "市长赵某某在部署工作时指出，要抓好三件事。", "【书记讲话】",
             "市委书记吴某某在讲话中强调，群众满意是唯一标准。", "吴某某要求，要压实责任。"]
    assert md.infer_speaker("全市创文推进会议要点", paras) == "市委书记吴某某"


def test_a_minutes_presider_with_a_long_role_is_its_speaker():
    paras = ["2021年4月8日上午，县委副书记、县长、县创文领导小组组长郑某某在县政府二楼会议室主持召开"
             "县创文领导小组第一次会议，研究部署迎检工作。现将会议议定事项纪要如下：",
             "一、会议认为，全县创文工作有序推进。"]
    assert md.infer_speaker("县创文领导小组会议纪要", paras) == "县委副书记、县长、县创文领导小组组长郑某某"


def test_a_button_above_another_field_is_no_speaker():
    head = ["某市部署创文攻坚行动", "大字号", "原标题：创文攻坚行动动员会召开"]
    assert md.header_speaker(head) is None
    assert md.header_speaker(["在全区创卫推进会上的讲话", "王某某", "（2021年3月2日）"]) == "王某某"


# --- level ---------------------------------------------------------------------------------


@pytest.mark.parametrize("title, want", [
    ("在东湖街道巩固文明城市推进会上的讲话", "乡镇"),
    ("在白沙镇创卫动员大会上的讲话", "乡镇"),
    ("在全县乡镇创卫工作会议上的讲话", "县"),
    ("在市城乡环境整治推进会上的讲话", "市"),
])
def test_a_title_naming_a_town_or_street_office_gives_its_level(title, want):
    # the text speaks of the district above it more often than of itself
    paras = ["同志们：", "全区创城看我们，全区的测评点位有三成在我们辖区，全区的成绩要靠大家。"]
    assert md.infer_level(None, title, "\n\n".join(paras)) == want


def test_the_leader_the_host_calls_to_speak_is_the_speakers_when_the_speech_follows():
    paras = ["同志们：", "现在开会。", "下面，请县委书记冯某某同志作动员讲话，大家欢迎。",
             "在全县创卫动员大会上的讲话", "同志们：", "我县提出创建国家卫生县城已经三年了。"]
    assert md.introduced_speakers(paras) == ["县委书记冯某某"]
    # a host's script alone names whom it calls, but is the host's own
    assert md.introduced_speakers(paras[:3] + ["散会。"]) == []
    assert md.introduced_speakers(paras[:3] + ["同志们，刚才冯某某同志的讲话很重要，请大家认真学习。"]) == []
    # a 主持词 heading above the script is no name
    assert md.header_speaker(["创卫动员大会主持词及领导讲话", "主持词"]) is None


def test_a_host_script_and_speech_page_gives_the_speech_the_called_leaders_name():
    page = "\n".join([
        "巩卫推进大会主持词及领导讲话", "主持词", "同志们：", "现在开会。",
        "下面，请区委书记韩某某同志作重要讲话，大家欢迎。", "在全区巩固国家卫生城市推进大会上的讲话", "同志们：",
        "我区巩固国家卫生城市已经进入第三个年头。三年来，街巷变干净了，市场变规范了，群众的卫生习惯也在一点点养成。",
        "但也要看到，复审标准更高了，暗访的点位更多了，稍一松劲就会前功尽弃。各街道、各部门要对照标准逐项查摆。",
        "今年的巩卫工作，我提三点要求。第一，责任要落到人，每个点位都要有责任单位和责任人。第二，整改要见效，"
        "问题清单每周更新，整改一项销号一项。第三，督查要从严，对推进不力的单位严肃问责。",
        "同志们，巩卫是全区人民的共同事业。让我们一起努力，以优异成绩迎接复审。"])
    drafts, _, _ = build_drafts(read_bytes(page.encode("utf-8"), "page.txt"), [])
    assert [d.speech.speaker for d in drafts] == ["区委书记韩某某"]


def test_a_bare_name_above_a_bracketed_note_is_the_speaker():
    # the note under the name gives the hour and the room, no year ("（5月9日15:00，…）")
    head = ["在创建全国卫生城市冲刺大会上的讲话", "林 志 远", "（5月9日15:00，县会展中心二楼）"]
    assert md.header_speaker(head) == "林志远"
    # ...but a short line above a field that is not bracketed is still no name (a button)
    assert md.header_speaker(["在创建全国卫生城市冲刺大会上的讲话", "大字号", "来源：县融媒体中心"]) is None


@pytest.mark.parametrize("line", ["（2019年3月6日，根据录音整理）", "(2020年11月2日，有删节)", "（2018年6月、据录音）"])
def test_a_bracketed_date_with_a_note_after_it_is_the_speech_s_date(line):
    head = ["在全县创建文明县城推进会上的讲话", "县长  孙某某", line]
    assert md.speech_date(head, ["同志们：", "今天的会议很重要。"]) in ("2019-03-06", "2020-11-02", "2018-06")


def test_a_dated_sentence_in_brackets_is_no_date_note():
    head = ["在全县创建文明县城推进会上的讲话"]
    paras = ["同志们：", "今天的会议很重要。", "（2019年3月6日以来，我们连续三次督查，发现问题四十多个。）"]
    assert md.speech_date(head, paras) is None
