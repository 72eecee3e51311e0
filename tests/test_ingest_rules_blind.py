"""Unit tests of the rules added for the failure classes the blind evaluation batch showed
(tests/eval batch 4), each on text shaped like the class it covers, in wording of our own.
`make eval` measures the rules together on whole pages."""
from __future__ import annotations

import pytest

from build_tools import cleaning as c
from build_tools import metadata as md
from build_tools import segment as sg
from build_tools.readers import read_bytes

SPEECH = "同志们：\n今天召开全区创建工作推进会，主要任务是部署下一阶段工作，确保创建任务按期完成。"


# --- page debris: captions, credits, template leftovers, distribution lists --------------

@pytest.mark.parametrize("line", [
    "活动现场",
    "5月6日，全区环境整治推进会在区政府召开。通讯员 李青 摄",
    "2021-05-07 2 3 某某晚报 content_10293.html 2 全区召开推进会 /someproperty-->",
    "抄送：区委办，区政府办",
    "报：市爱卫办，区委、区政府领导",
])
def test_captions_credits_template_and_distribution_lines_are_chrome(line):
    assert c.is_chrome_line(line)


@pytest.mark.parametrize("line", ["要把现场管理作为重点，确保不留死角。", "请电视台做好现场拍摄。"])
def test_sentences_about_a_scene_stay(line):
    assert not c.is_chrome_line(line)


def test_inline_debris_goes_and_sentence_stays():
    text = "全体机关干部参加了会议。会场.JPG\n要明确一名干 第2 页共 4页 部负责。"
    assert c.remove_inline_debris(text) == "全体机关干部参加了会议。\n要明确一名干部负责。"


def test_literal_tags_in_a_text_page_become_breaks():
    out = c.clean_text("<p><p>要抓好背街小巷整治，确保环境整洁有序。</p></p> <p><b>要落实门前三包责任，确保不留死角。</b></p>")
    assert "<" not in out and out.split("\n") == ["要抓好背街小巷整治，确保环境整洁有序。",
                                                   "要落实门前三包责任，确保不留死角。"]


def test_a_lone_full_stop_goes_back_onto_its_sentence():
    out = c.clean_text(SPEECH + "\n要坚决打赢这场攻坚战，决不拖全区的后腿\n\n。\n\n谢谢大家！")
    assert "要坚决打赢这场攻坚战，决不拖全区的后腿。" in out.split("\n")


def test_page_numbers_counting_up_inside_words_go_without_furniture():
    text = ("同志们：今天召开动员会，部署全镇创建工作，这对改善人居环境具有重要意4义。"
            "要集中整治主街两侧的乱堆乱5放，做到日清日结。要落实包保责任，确保按期完成。")
    out = c.clean_text(text)
    assert "重要意义" in out and "乱堆乱放" in out


def test_numbers_in_prose_are_not_a_page_run():
    assert not c.has_page_number_run("今年完成3项改造，新建5座公厕。要推进2号路改造。")


def test_viewer_summary_before_the_full_text_goes():
    full = ("在全镇环境整治大会上的讲话 同志们：今天我们召开全镇环境整治大会，主要任务是动员全镇上下行动起来，"
            "集中整治集镇环境，确保年底前通过验收。")
    summary = "在全镇环境整治大会上的讲话同志们：今天我们召开全镇环境整治大会，主要任务是动员全"
    out = c.clean_text(summary + "\n" + full)
    assert "动员全\n" not in out + "\n" and out.count("今天我们召开全镇环境整治大会") == 1


def test_spaces_at_printed_line_ends_go():
    line = " ".join(["要落实门前三包责任，各街道要组织力", "量开展整治，确保背街小巷环境整洁有", "序，不留卫生死角。要推进农贸市场改",
                     "造提升，确保年底前全部完成任务目标", "。要加强督查考核，对工作不力的单位", "严肃问责，确保各项任务落到实处。"])
    assert c.join_printed_line_ends(line) == line.replace(" ", "")


def test_a_sentence_with_a_few_spaces_keeps_them():
    line = "要学习 G20 峰会期间的保障经验，做好 2024 年的迎检工作。"
    assert c.join_printed_line_ends(line) == line


# --- places: a county speech naming its county by the short name --------------------------

def test_county_speech_naming_itself_by_its_short_name_finds_the_county():
    paras = ["县委、县政府召开这次动员会，部署全县创建工作。",
             "湄潭山清水秀，群众盼望县城更干净，全县上下要拿出干劲来。"]
    div, _ = md.infer_place("在全县创建动员会上的讲话", paras)
    assert div is not None and (div.province, div.city, div.district) == ("贵州省", "遵义市", "湄潭县")


def test_short_name_needs_the_county_voice_and_no_everyday_word():
    # a city speech mentioning a county by its short name, and an everyday word that is a
    # county's short name (资源) in a county speech: neither becomes the place
    assert md.infer_place("在全市创建动员会上的讲话", ["湄潭的经验值得学习，市委市政府要总结推广。"])[0] is None
    div, _ = md.infer_place("在全县创建动员会上的讲话",
                            ["县委、县政府高度重视，全县要整合资源，集中力量抓整治。"])
    assert div is None


def test_a_town_named_like_a_county_is_the_town():
    paras = ["镇党委、镇政府研究了永兴镇的贯彻意见，全县创建看永兴。", "永兴是县城的北大门，全县上下都看着我们。"]
    div, _ = md.infer_place("在全镇创建动员会上的讲话", paras)
    assert div is None or div.district != "永兴县"


# --- collections: one title repeated over numbered pieces ---------------------------------

BODY = "今天的会议很重要，各单位要认真落实会议精神，确保各项创建任务按期完成，不拖全市后腿。" * 6


def test_title_then_piece_number_splits_a_collection():
    lines = ["在全市创卫推进会上的表态发言【第一篇】", "同志们：", BODY,
             "在全市创卫推进会上的表态发言【第二篇】", "各位领导：", BODY + "请放心！"]
    page = sg.segment(lines)
    assert page.compilation and [p.title for p in page.parts] == ["在全市创卫推进会上的表态发言"] * 2
    assert [p.part for p in page.parts] == [1, 2]


def test_a_stray_stop_after_a_colon_goes():
    assert c.tidy_spaces("同志们：。") == "同志们："


# --- genre: a collection's label against the text ----------------------------------------

def test_convener_speech_labelled_as_a_pledge_is_a_speech():
    text = ("刚才，各县区负责同志作了很好的表态发言，我都赞成。下面，我讲两点意见。"
            "第一，要看清差距。第二，要压实责任，各部门要把任务落实到点位。")
    genre, note = md.genre_with_evidence("在全市创卫推进会上的表态发言", text)
    assert genre == "讲话" and note and "表态" in note


def test_a_real_pledge_keeps_its_label():
    text = "我代表区委、区政府向大会表态：坚决拥护市委的部署。下面，我讲三点打算。请市委放心！"
    assert md.genre_with_evidence("在全市创卫推进会上的表态发言", text) == ("表态发言", None)


# --- titles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["2024-05-06 发布于江苏", "- 2023/7/1 09:12 发表", "2022年3月4日 更新于北京"])
def test_posting_lines_are_chrome(line):
    assert c.is_chrome_line(line)


def test_kicker_under_a_headline_gives_way_to_it():
    head = ["李明出席全市创卫推进会并讲话", "李明在全市创卫推进会上指出", "把城市管理做细做实"]
    assert sg.head_title(head) == "李明出席全市创卫推进会并讲话"


def test_a_lone_kicker_is_still_the_title():
    assert sg.head_title(["李明在全市创卫推进会上指出"]) == "李明在全市创卫推进会上指出"


@pytest.mark.parametrize("label", ["（汇总3篇）", "【集锦5篇】"])
def test_collection_counts_leave_the_title(label):
    assert sg.clean_title("创建卫生城市动员会讲话" + label) == "创建卫生城市动员会讲话"


def test_balanced_two_part_headline_is_a_reports_title():
    head = ["某某简报", "2022年第三期", "盯住短板抓整改 凝心聚力迎复审"]
    body = ["6月2日，区委书记到各街道督导巩卫工作。"]
    assert sg.headline(head, body) == "盯住短板抓整改 凝心聚力迎复审"


def test_line_above_a_news_lead_is_its_headline():
    body = ["本报讯（记者 王一）5月8日，全县背街小巷整治现场会在城关镇召开。"]
    assert sg.headline(["全县背街小巷整治见实效"], body) == "全县背街小巷整治见实效"
    # a speech's opening is no news lead: the line above stays untitled here
    assert sg.headline(["全县背街小巷整治见实效"], ["同志们，今天召开现场会。"]) is None


# --- paragraphs: blank lines and headings --------------------------------------------------

def test_a_short_line_above_a_blank_line_is_a_paragraph_of_its_own():
    text = "全文约800字，阅读需2分钟\n\n5月8日，全县背街小巷整治现场会在城关镇召开，县领导出席会议。"
    assert c.join_lines(text) == ["全文约800字，阅读需2分钟", "5月8日，全县背街小巷整治现场会在城关镇召开，县领导出席会议。"]


def test_a_long_sentence_broken_across_a_blank_line_is_joined():
    first = "要督促各社区卫生服务中心完善健康宣传栏，做到内容每月更新、版面整洁美观、群众看得懂用得上，同时要求各个服务中心认真做好健康"
    assert c.join_lines(first + "\n\n教育的日常工作。") == [first + "教育的日常工作。"]


def test_headings_of_one_length_do_not_make_a_wrap_width():
    heads = ["一、以最坚决的态度抓好落实", "二、以最严格的标准抓好整治", "三、以最过硬的作风抓好督查", "四、以最扎实的举措抓好长效"]
    body = "各单位要把任务分解到人，明确时限，确保按期完成"
    text = "\n\n".join(x for h in heads for x in (h, body + "。"))
    assert c.join_lines(text)[0] == heads[0]
    assert c.wrap_width(heads + [body]) is None


# --- speakers of reports and templates ---------------------------------------------------

def test_the_one_who_presides_gives_way_to_the_one_who_spoke():
    paras = ["5月6日下午，全镇创卫推进会召开，会议由镇长王强主持，各村书记参加。",
             "会上，王强通报了进展；镇党委书记刘芳结合全镇实际提出了三点要求。"]
    assert md.infer_speaker(None, paras) == "镇党委书记刘芳"


def test_the_leader_who_led_an_inspection_is_the_speaker():
    paras = ["6月2日，县委书记陈刚带队到城关镇督导创卫工作，察看了农贸市场。", "陈刚强调，要立行立改。"]
    assert md.infer_speaker(None, paras) == "县委书记陈刚"


def test_the_speech_of_a_leader_named_earlier_with_his_role():
    paras = ["12月3日，评估汇报会召开。县委书记周平，县长吴军，县领导李一、张二出席。", "吴军汇报了工作。",
             "专家组给予肯定。", "周平在最后的讲话中表示，要逐条整改。"]
    assert md.infer_speaker(None, paras) == "县委书记周平"


def test_a_speech_that_mentions_another_leaders_speech_is_not_his():
    paras = ["同志们：", "上周的会议上，王书记在讲话中指出，我们的差距在作风。", "我们要抓好落实。"]
    assert md.infer_speaker(None, paras) is None


# --- a news box after a report ---------------------------------------------------------------

REPORT = ("5月8日，全县背街小巷整治现场会在城关镇召开。县委书记陈刚出席会议并讲话。"
          "陈刚强调，各乡镇要对照标准逐项整改，确保按期完成任务，让群众看到实实在在的变化。" * 3)


def test_a_news_box_opening_with_an_excerpt_goes_with_all_after_it():
    tail = ["图片推荐", "本报讯（记者 李一）5月2日，县政协召开常委会议，听取有关部门的工作情况汇报，委员们认为……",
            "某某新闻，记录身边的每一天。我们用镜头记录城市的变化。"]
    out = c.cut_tail("\n".join([REPORT] + tail))
    assert out == REPORT


def test_a_list_box_mid_speech_keeps_the_speech_after_it():
    text = "\n".join([REPORT, "相关推荐", "在全县创卫大会上的讲话", "创卫工作总结范文", "要加强督查考核，确保各项任务落到实处。"])
    assert c.cut_tail(text).endswith("要加强督查考核，确保各项任务落到实处。")


# --- truncation and masks in the header --------------------------------------------------------

LONG = "要把创建工作摆上突出位置，各部门要按照分工抓好落实，确保各项任务按期完成，不拖全市后腿。" * 6


@pytest.mark.parametrize("last", ["下面，我先讲三点意见。", "现在，我就下一步工作讲几点要求：", "为此，市委决定作如下部署："])
def test_a_text_that_stops_where_the_points_are_announced_is_cut(last):
    part = sg.segment(["同志们：", LONG, last]).parts[0]
    assert part.paragraphs[-1] == c.GAP


def test_a_speech_that_ends_with_thanks_is_not_cut():
    part = sg.segment(["同志们：", LONG, "下面请各单位表态。谢谢大家！"]).parts[0]
    assert c.GAP not in part.paragraphs


@pytest.mark.parametrize("head, masked", [
    (["在全市创卫大会上的讲话", "李 明", "（20XX年5月6日）"], True),
    (["在全市创卫大会上的讲话", "×××"], True),
    (["在全市创卫大会上的讲话", "李 明", "（2021年5月6日）"], False),
])
def test_a_masked_date_or_name_in_the_header_marks_the_speech(head, masked):
    assert md.header_masked(head) is masked


# --- level ---------------------------------------------------------------------------------

def test_the_place_a_meeting_is_held_in_is_not_its_convener():
    paras = ["6月2日，区委书记陈刚带队到城关街道调研，并在城关街道召开座谈会，听取汇报。"]
    assert md.meeting_level(None, paras) is None


def test_a_town_speech_in_a_county_campaign_is_a_town_speech():
    text = ("同志们：\n\n县里的会开过以后，镇党委、镇政府马上研究了贯彻意见。全县创建看我们，"
            "我们要为全县创建争光。\n\n大家回去后要马上行动。")
    assert md.infer_level(None, "创建工作动员会讲话", text) == "乡镇"


def test_a_street_office_acting_with_its_party_committee_is_a_town_level_speech():
    # a street's party working committee and its office act together, as a town's do
    text = ("同志们：\n\n区里的会开过以后，街道党工委、街道办事处马上研究了落实措施。全区创建看我们，"
            "我们要为全区创建争光。\n\n大家回去后要马上行动。")
    assert md.infer_level(None, "创建工作动员会讲话", text) == "乡镇"


# --- published ---------------------------------------------------------------------------------

def test_a_labelled_posting_time_beats_a_clock_in_the_top_bar():
    html = ("<html><body><div>2026-01-05 10:11:12　<a href='/login'>登录</a></div>"
            "<h1>全县召开创卫推进会</h1><div>发布时间：2024-06-03 08:00　来源：县融媒体中心</div>"
            "<p>6月2日，全县创卫推进会召开。县委书记陈刚出席会议并讲话，要求各乡镇对照标准抓好整改，确保按期完成任务。</p>"
            "</body></html>")
    assert read_bytes(html.encode(), "a.html").html_date == "2024-06-03"


def test_a_bulletins_issuing_office_above_the_text_gives_the_place():
    head = ["创建工作简报", "2022年第三期", "武江区创建全国文明城市工作领导小组办公室编印"]
    paras = ["9月3日，区委书记带队到各街道调研督导创文工作。", "他强调，全区上下要以冲刺的状态投入工作。"]
    div, _ = md.infer_place("", paras, head)
    assert div is not None and (div.city, div.district) == ("韶关市", "武江区")
    assert md.infer_place("", paras)[0] is None


# --- a document site's one-line dump --------------------------------------------------------

def test_number_title_twice_date_and_role_name_on_one_line_are_split():
    line = ("编号：7731205在全镇创卫推进会上的讲话在全镇创卫推进会上的讲话（2021年4月2日）　镇长 李明同志们："
            "今天召开推进会，部署下一阶段工作，确保按期完成各项创建任务，以优异成绩迎接验收。")
    paras = c.join_lines(line)
    assert paras[:3] == ["在全镇创卫推进会上的讲话在全镇创卫推进会上的讲话", "（2021年4月2日）", "镇长 李明"]
    assert sg.clean_title(paras[0]) == "在全镇创卫推进会上的讲话"
    assert md.header_speaker(paras[1:3]) == "镇长李明"


def test_dots_between_a_summary_and_the_article_under_its_headline_are_no_cut():
    body = ["5月8日，全县创卫推进会召开，县长李明出席会议并讲话。", c.GAP, "全县召开创卫推进会",
            "李明指出，要对照标准逐项整改，确保各项任务按期完成，以优异成绩迎接复审验收。" * 4]
    part = sg.segment(body).parts[0]
    assert c.GAP not in part.paragraphs


def test_dots_before_an_outline_heading_still_mark_a_gap():
    body = ["同志们：", "今天召开推进会，部署下一阶段创建工作，各部门要认真抓好落实，确保各项任务按期完成。" * 5,
            c.GAP, "三、加强领导，推进工作落实", "各部门要把创建工作摆上重要位置，主要负责同志亲自抓，确保任务落地见效。"]
    assert c.GAP in sg.segment(body).parts[0].paragraphs


def test_a_flattened_page_breaks_where_the_speaker_turns_to_the_units():
    line = ("全市上下要在两个方面下功夫：一要抓好精细管理，把管理延伸到每一条街巷；二要抓好群众参与，让市民成为创建的参与者。"
            "各区县（市）、各部门要把创建工作与中心工作同部署、同考核。")
    assert c.split_flat(line) == [line[:line.index("各区县")], line[line.index("各区县"):]]


def test_a_sites_banner_above_a_news_lead_is_no_headline():
    body = ["5月8日，全县背街小巷整治现场会在城关镇召开。"]
    assert sg.headline(["某某县人民政府"], body) is None


@pytest.mark.parametrize("line", ["图为会议现场。", "图为志愿者在街头劝导文明出行", "与会人员观摩农贸市场。张小军 摄"])
def test_more_caption_shapes_are_chrome(line):
    assert c.is_chrome_line(line)


def test_a_short_bulletin_item_on_an_inspection_is_kept_as_a_report():
    lines = ["压实责任抓整改 全力以赴迎复审",
             "4月28日，县委副书记、县长方国平带领有关部门负责同志深入城区背街小巷督查创卫工作，现场交办问题十二个。",
             "方国平指出，复审时间紧、任务重，各责任单位要对照标准查漏补缺，不等不靠、立行立改，确保顺利通过复审。",
             "方国平要求，县爱卫办要加强统筹，每周通报整改进度。"]
    part = sg.segment(lines).parts[0]
    assert part.title == "压实责任抓整改 全力以赴迎复审"
    assert md.infer_speaker(None, part.paragraphs) == "县委副书记、县长方国平"


def test_an_everyday_phrase_alone_names_no_place():
    paras = ["同志们：", "老城区管网老化，一下雨就内涝，新区的道路也要抓紧修补，全县上下要行动起来。"]
    assert md.infer_place("在创卫动员会上的讲话", paras) == (None, 0.0)


@pytest.mark.parametrize("head, html_date, want", [
    (["2026-02-03 11:22:33 星期二 首页", "发布时间：2024-05-10 18:05"], None, "2024-05-10"),
    (["2026-02-03 11:22:33 星期二 首页"], "2024-05-10", "2024-05-10"),
    (["2023-04-07", "在全市创卫大会上的讲话"], "2024-01-01", "2023-04-07"),
    (["2026-02-03 11:22 首页"], None, "2026-02-03"),
])
def test_a_clock_in_the_top_bar_comes_last_for_published(head, html_date, want):
    assert md.published_date(head, html_date) == want


def test_a_pledge_a_collection_titles_as_a_speech_is_a_pledge():
    text = ("我代表城关镇党委、政府作如下表态：坚决拥护县委、县政府的部署。一是立即行动。二是压实责任。"
            "请县委、县政府放心，城关镇决不拖全县的后腿！")
    genre, note = md.genre_with_evidence("在全县巩卫推进会上的讲话", text)
    assert genre == "表态发言" and note


def test_a_leaders_speech_that_says_dont_lag_behind_stays_a_speech():
    text = "同志们：刚才各单位作了表态发言。我们要坚决拥护省里的部署，决不拖全省的后腿，请省里放心。下面我讲三点意见。"
    assert md.genre_with_evidence("在全市创卫推进会上的讲话", text) == ("讲话", None)


def test_a_county_held_up_for_comparison_is_not_the_speeches_own():
    paras = ["县委、县政府召开这次动员会，部署全县创建工作。", "我们要学习兰考经验，全县上下要拿出干劲来。"]
    assert md.infer_place("在全县创建动员会上的讲话", paras)[0] is None


def test_named_entities_of_a_text_copy_are_decoded_and_numeric_ones_left():
    assert c.strip_literal_tags("&nbsp;&nbsp;同志们：&ldquo;创城&rdquo;") == "  同志们：“创城”"
    assert c.strip_literal_tags("&#x202e;") == "&#x202e;"


def test_a_bulletins_print_count_is_chrome():
    assert c.is_chrome_line("（共印80份）")


def test_a_label_with_a_colon_at_the_end_is_no_announcement():
    part = sg.segment(["同志们：", LONG, "谢谢大家！", "附件：创建任务分解表"]).parts[0]
    assert c.GAP not in part.paragraphs
    assert not sg._ANNOUNCES.search("附件：") and not sg._ANNOUNCES.search("联系人：")


def test_more_piece_number_and_posting_shapes():
    assert sg.marker("在全市创卫大会上的讲话（第2篇）") == ("在全市创卫大会上的讲话", 4)
    assert sg.marker("城市工作讲话稿(9篇)") is None      # a compilation's count, not a piece
    assert sg.marker("创卫工作总结【第1篇】") is None     # not a speech's title: not split here
    assert c.is_chrome_line("发表于 2023-05-06 10:00")


def test_a_couplet_far_above_the_text_is_a_bar_not_a_headline():
    head = ["政务公开栏目 新闻中心频道", "某某县爱卫办编印", "2022年第三期"]
    assert sg.headline(head, ["各单位要抓好落实。"]) is None


def test_a_footer_line_between_two_halves_of_a_sentence_leaves_no_blank():
    assert c.remove_inline_debris("要明确一名科级干\n第 1 页 共 3 页\n部负责。") == "要明确一名科级干\n部负责。"
