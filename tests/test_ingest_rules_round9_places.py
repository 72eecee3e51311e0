"""Place rules from the ninth round (blind-10, blind-11 and blind-12 spent, branch r9places):
the cover of one meeting's or one office's papers (the lines above the first piece's title)
names the place of every piece under it that names none of its own. Each test is written in
this project's own wording and fed through the real ingest (`build_drafts`) or the place rule
it covers."""
from __future__ import annotations

from build_tools import metadata as md
from build_tools.ingest import build_drafts
from build_tools.places import Division
from build_tools.readers import read_bytes


def triple(drafts) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.speech.province, d.speech.city, d.speech.district) for d in drafts]


# --- the cover of a meeting's papers ----------------------------------------------------------

FIRST = ("同志们：今天召开全区背街小巷整治推进会，主要是把下一阶段的任务再明确一下。\n"
         "从上个月的暗访看，主干道保持得还可以，背街小巷的问题比较集中，乱堆乱放和私拉乱接反弹得厉害。\n"
         "各街道要把辖区里的小巷逐条过一遍，建立问题台账，能当天解决的当天解决，解决不了的列出时限。\n"
         "区城管局要牵头组织一次集中清理，区住建局要抓紧启动十二条小巷的路面改造，年底前全部完工。\n"
         "同志们，小巷连着民心，希望大家把这件实事办好、办实。")
SECOND = ("同志们：刚才的安排我都同意。下面，我讲两点要求。\n"
          "第一，要盯住责任。每条小巷都要有一名科级干部包保，包保干部每周至少去一次，发现问题及时交办。\n"
          "第二，要发动群众。各社区要把沿街商户和居民组织起来，订好门前三包公约，让群众自己管好自家门口。\n"
          "大家回去以后要马上传达，把今天会议的要求落到每一条小巷、每一户商户。")


def _bulletin(cover: str) -> bytes:
    return (cover + "在全区背街小巷整治推进会上的讲话\n区长 林青\n" + FIRST
            + "\n在全区背街小巷整治推进会上的讲话\n区委书记 赵川\n" + SECOND + "\n").encode("utf-8")


def test_a_piece_naming_no_place_takes_the_place_its_papers_cover_names():
    # a district office's bulletin: neither speech names its district, the cover does
    cover = "开福区城市管理简报\n第8期\n区城管办编\n"
    drafts, _, _ = build_drafts(read_bytes(_bulletin(cover), "bulletin.txt"), [])
    assert triple(drafts) == [("湖南省", "长沙市", "开福区")] * 2
    assert "place" in drafts[1].speech.review


def test_without_a_cover_the_pieces_stay_unplaced():
    drafts, _, _ = build_drafts(read_bytes(_bulletin(""), "bulletin.txt"), [])
    assert triple(drafts) == [(None, None, None)] * 2


def test_a_cover_that_names_no_place_gives_none():
    drafts, _, _ = build_drafts(read_bytes(_bulletin("领导讲话汇编\n目录\n"), "bulletin.txt"), [])
    assert triple(drafts) == [(None, None, None)] * 2


def test_the_cover_is_only_what_stands_above_the_first_title():
    head = ["开福区城市管理简报", "在全区背街小巷整治推进会上的讲话", "区长 林青"]
    assert md.cover_place(head, head[1])[0] == Division("湖南省", "长沙市", "开福区")
    # a title the head does not print has nothing above it
    assert md.cover_place(head, "在全区创卫推进会上的讲话") == (None, 0.0)
    # the first piece's own lines (its title and byline) are no cover
    assert md.cover_place(["在开福区创卫推进会上的讲话", "区长 林青"], "在开福区创卫推进会上的讲话") == (None, 0.0)
