"""Rules from a fifth round of real pages (issue 10; eval pages p35–p44): titles, speakers and
places on news portals, government sites, e-papers, members' sites and document viewers.
Each test is a small page or line in wording written for this project (not the eval page's),
fed through the real ingest (`build_drafts`) or the one rule it covers."""
from __future__ import annotations

from build_tools import cleaning
from build_tools import metadata as md
from build_tools.ingest import build_drafts
from build_tools.readers import read_bytes

# Report paragraphs over 200 characters in all (shorter parts are teasers, not speeches).
REPORT_TAIL = ("会议通报了近期暗访中发现的问题，各责任单位当场认领了整改任务。会议要求，"
               "各单位要对照测评体系逐项自查，集贸市场、背街小巷和老旧小区要一个点位一个点位地过，"
               "每周通报进度，每月排名，结果纳入年度考核。文明劝导要上街头、进小区，"
               "让讲文明、树新风成为全体市民的自觉行动。")


def one(text: str, name: str = "page.txt"):
    drafts, _, _ = build_drafts(read_bytes(text.encode("utf-8"), name), [])
    assert len(drafts) == 1
    return drafts[0].speech


def test_a_traditional_posting_line_gives_the_published_date():
    s = one("清溪縣召開鞏固衛生縣城推進會\n發佈時間：2022-05-17 09:40\n"
            "5月16日，清溪縣召開鞏固衛生縣城推進會。縣長周明出席會議並講話。\n"
            + cleaning.to_simplified(REPORT_TAIL) + "\n")
    assert s.published == "2022-05-17"


def test_an_aggregators_day_first_dotted_date_is_the_published_date():
    assert md.published_date(["本地资讯", "09.11.2018  08:05"]) == "2018-11-09"
    # an ISO date still reads year first
    assert md.published_date(["2018.11.09 08:05"]) == "2018-11-09"


def test_an_editors_mark_after_the_last_sentence_goes_and_the_sentence_stays():
    text = cleaning.clean_text("明年，全市还将迎接国家卫生城市复审。（本站编辑 王芳摘编）\n")
    assert text == "明年，全市还将迎接国家卫生城市复审。"
    # a bracket that is part of the sentence stays
    kept = "会议由市爱卫办（市卫健委）组织。"
    assert cleaning.clean_text(kept + "\n") == kept


def test_a_jump_mark_glued_to_an_unfinished_sentence_marks_the_report_cut():
    s = one("全市爱国卫生工作会议召开\n本报讯（记者 方 圆）6月3日，全市爱国卫生工作会议召开。"
            "副市长郑华出席并讲话。\n" + REPORT_TAIL + "\n"
            "郑华强调，要把病媒生物防制落到每一个小区，把农贸市场的改造排上日程，（下转第三版）\n")
    assert s.truncated
    assert "转第三版" not in s.text


def test_a_jump_mark_on_its_own_line_after_a_finished_sentence_is_only_furniture():
    s = one("全市爱国卫生工作会议召开\n本报讯（记者 方 圆）6月3日，全市爱国卫生工作会议召开。"
            "副市长郑华出席并讲话。\n" + REPORT_TAIL + "\n（下转第三版）\n")
    assert not s.truncated
    assert "转第三版" not in s.text


def test_a_spaced_out_passage_inside_an_unspaced_line_is_joined():
    line = ("二、补齐短板 农贸市场的改造，是全县 今 年 要 办 好 的 一 件 大 事，"
            "各乡镇要把责任落到人头，会后 城郊各村要立即行动。")
    out = cleaning.join_spaced_han(line)
    assert "是全县今年要办好的一件大事" in out
    # a space between words longer than one character is kept (it may stand for a comma)
    assert "会后 城郊各村" in out
