"""Rules from the ninth round (issue 10), fitted to failure classes seen on real page heads
(the odd-numbered pages of a private gauge of third-party pages; none of their text is here).
Each test is a small made-up head or text in wording written for this project, fed through
the one rule it covers; each fails without its rule."""
from __future__ import annotations

import pytest

from build_tools import cleaning
from build_tools import metadata as md
from build_tools.segment import clean_title, intro_title
from ingest_support import one_speech

# --- speaker: a report's leader among those it names --------------------------------------------


def test_a_report_quoting_its_leaders_we_still_names_the_leader():
    # The leader's reported words say 我们; in a text already read as a report they do not
    # make it a speech, so the one "在讲话中指出" is still found.
    paras = ["昨日，全市创卫复审动员会在市会展中心举行。",
             "市长陈立平在讲话中指出，复审在即，我们要拿出最好的状态迎接检查。",
             "副市长何东在部署时要求，各区抓紧整改。"]
    assert md.infer_speaker("平川部署创卫复审", paras, genre="会议报道") == "市长陈立平"


def test_the_last_of_several_officials_who_spoke_is_found_by_his_words():
    paras = ["3月2日，青石县召开创卫推进会。副县长赵明远、卫健局局长钱松以及爱卫办负责人孙力出席并作重要讲话。",
             "会议指出，创卫已到关键阶段，我们要全力以赴。",
             "最后，副县长赵明远指出，创卫是全县的大事。"]
    assert md.infer_speaker("青石县召开创卫推进会", paras, genre="会议报道") == "副县长赵明远"


def test_a_leader_who_spoke_at_the_meeting_outranks_one_who_reviewed_the_work():
    paras = ["3月1日，青石县召开创城动员大会，县长孙立主持会议。",
             "县委常委、宣传部长吴丽对去年的创建工作进行了总结。",
             "去年，全县创建成绩显著。",
             "县委书记周正阳在会上讲话，他指出，要统一思想、凝聚共识。"]
    assert md.infer_speaker("青石县召开创城动员大会", paras, genre="会议报道") == "县委书记周正阳"


def test_a_leader_called_comrade_who_stresses_at_the_meeting_is_the_speaker():
    paras = ["4月3日，东岭镇召开文明镇创建动员会，镇干部一百余人参加。",
             "会议由人大主席郑和平同志主持。",
             "人大主席郑和平同志在会上强调：各村要认清形势，抓好落实。"]
    assert md.infer_speaker("东岭镇召开文明镇创建动员会", paras, genre="会议报道") == "人大主席郑和平"


# --- level: whose meeting the opening says it is -----------------------------------------------


def test_a_town_convening_in_its_own_hall_is_a_town_meeting():
    paras = ["4月3日，东岭镇在镇政府二楼会议室召开文明镇创建动员会，力争年内建成云川市文明镇。"]
    assert md.meeting_level(None, paras) == "乡镇"


def test_todays_meeting_outranks_the_earlier_ones_the_opening_lists():
    paras = ["本月初云川市召开了创城誓师大会，上周河西区召开推进会，今天，街道立即又召开了动员会，"
             "三级会议接连召开。"]
    assert md.meeting_level(None, paras) == "乡镇"


# --- genre: a unit's pledge under a 演讲稿 title -----------------------------------------------


def test_a_units_pledge_under_a_speech_contest_title_is_a_pledge():
    text = ("各位领导，同志们：\n\n今天，街道召开创卫动员大会。我们第二小学作为辖区的一个单位，深感责任"
            "重大。我们决心积极响应区委、区政府和街道的号召，把创卫各项任务落到实处。")
    assert md.infer_genre("创建卫生城市演讲稿", text) == "表态发言"


def test_a_speech_contest_entry_without_a_pledge_stays_a_speech():
    text = "各位评委，朋友们：\n\n我演讲的题目是《文明从脚下开始》。走在街头，我常常想起小时候的老街。"
    assert md.infer_genre("创建文明城市演讲稿", text) == "讲话"


# --- title: glued to the speech's first words ---------------------------------------------------


def test_a_title_glued_to_the_speechs_first_words_is_parted_from_them():
    body = ("刚才，XX同志通报了上半年的测评情况，几位同志作了发言，讲得都很好。下面，我就做好下一阶段的"
            "创建工作讲几点意见。一、认清形势，增强创建的紧迫感。今年是创建的决战之年，测评时间临近，"
            "任务十分繁重，各单位要把创建摆在更加突出的位置，主要领导亲自抓、分管领导具体抓，层层压实"
            "责任，确保各项指标达到测评要求。二、突出重点，补齐创建的短板。背街小巷、农贸市场和"
            "老旧小区是测评中失分最多的地方，要逐一建立台账，限期整改到位。")
    paras = cleaning.join_lines("关于推进文明城区创建工作的讲话" + body)
    assert paras[0] == "关于推进文明城区创建工作的讲话"
    assert paras[1].startswith("刚才，")


def test_a_title_that_ends_in_a_phrase_like_today_is_left_whole():
    # no comma soon after: "今天" is part of a long line, not a speech's opening clause
    line = "在庆祝建党节大会上的讲话今天的幸福生活来之不易。"
    assert cleaning.join_lines(line)[0] == line


# --- junk: photo credits, a site's name after a paragraph, a piece's bare number ---------------


def test_the_unit_that_supplied_a_photo_is_no_text():
    text = ("青石县召开创卫推进会\n青石县融媒体中心供图\n3月2日，青石县召开创卫推进会，"
            "县委书记周正阳出席并讲话。")
    assert "供图" not in cleaning.clean_text(text)


def test_a_sentence_about_a_photo_exhibition_stays():
    line = "展览共展出各单位供图三百余幅，记录了创城以来的变化。"
    assert line in cleaning.clean_text(line)


def test_a_sites_name_glued_after_a_paragraph_goes_when_the_page_prints_it_with_its_address():
    text = ("同志们：\n文稿苑 www.wengaoyuan.example.com\n今天召开全县创城推进会，主要任务是部署下一阶段工作。"
            "文稿苑，写作好帮手\n一要提高认识。")
    out = cleaning.clean_text(text)
    assert "文稿苑" not in out
    assert "今天召开全县创城推进会，主要任务是部署下一阶段工作。" in out


def test_a_name_ending_a_paragraph_stays_when_the_page_prints_no_address_for_it():
    text = "同志们：\n今天召开全县创城推进会。城关镇，前列标兵\n一要提高认识。"
    assert "城关镇，前列标兵" in cleaning.clean_text(text)


def test_a_collections_bare_piece_number_after_the_pieces_kind_is_no_title():
    assert clean_title("创城推进会讲话稿2") == "创城推进会讲话稿"


# --- derived titles: not the chair's formalities, a purpose clause or a cut-off clause ----------


def test_a_derived_title_skips_the_chairs_call_to_order():
    paras = ["同志们：", "现在开会。", "今年以来，全市创城工作取得明显进展。"]
    assert md.derive_title(paras, "讲话") == "今年以来全市创城工作取得明显进展"


def test_a_derived_title_skips_a_purpose_clause_before_the_reports_date():
    paras = ["为进一步推动创卫工作，确保年底通过验收，4月7日，东岭镇在镇政府会议室召开创卫推进会，"
             "镇村干部参加。"]
    assert md.derive_title(paras, "会议报道") == "东岭镇在镇政府会议室召开创卫推进会"


def test_a_long_clause_of_who_met_is_not_cut_mid_word():
    clause = "东岭镇党委政府在镇文化广场隆重召开创建省级文明镇暨国家卫生镇百日攻坚行动誓师动员大会"
    assert md.derive_title([f"4月7日，{clause}，镇村干部参加。"], "会议报道") == clause


# --- title: the piece a 范文 site's intro names ---------------------------------------------------


def test_the_piece_a_sites_intro_names_is_the_title():
    text = ("创城工作千头万绪。下面是小编为大家整理的2022年区长在全区创文推进会上讲话【精编版】，供大家参考。\n"
            "同志们：\n今天召开全区创文推进会。")
    assert intro_title(text) == "2022年区长在全区创文推进会上讲话"


def test_an_intro_that_names_no_speech_gives_no_title():
    text = "下面是小编为大家整理的城市文明小常识汇总，欢迎阅读。\n同志们：\n今天召开全区创文推进会。"
    assert intro_title(text) is None


def test_a_page_with_no_title_line_takes_the_title_its_intro_names():
    intro = "创城工作千头万绪。下面是小编为大家整理的2022年区长在全区创文推进会上讲话【精编版】，供大家参考。"
    body = ("同志们：\n今天召开全区创文推进会，主要任务是总结前段工作，部署下一阶段任务。刚才，几位同志"
            "作了发言，讲得很好。下面，我讲三点意见。\n一、提高认识。创文是全区人民的共同心愿，各单位要"
            "把创文摆在突出位置，主要领导亲自抓，分管领导具体抓，确保各项任务落到实处。\n"
            "二、突出重点。要抓好背街小巷、农贸市场和老旧小区的整治，补齐短板。\n" * 3
            + "三、压实责任。各单位要建立台账，明确时限，逐项销号，确保测评前全部整改到位。\n" * 3)
    assert one_speech(intro + "\n" + body).title == "2022年区长在全区创文推进会上讲话"


def test_a_year_before_the_role_in_a_title_still_gives_the_role():
    assert md.infer_speaker("2022年区长在全区创文推进会上讲话", ["同志们："]) == "区长"


def test_an_address_glued_after_a_paragraphs_last_sentence_goes_and_the_sentence_stays():
    text = "同志们：\n今天召开全县创城推进会，主要任务是部署工作。http://www.example.com/a/12.html\n一要提高认识。"
    out = cleaning.clean_text(text)
    assert "今天召开全县创城推进会，主要任务是部署工作。" in out
    assert "example" not in out


def test_a_pen_bullet_before_a_paragraph_goes_and_the_paragraph_stays():
    text = "同志们：\n今天召开全县创城推进会。\n\u270d\ufe0f二要突出重点，补齐短板，确保测评前整改到位。"
    out = cleaning.clean_text(text)
    assert "\u270d" not in out
    assert "二要突出重点，补齐短板，确保测评前整改到位。" in out


# --- level: a place's name in a headline is no post ----------------------------------------------


def test_a_headline_opening_with_a_city_named_with_zhen_is_no_town_post():
    text = "昨日，全市创卫复审动员会在市行政中心举行。我市创卫工作已坚持多年。"
    assert md.infer_level(None, "镇原部署创卫复审迎检", text) == "市"


def test_a_headline_naming_a_towns_post_still_gives_the_town():
    assert md.infer_level(None, "镇党委书记在创卫推进会上的讲话", "同志们：今天开会。") == "乡镇"


@pytest.mark.parametrize("lead", ["青山新闻网11月17日讯，", "（青山新闻网讯）11月17日，"])
def test_a_derived_title_drops_a_dateline_that_carries_or_brackets_the_outlet(lead):
    assert md.derive_title([lead + "青山区召开创卫推进会，区长主持会议。"], "会议报道") == "青山区召开创卫推进会"


def test_a_leader_who_stresses_after_the_meetings_business_outranks_the_chair():
    paras = ["3月5日，青石县召开创城推进会，县长李明主持会议。", "会上，副县长赵刚通报了前段工作情况。",
             "各乡镇负责人作了表态发言。", "会议还表彰了先进单位。", "县委书记周正阳强调，要统一思想，抓好落实。"]
    assert md.infer_speaker("青石县召开创城推进会", paras, genre="会议报道") == "县委书记周正阳"


def test_a_leader_named_after_a_long_chain_of_posts_ending_in_a_command_post():
    paras = ["3月5日，全市创城推进会召开。省委常委、市委书记、市创建全国文明城市指挥部总指挥王建国"
             "出席会议并讲话。", "会议要求，各区要抓好落实。"]
    assert md.infer_speaker("全市创城推进会召开", paras, genre="会议报道") == (
        "省委常委、市委书记、市创建全国文明城市指挥部总指挥王建国")


def test_a_city_meeting_a_speech_relays_with_where_it_met_is_not_the_speechs():
    paras = ["根据会议安排，我在这里传达市创城动员大会的精神。",
             "3月2日上午，市委、市政府在市委礼堂召开创城动员大会，动员全市上下行动起来。"]
    assert md.meeting_level(None, paras) != "市"
