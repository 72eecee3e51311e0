"""Metadata rules from the eighth round (issue 10): the failure classes of the spent blind-8
and blind-9 batches in title, date, speaker and published. Each test is a small made-up head
or text in wording written for this project (not the evaluation pages'), fed through the one
rule it covers; each fails without its rule."""
from __future__ import annotations

import pytest

from build_tools import ingest
from build_tools import metadata as md
from build_tools.segment import head_title

# --- title: a row of fields under the headline is no title --------------------------------------


@pytest.mark.parametrize("row", [
    "讲话人：陈某（区长）时间：2021年5月6日",
    "栏目：讲话稿 阅读：815",
    "发言人：副县长 李某",
])
def test_a_row_of_fields_under_the_headline_is_not_the_title(row):
    head = ["在全区创建国家卫生城区推进会上的讲话", row]
    assert head_title(head) == "在全区创建国家卫生城区推进会上的讲话"


def test_a_headline_with_one_colon_is_still_a_title():
    assert head_title(["东岭：创卫推进会召开"]) == "东岭：创卫推进会召开"


# --- speaker and date from a labelled speaker field -------------------------------------------


@pytest.mark.parametrize("row, want", [
    ("讲话人：陈明远（区长）时间：2021年5月6日", "区长陈明远"),
    ("发言人：副县长 李向东", "副县长李向东"),
    ("讲话人：周丽", "周丽"),
])
def test_the_speaker_field_names_who_spoke(row, want):
    assert md.header_speaker(["在全区创建国家卫生城区推进会上的讲话", row]) == want


def test_the_speaker_fields_row_gives_the_speech_date():
    head = ["在全区创建国家卫生城区推进会上的讲话", "讲话人：陈明远（区长）时间：2021年5月6日"]
    assert md.speech_date(head, ["同志们："]) == "2021-05-06"


# --- date: a date line in Chinese numerals ----------------------------------------------------


@pytest.mark.parametrize("line, want", [
    ("二〇二二年十一月九日", "2022-11-09"),
    ("（二○一九年三月二十六日）", "2019-03-26"),
    ("二〇二〇年十月十日", "2020-10-10"),
])
def test_a_date_line_in_chinese_numerals_dates_the_speech(line, want):
    head = ["某镇创卫工作会议材料", line, "在全镇创卫工作会议上的讲话"]
    assert md.speech_date(head, ["同志们："]) == want


# --- published: a US-ordered stamp with a 12-hour clock ---------------------------------------


def test_a_month_first_stamp_with_am_pm_is_the_posting_date():
    assert md.stamped_date(["作者：小王 时间：3/7/2022 9:05:11 AM 点击：88"]) == "2022-03-07"


def test_a_slashed_date_without_am_pm_is_not_read_month_first():
    assert md.stamped_date(["3/7/2022 9:05"]) is None


# --- speaker: a host's script calls each speech's speaker -------------------------------------

_SCRIPT = ["主持词", "同志们：", "现在开会。", "下面，请林国平县长作工作部署。",
           "在全县创卫推进会上的讲话", "同志们：", "今年的任务很重。", "下面，请县委书记许文同志讲话。",
           "在全县创卫推进会上的讲话", "同志们：", "我讲两点意见。"]


def test_the_host_may_call_the_leader_by_name_then_post():
    assert md.introduced_speakers(_SCRIPT[:5]) == ["县长林国平"]


def test_a_script_with_several_speeches_calls_each_speaker_in_turn():
    assert md.introduced_speakers(_SCRIPT) == ["县长林国平", "县委书记许文"]


@pytest.mark.parametrize("i, want", [(0, "县长林国平"), (1, "县委书记许文")])
def test_each_part_takes_its_own_call_when_the_calls_match_the_parts(i, want):
    assert ingest._called(["县长林国平", "县委书记许文"], i, 2) == want


def test_calls_that_do_not_match_the_parts_name_no_one():
    assert ingest._called(["县长林国平"], 0, 2) is None


# --- level: a leader from above attends a named unit's meeting --------------------------------


def test_a_leader_attending_a_named_districts_meeting_makes_it_the_districts():
    opening = ["5月8日，市委常委、统战部部长王某到西湖区检查创卫工作，并出席西湖区创卫攻坚推进会讲话。"]
    assert md.meeting_level("压实责任 攻坚克难", opening) == "区"


def test_attending_a_meeting_that_names_no_place_gives_no_level():
    assert md.meeting_level("压实责任 攻坚克难", ["5月8日，王某出席会议并讲话。"]) is None
