"""A contributor's pull request, played end to end on a copy of the repository.

The contributor adds new pages (a folder of them, and a file whose name has Chinese
characters and a space), one page that repeats a speech the archive already holds and one
that holds a more complete version of an entry; then ingest → check → build, and then the
whole test suite runs in the copy, on a corpus that now holds more than it did. That is
what CI does to every content pull request, so this test fails whenever a test depends on
what corpus/ holds.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from build_tools.corpus import load_corpus
from build_tools.ingest import ingest_paths
from build_tools.site import build_site
from ingest_support import REPO, cli
from site_support import SOURCES

#: Set in the nested run, which must not start another copy of itself.
NESTED = "CC_CONTRIBUTOR_NESTED"
EXTRA = [
    "第一，要坚持问题导向，把测评中发现的问题逐条梳理，建立整改台账，明确责任单位和完成时限，整改一项销号一项。",
    "第二，要坚持群众路线，广泛听取群众意见，把群众满意不满意作为检验创建成效的根本标准，让创建成果更多惠及群众。",
    "第三，要坚持常态长效，把创建中行之有效的做法固化为制度，推动创建工作由突击整治向常态管理转变。",
]


def _copy_repo(dst: Path) -> Path:
    """The files a clone would hold (tracked, plus new files not ignored): what a PR sees."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=REPO, capture_output=True, check=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = REPO / rel
        if src.is_file():
            (dst / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst / rel)
    return dst


def _new_pages(corpus: Path, n: int) -> list[tuple[bytes, str]]:
    """n saved pages (raw bytes, suffix) of speeches the corpus does not hold, whatever it
    holds: synthetic speeches (benchmarks/synth.py, far past the numbers the benchmark
    uses) that are not near-duplicates of any entry or of each other; the first is HTML."""
    from benchmarks import synth
    from build_tools.dedup import DUPLICATE, DedupIndex, Signature

    index = DedupIndex()
    for s in load_corpus(corpus):
        index.add(s.id, Signature.of(s.text))
    pool, taken, out = synth.load_pool(), set(), []
    for i in range(900_000, 900_200):
        sy = synth.make_speech(i, taken, pool)
        html = sy.raw_rel.endswith(".html")
        if html != (not out):
            continue
        sig = Signature.of(sy.speech.text)
        if index.duplicates(sig, DUPLICATE):
            continue
        index.add(str(i), sig)
        out.append((sy.raw_bytes, ".html" if html else ".txt"))
        if len(out) == n:
            return out
    raise AssertionError("no new synthetic pages found")


def _page_of(speech, paragraphs: list[str], chrome: str) -> str:
    return "\n".join([chrome, speech.title, *paragraphs, "版权所有 © 某某文秘网"]) + "\n"


@pytest.mark.skipif(os.environ.get(NESTED) == "1", reason="inside the contributor's own run")
def test_contributor_adds_pages_then_the_whole_suite_passes(tmp_path):
    repo = _copy_repo(tmp_path / "repo")
    corpus = repo / "corpus"
    before = {s.id: s for s in load_corpus(corpus)}
    assert before, "the repository ships no speeches"
    # Pages repeating an entry the archive already holds, and completing another one.
    first, last = before[min(before)], before[max(before)]
    # About an eighth more text than the entry: "more complete" needs 5% more, and the
    # copy stays a near-duplicate (MinHash similarity above 0.8).
    extra = [f"（{n + 1}）{EXTRA[n % len(EXTRA)]}" for n in range(max(3, last.chars // 8 // 50))]
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    dup = inbox / "转载 重复.txt"
    dup.write_text(_page_of(first, first.paragraphs, "首页 > 讲话稿 > 正文"), "utf-8")
    fuller = inbox / "更完整的版本.txt"
    fuller.write_text(_page_of(last, last.paragraphs + extra, "当前位置：首页 > 领导讲话"), "utf-8")

    # New pages: two in a folder, one file named with Chinese characters and a space.
    (html, html_ext), (txt, txt_ext), (third, third_ext) = _new_pages(corpus, 3)
    folder = tmp_path / "批量"
    folder.mkdir()
    (folder / f"a{html_ext}").write_bytes(html)
    (folder / f"b{txt_ext}").write_bytes(txt)
    named = tmp_path / f"新收录 讲话稿{third_ext}"
    named.write_bytes(third)

    report = ingest_paths([folder, named, dup, fuller], corpus, replace=True)
    assert report.ok, report
    names = [Path(r.path).name for r in report.inputs]
    assert names == [f"a{html_ext}", f"b{txt_ext}", named.name, dup.name, fuller.name]
    by_name = dict(zip(names, report.inputs, strict=True))
    today = dt.date.today().isoformat()
    new = [sp for r in report.inputs for sp in r.added]
    assert len(new) == 3 and all(len(by_name[n].added) == 1 for n in names[:3])
    assert all(sp.added == today for sp in new)
    assert [(sk.reason, sk.other) for sk in by_name[dup.name].skipped] == [("duplicate", first.id)]
    [replaced] = by_name[fuller.name].replaced
    assert replaced.id == last.id and replaced.added == last.added     # never changes

    after = {s.id: s for s in load_corpus(corpus)}
    assert set(after) == set(before) | {sp.id for sp in new}
    assert after[last.id].chars > last.chars
    assert all(after[i] == s for i, s in before.items() if i != last.id)   # nothing else touched

    res = cli("check", "--corpus", corpus)
    assert res.code == 0, res.out
    build_site(corpus, tmp_path / "site", echo=lambda *a: None, sources=SOURCES, work_dir=tmp_path / "work")
    for sp in new:
        assert (tmp_path / "site" / "speeches" / sp.id / "index.html").is_file()

    env = {**os.environ, NESTED: "1", "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x"],
                         cwd=repo, env=env, capture_output=True, text=True)
    tail = (run.stdout + run.stderr)[-4000:]
    assert run.returncode == 0, tail
    assert " passed" in tail and " failed" not in tail, tail
