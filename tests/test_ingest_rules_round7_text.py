"""Page-text rules from a seventh round (blind batches 5, 6 and 7 spent as tuning data): what
PDF text layers, gated document sites, forums, app copies and feature reposts leave in a
speech's text, and where such a page holds one text or two. Each test is a small page in
wording written for this project, fed through the real cleaning (`clean_text`) or ingest
(`build_drafts`)."""
from __future__ import annotations

from build_tools import cleaning as c
from build_tools.ingest import build_drafts
from build_tools.readers import read_bytes

# A speech's paragraphs, long enough for a part of its own (over 200 characters).
SPEECH = ["同志们：",
          "今天召开全县巩固卫生县城成果推进会，主要是把下半年的任务讲清楚。上半年，各乡镇清理了"
          "沟渠河塘，县城的面貌有了新的变化，大家辛苦了。",
          "下半年要抓好三件事：一是把农贸市场的改造收尾，二是把公厕的保洁责任落实到人，三是把门前"
          "三包的检查坚持下去，每月通报一次，排名靠后的乡镇要在会上作说明。县里安排的经费要专款专用，"
          "年底前审计一次，审计结果向全县公开。",
          "同志们，卫生县城的牌子来之不易，希望大家珍惜荣誉、再接再厉，把各项工作做得更扎实。"]
TITLE = "在全县巩固卫生县城成果推进会上的讲话"


def drafts(text: str, name: str = "page.txt"):
    found, _, _ = build_drafts(read_bytes(text.encode("utf-8"), name), [])
    return [d.speech for d in found]


def test_radicals_of_a_pdf_text_layer_become_their_characters():
    # U+2F63 and U+2F24 (Kangxi radicals), U+2ED4 (a simplified radical of the supplement)
    page = "在全县巩固卫\u2f63县城成果推进\u2f24会上的讲话\n同志们：\n各\u2ed4店前要做到三包。\n"
    text = c.clean_text(page)
    assert "卫生县城成果推进大会" in text and "各门店前要做到三包。" in text


def test_a_members_notice_that_offers_to_open_the_text_marks_it_cut():
    page = TITLE + "\n" + "\n".join(SPEECH[:3]) + "\n本文共3200字，仅供会员学习参考（会员可打开全文）\n"
    (sp,) = drafts(page)
    assert sp.truncated and "会员" not in sp.text


def test_pages_left_unread_mark_the_text_cut():
    page = TITLE + "\n" + "\n".join(SPEECH[:3]) + "\n还剩3页未读，继续阅读\n"
    (sp,) = drafts(page)
    assert sp.truncated and "未读" not in sp.text


def test_an_app_banner_over_its_article_goes():
    page = "打开东岭新闻客户端，阅读体验更佳\n" + TITLE + "\n" + "\n".join(SPEECH) + "\n"
    assert c.clean_text(page).split("\n")[0] == TITLE


def test_a_forum_sign_up_prompt_goes():
    assert c.is_chrome_line("马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。")


def test_a_menu_row_set_out_with_spaces_goes_when_it_holds_the_home_page():
    page = "东岭县住房和城乡建设局 网站首页 走进住建 政务公开 通知公告\n" + TITLE + "\n" + "\n".join(SPEECH) + "\n"
    assert c.clean_text(page).split("\n")[0] == TITLE


def test_a_slogan_of_spaced_phrases_is_no_menu_row():
    assert not c.is_chrome_line("讲文明 树新风 促和谐 谋发展")


def test_a_forum_page_keeps_the_first_post_and_drops_the_replies():
    page = ("[转帖] " + TITLE + "\n东岭笔杆子 发表于 2022-10-09 21:14:07 | 显示全部楼层\n"
            + "\n".join(SPEECH) + "\n回复 举报\n沙发\n小李 发表于 2022-10-10 08:31:55\n"
            "谢谢楼主，收下了。\n板凳\n老周 发表于 2022-10-10 12:05:40\n写得实在，学习了。\n")
    text = c.clean_text(page)
    assert text.endswith(SPEECH[-1])
    assert "沙发" not in text and "学习了" not in text


def test_a_download_notice_under_the_speechs_closing_leaves_it_whole():
    page = TITLE + "\n" + "\n".join(SPEECH) + "\n点击下载文档，完整查看全文\n"
    (sp,) = drafts(page)
    assert not sp.truncated


def test_a_notice_of_left_out_text_still_cuts_a_speech_with_its_closing():
    page = TITLE + "\n（开头部分已省略300字）\n" + "\n".join(SPEECH[1:]) + "\n"
    (sp,) = drafts(page)
    assert sp.truncated


def test_a_guide_box_summary_of_salutation_and_opening_goes():
    summary = "同志们： " + SPEECH[1][:40] + "。"
    page = TITLE + "\n" + summary + "\n" + "\n".join(SPEECH) + "\n"
    text = c.clean_text(page)
    assert text.count("同志们：") == 1 and SPEECH[1] in text.split("\n")


def test_a_repeated_line_is_no_summary_of_the_lines_below():
    line = "今天召开全县推进会，部署下一阶段的工作。同志们："
    assert c.drop_viewer_summaries("\n".join([line] * 4)) == "\n".join([line] * 4)


def test_a_brand_character_between_sales_words_goes_with_the_spam():
    text = c.remove_spam("各乡镇要拿出时间表，网上新葡京娱乐场官网注册送彩金每月报告一次进展。")
    assert text == "各乡镇要拿出时间表，每月报告一次进展。"


def test_a_head_printed_once_inside_a_sentence_broken_by_a_page_goes():
    page = (TITLE + "\n同志们：\n今天召开全县推进会，主要是把下半年的任务讲清楚。有的窗口单位服务用\n"
            "— 1 —\n东岭县创建工作文件选编\n语不规范，群众有意见。\n" + "\n".join(SPEECH[2:]) + "\n— 2 —\n")
    text = c.clean_text(page)
    assert "选编" not in text and "有的窗口单位服务用语不规范，群众有意见。" in text


def test_a_wrapped_line_under_a_page_number_is_no_head():
    # as wide as the line broken above the number: the sentence's own next line
    page = (TITLE + "\n同志们：\n今天召开全县推进会，主要是把下半年的任务讲清楚，各个乡\n"
            "— 1 —\n镇要把问题清单落实到每个村每个组每个户\n头上，年底前全部销号。\n" + "\n".join(SPEECH[2:]) + "\n")
    assert "镇要把问题清单落实到每个村每个组每个户头上" in c.clean_text(page)


def test_one_character_alone_after_a_finished_sentence_is_a_speck():
    page = TITLE + "\n" + "\n".join(SPEECH[:2]) + "\n口\n" + "\n".join(SPEECH[2:]) + "\n"
    assert "口" not in c.clean_text(page).split("\n")


def test_two_short_speeches_each_under_its_title_and_salutation_are_two():
    first = ["同志们：", "今年是全区巩固卫生城市成果的关键一年。从上半年的暗访看，短板集中在老旧小区和农贸市场，"
             "这两块的问题不解决，复审就过不了关。", "各街道要对老旧小区逐个建立台账，能改造的抓紧改造，改不了的先把卫生管起来；区市场监管局要牵头"
             "对农贸市场开展一次全面整治，做到干净整洁。",
             "同志们，离复审只有四个月了，希望大家不等不靠，把问题解决在复审之前。"]
    second = ["同志们：", "刚才，周书记作了重要讲话，大家要认真抓好落实。下面，我就具体工作讲两点。",
              "一是资金要保障到位。区财政已经安排了专项资金，主要用于老旧小区改造和公益广告设置，各单位要抓紧"
              "组织实施，确保资金用在刀刃上。",
              "二是督查要跟进到位。区巩卫办每周组织一次暗访，暗访结果在全区通报，对连续两次排名靠后的单位，"
              "由区政府约谈主要负责人。"]
    page = ("东岭区巩卫工作简报\n周明同志在全区巩卫推进会上的讲话\n" + "\n".join(first)
            + "\n吴芳同志在全区巩卫推进会上的讲话\n" + "\n".join(second) + "\n")
    assert [sp.title for sp in drafts(page)] == ["周明同志在全区巩卫推进会上的讲话", "吴芳同志在全区巩卫推进会上的讲话"]


def test_a_features_lead_above_a_speech_under_its_own_title_goes():
    page = ("街巷里的文明新风\n河水在这里拐了一个弯。沿河的老街过去污水横流，如今装上了路灯，铺上了青石板。\n"
            "日前，全县巩固卫生县城成果推进会召开，县长出席会议并讲话。现将讲话全文刊发如下：\n"
            + TITLE + "\n" + "\n".join(SPEECH) + "\n")
    (sp,) = drafts(page)
    assert sp.title == TITLE and sp.text.startswith("同志们：")


def test_a_news_report_above_a_speech_under_its_own_title_is_not_a_lead():
    report = ("9月3日，东岭县召开巩固卫生县城成果推进会，总结上半年工作，部署下半年任务。县长周明出席会议并讲话，"
              "副县长吴芳主持会议。会议通报了各乡镇的考核结果，三个乡镇作了表态发言。")
    page = "东岭县召开巩固卫生县城成果推进会\n" + report + "\n" + TITLE + "\n" + "\n".join(SPEECH) + "\n"
    assert any(report in sp.text for sp in drafts(page))


def test_a_document_sites_note_on_its_file_formats_under_the_speech_goes():
    page = (TITLE + "\n" + "\n".join(SPEECH) + "\n- 配套讲稿：\n"
            "如果幻灯片PPT的封面显示Word标志，说明该PPT附有配套讲稿。\n")
    assert c.clean_text(page).endswith(SPEECH[-1])
