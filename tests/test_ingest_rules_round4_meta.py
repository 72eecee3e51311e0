"""Metadata rules from the fourth round (issue 10): the blind-2 and blind-3 batches' failure
classes in title, speaker, genre, level, date and published. Each test is a small page or
head in wording written for this project (not the evaluation pages'), fed through the one
rule it covers or the real ingest (`build_drafts`)."""
from __future__ import annotations

import pytest

from build_tools import metadata as md
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
