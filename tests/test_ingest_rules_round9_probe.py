"""Rules from the eighth probe round of real pages (issue 10; eval pages p64–p73): self-media
copies, news mirrors, 范文/公文 sites, WeChat articles, e-paper items and portals of sites the
earlier rounds did not read. Each test is a small page or line in wording written for this
project (not the eval page's), fed through the real ingest (`build_drafts`) or the one rule it
covers."""
from __future__ import annotations

from build_tools.cleaning import clean_text, unlabel_first_headline
from ingest_support import one_speech as one

REPORT_TAIL = ("各单位要对照测评体系逐项自查，菜市场、背街小巷和老旧小区要一处一处地过，每周通报进度，"
               "每月排名，结果纳入年度考核；文明劝导要进社区、上路口，让讲文明、守秩序成为市民的日常习惯。")


def test_a_sole_original_title_line_at_the_top_is_the_headline():
    s = one("原标题：副县长周明到县创卫办督导巩卫工作\n\n"
            "5月8日上午，副县长周明到县创卫办督导巩固国家卫生县城工作，查看了各组台账。\n\n"
            "周明指出，" + REPORT_TAIL + "\n\n周明强调，" + REPORT_TAIL + "\n")
    assert s.title == "副县长周明到县创卫办督导巩卫工作"
    # under a headline, the label's line is a note about the source and goes
    assert clean_text("全县巩卫工作推进会召开\n原标题：巩卫不松劲\n" + REPORT_TAIL) == (
        "全县巩卫工作推进会召开\n" + REPORT_TAIL)
    # a sentence that happens to open with the label is left to the other rules
    assert unlabel_first_headline("原标题：这是一句话，写得很长，说的是标题改过了。") == (
        "原标题：这是一句话，写得很长，说的是标题改过了。")


def test_an_apps_photo_placeholder_line_is_chrome():
    text = clean_text(REPORT_TAIL + "\n打开某某新闻 查看精彩图片\n" + REPORT_TAIL + "\n查看高清大图\n")
    assert "精彩图片" not in text and "高清大图" not in text
    # a sentence about looking at pictures stays
    kept = "各社区要组织居民查看图片展，了解创卫以来的变化。"
    assert kept in clean_text(REPORT_TAIL + "\n" + kept)


def test_a_lead_prefaced_by_one_short_sentence_keeps_the_headline_above_it():
    from build_tools.segment import headline
    head = ["市爱卫办到东关街道督导巩卫工作"]
    body = ["全市巩卫现场推进会将于下月在东关街道召开。6月3日，市爱卫办主任李平一行到东关街道督导巩卫工作。"]
    assert headline(head, body) == "市爱卫办到东关街道督导巩卫工作"
    s = one("市爱卫办到东关街道督导巩卫工作\n\n" + body[0] + "\n\n李平指出，" + REPORT_TAIL
            + "\n\n李平强调，" + REPORT_TAIL + "\n")
    assert s.title == "市爱卫办到东关街道督导巩卫工作"
    # a text whose first sentence is long prose is no such lead
    assert headline(head, ["巩卫工作开展以来，各街道对照标准补短板、强弱项，城市面貌有了明显变化，群众满意度不断提升。"
                           "6月3日，市爱卫办督导。"]) is None


def test_a_papers_masthead_above_its_headline_is_not_half_of_the_headline():
    from build_tools.segment import head_title
    assert head_title(["清河晚报", "张林刘芳调研督导创建全国文明城市工作"]) == "张林刘芳调研督导创建全国文明城市工作"
    # a headline printed over two lines is still joined
    assert head_title(["全区巩卫", "推进会召开"]) == "全区巩卫推进会召开"


def test_a_caption_of_a_leader_doing_something_and_an_accounts_follow_call_are_not_text():
    text = clean_text("了解东台，从关注“东台发布”开始！\n"
                      "5月9日，全县开展爱国卫生大扫除活动。\n副县长王立新正在清扫\n" + REPORT_TAIL)
    assert "东台发布" not in text and "正在清扫" not in text and "大扫除活动" in text
    # a sentence that says what is going on stays
    kept = "目前，各乡镇正在清扫背街小巷，县爱卫办每天通报进度。"
    assert kept in clean_text(REPORT_TAIL + "\n" + kept)


def test_a_photo_label_between_headline_and_lead_is_not_the_headline():
    from build_tools.segment import headline
    body = ["4月2日，全县在人民广场举行巩固国家卫生县城志愿服务启动仪式。"]
    assert headline(["我县启动巩卫志愿服务行动", "授旗仪式"], body) == "我县启动巩卫志愿服务行动"
    # a headline alone is still the headline; a label alone is none
    assert headline(["我县启动巩卫志愿服务行动"], body) == "我县启动巩卫志愿服务行动"
    assert headline(["授旗仪式"], body) is None


def test_a_photos_label_of_a_word_or_two_between_paragraphs_is_not_text():
    text = clean_text(REPORT_TAIL + "\n授旗\n" + REPORT_TAIL + "\n集中清扫\n" + REPORT_TAIL)
    assert "授旗\n" not in text and "集中清扫" not in text
    # a short line that opens the text or ends it is left to the other rules, and a numbered
    # heading stays
    assert "一、抓整改" in clean_text(REPORT_TAIL + "\n一、抓整改\n" + REPORT_TAIL)


def test_a_leader_who_speaks_at_a_named_occasion_is_the_reports_speaker():
    from build_tools import metadata as md
    paras = ["4月2日，全县在人民广场举行巩固国家卫生县城志愿服务启动仪式。",
             "县政协主席王强，县委常委、宣传部长李红，副县长赵明等县领导出席。",
             "县委常委、宣传部长李红在启动仪式上指出，" + REPORT_TAIL]
    assert md.infer_speaker(None, paras) == "县委常委、宣传部长李红"


def test_a_leader_called_by_name_then_post_who_sets_requirements_is_the_speaker():
    from build_tools import metadata as md
    paras = ["6月5日下午，城南街道召开巩卫工作推进会。街道党工委书记王敏，街道党工委副书记、办事处主任刘强出席会议。",
             "会上，刘强主任通报了近期暗访发现的问题。",
             "王敏书记对前段工作给予肯定，并对下一步工作提出三点要求：" + REPORT_TAIL]
    assert md.infer_speaker(None, paras) == "街道党工委书记王敏"


def test_of_two_leaders_who_led_a_visit_the_one_the_report_quotes_spoke():
    from build_tools import metadata as md
    paras = ["5月6日，市委宣传部副部长、市文明办主任、市创文办常务副主任陈立，市创文办副主任、督导组组长黄山"
             "率队深入东湖街道督导创文工作。区创文办负责人陪同。",
             "当天，陈立一行先后察看了文化站和农贸市场。",
             "陈立表示，" + REPORT_TAIL]
    assert md.infer_speaker(None, paras) == "市委宣传部副部长、市文明办主任、市创文办常务副主任陈立"
    # one who led the visit alone and is not quoted is still the speaker
    assert md.infer_speaker(None, [paras[0].replace("市委宣传部副部长、市文明办主任、市创文办常务副主任陈立，", ""),
                                   "会议要求，" + REPORT_TAIL]) == "市创文办副主任、督导组组长黄山"


def test_a_report_that_tells_of_talking_with_everyone_still_has_its_quoted_speaker():
    from build_tools import metadata as md
    paras = ["3日下午，市委副书记、市长张伟到北关街道参加创文专题座谈会，听取居民代表的意见。",
             "座谈会上，张伟认真听取代表发言，记下大家提出的问题，并与大家交流。",
             "张伟强调，" + REPORT_TAIL,
             "张伟要求，" + REPORT_TAIL]
    assert md.infer_speaker(None, paras) in ("市委副书记、市长张伟", "张伟")
    # a text that addresses 大家 is a speech: the leaders it names are not its speaker
    assert md._who_spoke(["希望大家把创文当作自己的事。", "张伟强调，" + REPORT_TAIL, "张伟要求，" + REPORT_TAIL]) is None


def test_a_sites_name_and_address_glued_after_paragraphs_and_its_slogan_line_go():
    text = clean_text("同志们：\n文库屋，公文写作好帮手\n" + REPORT_TAIL + " 文库屋 www.wenkuwu-example.cn\n"
                      "一、抓整改 笔杆站 www.bigan-example.net/a/1.html\n" + REPORT_TAIL)
    assert "文库屋" not in text and "笔杆站" not in text and "example" not in text
    assert "一、抓整改" in text and "结果纳入年度考核" in text
    # a sentence naming a website the speech asks people to use stays
    kept = "市民可以登录 www.example.gov.cn 反映问题，市创卫办当天交办。"
    assert kept in clean_text(REPORT_TAIL + "\n" + kept)


def test_a_sample_sets_numbered_label_is_not_the_title_of_the_report_under_it():
    from build_tools.segment import head_title
    assert head_title(["巩卫工作会议总结【三】"]) is None
    # a title under the label is the title; a bracketed word that is no number stays a title's
    assert head_title(["巩卫工作会议总结【三】", "在全县巩卫推进会上的讲话"]) == "在全县巩卫推进会上的讲话"
    assert head_title(["在全县巩卫推进会上的讲话【精选】"]) is not None
    s = one("创城工作会议总结【二】\n\n5月6日上午，临河区创建全国文明城区推进会召开，部署下一阶段工作。\n\n"
            "区委书记高峰出席会议并讲话。\n\n高峰强调，" + REPORT_TAIL + "\n")
    assert "总结" not in s.title


def test_a_photo_caption_printed_under_each_picture_goes():
    caption = "副市长赵林到东关街道参加巩卫座谈会"
    text = clean_text(REPORT_TAIL + "\n" + caption + "\n" + REPORT_TAIL.replace("每周", "每天") + "\n" + caption
                      + "\n" + REPORT_TAIL.replace("每月", "每季"))
    assert caption not in text
    # a page printing one speech's title before each of two speeches keeps both titles
    title = "在全县巩卫推进会上的讲话"
    two = clean_text(title + "\n同志们：\n" + REPORT_TAIL + "\n" + title + "\n同志们：\n"
                     + REPORT_TAIL.replace("每周", "每天"))
    assert two.count(title) == 2


def test_a_short_place_name_that_names_a_street_is_not_that_place():
    from build_tools import metadata as md
    place, _ = md.infer_place("江门市创文办到白沙街道督导创文工作",
                              ["7月11日，市创文办主任李强到白沙街道督导创文工作。", "李强指出，白沙街道要" + REPORT_TAIL])
    assert place is not None and place.city == "江门市"
    # the short name alone still names its place
    place, _ = md.infer_place("白沙创卫工作推进会召开", ["白沙县城的环境卫生有了明显变化。"])
    assert place is not None and place.province == "海南省"


def test_leaders_who_only_led_a_group_that_speaks_as_one_are_not_the_speaker():
    from build_tools import metadata as md
    paras = ["9月8日上午，县政协主席刘明，县委常委、宣传部长、副县长张华带领县创文办一行，督导我县创文工作。",
             "督导组一行先后察看了农贸市场和两个老旧小区，对发现的问题现场提出整改要求。",
             "督导组要求，" + REPORT_TAIL]
    assert md.infer_speaker(None, paras) is None
    # one leader who led is still the speaker, and so is a co-leader the report quotes
    assert md.infer_speaker(None, [paras[0].replace("县政协主席刘明，", ""), paras[1], paras[2]]) == \
        "县委常委、宣传部长、副县长张华"
    assert md.infer_speaker(None, paras[:2] + ["刘明指出，" + REPORT_TAIL]) == "县政协主席刘明"
