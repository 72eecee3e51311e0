"""Rules from a fifth round of real pages (issue 10; eval pages p35–p44): titles, speakers and
places on news portals, government sites, e-papers, members' sites and document viewers.
Each test is a small page or line in wording written for this project (not the eval page's),
fed through the real ingest (`build_drafts`) or the one rule it covers."""
from __future__ import annotations

import pytest

from build_tools import cleaning
from build_tools import metadata as md
from ingest_support import one_speech as one

# Report paragraphs over 200 characters in all (shorter parts are teasers, not speeches).
REPORT_TAIL = ("会议通报了近期暗访中发现的问题，各责任单位当场认领了整改任务。会议要求，"
               "各单位要对照测评体系逐项自查，集贸市场、背街小巷和老旧小区要一个点位一个点位地过，"
               "每周通报进度，每月排名，结果纳入年度考核。文明劝导要上街头、进小区，"
               "让讲文明、树新风成为全体市民的自觉行动。")


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


def test_a_menu_bar_above_a_dated_lead_is_not_the_headline():
    from build_tools.segment import headline
    lead = "5月6日，我区召开巩固国家卫生城区工作推进会。"
    assert headline(["清河区人民政府 | 走进清河 | 政务公开 | 办事服务"], [lead]) is None
    # a headline with one bar in it is still a headline (a column's name before the bar goes)
    assert headline(["清河 | 擦亮卫生城区金字招牌"], [lead]) in ("清河 | 擦亮卫生城区金字招牌", "擦亮卫生城区金字招牌")


def test_the_headline_under_a_kicker_is_the_title():
    from build_tools.segment import head_title
    head = ["王立群在巩固卫生城市工作推进会上强调", "常态长效抓管理", "守好卫生城市金字招牌"]
    assert head_title(head) == "常态长效抓管理 守好卫生城市金字招牌"
    # under a headline, the kicker's next line is a subtitle: the headline above wins
    head = ["王立群出席巩固卫生城市工作推进会并讲话", "王立群在会上强调", "常态长效抓管理"]
    assert head_title(head) == "王立群出席巩固卫生城市工作推进会并讲话"


@pytest.mark.parametrize("verb", ["参加会议并讲话", "到会并讲话"])
def test_a_leader_who_takes_part_and_speaks_is_the_speaker(verb):
    paras = [f"今天上午，全县巩固文明县城成果推进会召开。县委书记罗青{verb}，县长许可主持。", REPORT_TAIL]
    assert md.infer_speaker(None, paras) == "县委书记罗青"


def test_the_leader_who_spoke_after_the_chair_and_the_readers_is_the_speaker():
    paras = ["3月4日，安平县召开创建省级文明县城推进大会，县委副书记、县长邓立主持会议。",
             "县委常委、宣传部长唐敏宣读了表彰决定，并对全年的创建任务作了分解。",
             "去年全县新建口袋公园十二处，改造农贸市场三个，城区面貌明显改观。",
             "县委书记贺春在会上讲话。他指出，创建工作要从群众最不满意的地方改起。"]
    assert md.infer_speaker("安平县召开创建省级文明县城推进大会", paras) == "县委书记贺春"


def test_a_gate_button_glued_to_the_next_paragraph_goes_and_marks_the_gap():
    text = cleaning.clean_lines("我们社区在创卫中做了三件事，居民看在眼里。\n此处内容需要权限查看\n"
                                "会员免费查看接下来，我们要把楼道清理排进每周的计划，一栋一栋过。\n")
    assert "会员免费查看" not in text.text
    assert "接下来，我们要把楼道清理排进每周的计划，一栋一栋过。" in text.text.split("\n")
    assert text.truncation.truncated
    # a paragraph that opens with members but no gate is the speech's
    kept = "会员单位查看了各自的包保路段，当场认领了十二个问题。"
    text = cleaning.clean_lines("同志们，这次推进会开得很及时，我讲三点意见。\n" + kept +
                                "\n希望大家回去以后，把今天的部署不折不扣地落到实处。\n")
    assert kept in text.text.split("\n") and not text.truncation.truncated


def test_a_statement_for_a_unit_titled_fayan_is_a_pledge():
    text = ("尊敬的各位领导：\n大家好！我代表城南街道光明社区在这里发言。三年来，社区的楼道干净了，"
            "居民的笑脸多了。下一步，我们将把垃圾分类和文明劝导排进每周的计划。\n"
            "请各位领导放心，我们一定不辜负大家的信任。")
    assert md.infer_genre("在全市创建国家卫生城市总结大会上的发言", text) == "表态发言"
    # a leader's 发言 that speaks for nobody but himself stays a speech
    leader = text.replace("我代表城南街道光明社区在这里发言。", "今天我就创卫讲几点体会。")
    assert md.infer_genre("在全市创建国家卫生城市总结大会上的发言", leader) == "讲话"


def test_a_masked_district_set_in_a_named_city_keeps_the_city():
    d = md.masked_unit_city("同志们：xx区是潍坊主城区的重要组成部分，测评点位多、任务重。")
    assert d is not None and (d.province, d.city, d.district) == ("山东省", "潍坊市", None)
    # a city the masked district is told to learn from is another city's
    assert md.masked_unit_city("xx区要向潍坊学习，把背街小巷管起来。") is None
