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
