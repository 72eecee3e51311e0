"""Inputs that cannot become speeches are refused by name and write nothing; existing
entries are never overwritten (a more complete version needs --replace)."""
from __future__ import annotations

import shutil

import pytest

from build_tools.corpus import write_entry
from build_tools.errors import CorpusConflict
from build_tools.readers import MAX_INPUT_BYTES
from ingest_support import (FIXTURES, cli, empty_corpus, entries, fixture, seed_corpus,
                            tree_hash)


def too_large(tmp_path):
    p = tmp_path / "huge_page.txt"
    para = fixture("gbk_page.txt").read_bytes().decode("gb18030").encode("utf-8")
    p.write_bytes(para * (MAX_INPUT_BYTES // len(para) + 2))
    assert p.stat().st_size > MAX_INPUT_BYTES
    return p


def missing(tmp_path):
    return tmp_path / "no_such_page.txt"


BAD = {
    "empty": lambda tmp: FIXTURES / "empty.txt",
    "binary": lambda tmp: FIXTURES / "binary.bin",
    "chrome_only": lambda tmp: FIXTURES / "chrome_only.txt",
    "too_large": too_large,
    "missing": missing,
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_input_refused_and_nothing_written(tmp_path, kind):
    corpus = empty_corpus(tmp_path / "c")
    bad = BAD[kind](tmp_path)
    before = tree_hash(corpus)
    res = cli("ingest", bad, "--corpus", corpus)
    assert res.code != 0
    assert str(bad) in res.out
    assert "未收录" in res.out
    assert tree_hash(corpus) == before


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_input_into_shipped_copy_changes_nothing(tmp_path, kind):
    corpus = seed_corpus(tmp_path / "c")
    before = tree_hash(corpus)
    res = cli("ingest", BAD[kind](tmp_path), "--corpus", corpus)
    assert res.code != 0
    assert tree_hash(corpus) == before


@pytest.mark.parametrize("order", ["good_first", "bad_first"])
def test_mix_of_good_and_bad(tmp_path, order):
    corpus = empty_corpus(tmp_path)
    good, bad = fixture("gbk_page.txt"), fixture("binary.bin")
    args = [good, bad] if order == "good_first" else [bad, good]
    res = cli("ingest", *args, "--corpus", corpus)
    assert res.code != 0
    assert str(bad) in res.out
    got = entries(corpus)
    assert [s.title for s in got] == ["在全市创建国家卫生城市攻坚推进会上的讲话"]
    assert len(list((corpus / "raw").iterdir())) == 1   # only the good page's raw copy


def test_dry_run_writes_nothing(tmp_path):
    corpus = empty_corpus(tmp_path)
    before = tree_hash(corpus)
    res = cli("ingest", fixture("place_district.txt"), "--corpus", corpus, "--dry-run")
    assert res.code == 0 and "将新增 1 篇" in res.out
    assert tree_hash(corpus) == before


# --- never overwrite ----------------------------------------------------------------------

def _more_complete_page(tmp_path, old) -> str:
    """The full version of a truncated entry: its text plus the paragraphs the paywall hid."""
    extra = [
        "第一，要坚持问题导向，把测评中发现的问题逐条梳理，建立整改台账，明确责任单位和完成时限，整改一项销号一项。",
        "第二，要坚持群众路线，广泛听取群众意见，把群众满意不满意作为检验创建成效的根本标准，让创建成果更多惠及群众。",
        "第三，要坚持常态长效，把创建中行之有效的做法固化为制度，推动创建工作由突击整治向常态管理转变。",
        "同志们，创建工作只有起点没有终点，希望大家再接再厉，以更加饱满的热情投入到创建工作中去，确保圆满完成各项目标任务。",
    ]
    page = tmp_path / "full_version.txt"
    page.write_text(old.title + "\n" + "\n".join(old.paragraphs + extra) + "\n", "utf-8")
    return page


def test_more_complete_version_reported_not_replaced(tmp_path):
    corpus = seed_corpus(tmp_path / "c")
    [old] = [s for s in entries(corpus) if s.truncated and s.sources[0]["file"].startswith("002")]
    page = _more_complete_page(tmp_path, old)
    before = tree_hash(corpus)
    res = cli("ingest", page, "--corpus", corpus)
    assert res.code == 0, res.out
    assert f"是已收录的 {old.id}《{old.title}》的更完整版本" in res.out
    assert "--replace" in res.out
    assert tree_hash(corpus) == before


def test_more_complete_version_replaced_with_flag(tmp_path):
    corpus = seed_corpus(tmp_path / "c")
    [old] = [s for s in entries(corpus) if s.truncated and s.sources[0]["file"].startswith("002")]
    n = len(entries(corpus))
    page = _more_complete_page(tmp_path, old)
    res = cli("ingest", page, "--corpus", corpus, "--replace")
    assert res.code == 0, res.out
    after = {s.id: s for s in entries(corpus)}
    assert len(after) == n
    new = after[old.id]
    assert new.chars > old.chars and new.truncated is False
    assert new.text.startswith(old.text)
    assert [src["file"] for src in new.sources] == [old.sources[0]["file"], page.name]
    assert cli("check", "--corpus", corpus).code == 0


def test_same_text_without_paywall_is_not_more_complete(tmp_path):
    """A copy of a cut entry that merely lacks the paywall notice adds no text: a duplicate."""
    corpus = seed_corpus(tmp_path / "c")
    [old] = [s for s in entries(corpus) if s.truncated and s.sources[0]["file"].startswith("002")]
    page = tmp_path / "same_text_no_notice.txt"
    page.write_text(old.title + "\n" + "\n".join(old.paragraphs) + "\n", "utf-8")
    before = tree_hash(corpus)
    res = cli("ingest", page, "--corpus", corpus, "--replace")
    assert res.code == 0, res.out
    assert f"与已收录的 {old.id}《{old.title}》重复" in res.out
    assert "更完整" not in res.out and "替换 1" not in res.out
    assert tree_hash(corpus) == before


def test_write_entry_refuses_to_overwrite(tmp_path):
    corpus = seed_corpus(tmp_path / "c")
    s = entries(corpus)[0]
    path = corpus / "speeches" / f"{s.id}.md"
    content = path.read_bytes()
    s.title = "被改写的标题"
    with pytest.raises(CorpusConflict):
        write_entry(corpus, s)
    assert path.read_bytes() == content


def test_second_page_with_same_text_does_not_touch_first(tmp_path):
    corpus = empty_corpus(tmp_path / "c")
    assert cli("ingest", fixture("chrome_other_site.txt"), "--corpus", corpus).code == 0
    before = tree_hash(corpus / "speeches")
    other = tmp_path / "same_speech_other_site.txt"
    text = fixture("chrome_other_site.txt").read_text("utf-8").replace("笔墨公文网", "青藤文秘网")
    other.write_text(text, "utf-8")
    res = cli("ingest", other, "--corpus", corpus)
    assert res.code == 0 and "与已收录的" in res.out and "重复" in res.out
    assert tree_hash(corpus / "speeches") == before
    shutil.rmtree(tmp_path / "c")
