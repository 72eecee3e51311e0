"""Page-text rules from blind batch 8 (x01–x20) spent as tuning data: a 范文 page that repeats
one title over its short samples, numbering each bare after the title ("…致辞1", "…讲话稿篇二").
Each test is a small page in wording written for this project, fed through the real
segmentation (`segment`) or ingest (`build_drafts`)."""
from __future__ import annotations

from build_tools import cleaning as c
from build_tools.ingest import build_drafts
from build_tools.readers import read_bytes
from build_tools.segment import segment

# Two short samples (about 120–160 characters each: under the 200 a lone part needs).
FIRST = ["大家好：",
         "今天我们在这里召开全镇环境卫生整治推进会，目的是把秋季大扫除的任务落实到每一个村组。",
         "各村要组织党员带头清理房前屋后的杂物，镇里每周抽查一次，结果在镇政府门口公示。",
         "希望大家把这件事当成自家的事来办，让集镇和村庄都干干净净迎接检查。"]
SECOND = ["这次会议时间不长，主要讲一讲农贸市场的卫生问题，请各位摊主认真听一听。",
          "市场里的污水沟已经疏通了，但摊位底下的垃圾还是天天有人往里扫，这个习惯必须改。",
          "从下个月起，市场管理所每天早晚各巡查一次，发现问题当场指出，屡教不改的要停业整顿。"]


SPEECH_OPEN = "同志们："
SPEECH_BODY = ["这次会议主要是把下半年的卫生整治任务落实到人，请各村各单位会后认真传达，抓好落实。",
               "各村要把河塘沟渠和房前屋后的整治列入每周的工作安排，镇里每月检查一次并通报排名。"]
SPEECH_END = "同志们，卫生整治贵在坚持，希望大家再接再厉，把各项任务完成好。"


def drafts(text: str, name: str = "page.txt"):
    found, _, _ = build_drafts(read_bytes(text.encode("utf-8"), name), [])
    return [d.speech for d in found]


def test_bare_digits_after_a_repeated_title_split_the_samples():
    page = "\n".join(["乡镇环境整治致辞范文精选", "乡镇环境整治致辞1", *FIRST,
                      "乡镇环境整治致辞2", *SECOND]) + "\n"
    got = drafts(page)
    assert len(got) == 2
    assert "大家好" in got[0].text and "摊位底下的垃圾" not in got[0].text
    assert "摊位底下的垃圾" in got[1].text and "大家好" not in got[1].text
    assert all("致辞1" not in s.text and "致辞2" not in s.text for s in got)


def test_pian_numbers_after_a_repeated_title_split_even_without_a_salutation():
    page = "\n".join(["环境卫生整治会议讲话稿篇一", *FIRST,
                      "环境卫生整治会议讲话稿篇二", *SECOND]) + "\n"
    got = drafts(page)
    assert [s.title for s in got] == ["环境卫生整治会议讲话稿"] * 2
    assert got[1].text.startswith("这次会议时间不长")


def test_one_numbered_title_alone_is_no_compilation():
    lines = ["全镇环境卫生整治推进会讲话稿2", *FIRST, *SECOND]
    page = segment(lines)
    assert not page.compilation
    assert len(page.parts) == 1


def test_a_year_after_report_is_no_piece_number():
    lines = ["全镇卫生工作报告2022", *FIRST, *SECOND, "全镇卫生工作报告2023", *FIRST]
    assert not segment(lines).compilation


# A news report of a meeting, with photo captions under triangles between its paragraphs.
REPORT = ["9月12日下午，东湖街道召开巩固国家卫生城市成果推进会，街道班子成员和各社区书记参加会议。",
          "会上，街道党工委书记周明远就秋冬季环境整治作了部署，要求各社区对照问题清单逐项销号。",
          "▲街道党工委书记周明远在会上讲话",
          "周明远强调，背街小巷和老旧小区是整治的重点，社区干部要每天巡查，发现问题当天解决。",
          "△区爱卫办工作人员现场讲解测评细则",
          "会议还通报了上月暗访发现的问题，各社区负责人逐一作了表态。"]


def test_a_triangle_caption_naming_who_speaks_in_the_photo_is_dropped():
    text = "\n".join(s.text for s in drafts("\n".join(["东湖街道召开巩固国家卫生城市成果推进会", *REPORT]) + "\n"))
    assert "周明远在会上讲话" not in text and "▲" not in text
    assert "现场讲解测评细则" not in text
    for line in REPORT:
        if line[0] not in "▲△":
            assert line in text


def test_a_task_item_under_a_triangle_stays():
    items = ["▲压实包保责任", "▲补齐设施短板"]
    text = c.clean_text("\n".join(["在全镇卫生整治推进会上的讲话", SPEECH_OPEN, items[0], *SPEECH_BODY,
                                   items[1], SPEECH_END]) + "\n")
    for item in items:
        assert item in text.split("\n")
