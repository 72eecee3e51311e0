"""Rules from a fourth round of real pages (issue 10, probe pages p25–p34): posting times in
Traditional characters or day.month.year, a meeting's time-and-room line under a title, a
name printed with spaces, and more. Each test is a small page or line in wording written
for this project, fed through the real ingest (`build_drafts`) or the one rule it covers."""
from __future__ import annotations

from build_tools import metadata as md
from build_tools.cleaning import join_spaced_han
from ingest_support import one_speech as one

SPEECH = ("同志们：\n今天召开全县巩固卫生县城成果推进会，主要任务是查找短板、压实责任。刚才，"
          "三个乡镇作了发言，我都同意。下面，我讲两点意见。\n一、把长效管理落到实处\n各乡镇要把"
          "背街小巷、农贸市场和城中村的保洁责任落实到人，县城管局每周通报一次巡查结果，对反弹的"
          "点位当场交办、限期整改。\n二、把群众发动起来\n各社区要把门前三包写进居民公约，让每一户"
          "商户都知道自己的责任，做到人人参与、户户负责。同志们，巩固成果比争创更难，希望大家坚持不懈。\n")


def test_a_traditional_page_posting_time_is_published():
    page = "縣委書記在鞏固衛生縣城成果推進會上的講話\n時間：2021-07-06 08:15:30\n" + SPEECH
    assert one(page).published == "2021-07-06"


def test_a_day_month_year_top_line_is_the_posting_date():
    assert md.published_date(["05.09.2019  16:40"]) == "2019-09-05"
    # not a date: no month 13
    assert md.published_date(["05.13.2019  16:40"]) is None


def test_a_bracketed_time_and_room_line_is_not_the_title():
    page = ("在全县巩固卫生县城成果推进会上的讲话\n王 海 东\n（6月8日15:00，县政府三楼会议室）\n" + SPEECH)
    s = one(page)
    assert s.title == "在全县巩固卫生县城成果推进会上的讲话"
    assert s.speaker == "王海东"


def test_a_line_of_spaced_single_characters_is_joined_whole():
    # "建 华" alone would be joined as a place name (建华区), leaving "孙 建华"
    assert join_spaced_han("孙 建 华") == "孙建华"
    # a space standing for a comma between words stays
    assert join_spaced_han("会后 城郊各村传达精神") == "会后 城郊各村传达精神"


REPORT = ("本报讯（记者 何 平）5月6日，全县巩固国家卫生县城成果推进会召开，县长赵立新出席并讲话。\n"
          "会议通报了一季度暗访发现的问题，城关镇、县城管局和县市场监管局先后发言。赵立新指出，巩固成果"
          "要靠平时，各乡镇各部门要把病媒生物防制和农贸市场管理作为日常工作，不能等到复审才突击。\n")


def test_a_report_ending_in_a_jump_to_another_page_is_cut_there():
    s = one(REPORT + "赵立新强调，要持续抓好背街小巷整治，把保洁责任落实到每一个网格，（下转三版）\n")
    assert s.truncated
    assert "转三版" not in s.text
    assert s.text.endswith("网格，……")


def test_a_jump_line_of_its_own_inside_a_report_does_not_cut_it():
    s = one(REPORT + "赵立新强调，要持续抓好背街小巷整治，把保洁责任落实到每一个网格。\n")
    assert not s.truncated


def test_a_sub_headline_on_the_headline_line_is_dropped():
    s = one("全县巩固国家卫生县城成果推进会召开 守住卫生底线 擦亮县城名片\n\n" + REPORT
            + "赵立新强调，要持续抓好背街小巷整治。\n")
    assert s.title == "全县巩固国家卫生县城成果推进会召开"
    assert "擦亮县城名片" not in s.text


DUMP_TEXT = ("今天这次会议，是巩固省级卫生县城成果的推进会。主要任务是贯彻全市推进会精神，研究我县下一阶段"
             "的具体措施。刚才，城关镇、住建局、卫健局三个单位作了表态发言，县长对重点工作讲了具体意见，大家"
             "要认真抓好落实。下面，我强调两点意见：一、要把长效管理落到网格每个网格员都要清楚自己负责的楼栋"
             "和点位，发现问题随手拍、随时报，社区每周汇总一次，街道每月通报一次。二、要把督查问责做实县爱卫办"
             "每周暗访一次，结果在全县通报，对连续两次排名靠后的单位，由县政府约谈主要负责同志。")


def test_a_glued_dump_head_gives_title_date_and_name_lines():
    s = one("编号：40213377县委书记在巩固省级卫生县城成果推进会上的讲话20XX/X/XX在巩固省级卫生县城成果"
            "推进会上的讲话×××同志讲话" + DUMP_TEXT + "\n")
    assert s.title == "县委书记在巩固省级卫生县城成果推进会上的讲话"
    assert "同志讲话" not in s.text and "20XX" not in s.text and "编号" not in s.text
    assert s.text.startswith("今天这次会议")
    assert s.masked


def test_a_named_speaker_line_in_a_glued_dump_head_gives_the_speaker():
    s = one("在巩固省级卫生县城成果推进会上的讲话2019/6/12在巩固省级卫生县城成果推进会上的讲话"
            "韩立东同志讲话" + DUMP_TEXT + "\n")
    assert s.speaker == "韩立东"
    assert s.title == "在巩固省级卫生县城成果推进会上的讲话"


def test_a_tag_list_glued_to_the_end_goes_and_a_text_stopping_mid_word_is_cut():
    s = one("在巩固省级卫生县城成果推进会上的讲话\n同志们：\n" + DUMP_TEXT
            + "从全县的情况看，老城区的排水管网欠账较多。我们虽[标签：范文]\n")
    assert "标签" not in s.text
    assert s.truncated
    assert s.text.endswith("我们虽……")


def test_a_text_ending_with_a_sentence_is_not_cut():
    s = one("在巩固省级卫生县城成果推进会上的讲话\n同志们：\n" + DUMP_TEXT + "\n")
    assert not s.truncated


def test_an_editor_credit_after_the_last_sentence_goes_and_the_sentence_stays():
    s = one(REPORT + "下半年，我县将迎接国家卫生县城复审。（本站编辑 林晓摘编）\n")
    assert s.text.endswith("下半年，我县将迎接国家卫生县城复审。")
    assert "摘编" not in s.text


def test_a_commission_of_the_unit_convening_gives_its_level():
    assert md.meeting_level("县住房城乡建设委召开背街小巷整治推进会",
                            ["6月3日，县住房城乡建设委召开背街小巷整治推进会。"]) == "县"


def test_a_speech_like_alias_in_brackets_after_a_headline_does_not_make_a_report_a_speech():
    text = ("5月9日，我县召开创建全国文明城市工作部署会议。县委常委、宣传部部长陈立出席会议。\n\n"
            "会议对实地点位、网上申报和满意度调查作了部署。会上，陈立提出了几点意见。")
    assert md.infer_genre("全县创文工作会议（在创建文明城市工作部署会议上讲话）", text) == "会议报道"
    # the title's own word still decides
    assert md.infer_genre("在创建文明城市工作部署会议上的讲话（摘要）", text) == "讲话"


def test_letter_spaced_stretches_of_a_long_line_are_joined():
    line = ("下面讲两点。 二、守住成果 明 年的复查，是我县挂 牌 以 后 的头一次复查，对 于 保 持“创 卫”成 果 "
            "很关键。")
    assert join_spaced_han(line) == ("下面讲两点。 二、守住成果 明年的复查，是我县挂牌以后的头一次复查，"
                                     "对于保持“创卫”成果很关键。")


def test_a_byline_in_brackets_and_a_comma_space_are_not_joined():
    line = "本报讯（记者 何 平 孙 立）会后 城郊各村召开会议，传达精神 以更强的决心抓好整治。"
    assert join_spaced_han(line) == line


def test_a_heading_and_its_text_on_one_flat_line_become_two_paragraphs():
    s = one("在巩固省级卫生县城成果推进会上的讲话 同志们： " + DUMP_TEXT.replace("一、", "") + " 三、把群众发动起来"
            " 各社区要把门前三包写进居民公约，让每一户商户都知道自己的责任，做到人人参与、户户负责。\n")
    assert "三、把群众发动起来" in s.paragraphs


def test_and_ending_a_list_of_places_does_not_make_the_last_a_comparison():
    paras = ["6月2日，我县召开创建全国文明城市工作部署会议。",
             "会议要求，城关镇、双井镇和乾安县城区各社区要把点位整改落实到人，每周报送一次进度。"]
    place, _ = md.infer_place("全县创文工作部署会议", paras)
    assert place is not None and place.district == "乾安县"
    # a comparison still counts less: "和乾安县一样" after a list
    paras[1] = "会议要求，城关镇、双井镇要向先进看齐，和乾安县一样把点位整改落实到人。"
    place, _ = md.infer_place("全县创文工作部署会议", paras)
    assert place is None or place.district != "乾安县"
