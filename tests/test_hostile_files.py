"""Hostile files: a symlink to /dev/zero or /dev/urandom, a FIFO, a link out of the corpus
or a folder where a file should be. Only regular files inside the corpus are read, by the
bytes actually read; each is refused by name, quickly, within bounded memory, by check,
build, export and ingest alike (entries, raw files, the taxonomy, command-line inputs).

The devices and FIFOs are made at test time, never committed."""
from __future__ import annotations

import os
import re
import shutil

import pytest

from hostile_support import (REPO, cli, entry_file, han_text, make_corpus, no_traceback, tree)
from ingest_support import SEEDS, empty_corpus, entries
from site_support import SOURCES

CLS = "files"
GOOD_PAGE = REPO / "tests" / "fixtures" / "ingest" / "place_district.txt"
#: An attacked command must not grow past this (a /dev/zero read grows until killed).
RSS_BOUND_MB = 600


def _raw_of(corpus):
    return sorted((corpus / "raw").iterdir())[0]


def link_entry_to(target):
    def make(corpus, tmp):
        path = entry_file(corpus)
        path.unlink()
        os.symlink(target, path)
        return path
    return make


def fifo_entry(corpus, tmp):
    path = entry_file(corpus)
    path.unlink()
    os.mkfifo(path)
    return path


def folder_entry(corpus, tmp):
    path = corpus / "speeches" / "x.md"
    path.mkdir()
    (path / "inner.txt").write_text("x", "utf-8")
    return path


def outside_entry(corpus, tmp):
    # A regular file, but outside the corpus: reached through a link.
    outside = tmp / "secret.md"
    shutil.copy(entry_file(corpus), outside)
    return link_entry_to(outside)(corpus, tmp)


def raw_link_to(target):
    def make(corpus, tmp):
        raw = _raw_of(corpus)
        raw.unlink()
        os.symlink(target, raw)
        return raw
    return make


def fifo_raw(corpus, tmp):
    raw = _raw_of(corpus)
    raw.unlink()
    os.mkfifo(raw)
    return raw


def taxonomy_link_to(target):
    def make(corpus, tmp):
        tax = corpus / "taxonomy.yaml"
        tax.unlink()
        os.symlink(target, tax)
        return tax
    return make


ENTRY_ATTACKS = {
    "entry -> /dev/zero": link_entry_to("/dev/zero"),
    "entry -> /dev/urandom": link_entry_to("/dev/urandom"),
    "entry is a FIFO": fifo_entry,
    "folder named x.md": folder_entry,
    "entry -> file outside the corpus": outside_entry,
    "taxonomy -> /dev/zero": taxonomy_link_to("/dev/zero"),
}
RAW_ATTACKS = {
    "raw -> /dev/zero": raw_link_to("/dev/zero"),
    "raw -> /etc/passwd": raw_link_to("/etc/passwd"),
    "raw is a FIFO": fifo_raw,
}


def _bounded(r, label):
    no_traceback(r)
    assert r.rss_mb < RSS_BOUND_MB, f"{label}: {r.rss_mb:.0f} MiB"


@pytest.mark.parametrize("attack", sorted(ENTRY_ATTACKS))
@pytest.mark.parametrize("command", ["check", "export", "build", "ingest"])
def test_non_regular_corpus_file_refused(tmp_path, attack, command):
    corpus = make_corpus(tmp_path)
    bad = ENTRY_ATTACKS[attack](corpus, tmp_path)
    page = tmp_path / "page.txt"
    page.write_text(han_text(9), "utf-8")
    before = tree(corpus)
    args = {"check": ["check", "--corpus", corpus],
            "export": ["export", "--corpus", corpus],
            "build": ["build", "--corpus", corpus, "--site-dir", tmp_path / "site"],
            "ingest": ["ingest", page, "--corpus", corpus]}[command]
    r = cli(*args, cls=CLS, label=f"{attack}, {command}")
    _bounded(r, attack)
    assert tree(corpus) == before
    if command == "export" and "taxonomy" in attack:
        assert r.code == 0, r   # export never opens the taxonomy
        return
    assert r.code != 0, r
    assert str(bad) in r.out, r


@pytest.mark.parametrize("attack", sorted(RAW_ATTACKS))
def test_non_regular_raw_file_refused_by_check(tmp_path, attack):
    corpus = make_corpus(tmp_path)
    bad = RAW_ATTACKS[attack](corpus, tmp_path)
    r = cli("check", "--corpus", corpus, cls=CLS, label=f"{attack}, check")
    _bounded(r, attack)
    assert r.code != 0
    hits = [ln for ln in r.out.splitlines() if str(bad.name) in ln]
    assert hits, r
    # Every problem listed is about the attacked raw file (the rest of the corpus is fine).
    listed = [ln for ln in r.out.splitlines() if ln.startswith(str(corpus))]
    assert listed and all(bad.name in ln for ln in listed), r


def test_raw_file_over_the_limit_refused_by_check(tmp_path):
    from build_tools.untrusted import MAX_FILE_BYTES
    corpus = make_corpus(tmp_path)
    raw = _raw_of(corpus)
    with open(raw, "ab") as fh:
        fh.write(b"x" * (MAX_FILE_BYTES + 1))
    r = cli("check", "--corpus", corpus, cls=CLS, label="raw over the limit, check")
    _bounded(r, "raw over limit")
    assert r.code != 0 and raw.name in r.out and "上限" in r.out, r


def test_orphan_raw_file_reported(tmp_path):
    corpus = make_corpus(tmp_path)
    orphan = corpus / "raw" / "00000000deadbeef.txt"
    orphan.write_text(han_text(5), "utf-8")
    r = cli("check", "--corpus", corpus)
    assert r.code != 0
    listed = [ln for ln in r.out.splitlines() if ln.startswith(str(corpus))]
    assert len(listed) == 1 and listed[0].startswith(f"{orphan}:1:") and "没有任何条目引用" in listed[0], r


def _fifo_input(tmp):
    p = tmp / "page.txt"
    os.mkfifo(p)
    return p


def _link_input(target):
    def make(tmp):
        p = tmp / "page.txt"
        os.symlink(target, p)
        return p
    return make


INPUT_ATTACKS = {
    "input -> /dev/zero": _link_input("/dev/zero"),
    "input -> /dev/urandom": _link_input("/dev/urandom"),
    "input /dev/zero itself": lambda tmp: "/dev/zero",
    "input is a FIFO": _fifo_input,
}  # (a folder on the command line is the CLI's business: ingest is learning to take folders)


@pytest.mark.parametrize("attack", sorted(INPUT_ATTACKS))
def test_command_line_input_must_be_a_regular_file(tmp_path, attack):
    corpus = make_corpus(tmp_path / "c")
    bad = INPUT_ATTACKS[attack](tmp_path)
    good = tmp_path / "good.txt"
    shutil.copy(GOOD_PAGE, good)
    r = cli("ingest", bad, good, "--corpus", corpus, cls=CLS, label=f"{attack}, ingest")
    _bounded(r, attack)
    assert r.code != 0
    refused = [ln for ln in r.out.splitlines() if ln.startswith("✗")]
    assert len(refused) == 1 and str(bad) in refused[0], r
    # The input after the bad one is still processed.
    assert f"● {good}" in r.out, r


def test_input_linked_to_a_regular_file_is_read(tmp_path):
    """A person may name a link on the command line; it is followed to a regular file."""
    corpus = make_corpus(tmp_path / "c")
    real = tmp_path / "real.txt"
    shutil.copy(GOOD_PAGE, real)
    link = tmp_path / "link.txt"
    os.symlink(real, link)
    r = cli("ingest", link, "--corpus", corpus, "--dry-run")
    assert r.code == 0 and f"● {link}" in r.out, r


@pytest.mark.parametrize("target", ["/etc/passwd", "/dev/zero"])
def test_link_in_docs_is_not_published(tmp_path, target):
    """docs/ arrives by pull request too: a link there is refused, not copied to the site."""
    from build_tools.site import SiteBuildError, SiteSources, generate_docs
    docs = tmp_path / "docs"
    shutil.copytree(SOURCES.handwritten, docs)
    os.symlink(target, docs / "leak.md")
    corpus = make_corpus(tmp_path / "c")
    with pytest.raises(SiteBuildError) as err:
        generate_docs(corpus, tmp_path / "out", echo=lambda *a: None,
                      sources=SiteSources(config=SOURCES.config, handwritten=docs))
    assert str(docs / "leak.md") in str(err.value) and "符号链接" in str(err.value)
    assert not (tmp_path / "out" / "leak.md").exists()


@pytest.mark.parametrize("form", ["raw", "entity"])
def test_bidi_controls_never_reach_an_entry(tmp_path, form):
    """A right-to-left override in a page's title or text would make the title read
    backwards wherever it is listed; ingest drops every bidi control, check passes."""
    seed = SEEDS[0].read_text("utf-8")
    lines = seed.split("\n")
    controls = ["\u202e", "\u2066", "\u202b", "\u2069", "\u202c"]
    mark = (lambda ch: ch) if form == "raw" else (lambda ch: f"&#x{ord(ch):x};")
    for n, ch in zip(range(0, len(lines), max(1, len(lines) // 5)), controls, strict=False):
        lines[n] = lines[n][:3] + mark(ch) + lines[n][3:]
    page = tmp_path / ("bidi.txt" if form == "raw" else "bidi.html")
    body = "\n".join(lines)
    if form == "entity":
        body = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in lines) + "</body></html>"
    page.write_text(body, "utf-8")
    corpus = empty_corpus(tmp_path / "c")
    assert cli("ingest", page, "--corpus", corpus).code == 0
    got = entries(corpus)
    assert got
    for s in got:
        blob = "\n".join(str(v) for v in vars(s).values())
        assert not re.search("[\u202a-\u202e\u2066-\u2069]", blob), s.id
    assert cli("check", "--corpus", corpus).code == 0
