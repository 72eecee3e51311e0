"""End to end on the five real seed pages (a frozen copy under tests/fixtures/seeds): ingest
into an empty corpus and check what comes out (13 speeches, duplicates reported, junk gone,
text intact). The library's report is checked here; the CLI's wording in test_cli_ingest."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from build_tools.record import EXPORT_FIELDS
from build_tools.ingest import ingest_paths
from ingest_support import (SEED_ENTRIES, SEEDS, cli, copy_corpus, empty_corpus, entries,
                            full_width, need_seeds, seed_corpus, tree_hash)

# Line-level junk: a paragraph that is (or starts as) page furniture. "相关" is checked as
# a heading ("相关阅读", "相关城市工作信息"); as a word inside a sentence ("各相关部门")
# it is speech text.
JUNK_SUBSTRINGS = ("下载全文", "预览", "本文来自", "当前位置", "www.", "点击", "推荐度", "查看人数")
JUNK_LINE = re.compile(r"^相关|^.{0,20}相关.{0,10}$")
TRADITIONAL = set("黨書會國記話強調開會議傳達長環衛縣區農場")
MASKED_PLACE = re.compile(r"(?:[Xx]{2,}|×{2,}|＊{2,}|\*{3,}|_+|某某)(?:省|市|区|县)")


@pytest.fixture(scope="module")
def ingest_seeded(tmp_path_factory):
    """(corpus, ingest report) after ingesting all five seeds into an empty corpus once."""
    need_seeds()
    corpus = empty_corpus(tmp_path_factory.mktemp("seeded"))
    report = ingest_paths(SEEDS, corpus, today="2026-11-22")
    return corpus, report


def by_seed(corpus: Path, prefix: str):
    return [s for s in entries(corpus) if s.sources[0]["file"].startswith(prefix)]


def with_text(corpus: Path, needle: str):
    found = [s for s in entries(corpus) if needle in s.text]
    assert len(found) == 1, f"{needle!r} found in {len(found)} entries"
    return found[0]


def skipped_lines(report) -> list[str]:
    """Each speech the report skipped, as "<skipped> → <kept instead>"."""
    return [f"{sk.label} → {sk.other}" for r in report.inputs for sk in r.skipped]


def test_ingest_adds_thirteen(ingest_seeded):
    corpus, report = ingest_seeded
    assert report.ok, report
    assert len(entries(corpus)) == 13
    assert sum(len(r.added) for r in report.inputs) == 13
    assert len(list((corpus / "raw").iterdir())) == 5


def test_entries_are_the_frozen_seed_entries(ingest_seeded):
    """Byte for byte what tests/fixtures/seed_corpus holds (refresh.py there after a
    deliberate rule change, and review the diff)."""
    corpus, _ = ingest_seeded
    got = {p.name: p.read_text("utf-8") for p in (corpus / "speeches").glob("*.md")}
    want = {p.name: p.read_text("utf-8") for p in (SEED_ENTRIES / "speeches").glob("*.md")}
    assert sorted(got) == sorted(want)
    for name in want:
        assert got[name] == want[name], name


def test_compilation_duplicates_reported(ingest_seeded):
    corpus, report = ingest_seeded
    skips = skipped_lines(report)
    assert len(skips) == 3, skips
    # 篇1 is the same speech as 篇3 (篇3 is the longer copy and is kept).
    assert any(re.search(r"篇1\b.*篇3", s) for s in skips), skips
    # 篇8's first speech repeats 篇7; the kept one is 篇7.
    assert any("创建市级卫生城市工作动员会上的讲话稿" in s and "篇7" in s for s in skips), skips
    # 篇5 repeats its speech: one copy skipped, and the different second speech is kept.
    assert any(re.search(r"篇5\b.*篇5\b", s) for s in skips), skips
    part5 = [s for s in entries(corpus) if s.sources[0]["part"] == 5]
    assert len(part5) == 2
    assert any("攀枝花" in s.text for s in part5) and any("南昌" in s.text for s in part5)
    # 篇8's different second speech (education system) is kept.
    with_text(corpus, "教育系统创建国家卫生城市工作动员大会")


def test_part_numbers_follow_the_page(ingest_seeded):
    corpus, report = ingest_seeded
    assert any(re.search(r"篇8\b.*《创建市级卫生城市工作动员会上的讲话稿》.*篇7", s)
               for s in skipped_lines(report)), skipped_lines(report)
    s9 = with_text(corpus, "跻身全国百强城市")
    assert s9.sources[0]["part"] == 9


def test_no_junk_left(ingest_seeded):
    corpus, _ = ingest_seeded
    for s in entries(corpus):
        for junk in JUNK_SUBSTRINGS:
            assert junk not in s.text, (s.id, junk)
        for para in s.paragraphs:
            assert not JUNK_LINE.search(para), (s.id, para)


def test_key_sentence_seed_001_part9(ingest_seeded):
    corpus, _ = ingest_seeded
    with_text(corpus, "在着力解决资金、土地等要素问题时，要同步考虑人才、科技问题")


def test_no_watermark_residue(ingest_seeded):
    corpus, _ = ingest_seeded
    for s in entries(corpus):
        assert not re.search(r"百度|网络站|搜索到", s.text), s.id


@pytest.mark.parametrize("seed,sentence", [
    ("000", "没有形成强大的压力,就很难形成强大的推动力。"),
    ("001", "城市文明不文明,最直观的,是城市干净不干净。"),
    ("002", "行百里者,半于九十。创建能否成功,关键就在于剩下6个月的冲刺。"),
    ("004", "四是城市管理精细化水平有待提高。城市管理是文明城市创建的关键环节。"),
])
def test_key_sentences_intact(ingest_seeded, seed, sentence):
    corpus, _ = ingest_seeded
    s = with_text(corpus, full_width(sentence))
    assert s.sources[0]["file"].startswith(seed)


def test_seed_003_is_a_simplified_meeting_report_in_paragraphs(ingest_seeded):
    corpus, _ = ingest_seeded
    [s] = by_seed(corpus, "003")
    assert s.genre == "会议报道"
    assert not (set(s.text + s.title) & TRADITIONAL)
    assert not re.search(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]", s.text)
    assert "?" not in s.text and "？" not in s.text
    assert "城郊党委书记吴国荣召开会议" in s.text
    assert len(s.paragraphs) >= 8
    assert all(len(p) < 1500 for p in s.paragraphs)


def test_seed_000_truncation_and_dates(ingest_seeded):
    corpus, _ = ingest_seeded
    [s] = by_seed(corpus, "000")
    assert s.truncated is True
    assert s.truncation["total"] == 3629 and s.truncation["shown"] == 2219
    assert s.date == "2022-05-24"
    assert s.published == "2022-08-27"
    # The cut is visible where the paywall removed text mid-speech.
    assert "……" in s.paragraphs


def test_masked_place_never_filled(ingest_seeded):
    corpus, _ = ingest_seeded
    masked = 0
    for s in entries(corpus):
        if MASKED_PLACE.search(s.title + s.text):
            masked += 1
            assert (s.province, s.city, s.district) == (None, None, None), s.id
            assert s.masked
    assert masked >= 3   # 002 (XX省), 004 (xx区), 篇2 (xx市), 篇7 (xx县)


def test_reingest_adds_nothing_and_changes_nothing(ingest_seeded, tmp_path):
    corpus = copy_corpus(ingest_seeded[0], tmp_path)
    before = tree_hash(corpus)
    report = ingest_paths([SEEDS[0], SEEDS[1]], corpus)
    assert report.ok
    assert not any(r.added or r.replaced for r in report.inputs)
    reasons = [sk.reason for r in report.inputs for sk in r.skipped]
    assert "duplicate" in reasons and set(reasons) <= {"duplicate", "page_duplicate"}, reasons
    assert tree_hash(corpus) == before


def test_check_passes_on_fresh_ingest(ingest_seeded):
    res = cli("check", "--corpus", ingest_seeded[0])
    assert res.code == 0, res.out


def test_export_jsonl_contract(tmp_path):
    out = tmp_path / "speeches.jsonl"
    res = cli("export", "--corpus", seed_corpus(tmp_path), "--format", "jsonl", "-o", out)
    assert res.code == 0, res.out
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 13
    expected = ["id", "title", "date", "published", "added", "province", "city", "district", "level",
                "speaker", "campaign", "genre", "themes", "keywords", "truncated", "masked",
                "chars", "sources", "text"]
    assert list(EXPORT_FIELDS) == expected
    for r in rows:
        assert list(r) == expected
        assert r["chars"] == sum(1 for ch in r["text"] if not ch.isspace())
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(set(ids)) == 13


def test_export_csv_same_columns_and_rows(tmp_path):
    out = tmp_path / "speeches.csv"
    corpus = seed_corpus(tmp_path)
    res = cli("export", "--corpus", corpus, "--format", "csv", "-o", out)
    assert res.code == 0, res.out
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")     # UTF-8 BOM, for Excel
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header == list(EXPORT_FIELDS)
    assert len(body) == 13
    ids = [r[0] for r in body]
    assert ids == sorted(ids)
    jsonl = [json.loads(x) for x in cli("export", "--corpus", corpus).out.splitlines()]
    for row, rec in zip(body, jsonl, strict=True):
        d = dict(zip(header, row, strict=True))
        assert d["text"] == rec["text"]
        assert json.loads(d["themes"]) == rec["themes"]
        assert json.loads(d["sources"]) == rec["sources"]
        assert d["truncated"] == ("true" if rec["truncated"] else "false")


def test_export_is_byte_deterministic(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    corpus = seed_corpus(tmp_path)
    cli("export", "--corpus", corpus, "-o", a)
    cli("export", "--corpus", corpus, "-o", b)
    assert a.read_bytes() == b.read_bytes()
