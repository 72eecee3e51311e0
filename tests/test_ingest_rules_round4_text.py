"""Page-text rules from a fourth round (blind batches 6 and 7 spent as tuning data): what a
printed, scanned, tabled, forum or app copy leaves in the text, and where a page holds two
texts. Each test is a small page in wording written for this project, fed through the real
cleaning (`clean_text`) or ingest (`build_drafts`)."""
from __future__ import annotations

import pytest

from build_tools import cleaning as c
from build_tools.ingest import build_drafts
from build_tools.readers import read_bytes

# A speech's paragraphs, long enough for a part of its own (over 200 characters).
SPEECH = ["同志们：",
          "今天召开全镇巩固卫生乡镇成果推进会，主要是把下半年的任务交代清楚。上半年，各村集中清理了"
          "河塘沟渠，集镇的面貌有了新的变化，大家辛苦了。",
          "下半年要抓好三件事：一是把农贸市场的改造收尾，二是把公厕的保洁责任落实到人，三是把门前"
          "三包的检查坚持下去，每月通报一次，排名靠后的村要在会上作说明。镇里安排的经费要专款专用，"
          "年底前审计一次。",
          "同志们，卫生乡镇的牌子来之不易，希望大家珍惜荣誉、再接再厉，把各项工作做得更扎实。"]


def drafts(text: str, name: str = "page.txt"):
    found, _, _ = build_drafts(read_bytes(text.encode("utf-8"), name), [])
    return [d.speech for d in found]


def test_a_one_cell_table_row_is_its_cell_text():
    page = ("| 在全镇巩固卫生乡镇成果推进会上的讲话 |\n| 同志们： |\n| 一、把市场改造收尾 |\n"
            + "\n".join(f"| {p} |" for p in SPEECH[1:]) + "\n")
    text = c.clean_text(page)
    assert "|" not in text
    assert "一、把市场改造收尾" in text.split("\n")


def test_a_table_row_of_several_cells_is_left_as_a_table():
    row = "| 名称： | 在全镇推进会上的讲话 | 文号： |  |"
    assert c.unwrap_table_rows(row) == row


def test_a_bulletin_running_head_goes_and_the_sentence_under_it_closes_up():
    page = ("东岭县人民政府公报 2019年第7期（总第88期）\n在全镇巩固卫生乡镇成果推进会上的讲话\n"
            "同志们：\n今天召开全镇推进会，主要是把下半年的任务交代清楚。各村集中清理了河\n"
            "— 3 —\n东岭县人民政府公报 2019年第7期（总第88期）\n"
            "塘沟渠，集镇的面貌有了新的变化。\n" + "\n".join(SPEECH[2:]) + "\n— 4 —\n")
    text = c.clean_text(page)
    body = text.split("同志们：", 1)[1]
    assert "公报" not in body and "总第88期" not in body
    assert "各村集中清理了河塘沟渠，集镇的面貌有了新的变化。" in text


def test_a_compilation_head_repeated_at_each_page_goes():
    page = ("在全镇巩固卫生乡镇成果推进会上的讲话\n" + "\n".join(SPEECH[:2])
            + "\n- 1 -\n北川镇领导讲话选编\n" + "\n".join(SPEECH[2:]) + "\n- 2 -\n北川镇领导讲话选编\n")
    text = c.clean_text(page)
    assert "选编" not in text
    assert SPEECH[2] in text.split("\n")


def test_scan_specks_at_line_edges_go_and_the_wrapped_sentence_joins():
    page = ("同志们：\n今天召开全镇推进会，主要是把下半年的任务交代清楚。各 丨\n"
            "' 村集中清理了河塘沟渠，集镇的面貌有了新的变化，大家辛苦了。\n" + "\n".join(SPEECH[2:]))
    text = c.clean_text(page)
    assert "各村集中清理了河塘沟渠" in text and "丨" not in text and "'" not in text


def test_recurring_titles_dates_and_salutations_of_a_compilation_stay():
    one = ["在全镇推进会上的讲话", "（2022年5月6日）"] + SPEECH
    page = "\n".join(one + ["- 1 -"] + one + ["- 2 -"]) + "\n"
    lines = c.clean_text(page).split("\n")
    assert lines.count("同志们：") == 2 and lines.count("（2022年5月6日）") == 2
    assert lines.count("在全镇推进会上的讲话") == 2


@pytest.mark.parametrize("line", [
    "抄送：镇党委办，镇人大主席团。", "出席：王海 李青 周立", "列席：镇卫生院、镇派出所负责同志",
])
def test_distribution_and_attendance_lines_go_even_with_a_full_stop(line):
    assert c.is_chrome_line(line)


def test_a_sentence_about_sending_a_report_is_not_a_distribution_line():
    assert not c.is_chrome_line("送：各村要在月底前把整改情况报镇创卫办。镇里每月通报一次，排名靠后的要作说明。")


@pytest.mark.parametrize("line", [
    "展开全文∨", "点击阅读全文", "查看全文>",
    "镇长在卫生乡镇复审动员会上的讲话…………12",
    "晴川居士 发表于 2021-3-9 08:15:02 | 只看该作者",
])
def test_app_expanders_contents_entries_and_forum_post_heads_are_chrome(line):
    assert c.is_chrome_line(line)


def test_a_betting_ad_glued_into_a_sentence_goes_and_the_sentence_closes_up():
    line = "各村要主动认领任务，皇冠体育在线开户对责任范围内的问题自己发现、自己整改。"
    assert c.remove_spam(line) == "各村要主动认领任务，对责任范围内的问题自己发现、自己整改。"


SECOND = ["在全镇巩固卫生乡镇成果推进会上的讲话", "镇党委书记 韩立", "（2022年5月6日）", "同志们：",
          "刚才，石镇长把下半年的任务讲得很清楚，我都同意。我再强调一点：卫生乡镇的牌子要靠"
          "每一个村、每一户人家守住，镇村干部要带头，每周到村里看一看，发现问题当场解决。",
          "同志们，任务已经明确，关键在于落实，希望大家会后立即行动起来，把各项工作抓实抓细。"]
FIRST = ["在全镇巩固卫生乡镇成果推进会上的讲话", "镇长 石开明", "（2022年5月6日）"] + SPEECH


def test_two_short_speeches_each_under_its_own_header_are_two_entries():
    second = SECOND[:-1] + ["村里的保洁员要按月考核，考核结果和报酬挂钩，干得好的要表扬，"
                            "干得不好的要调整。镇卫生院要把健康知识送到每个村的广场和学校，"
                            "让群众知道卫生乡镇的好处究竟在哪里，自觉养成讲卫生的好习惯。"] + SECOND[-1:]
    found = drafts("\n".join(FIRST + second) + "\n")
    assert len(found) == 2
    assert found[1].text.startswith("同志们：\n\n刚才，石镇长")
    assert "石开明" not in found[1].text and "韩立" not in found[0].text


def test_a_header_split_too_short_for_an_entry_stays_with_the_text_above():
    found = drafts("\n".join(FIRST + SECOND) + "\n")
    assert len(found) == 1
    assert SECOND[4] in found[0].text.split("\n\n")


def test_a_report_followed_by_the_speech_it_reports_is_two_entries_without_the_bridge():
    report = ["5月6日，北川镇召开巩固卫生乡镇成果推进会。镇党委书记韩立出席会议并讲话，镇长石开明主持。",
              "韩立强调，卫生乡镇的牌子来之不易，各村要对照标准查漏补缺，把问题解决在复查之前。"
              "会议还通报了上半年各村环境卫生检查的结果。",
              "以下为讲话全文："]
    speech = ["在全镇巩固卫生乡镇成果推进会上的讲话", "镇党委书记 韩立", "（2022年5月6日）"] + SPEECH
    found = drafts("北川镇召开巩固卫生乡镇成果推进会\n" + "\n".join(report + speech) + "\n")
    assert [s.genre for s in found] == ["会议报道", "讲话"]
    assert all("全文" not in s.text for s in found)
    assert not found[0].truncated


@pytest.mark.parametrize("bridge", ["镇长讲话全文如下：", "讲话原文如下", "现将全文如下："])
def test_a_bridge_that_says_the_full_text_follows_goes(bridge):
    report = ["5月6日，北川镇召开巩固卫生乡镇成果推进会。镇党委书记韩立出席会议并讲话，镇长石开明主持。",
              "韩立强调，卫生乡镇的牌子来之不易，各村要对照标准查漏补缺，把问题解决在复查之前。"
              "会议还通报了上半年各村环境卫生检查的结果。", bridge]
    speech = ["在全镇巩固卫生乡镇成果推进会上的讲话", "镇党委书记 韩立", "（2022年5月6日）"] + SPEECH
    found = drafts("北川镇召开巩固卫生乡镇成果推进会\n" + "\n".join(report + speech) + "\n")
    assert [s.genre for s in found] == ["会议报道", "讲话"]
    assert all("如下" not in s.text for s in found)


def test_a_speech_whose_salutation_comes_again_after_a_short_intro_stays_one():
    intro = "同志们：\n今天的会议开得很好，下面我讲两点意见。\n"
    found = drafts("在全镇推进会上的讲话\n" + intro + "\n".join(SPEECH) + "\n")
    assert len(found) == 1


def test_a_forum_jammer_after_a_sentence_goes_and_a_latin_figure_stays():
    text = c.clean_text("同志们：\n今天召开全镇推进会，主要是把任务交代清楚。4 K# p, Z7 {' m\n"
                        + "\n".join(SPEECH[2:]) + "\n")
    assert "今天召开全镇推进会，主要是把任务交代清楚。" in text.split("\n") and "#" not in text
    kept = "今年全镇的空气质量要稳定达标。PM2.5 AQI"
    assert c.remove_inline_debris(kept) == kept


def test_forum_replies_under_a_post_go():
    page = ("\n".join(["在全镇巩固卫生乡镇成果推进会上的讲话"] + SPEECH)
            + "\n回复\n使用道具 举报\n\n青山客 发表于 2021-3-9 08:15:02 | 显示全部楼层\n"
            "多谢楼主，收下了，我们镇下周开会正好参考。\n回复 支持 反对\n")
    [speech] = drafts(page)
    assert "楼主" not in speech.text and "发表于" not in speech.text and "使用道具" not in speech.text
    assert speech.text.endswith(SPEECH[-1])


def test_a_wechat_account_card_run_into_the_text_goes():
    line = ("在全镇推进会上的讲话 韩立 乡镇笔记 微信号 xzbj_2020 功能介绍 记录基层工作，交流写作心得。"
            "2021-05-08 收录于话题 #创卫 " + SPEECH[1])
    text = c.clean_text(line)
    assert "微信号" not in text and "xzbj_2020" not in text and "功能介绍" not in text
    assert "收录于话题" not in text and "乡镇笔记" not in text
    assert SPEECH[1] in text


def test_a_document_sites_numbered_pages_close_up_mid_sentence():
    page = ("资源描述：\n\n"
            "1、在全镇推进会上的讲话同志们：今天召开全镇巩固卫生乡镇成果推进会，主要是把下半年的任务交代"
            "清楚。上半年，各村集中清理了河塘沟渠，集镇的面貌有了新的变化，大家辛苦了。特别是几个偏远的村，"
            "人手少、底子薄，也按时完成了清理任务，值得表扬，镇里要给他们记一功。下半年要抓好三件事："
            "一是把农贸市场的改造收尾，二是把公厕的保洁\n\n"
            "2、责任落实到人，三是把门前三包的检查坚持下去，每月通报一次，排名靠后的村要在会上作说明。"
            "镇卫生院要把健康知识送到每个村的广场和学校，让群众知道卫生乡镇的好处在哪里，自觉养成讲卫生、爱清洁的好习惯。"
            "镇里安排的经费要专款专用，年底前请审计部门审计一次。同志们，卫生乡镇的牌子来之不易，希望大家珍惜荣誉、"
            "再接再厉，\n\n3、把各项工作做得更扎实。\n")
    [speech] = drafts(page)
    assert "二是把公厕的保洁责任落实到人" in speech.text
    assert "再接再厉，把各项工作做得更扎实。" in speech.text
    assert not any(p[:2] in ("2、", "3、") for p in speech.text.split("\n\n"))


def test_a_speechs_own_numbered_items_keep_their_numbers():
    items = "\n".join(f"{n}、{p}" for n, p in enumerate(SPEECH[1:], 1))
    text = c.clean_text("同志们：\n" + items + "\n")
    assert [x[:2] for x in text.split("\n")[1:]] == ["1、", "2、", "3、"]


def test_a_viewer_dump_with_paragraph_ends_between_its_printed_lines_closes_up():
    printed = ("今天召开全镇巩固卫生乡镇成果推进会，主要是把 下半年的任务交代清楚。上半年，各村集中清理了河 "
               "塘沟渠，集镇的面貌有了新的变化，大家辛苦了。 下半年要抓好三件事：一是把农贸市场的改造收 "
               "尾，二是把公厕的保洁责任落实到人，三是把门前三 包的检查坚持下去，每月通报一次。 同志们，卫生"
               "乡镇的牌子来之不易，希望大家珍 惜荣誉、再接再厉，把各项工作做得更扎实。")
    out = c.join_printed_line_ends(printed)
    assert "各村集中清理了河塘沟渠" in out and "门前三包" in out and "珍惜荣誉" in out
    assert "。 下半年" in out      # a paragraph end stays a break


def test_a_hosts_opening_and_closing_around_the_speech_go():
    page = ("镇推进会主持词及讲话\n主持词\n同志们：\n现在开会。\n今天的会议有两项议程，先由分管副镇长通报情况。\n"
            "下面，请镇党委书记韩立同志讲话。\n在全镇巩固卫生乡镇成果推进会上的讲话\n" + "\n".join(SPEECH)
            + "\n主持人结束语\n同志们，刚才韩书记的讲话很有针对性，请大家抓好落实。散会。\n")
    text = c.clean_text(page).split("镇推进会主持词及讲话\n", 1)[1]     # (the page's own title stays)
    for host in ("主持", "现在开会", "两项议程", "请镇党委书记", "散会", "很有针对性"):
        assert host not in text
    for para in SPEECH:
        assert para in text.split("\n")


def test_a_page_that_is_only_a_hosts_script_keeps_it():
    script = ("主持词\n同志们：\n现在开会。今天召开全镇巩固卫生乡镇成果推进会，会议有三项议程：一是通报上半年"
              "检查情况，二是各村表态，三是镇党委书记讲话。\n下面进行第一项议程，请分管副镇长通报情况。\n"
              "下面进行第二项议程，请各村党支部书记依次表态，每人发言不超过五分钟，请抓紧时间。\n"
              "下面进行第三项议程，请镇党委书记讲话，大家欢迎。\n同志们，会议到此结束，请各村抓好落实。散会。\n")
    assert "现在开会。" in c.clean_text(script)


def test_a_periodicals_notes_and_next_article_go():
    page = ("\n".join(["在全镇巩固卫生乡镇成果推进会上的讲话"] + SPEECH[:2])
            + "\n" + SPEECH[2].replace("三件事", "三件事③", 1) + "\n" + SPEECH[3]
            + "\n③三件事由镇党政办另行发文明确。\n- 7 -\n乡村振兴参考 2022年第3期\n让小镇留住乡愁\n本刊评论员\n"
              "小镇的改造不是大拆大建，而是让老街巷重新热闹起来。\n")
    text = c.clean_text(page)
    for other in ("另行发文", "留住乡愁", "本刊评论员", "大拆大建", "乡村振兴参考"):
        assert other not in text
    assert text.endswith(SPEECH[3])


def test_a_numbered_list_in_circled_figures_stays():
    items = "①把农贸市场的改造收尾。\n②把公厕的保洁责任落实到人。\n③把门前三包的检查坚持下去。"
    text = c.clean_text("\n".join(SPEECH[:3]) + "\n" + items + "\n" + SPEECH[3] + "\n")
    assert all(x in text.split("\n") for x in items.split("\n"))


@pytest.mark.parametrize("line", [
    "大字号", "字号：大 中 小", "原标题：全县巩固卫生县城成果推进会召开",
    "北川党建 | 首页 | 通知公告 | 领导讲话 | 党员之家",
])
def test_type_size_switches_reprint_notes_and_menu_rows_are_chrome(line):
    assert c.is_chrome_line(line)


def test_a_headline_with_a_column_name_is_not_a_menu_row():
    assert not c._is_menu_row("镇村动态 | 北川镇召开巩固卫生乡镇成果推进会")


def test_a_speech_title_under_a_headline_is_not_joined_to_it():
    page = ("镇里的新闻｜韩立谈创卫：街巷干净了，乡镇才算真卫生\n在全镇巩固卫生乡镇成果推进会上的讲话\n"
            + "\n".join(SPEECH) + "\n")
    [speech] = drafts(page)
    assert speech.title == "在全镇巩固卫生乡镇成果推进会上的讲话"


def test_a_header_run_into_the_text_is_parted_from_it():
    line = ("韩立 在全镇巩固卫生乡镇成果推进会上的讲话北川镇党委书记 韩立（2022年5月6日，根据录音整理）"
            + SPEECH[1])
    assert c.join_lines(line) == ["韩立", "在全镇巩固卫生乡镇成果推进会上的讲话", "北川镇党委书记 韩立",
                                  "（2022年5月6日，根据录音整理）", SPEECH[1]]


def test_a_cut_copy_of_a_paragraph_above_its_joined_whole_goes_in_one_pass():
    # (opening with a masked name, the copy is not joined to the cut line above it)
    cut = "XX镇" + SPEECH[1] + SPEECH[2][:40]          # ends mid-clause, on a word
    text = cut + "\n" + cut + "\n" + SPEECH[2][40:] + "\n"
    once = c.clean_text(text)
    assert c.clean_text(once) == once
    assert once.count(SPEECH[1][:30]) == 1
