"""Page-text rules from an eighth round (blind batches 8 and 9 spent as tuning data): what news
pages, forums and document sites leave in a speech's text. Each test is a small page in wording
written for this project, fed through the real cleaning or ingest (`build_drafts`)."""
from __future__ import annotations

from build_tools import cleaning as c
from build_tools.ingest import build_drafts
from build_tools.readers import read_bytes

# A short meeting report, long enough for a part of its own.
REPORT = ["8月3日，河西区召开巩固全国文明城市创建成果推进会，区委书记周海峰出席会议并讲话。",
          "周海峰指出，测评临近，各街道要对照测评体系逐条自查，把背街小巷、农贸市场和老旧小区的"
          "问题一项一项解决，问题不清零不撤人。",
          "会上，区文明办通报了近期暗访发现的问题，两个街道作了表态发言。"]
HEADLINE = "河西区召开巩固全国文明城市创建成果推进会"


def drafts(text: str, name: str = "page.txt"):
    found, _, _ = build_drafts(read_bytes(text.encode("utf-8"), name), [])
    return [d.speech for d in found]


def test_a_news_items_dateline_and_byline_leave_its_text():
    lead = "河西日报讯（记者 王小川 通讯员 林 立）" + REPORT[0]
    (sp,) = drafts("\n".join([HEADLINE, lead, *REPORT[1:]]))
    assert sp.text.startswith("8月3日，河西区召开")
    assert "讯" not in sp.text and "记者" not in sp.text


def test_a_dated_dateline_with_credited_work_leaves_the_text():
    lead = "河西新闻网8月3日讯（记者 王小川/文 李青/摄）" + REPORT[0][5:]
    assert c.drop_news_credits([lead]) == [REPORT[0][5:]]


def test_reporters_names_closing_a_paragraph_leave_it():
    last = REPORT[2] + "（河西日报记者 孟小凡）"
    (sp,) = drafts("\n".join([HEADLINE, *REPORT[:2], last]))
    assert sp.text.endswith("表态发言。") and "孟小凡" not in sp.text
    assert c.drop_news_credits([REPORT[2] + "（王小川 林青）"]) == [REPORT[2]]


def test_a_speechs_own_bracketed_note_after_a_sentence_stays():
    # one word in brackets is the audience's applause, not a byline
    line = "让我们一起把家园建设得更加美好！（鼓掌）"
    assert c.drop_news_credits([line, "", "谢谢大家。"]) == [line, "", "谢谢大家。"]


def _para(text: str, centred: bool = False) -> str:
    style = " align=center" if centred else ""
    return f"<p class=MsoNormal{style}><span>{text}</span></p>\n"


def test_a_second_speech_under_the_same_title_keeps_its_opening_lines():
    # A word processor's page with two speeches at one meeting: the same title, date line and
    # salutation open both; the HTML extractor keeps such a line only once.
    title = "在全县创建省级卫生县城推进会上的讲话"
    first = ["今天召开推进会，主要是把下一阶段的创建任务讲清楚。前一阶段，各乡镇清理了沟渠河塘，"
             "县城主次干道的保洁有了明显的改观，大家辛苦了。",
             "下一阶段要抓好农贸市场改造和公厕保洁两件事，每月通报一次，排名靠后的乡镇在会上作说明。"
             "县里安排的经费要专款专用，年底前审计一次，审计结果向全县公开。",
             "同志们，离省级考核只有三个月了，希望大家拿出冲刺的劲头，把各项任务落到实处。"]
    second = ["刚才，县长对创建工作作了具体安排，我完全同意。下面，我再强调一点。",
              "创建要靠作风来保障，对推诿扯皮、敷衍了事的单位，县纪委监委要严肃问责，绝不姑息。"
              "各级领导干部要多到背街小巷、城乡结合部走一走，听听群众的意见，把群众的抱怨当作工作的清单，"
              "一件一件抓落实。",
              "同志们，卫生县城的牌子要靠大家一起来争取，希望大家坚定信心、真抓实干。"]
    body = "".join([_para(title, True), _para("县长　陈晓东", True), _para("（2023年5月8日）", True),
                    _para("同志们："), *map(_para, first),
                    _para(title, True), _para("县委书记　林志远", True), _para("（2023年5月8日）", True),
                    _para("同志们："), *map(_para, second)])
    html = f"<html><head>\n<title>推进会讲话</title>\n</head><body><div class=Section1>\n{body}</div></body></html>"
    found = drafts(html, "speeches.html")
    assert [sp.title for sp in found] == [title, title]
    assert found[1].text.startswith("同志们：") and found[1].date == "2023-05-08"


def test_a_view_counter_labelled_with_a_colon_alone_is_site_text():
    page = "\n".join(["在全县创建省级卫生县城推进会上的讲话", "栏目：领导讲话　浏览：4521",
                      "同志们：", *REPORT[1:]])
    text = c.clean_text(page)
    assert "浏览" not in text and "栏目" not in text and REPORT[1] in text


def test_a_forum_jammer_inside_a_sentence_goes_and_the_sentence_closes_up():
    line = "每个小区配一名网格员，每天早晚各巡查一遍，5 K! p: @2 M* W 发现问题当天处理。"
    assert c.remove_inline_debris(line) == "每个小区配一名网格员，每天早晚各巡查一遍，发现问题当天处理。"
    plain = "垃圾分为 A B C 三类，分别投放。"     # letters without symbols are the text's own
    assert c.remove_inline_debris(plain) == plain


def test_a_still_named_after_a_camera_clip_leaves_the_paragraph():
    line = "会议由镇长主持。00412.MTS_20230502_101530.120_副本会上，各村作了表态发言。"
    assert c.remove_inline_debris(line) == "会议由镇长主持。会上，各村作了表态发言。"
    assert c.remove_inline_debris("共80余人参加。现场.jpg") == "共80余人参加。"
