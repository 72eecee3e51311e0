"""Rules from a seventh round of real pages (issue 10; eval pages p54–p63): document viewers,
OCR dumps, portals and media-centre reports of sites the earlier rounds did not read. Each test
is a small page or line in wording written for this project (not the eval page's), fed through
the real ingest (`build_drafts`) or the one rule it covers."""
from __future__ import annotations

from build_tools import metadata as md
from build_tools.cleaning import clean_lines, normalise_whitespace
from build_tools.places import Division
from build_tools.segment import clean_title, head_title, headline
from ingest_support import one_speech as one

SPEECH = ("同志们：\n"
          "今天召开这次会议，主要是把巩固卫生城市成果的任务再压一压。刚才，几个单位作了发言，我都同意。下面，我讲两点意见。\n"
          "一是标准不能降。菜市场、小餐馆和公厕要天天有人管，每月全覆盖检查一次，发现问题当天交办。\n"
          "二是责任不能松。各单位主要负责同志要亲自过问，市爱卫办每周通报，整改不力的要约谈负责人。"
          "各区要把病媒生物防制交给专业队伍，重点场所的防制设施要经常检查、及时维护，群众反映的问题要有回音。\n"
          "同志们，成果来之不易，希望大家常抓不懈，让卫生城市的牌子越擦越亮。\n")
REPORT_TAIL = ("各单位要对照测评体系逐项自查，菜市场、背街小巷和老旧小区要一处一处地过，每周通报进度，"
               "每月排名，结果纳入年度考核；文明劝导要进社区、上路口，让讲文明、守秩序成为市民的日常习惯。")


def test_numbered_items_under_a_bare_notice_label_are_the_sites():
    lines = ["温馨提示：", "1. 在线预览可能排版错乱，下载后即可正常阅读。", "2、本文由用户上传，仅供学习交流。",
             "同志们：", "今天开会，主要讲两件事。"]
    cleaned = clean_lines("\n".join(lines)).text
    assert "在线预览" not in cleaned and "用户上传" not in cleaned
    # the speech's own numbered points stay
    s = one("温馨提示：\n1. 文件在线预览时可能显示错乱，下载后即可正常查看。\n"
            "在全市巩固卫生城市成果大会上的讲话\n" + SPEECH
            + "1. 各区要在月底前报送自查情况，市爱卫办汇总后通报全市。\n")
    assert "预览" not in s.text and "月底前报送自查情况" in s.text


def test_a_lone_lower_case_letter_glued_to_a_line_is_an_ocr_speck():
    assert normalise_whitespace("g在全县创卫推进会上的讲话\nk路，这是全县的大事。") == "在全县创卫推进会上的讲话\n路，这是全县的大事。"
    # a mask and a Latin word stay
    assert normalise_whitespace("x镇要抓紧整改。\nXX区要抓紧整改。\nApp下载") == "x镇要抓紧整改。\nXX区要抓紧整改。\nApp下载"


def test_a_cover_title_printed_a_few_characters_a_line_is_one_title():
    assert head_title(["2021", "年全县", "创卫推进", "会讲话"]) == "2021年全县创卫推进会讲话"
    # short labels that make no title stay apart
    assert head_title(["首页", "范文", "在全县创卫推进会上的讲话"]) == "在全县创卫推进会上的讲话"


def test_an_eight_digit_date_glued_to_a_title_is_the_speech_date():
    assert clean_title("在全县创建卫生县城推进会上的讲话20190412") == "在全县创建卫生县城推进会上的讲话"
    head = ["在全县创建卫生县城推进会上的讲话20190412"]
    assert md.speech_date(head, ["同志们："]) == "2019-04-12"
    # a number that is no date stays part of a title ("…2023")
    assert clean_title("创卫推进会2023") == "创卫推进会2023"


def test_a_masked_town_in_a_named_county_is_that_countys():
    named = Division("广东省", "韶关市", "曲江区")
    assert md.county_beside_mask(named, "*镇地处城区边缘，曲江区创城办要定期暗访。") == named
    # a masked district or city hides the unit the named one would be
    assert md.county_beside_mask(named, "xx区地处城区边缘，曲江区是别人的。") is None
    assert md.county_beside_mask(Division("广东省", "韶关市", None), "*镇地处城区边缘。") is None


def test_a_report_that_quotes_a_leader_by_name_alone_has_that_speaker_and_its_headline():
    s = one("全市启动巩固卫生城市三年行动\n"
            "钟建明指出，巩固卫生城市成果是全市人民的共同心愿，各级各部门要把卫生城市的标准落到日常管理中。\n"
            "钟建明强调，" + REPORT_TAIL + "\n"
            "钟建明要求，" + REPORT_TAIL + "\n")
    assert s.speaker == "钟建明"
    assert s.title == "全市启动巩固卫生城市三年行动"
    # a meeting that 指出/强调 is nobody
    assert md.infer_speaker(None, ["会议指出，要抓在平时。", "会议强调，" + REPORT_TAIL]) is None


def test_a_leader_named_among_the_audience_and_then_quoted_is_the_speaker():
    paras = ["12月30日晚，全区创城总结表彰会在区会堂举行。区委书记孙海涛、区长方明等区领导和各界代表参加。",
             "孙海涛首先向奋战在创城一线的环卫工人和志愿者表示慰问。",
             "孙海涛指出，" + REPORT_TAIL]
    assert md.infer_speaker(None, paras) == "区委书记孙海涛"


def test_a_leader_with_three_posts_who_inspects_is_the_speaker():
    paras = ["5月6日，市委常委、宣传部部长、市创文工作领导小组办公室主任何立军调研指导创文点位建设。",
             "何立军要求，" + REPORT_TAIL]
    assert md.infer_speaker(None, paras) == "市委常委、宣传部部长、市创文工作领导小组办公室主任何立军"


def test_a_report_headline_ending_with_a_bracketed_date_gives_the_posting_date():
    head = ["网站地图", "市领导督导创文宣传工作(2015年04月09日)"]
    assert md.headline_posted(head, "会议报道") == "2015-04-09"
    assert md.speech_date(head, ["4月8日，市领导督导创文宣传工作。"], "会议报道") is None
    # a speech's title so dated gives the speech's date
    assert md.headline_posted(["在全市创文推进会上的讲话（2015年4月9日）"], "讲话") is None
    assert md.speech_date(["在全市创文推进会上的讲话（2015年4月9日）"], ["同志们："]) == "2015-04-09"


def test_a_county_media_centre_named_as_the_source_gives_the_place():
    assert md.outlet_place(["时间：2023-06-09　来源：彬州融媒体中心"]) == Division("陕西省", "咸阳市", "彬州市")
    assert md.outlet_place(["来源：施甸县融媒体中心"]) == Division("云南省", "保山市", "施甸县")
    # a centre that names no county gives none
    assert md.outlet_place(["来源：县融媒体中心"]) is None
    s = one("刘志刚调研指导创文点位建设\n时间：2023-05-20 10:00　来源：彬州融媒体中心\n"
            "5月19日，市委常委、宣传部部长刘志刚调研指导我市创文实地点位建设工作。\n"
            "刘志刚要求，" + REPORT_TAIL + "\n")
    assert (s.province, s.city, s.district) == ("陕西省", "咸阳市", "彬州市")


def test_a_report_opening_with_a_leaders_words_keeps_the_headline_above_it():
    assert headline(["全市启动巩卫三年行动"], ["钟建明指出，巩卫要抓在平时。"]) == "全市启动巩卫三年行动"
