"""Title rules of round seven (issue 10), fitted to the title failure classes of the spent blind
batches blind-5/6/7 (eval pages y, z, v). Each test is a small page or line in wording written
for this project (not an eval page's), fed through the real ingest (`build_drafts`) or the one
rule it covers."""
from __future__ import annotations

from build_tools.cleaning import is_chrome_line
from build_tools.segment import clean_title, head_title, headline, is_link_row, is_title_line, page_headline
from ingest_support import one_speech as one

SPEECH = ("同志们：\n今天召开这次推进会，主要是把下一阶段的创建任务再明确一遍。"
          "各街道、各部门要对照测评标准逐项自查，背街小巷、农贸市场和老旧小区要一处一处地过，"
          "发现问题当天交办、限期销号。\n第一，压实责任。每一个点位都要有人管、有人查、有人改，"
          "问题整改不到位的，一律通报。第二，发动群众。要让居民知道创建为了谁、需要大家做什么。"
          "第三，常态长效。创建不是突击打扫，要把好的做法固定下来，变成日常管理的规矩。\n"
          "同志们，离测评只有两个月了，希望大家拿出攻坚的劲头，确保交出一份满意的答卷。\n")

REPORT = ("5月8日，东湖区召开创建全国文明城市攻坚推进会，区委书记王立出席会议并讲话。"
          "会议通报了上月暗访中发现的问题，各牵头单位当场认领了整改任务。\n"
          "王立要求，各单位要对照测评体系逐项自查，菜市场、背街小巷和老旧小区要一处一处地过，"
          "每周通报进度，每月排名，结果纳入年度考核。文明劝导要进社区、上路口，"
          "让讲文明、守秩序成为市民的日常习惯。\n")


def test_a_column_name_before_the_ideograph_bar_leaves_the_headline():
    # self-media print the column's bar as 丨
    assert clean_title("文明创建丨东湖区召开创建全国文明城市攻坚推进会") == "东湖区召开创建全国文明城市攻坚推进会"
    # the ASCII and full-width bars as before
    assert clean_title("要闻｜东湖区召开创建全国文明城市攻坚推进会") == "东湖区召开创建全国文明城市攻坚推进会"


def test_a_reposts_source_note_after_the_title_goes():
    assert clean_title("市长在全市创卫推进会上的讲话（转自市政府网站）") == "市长在全市创卫推进会上的讲话"
    assert clean_title("在全县创文动员大会上的讲话(来源：县融媒体中心)") == "在全县创文动员大会上的讲话"
    # a bracket that is part of the title stays
    assert clean_title("在全区创建工作推进会上的讲话（摘要）") == "在全区创建工作推进会上的讲话（摘要）"


def test_a_document_sites_file_type_after_the_title_goes():
    assert clean_title("在全市巩卫动员会上的讲话.docx") == "在全市巩卫动员会上的讲话"
    assert clean_title("在全县创文推进会上的表态发言.PDF") == "在全县创文推进会上的表态发言"


def test_a_title_printed_twice_with_a_space_between_is_one_title():
    t = "在全区创建国家卫生城市推进会上的讲话"
    assert clean_title(f"{t} {t}") == t
    assert clean_title(t + t) == t
    # two different halves are left alone
    assert clean_title("凝心聚力抓创建 真抓实干促提升") == "凝心聚力抓创建 真抓实干促提升"


def test_a_menu_set_apart_by_spaces_is_no_headline():
    row = "东湖区卫生健康局 网站首页 机构设置 信息公开 工作动态"
    assert is_link_row(row)
    assert headline([row], ["4月2日，全区爱国卫生工作会议召开。"]) is None
    # a two-part headline is not a menu
    assert not is_link_row("对标补短抓整改 全力冲刺迎测评")
    # a title spaced out one character at a time is no menu either
    assert not is_link_row("在 全 区 大 会 上 的 讲 话")


def test_a_page_title_loses_the_sites_name_after_a_separator():
    assert page_headline("东湖街道召开创建全国文明城市动员大会_东湖新闻网", []) == "东湖街道召开创建全国文明城市动员大会"
    assert page_headline("在全区创文推进会上的讲话-某市东湖区人民政府", []) == "在全区创文推进会上的讲话"
    assert page_headline("在全区创文推进会上的讲话 | 东湖发布", []) == "在全区创文推进会上的讲话"
    # a subtitle after a double dash is part of the title
    assert page_headline("凝心聚力——在全区创文推进会上的讲话", []) == "凝心聚力——在全区创文推进会上的讲话"


def test_a_page_title_the_head_prints_is_the_headline_without_a_meeting_word():
    head = ["让每一条小巷都干干净净", "2022年06月02日 第02版"]
    assert page_headline("让每一条小巷都干干净净", head) == "让每一条小巷都干干净净"
    # not printed above the text, it needs a title word
    assert page_headline("让每一条小巷都干干净净", ["第02版"]) is None
    # a site's name printed in the head is no headline
    assert page_headline("东湖区人民政府", ["东湖区人民政府"]) is None


def test_an_html_page_takes_its_title_without_the_site_suffix():
    html = ("<html><head><title>在全区创文推进会上的讲话-某市东湖区人民政府</title></head><body>"
            "<div class='article'><p>区长 李明</p><p>（2021年5月6日）</p>"
            + "".join(f"<p>{x}</p>" for x in SPEECH.strip().split("\n")) + "</div></body></html>")
    assert one(html, "page.html").title == "在全区创文推进会上的讲话"


def test_the_speechs_own_full_title_beats_a_shortened_heading_printed_twice():
    head = ["全区创文推进会讲话", "某某号 2022-03-01 讲话发言", "全区创文推进会讲话", "李明",
            "在全区创建全国文明城市推进会上的讲话", "区委书记 李明", "（2022年2月28日）"]
    assert head_title(head) == "在全区创建全国文明城市推进会上的讲话"
    # a heading printed twice still wins over a line that is not a full title
    assert head_title(["在全区创文推进会上的讲话", "在全区创文推进会上的讲话", "出处区长在创文会上讲话"]) \
        == "在全区创文推进会上的讲话"


def test_an_asterisk_masking_a_name_is_no_bullet():
    assert not is_chrome_line("*镇在全区创文推进会议上的表态发言")
    assert not is_chrome_line("**街道在全区创文推进会议上的表态发言")
    # a bullet before a link is chrome as before
    assert is_chrome_line("* 网站地图")
    assert is_chrome_line("• 联系我们")


def test_a_line_holding_a_posting_time_is_no_title():
    # a headline an app copy ran together with its banner and byline
    glued = "打开东湖新闻客户端，体验更佳东湖区召开创文推进会东湖新闻 2023-05-08 09:12"
    assert not is_title_line(glued)
    s = one(f"{glued}\n{REPORT}")
    assert s.title == "东湖区召开创建全国文明城市攻坚推进会"
    # a headline without a clock stays a title
    assert is_title_line("东湖区召开创文推进会")
