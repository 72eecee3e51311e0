"""Metadata rules from the seventh round (issue 10): the failure classes of the spent blind-5,
blind-6 and blind-7 batches in level and speaker. Each test is a small made-up head or text
in wording written for this project (not the evaluation pages'), fed through the one rule it
covers; each fails without its rule."""
from __future__ import annotations

import pytest

from build_tools import metadata as md

# --- level: whose meeting it is ----------------------------------------------------------------


@pytest.mark.parametrize("title, want", [
    # a unit that pledges, then 在 and the meeting's unit
    ("居委会在街道巩卫推进大会上的表态发言", "乡镇"),
    ("青年志愿者代表在市创文誓师会上的发言", "市"),
    # a speaker before 在, and a town's meeting by its name
    ("王书记在东湖街道创卫推进会上的讲话", "乡镇"),
])
def test_who_speaks_before_zai_leaves_the_meetings_unit_in_the_title(title, want):
    assert md.meeting_level(title, ["同志们："]) == want


def test_a_place_after_zai_whose_name_starts_with_a_unit_is_no_level():
    # 镇江市 begins with 镇: not a town's meeting
    assert md.meeting_level("王明在镇江市创文推进会上的讲话", ["同志们："]) is None


def test_the_clause_after_the_salutations_colon_names_the_convener():
    paras = ["尊敬的各位领导：", "县委、县政府召开这次巩卫工作会议，我们坚决拥护。"]
    assert md.meeting_level("巩卫工作会议发言稿", paras) == "县"


def test_a_meeting_held_before_is_not_the_one_at_hand():
    paras = ["同志们：", "上周区委召开了常委会，专题研究了创卫。今天我们把任务落到各村。"]
    assert md.meeting_level("创卫工作会议讲话", paras) is None


def test_women_and_a_unit_say_what_wo_and_the_unit_say():
    # a town's speech that calls itself 我们镇 (or 我们xx街道) while naming 全区 twice
    text = ("同志们：\n\n全区的测评下月开始，我们镇紧挨着城区，是检查组必经之地。"
            "镇班子成员要全部下沉，为全区争光。")
    assert md.infer_level(None, "迎检工作会议讲话", text) == "乡镇"
    masked = "同志们：\n\n全区的测评下月开始，我们xx街道点位最多，要为全区争光。"
    assert md.infer_level(None, "迎检工作会议讲话", masked) == "乡镇"


def test_women_before_a_word_that_starts_with_a_unit_is_no_unit():
    assert md.infer_level(None, None, "我们市场监管所要天天巡查，我们市场的摊位要归行。") is None
    # a county's speech to the towns' cadres
    assert md.infer_level(None, None, "我们乡镇干部要下沉一线，我们镇村两级要包保到户。") is None


def test_speaking_on_the_leaders_behalf_gives_that_units_level():
    text = "同志们：\n\n全区创卫已到冲刺阶段。受区委主要领导委托，我就下一步工作讲三点意见。"
    assert md.infer_level(None, "创卫工作讲话稿", text) == "区"


def test_a_pledge_takes_the_level_of_whom_it_pledges_to():
    text = ("**村两委坚决拥护镇党委、镇政府的部署，全力抓好全村的环境整治。"
            "我们一定不拖后腿，请镇党委、镇政府放心！")
    assert md.infer_level(None, None, text, genre="表态发言") == "乡镇"
    # a speech that says so is not pledging: no level from it
    assert md.infer_level(None, None, text) is None
    answer = "我们社区一定全力以赴，向街道党工委、办事处交上一份满意的答卷，决不辜负街道党工委的信任。"
    assert md.infer_level(None, None, answer, genre="表态发言") == "乡镇"


def test_the_last_post_of_a_role_gives_the_level():
    # a higher post held with the local one comes first
    assert md.infer_level("市委常委、县委书记何志远", None, "") == "县"
    assert md.infer_level("省委常委、市委书记高原", None, "") == "市"


@pytest.mark.parametrize("speaker, want", [
    ("市人大常委会副主任江某", "市"), ("县政协主席刘某", "县"), ("区人大常委会主任孙某", "区")])
def test_a_congress_or_consultative_post_names_its_level(speaker, want):
    assert md.infer_level(speaker, "人大常委会开展创卫专题调研", "") == want


# --- speaker: who spoke in a report ------------------------------------------------------------


def test_the_one_named_in_the_speech_comes_before_one_who_made_demands():
    paras = ["5月6日，全县巩卫推进会召开。市委常委、县委书记何志远，县领导周海、林涛参加会议。",
             "何志远在讲话中指出，巩卫成果来之不易，各单位要对照标准抓好整改。",
             "县委副书记、县长周海要求，各乡镇要倒排工期，按时完成整改。"]
    assert md.infer_speaker("全县巩卫推进会召开", paras) == "市委常委、县委书记何志远"


def test_an_attending_leader_the_report_then_quotes_is_the_speaker():
    paras = ["6月3日，全区巩卫推进会召开。区委副书记、区长韩明，副区长孙丽参加会议。",
             "会议通报了暗访发现的问题，两个街道作了表态发言。",
             "韩明指出，巩卫不过关，牌子就保不住，各街道要逐条整改。"]
    assert md.infer_speaker("全区巩卫推进会召开", paras) == "区委副书记、区长韩明"


def test_a_bare_name_above_a_news_lead_is_not_the_speaker():
    head = ["某县召开创文攻坚推进会", "转发到"]
    paras = ["3月2日上午，某县召开创文攻坚推进会，县委书记高原出席会议并讲话。",
             "高原强调，要聚焦群众反映强烈的问题，一件一件解决。"]
    assert md.header_speaker(head, report=True) is None
    assert md.infer_speaker(head[0], paras, head) == "县委书记高原"
    # above a speech, a bare name under its title is still its speaker
    assert md.header_speaker(["在全县创文推进会上的讲话", "高原"]) == "高原"


def test_the_meeting_itself_is_not_a_quoted_leader():
    # "会议指出，" quotes the meeting; "县委常委会议召开" is a meeting, not 县委常委 named 会议
    paras = ["5月6日，县委常委会议召开，专题研究创卫工作。", "会议指出，创卫是全县的大事。",
             "会议要求，各单位要抓好落实。"]
    assert md.infer_speaker(None, paras) is None
    listed = ["5月6日，全县创卫推进会召开。副县长王平，县委常委会议成员参加。", "会议强调，创卫是全县的大事。"]
    assert md.infer_speaker(None, listed) is None
