"""Ingest plans, then writes: `--dry-run` reports exactly what a real run then does, writes
nothing, and each page is read once and cleaned once.

The oracle for a dry run is the real run that follows it on the same corpus: same inputs,
same ids, same skips with the same reasons and kept entries, same warnings; and the real
run's corpus holds exactly the entries its report lists. Inputs are the frozen seed pages
and the ingest fixtures (never corpus/)."""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

import build_tools.ingest as ingest
import build_tools.readers as readers
from build_tools.ingest import ADD, REPLACE, SKIP, IngestPlan, ingest_paths, plan_ingest
from build_tools.record import ID_RE
from build_tools.transaction import JOURNAL, STAGING, CorpusWriteError
from ingest_support import (SEEDS, cli, empty_corpus, entries, fixture, need_seeds, seed_corpus,
                            tree_hash)

TODAY = "2026-11-23"
#: Paragraphs a paywall hid: appended to a cut entry's text, they make its fuller version.
HIDDEN = [
    "第一，要把测评反馈的问题逐项列出清单，落实到具体单位和具体责任人，明确整改时限，整改到位一项销号一项。",
    "第二，要把群众评价作为检验创建成效的标尺，公开投诉渠道，对群众反映的问题做到件件有回音、事事有着落。",
    "第三，要把创建中形成的好做法固化为长效制度，推动创建工作从集中整治转向日常管理，防止问题反弹回潮。",
    "同志们，创建工作没有终点，希望大家保持定力、久久为功，以实际行动交出一份让群众满意的答卷。",
]


def _fuller(tmp_path: Path, corpus: Path, name: str) -> Path:
    """The full version of the corpus's cut seed-002 entry (its text plus HIDDEN)."""
    [old] = [s for s in entries(corpus) if s.truncated and s.sources[0]["file"].startswith("002")]
    page = tmp_path / name
    page.write_text(old.title + "\n" + "\n".join(old.paragraphs + HIDDEN) + "\n", "utf-8")
    return page


def _copy(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    return dst


def _outcome(report) -> list[tuple]:
    """Everything the report says per input, as comparable values."""
    return [(r.path, r.refused, [dataclasses.asdict(s) for s in r.added],
             [dataclasses.asdict(s) for s in r.replaced], [dataclasses.asdict(k) for k in r.skipped],
             r.warnings, r.copies) for r in report.inputs]


def _leftovers(corpus: Path) -> list[str]:
    return [n for n in (JOURNAL, f"{JOURNAL}.tmp", STAGING) if (corpus / n).exists()]


def _scenario(name: str, tmp_path: Path) -> tuple[Path, list[Path], bool]:
    """(corpus, inputs, --replace) for each case the dry run is held to."""
    need_seeds()
    if name == "seeds_into_empty":
        return empty_corpus(tmp_path), SEEDS, False
    if name == "seeds_into_seed_corpus":
        return seed_corpus(tmp_path), SEEDS, False
    if name == "repeats_within_the_run":
        # A seed twice under two names, a fixture page twice, a refused page between them.
        inputs = [SEEDS[1], _copy(SEEDS[1], tmp_path / "in" / "again.txt"),
                  fixture("place_district.txt"), fixture("binary.bin"),
                  _copy(fixture("place_district.txt"), tmp_path / "in" / "place_again.txt")]
        return empty_corpus(tmp_path), inputs, False
    if name == "replace_then_repeat":
        # The fuller version replaces the cut entry; its second copy is then a duplicate of
        # the replaced entry (planned by the input before it, not in the corpus yet).
        corpus = seed_corpus(tmp_path)
        inputs = [_fuller(tmp_path, corpus, "full_a.txt"), _fuller(tmp_path, corpus, "full_b.txt")]
        return corpus, inputs, True
    raise AssertionError(name)


SCENARIOS = ["seeds_into_empty", "seeds_into_seed_corpus", "repeats_within_the_run",
             "replace_then_repeat"]


@pytest.mark.parametrize("name", SCENARIOS)
def test_dry_run_reports_what_the_real_run_then_does(tmp_path, name):
    corpus, inputs, replace = _scenario(name, tmp_path)
    before = {s.id: s.to_text() for s in entries(corpus)}
    root = tree_hash(corpus.parent)

    dry = ingest_paths(inputs, corpus, replace=replace, dry_run=True, today=TODAY)
    assert dry.dry_run and dry.error is None
    assert tree_hash(corpus.parent) == root and not _leftovers(corpus)   # wrote nothing

    real = ingest_paths(inputs, corpus, replace=replace, today=TODAY)
    assert real.error is None and not real.dry_run
    assert _outcome(dry) == _outcome(real)
    assert not _leftovers(corpus)

    # Every listed entry is in the corpus as listed, and nothing else changed.
    after = {s.id: s.to_text() for s in entries(corpus)}
    added = {s.id: s.to_text() for r in real.inputs for s in r.added}
    replaced = {s.id: s.to_text() for r in real.inputs for s in r.replaced}
    assert not set(added) & set(before) and set(replaced) <= set(before)
    assert after == {**before, **added, **replaced}


def test_scenarios_cover_every_decision(tmp_path):
    """The dry-run oracle above is only as good as its cases: together they add, skip for
    each reason (page repeat, corpus duplicate, a repeat within the run), replace, and
    refuse."""
    seen: set[str] = set()
    for name in SCENARIOS:
        corpus, inputs, replace = _scenario(name, tmp_path / name)
        report = ingest_paths(inputs, corpus, replace=replace, dry_run=True, today=TODAY)
        for r in report.inputs:
            seen |= {"add"} if r.added else set()
            seen |= {"replace"} if r.replaced else set()
            seen |= {"refused"} if r.refused else set()
            seen |= {k.reason for k in r.skipped}
    assert seen == {"add", "replace", "refused", "page_duplicate", "duplicate"}


def test_two_identical_inputs_one_add_one_skip(tmp_path):
    corpus = empty_corpus(tmp_path)
    a = _copy(fixture("place_district.txt"), tmp_path / "in" / "a.txt")
    b = _copy(a, tmp_path / "in" / "b.txt")
    for dry_run in (True, False):
        report = ingest_paths([a, b], corpus, dry_run=dry_run, today=TODAY)
        first, second = report.inputs
        [added] = first.added
        assert not first.skipped and not second.added and not second.replaced
        [skip] = second.skipped
        assert (skip.reason, skip.other, skip.similarity) == ("duplicate", added.id, 1.0)
    assert [s.id for s in entries(corpus)] == [added.id]
    assert len(list((corpus / "raw").iterdir())) == 1


def test_plan_holds_complete_final_records(tmp_path):
    """Every planned record is final before anything is written: a valid, unique id, the
    `added` date, its source (raw copy, site, part, file name); the writer then writes
    those very records."""
    need_seeds()
    corpus = empty_corpus(tmp_path)
    plan = plan_ingest(SEEDS, corpus, today=TODAY)
    assert isinstance(plan, IngestPlan) and not (corpus / "speeches").exists()
    kinds = [a.kind for p in plan.inputs for a in p.actions]
    assert kinds.count(ADD) == 13 and kinds.count(SKIP) == 3 and REPLACE not in kinds
    adds = [a.speech for p in plan.inputs for a in p.actions if a.kind == ADD]
    assert len({s.id for s in adds}) == 13
    for p in plan.inputs:
        assert p.raw is not None and p.raw[1] == p.path.read_bytes()
        for a in p.actions:
            s = a.speech
            assert ID_RE.match(s.id) and s.added == TODAY, s.id
            assert s.sources == [{"raw": p.raw[0], "site": s.sources[0]["site"],
                                  "part": s.sources[0]["part"], "file": p.path.name}]
    report = ingest.write_plan(plan)
    assert report.ok
    assert {s.id: s.to_text() for s in entries(corpus)} == {s.id: s.to_text() for s in adds}


def test_each_page_is_read_once_and_cleaned_once(tmp_path, monkeypatch):
    need_seeds()
    reads: list[str] = []
    cleaned: list[str] = []
    normalised: list[str] = []
    real_read, real_clean, real_norm = readers.read_bounded, ingest.clean_lines, ingest.normalise_whitespace

    def read(path, *a, **k):
        reads.append(str(path))
        return real_read(path, *a, **k)

    def clean(text):
        cleaned.append(text)
        return real_clean(text)

    def norm(text):
        normalised.append(text)
        return real_norm(text)

    monkeypatch.setattr(readers, "read_bounded", read)
    monkeypatch.setattr(ingest, "clean_lines", clean)
    monkeypatch.setattr(ingest, "normalise_whitespace", norm)
    corpus = empty_corpus(tmp_path)
    report = ingest_paths(SEEDS, corpus, today=TODAY)
    assert report.ok and sum(len(r.added) for r in report.inputs) == 13
    assert sorted(reads) == sorted(str(p) for p in SEEDS)
    # One clean and one whitespace pass per page, each over a different page's text.
    assert len(cleaned) == len(set(cleaned)) == len(SEEDS)
    assert len(normalised) == len(set(normalised)) == len(SEEDS)


def test_cli_dry_run_prints_the_report_of_the_real_run(tmp_path):
    """Same lines, input by input, apart from the future tense and the closing line."""
    corpus, inputs, _ = _scenario("repeats_within_the_run", tmp_path)
    before = tree_hash(corpus.parent)
    dry = cli("ingest", *inputs, "--corpus", corpus, "--dry-run")
    assert tree_hash(corpus.parent) == before and not _leftovers(corpus)
    assert dry.code == 1      # binary.bin is refused, in a dry run as in a real one
    real = cli("ingest", *inputs, "--corpus", corpus)
    assert real.code == 1
    dry_lines = dry.out.replace("将新增", "新增").replace("将替换", "替换").splitlines()
    real_lines = real.out.splitlines()
    assert dry_lines[:-1] == real_lines[:-1]
    assert "试运行" in dry_lines[-1] and "没有写入任何文件" in dry_lines[-1]
    assert any(line.startswith("  = 跳过") and "重复" in line for line in real_lines)


def test_dry_run_exits_zero_and_leaves_no_trace(tmp_path):
    need_seeds()
    corpus = seed_corpus(tmp_path)
    before = tree_hash(corpus.parent)
    res = cli("ingest", *SEEDS, "--corpus", corpus, "--dry-run")
    assert res.code == 0, res.out
    assert "将新增 0 篇" in res.out and "这是试运行（--dry-run），没有写入任何文件。" in res.out
    assert tree_hash(corpus.parent) == before and not _leftovers(corpus)


def test_a_failed_write_stops_the_writes_after_it(tmp_path, monkeypatch):
    """The inputs after a failed one were planned against a corpus holding its entries, so
    none of them is written; each says why."""
    corpus = empty_corpus(tmp_path)
    a, b = fixture("place_district.txt"), fixture("gbk_page.txt")
    real_commit, calls = ingest.commit, []

    def full_disk(where, files):
        calls.append(files)
        raise CorpusWriteError("无法写入语料库：磁盘空间不足；本页未写入任何文件", path=str(where))

    monkeypatch.setattr(ingest, "commit", full_disk)
    report = ingest_paths([a, b], corpus, today=TODAY)
    assert len(calls) == 1 and not report.ok
    first, second = report.inputs
    assert str(a) in first.refused and "磁盘空间不足" in first.refused
    assert str(b) in second.refused and str(a) in second.refused and "未写入" in second.refused
    assert not (corpus / "speeches").exists() or not list((corpus / "speeches").iterdir())
    monkeypatch.setattr(ingest, "commit", real_commit)
    assert ingest_paths([a, b], corpus, today=TODAY).ok


def test_dry_run_says_an_interrupted_run_is_pending_and_leaves_it(tmp_path):
    """A real run first finishes what an interrupted one left; a dry run must not, and says
    that its figures may differ."""
    corpus = empty_corpus(tmp_path)
    journal = corpus / JOURNAL
    journal.write_text('{"moves": []}', "utf-8")
    before = tree_hash(corpus.parent)
    report = ingest_paths([fixture("place_district.txt")], corpus, dry_run=True, today=TODAY)
    assert report.ok and any("上次导入" in n and "试运行" in n for n in report.notes), report.notes
    assert tree_hash(corpus.parent) == before
    real = ingest_paths([fixture("place_district.txt")], corpus, today=TODAY)
    assert real.ok and real.notes and not journal.exists()
