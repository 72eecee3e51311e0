"""Metadata rules from the fourth round (issue 10): the blind-2 and blind-3 batches' failure
classes in title, speaker, genre, level, date and published. Each test is a small page or
head in wording written for this project (not the evaluation pages'), fed through the one
rule it covers or the real ingest (`build_drafts`)."""
from __future__ import annotations

import pytest

from build_tools import cleaning as c
from build_tools import metadata as md
from build_tools import segment as sg
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


def test_a_weekday_stamp_gives_way_to_a_posting_stamp():
    head = ["2026-02-03 11:22:33 星期二 登录", "作者：小李 2023-08-09 07:30 阅读 120"]
    assert md.published_date(head) == "2023-08-09"


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
