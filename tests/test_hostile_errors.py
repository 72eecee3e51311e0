"""No traceback reaches a user: a page that trips a library, a read-only corpus and a full
disk each become one Chinese message naming the file, a non-zero exit, nothing
half-written (no temporary file left, in the corpus or in .cache/), and the inputs after
a failing one are still processed."""
from __future__ import annotations

import errno
import os
import resource
import shutil

import pytest

from hostile_support import REPO, _limit_child, cli, make_corpus, no_traceback, tree
from ingest_support import cli as cli_inprocess

CLS = "errors"
GOOD_PAGE = REPO / "tests" / "fixtures" / "ingest" / "place_district.txt"


def _page_with_escape(tmp_path):
    body = GOOD_PAGE.read_text("utf-8").split("\n")
    html = ("<html><head><title>讲话</title></head><body>"
            + "".join(f"<p>{line}&#x1b;[31m&#27;&#0;&#x85;</p>" for line in body if line)
            + "</body></html>")
    p = tmp_path / "escape.html"
    p.write_text(html, "utf-8")
    return p


def test_html_with_control_character_references(tmp_path):
    corpus = make_corpus(tmp_path / "c")
    bad = _page_with_escape(tmp_path)
    other = tmp_path / "other.txt"
    shutil.copy(REPO / "tests" / "fixtures" / "ingest" / "place_compare.txt", other)
    r = cli("ingest", bad, other, "--corpus", corpus, cls=CLS, label="&#x1b; page + another")
    no_traceback(r)
    assert r.code == 0, r
    assert f"● {bad}" in r.out and f"● {other}" in r.out, r
    # Nothing of the escape reaches an entry (check would refuse it: test_hostile_check).
    assert cli("check", "--corpus", corpus).code == 0
    for p in (corpus / "speeches").iterdir():
        assert "\x1b" not in p.read_text("utf-8")


def _full_disk(limit: int):
    """A child whose files cannot grow past `limit` bytes: writes fail with EFBIG, as on a
    full disk (Python ignores SIGXFSZ, so the write returns the error)."""
    def pre():
        _limit_child()
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return pre


def _temp_files(folder):
    return [p for p in folder.rglob("*") if p.name.startswith((".tmp", "tmp")) or
            (p.suffix == ".npz" and p.name != "minhash.npz") or ".staging" in p.parts]


def test_full_disk_during_ingest(tmp_path):
    root = tmp_path / "repo"
    corpus = make_corpus(root)
    before = tree(corpus)
    r = cli("ingest", GOOD_PAGE, "--corpus", corpus, cls=CLS, label="ingest on a full disk",
            preexec=_full_disk(1000))
    no_traceback(r)
    assert r.code != 0 and "磁盘空间不足" in r.out and str(GOOD_PAGE) in r.out, r
    assert tree(corpus) == before
    assert _temp_files(root) == []   # corpus and .cache/ alike


def test_full_disk_during_export(tmp_path):
    corpus = make_corpus(tmp_path)
    out = tmp_path / "dist" / "speeches.csv"
    r = cli("export", "--corpus", corpus, "--format", "csv", "-o", out, cls=CLS,
            label="export on a full disk", preexec=_full_disk(1000))
    no_traceback(r)
    assert r.code != 0 and "磁盘空间不足" in r.out, r
    assert not out.exists() and list(out.parent.iterdir()) == []


def test_full_disk_during_check_leaves_no_cache_temp(tmp_path):
    root = tmp_path / "repo"
    corpus = make_corpus(root)
    r = cli("check", "--corpus", corpus, cls=CLS, label="check on a full disk",
            preexec=_full_disk(1000))
    no_traceback(r)
    assert r.code == 0, r            # the signature cache is an optimisation only
    assert _temp_files(root) == []


def test_read_only_corpus(tmp_path, monkeypatch):
    """Real permissions when not root; as root (CI containers) they do not apply, so the
    file system's answer (EROFS) is injected where the write path starts."""
    corpus = make_corpus(tmp_path / "c")
    before = tree(corpus)
    if os.geteuid() != 0:
        for p in [corpus, *corpus.rglob("*")]:
            p.chmod(p.stat().st_mode & ~0o222)
    else:
        real = os.mkdir

        def read_only(path, *a, **k):
            if str(path).startswith(str(corpus)):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
            return real(path, *a, **k)
        monkeypatch.setattr(os, "mkdir", read_only)
    try:
        r = cli_inprocess("ingest", GOOD_PAGE, "--corpus", corpus)
    finally:
        for p in [corpus, *corpus.rglob("*")]:
            p.chmod(p.stat().st_mode | 0o200)
    assert r.code != 0 and "只读" in r.out and str(GOOD_PAGE) in r.out, r.out
    assert tree(corpus) == before
    # A dry run needs no write access.
    monkeypatch.undo()
    assert cli_inprocess("ingest", GOOD_PAGE, "--corpus", corpus, "--dry-run").code == 0


@pytest.mark.parametrize("args", [
    ["check", "--corpus", "/nonexistent/corpus"],
    ["export", "--corpus", "/nonexistent/corpus"],
    ["ingest", "/nonexistent/page.txt", "--corpus", "/nonexistent/corpus"],
    ["build", "--corpus", "/nonexistent/corpus", "--site-dir", "/tmp/cc-never-site"],
])
def test_missing_corpus_is_a_message(args):
    r = cli(*args, cls=CLS, label=f"missing corpus, {args[0]}")
    no_traceback(r)
    assert r.code != 0 and "/nonexistent/" in r.out, r
