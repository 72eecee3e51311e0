"""Metadata rules on hand-written inputs: dates, places (gazetteer), speaker, level, genre,
campaign, themes."""
from __future__ import annotations

import pytest

from build_tools import keywords as kw
from build_tools import metadata as md
from build_tools.corpus import load_taxonomy
from ingest_support import TAXONOMY


def test_speech_date_from_date_line():
    assert md.speech_date(["在全市创卫推进会上的讲话", "（2023年4月6日）"], ["同志们："]) == "2023-04-06"
    assert md.speech_date([], ["同志们：", "正文。", "(2021年11月)"]) == "2021-11"


def test_no_date_invented():
    assert md.speech_date([], ["今年以来，全市创建工作取得明显成效。", "20xx年要再接再厉。"]) is None
    assert md.speech_date(["（1888年1月1日）"], ["x"]) is None


def test_published_date_from_page_head():
    assert md.published_date(["某某网 首页", "更新时间：2021-03-09 08:00"]) == "2021-03-09"
    assert md.published_date(["无日期"], "2020-07-15T10:00:00") == "2020-07-15"
    assert md.published_date(["无日期"]) is None


@pytest.mark.parametrize("title,paras,expected", [
    ("在萧山区创建工作会议上的讲话", ["萧山区要对标一流，全面提升城市品质。"], ("浙江省", "杭州市", "萧山区")),
    ("在全市创卫工作会议上的讲话", ["今年，我们绵阳要全力冲刺国家卫生城市。绵阳市各区县要落实责任。"], ("四川省", "绵阳市", None)),
    ("在全市创文工作会议上的讲话", ["我们要学习丽水的经验，借鉴温州做法，把衢州市的创建工作推向深入。衢州要争先进位。"],
     ("浙江省", "衢州市", None)),
])
def test_infer_place(title, paras, expected):
    div, conf = md.infer_place(title, paras)
    assert (div.province, div.city, div.district) == expected
    assert 0 < conf <= 1


def test_no_place_named():
    div, conf = md.infer_place("在创建工作会议上的讲话", ["我们要扎实推进创建工作。"])
    assert div is None and conf == 0


@pytest.mark.parametrize("text,masked", [
    ("在XX市创卫动员大会上的讲话", True), ("xx区作为老城区", True), ("建设美丽XX", True),
    ("饶xx同志讲得很好", False), ("20xx年", False),
])
def test_place_masked(text, masked):
    assert md.place_masked(text) is masked


def test_speaker_and_level():
    assert md.infer_speaker("县委书记在全县创城大会上的讲话", []) == "县委书记"
    assert md.infer_level("县委书记", None, "") == "县"
    assert md.infer_level(None, None, "我区要……全区上下……我区") == "区"
    assert md.infer_level(None, None, "没有自称。") is None


def test_genre():
    report = ("6月3日，区委书记王某主持召开会议。会议指出，要抓好创建。会议强调，要压实责任。"
              "会议要求，各部门要落实到位。")
    assert md.infer_genre(None, report) == "会议报道"
    assert md.infer_genre("在创城推进会上的表态发言", "我们保证完成任务。") == "表态发言"
    assert md.infer_genre("在全市创卫大会上的讲话", report) == "讲话"


@pytest.mark.parametrize("title,text,campaign", [
    ("在创建国家卫生城市动员会上的讲话", "创卫工作要扎实推进。", "国家卫生城市"),
    ("在创建全国文明城市推进会上的讲话", "创城工作要扎实推进。", "全国文明城市"),
    ("在创建省级文明县城推进会上的讲话", "要创成文明县城。", "省级文明县城"),
    ("在全区城市工作会议上的讲话", "做好城市工作。城市工作要统筹。", "城市工作"),
    ("在全镇安全生产会议上的讲话", "抓好安全生产。", "其他"),
])
def test_campaign(title, text, campaign):
    assert md.infer_campaign(title, text) == campaign


def test_themes_from_taxonomy():
    themes = load_taxonomy(TAXONOMY.parent)
    text = ("要抓好农贸市场整治，坚决杜绝占道经营和出店经营，流动摊贩要规范管理。农贸市场要分区经营，"
            "占道经营要严查。") * 3
    got = kw.assign_themes(text, themes)
    assert got and got[0] == "农贸市场与市场秩序"
    assert len(got) <= kw.MAX_THEMES
    assert kw.assign_themes("今天天气很好。", themes) == []


def test_keywords_skip_masks_and_stopwords():
    kws = kw.keywords("xx区要抓好垃圾分类和背街小巷整治，垃圾分类要全覆盖，背街小巷要常态保洁。" * 3)
    assert "垃圾分类" in kws and "背街小巷" in kws
    assert not any("xx" in k or k in kw.STOPWORDS for k in kws)


@pytest.mark.parametrize("title, level", [
    ("在市创城动员大会上的表态发言", "市"),
    ("在镇创卫工作会议上的讲话", "乡镇"),
    # the unit character begins a place's name: the title says nothing of the level
    ("在市中区创建文明城区工作会议上的讲话", None),
    ("在镇江市创建全国文明城市推进会上的讲话", None),
    ("在乡宁县创建省级卫生县城推进会上的讲话", None),
])
def test_title_level_without_quan_is_not_a_place_name(title, level):
    assert md.meeting_level(title, ["同志们："]) == level
