"""Rules from a third round of real pages (issue 10): report leads without a headline,
placeholder roles in headlines, and reports whose guests only attend while another official
is quoted. Each test is a small page in wording written for this project, fed through the
real ingest (`build_drafts`) or the one rule it covers."""
from __future__ import annotations

import pytest

from build_tools import metadata as md
from ingest_support import one_speech as one

# Report paragraphs over 200 characters in all (shorter parts are teasers, not speeches).
REPORT_TAIL = ("会议通报了上半年测评中发现的问题，各责任单位逐一认领了整改任务。会议要求，"
               "各单位要对照测评体系查漏补缺，农贸市场、背街小巷和老旧小区要逐个点位过一遍，"
               "每周通报进度，每月排名，结果纳入年度考核。志愿服务要常态化，文明劝导要上街头、"
               "进小区，让讲文明、树新风成为全县群众的自觉行动。")


@pytest.mark.parametrize("lead, want", [
    ("4月9日上午，我县召开创建省级卫生县城攻坚推进会，会议就下一阶段整治任务作了安排。",
     "我县召开创建省级卫生县城攻坚推进会"),
    ("日前，全县巩固文明县城成果调度会在县委党校召开。", "全县巩固文明县城成果调度会在县委党校召开"),
])
def test_a_report_without_headline_is_titled_by_who_met_not_by_the_agenda(lead, want):
    assert md.derive_title([lead, REPORT_TAIL], "会议报道") == want


def test_a_speech_opening_still_gives_the_meeting_title():
    opening = "同志们：今天召开全县创建省级卫生县城攻坚推进会，主要任务是查找短板。"
    assert md.derive_title([opening], "讲话") == "在全县创建省级卫生县城攻坚推进会上的讲话"


@pytest.mark.parametrize("title, want", [
    ("某县委书记在创建省级文明县城推进会上的讲话", "县委书记"),
    ("某区长在巩固国家卫生城区动员会上的讲话", "区长"),
])
def test_a_certain_before_a_role_is_not_part_of_the_speaker(title, want):
    assert md.infer_speaker(title, ["同志们：" + REPORT_TAIL]) == want


def test_a_guest_who_only_attended_is_not_the_speaker_when_another_is_quoted():
    page = ("3月2日，南川县召开创建国家卫生县城推进大会。省爱卫办副主任周明远，市政府副市长"
            "林海出席会议。\n"
            "会议由县委副书记陈立主持。省爱卫办副主任周明远、市政府副市长林海分别作了讲话。\n"
            "周明远指出，创卫是惠及群众的民生工程，成绩来之不易，短板也要正视。\n"
            + REPORT_TAIL + "\n")
    s = one(page)
    assert s.genre == "会议报道"
    assert s.speaker == "省爱卫办副主任周明远"


def test_a_leader_who_attended_and_spoke_is_still_taken_when_nobody_is_quoted():
    paras = ["3月2日，南川县召开创建国家卫生县城推进大会。县委书记郑和平出席会议并讲话。",
             REPORT_TAIL]
    assert md.infer_speaker(None, paras) == "县委书记郑和平"


def test_a_bare_called_a_meeting_keeps_what_the_meeting_was_about():
    lead = "镇党委书记何平召开会议，贯彻落实全县创卫调度会精神。"
    assert md.derive_title([lead, REPORT_TAIL], "会议报道") == "镇党委书记何平召开会议贯彻落实全县创卫调度会精神"


def test_a_newspaper_dateline_is_not_part_of_a_derived_title():
    lead = "本报讯（记者 王一 李二）5月6日，县创卫办召开点位整改调度会，各责任单位参加。"
    assert md.derive_title([lead, REPORT_TAIL], "会议报道") == "县创卫办召开点位整改调度会"


@pytest.mark.parametrize("line", ["我知道了", "你好吗", "这是全文"])
def test_a_short_sentence_above_the_headline_is_not_a_bare_name(line):
    head = ["2023年02月02日", line, "县长督导创卫工作"]
    assert md.header_speaker(head[:2]) is None


def test_a_bare_name_under_a_title_is_still_the_speaker():
    assert md.header_speaker(["在全县创卫推进会上的讲话", "王 明 远"]) == "王明远"


def test_a_quoted_leader_keeps_every_role_the_report_gives_them():
    paras = ["7月3日上午，我县召开创卫点位整改调度会。县委常委、宣传部部长、副县长钱晓梅出席会议。",
             "钱晓梅强调，要把问题清单变成整改清单，逐项销号。",
             REPORT_TAIL]
    assert md.infer_speaker(None, paras) == "县委常委、宣传部部长、副县长钱晓梅"


def test_a_leader_who_inspects_is_the_subject_of_the_report():
    paras = ["5月8日，县委书记韩立新督导检查创卫重点点位，强调要立行立改。",
             REPORT_TAIL]
    assert md.infer_speaker(None, paras) == "县委书记韩立新"


def test_a_meeting_whose_spirit_is_relayed_does_not_set_the_level():
    title = "东关镇党委书记何平召开会议传达全县创卫调度会精神"
    assert md.meeting_level(title, ["5月9日，东关镇党委书记何平召开会议。"]) is None
    assert md.infer_level("镇党委书记何平", title, "5月9日，东关镇党委书记何平召开会议。") == "乡镇"
    assert md.meeting_level("全县创卫调度会召开", []) == "县"
