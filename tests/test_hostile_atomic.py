"""A page is ingested all or nothing, and two ingests on one corpus never race.

The fault is real: a child process ingests a 6-speech compilation page and is killed
(os._exit, so no cleanup of any kind runs) at a chosen point of its write path — before
the journal lands, or after k of the page's 7 renames. The oracle is a clean run of the
same page into a copy of the same corpus: after repair, the corpus must equal it byte for
byte; before repair, `check` must say what happened."""
from __future__ import annotations

import fcntl
import os
import random
import subprocess
import sys
import time

import pytest

from build_tools.transaction import JOURNAL, STAGING
from hostile_support import REPO, cli, make_corpus, no_traceback, tree

CLS = "atomic"
ROLES = ["市场监管局局长", "城管局局长", "交通运输局局长", "卫健委主任", "教育局局长", "住建局局长",
         "街道党工委书记", "社区党委书记", "公安局副局长", "文明办主任"]
PARTS = 6


COMMON_HAN = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
              "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使"
              "点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看"
              "原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员")


def compilation(n: int = PARTS, seed: int = 0) -> str:
    """A compilation page of n distinct speeches, each with a 【篇N】 title."""
    rng = random.Random(seed)
    # Common characters: a run of rare ones (U+4E00 onwards) is what mojibake looks like,
    # and ingest removes it.
    chars = list(COMMON_HAN)
    out = [f"创城表态发言稿（精选{n}篇）"]
    for i in range(n):
        out += [f"【篇{i + 1}】{ROLES[i % len(ROLES)]}在创城推进会上的表态发言", "各位领导、同志们："]
        for _ in range(3):
            out.append("我们将" + "，".join("".join(rng.choice(chars) for _ in range(12))
                                          for _ in range(5)) + "。")
    return "\n".join(out) + "\n"


# Runs the real CLI; os.replace dies (os._exit: no finally, no atexit) at the chosen point.
KILLER = """
import os, sys
from pathlib import Path
phase, k = sys.argv[1], int(sys.argv[2])
real, done = os.replace, [0]
def replace(src, dst):
    journal = Path(dst).name == ".ingest-journal.json"
    if phase == "before-journal" and journal:
        os._exit(137)
    if phase == "after-renames" and not journal and "/.staging/" in str(src):
        if done[0] == k:
            os._exit(137)
        done[0] += 1
    return real(src, dst)
os.replace = replace
from build_tools.cli import main
main(sys.argv[3:])
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    p = tmp_path_factory.mktemp("page") / "compilation.txt"
    p.write_text(compilation(), "utf-8")
    return p


@pytest.fixture(scope="module")
def oracle(tmp_path_factory, page):
    """The corpus before, and after a clean ingest of the page."""
    root = tmp_path_factory.mktemp("oracle")
    corpus = make_corpus(root)
    before = tree(corpus)
    r = cli("ingest", page, "--corpus", corpus, cls=CLS, label="clean ingest, 6-speech page")
    assert r.code == 0 and r.out.count("+ 新增") == PARTS, r
    return corpus, before, tree(corpus)


def killed(tmp_path, page, phase, k=0):
    corpus = make_corpus(tmp_path)
    r = subprocess.run([sys.executable, "-c", KILLER, phase, str(k), "ingest", str(page),
                        "--corpus", str(corpus)], cwd=REPO, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 137, r.stdout + r.stderr
    return corpus


def entries_and_raw(t: dict) -> dict:
    return {k: v for k, v in t.items() if k.startswith(("speeches/", "raw/"))}


@pytest.mark.parametrize("k", [0, 1, PARTS // 2, PARTS])
def test_killed_after_commit_point_is_finished(tmp_path, page, oracle, k):
    _, before, after = oracle
    corpus = killed(tmp_path, page, "after-renames", k)
    state = entries_and_raw(tree(corpus))
    assert state != after  # the kill really left the page half-written
    r = cli("check", "--corpus", corpus, cls=CLS, label=f"check after kill at rename {k}")
    no_traceback(r)
    assert r.code != 0 and f"{corpus / JOURNAL}:1:" in r.out and "中断" in r.out, r
    r = cli("check", "--corpus", corpus, "--repair", cls=CLS, label="check --repair")
    no_traceback(r)
    assert r.code == 0 and "完成了上次被中断的导入" in r.out, r
    assert tree(corpus) == after


def test_killed_before_commit_point_leaves_nothing(tmp_path, page, oracle):
    _, before, after = oracle
    corpus = killed(tmp_path, page, "before-journal")
    assert entries_and_raw(tree(corpus)) == entries_and_raw(before)
    r = cli("check", "--corpus", corpus, cls=CLS, label="check after kill before journal")
    assert r.code != 0 and f"{corpus / STAGING}:1:" in r.out, r
    # The next ingest cleans up, then ingests the page whole.
    r = cli("ingest", page, "--corpus", corpus, cls=CLS, label="ingest after kill")
    no_traceback(r)
    assert r.code == 0 and "暂存文件" in r.out, r
    assert tree(corpus) == after


def test_next_ingest_finishes_an_interrupted_one(tmp_path, page, oracle):
    _, _, after = oracle
    corpus = killed(tmp_path, page, "after-renames", 3)
    r = cli("ingest", page, "--corpus", corpus, cls=CLS, label="ingest after kill at rename 3")
    no_traceback(r)
    assert r.code == 0 and "完成了上次被中断的导入" in r.out, r
    assert "新增 0 篇" in r.out   # the page is all there: the rerun adds nothing
    assert tree(corpus) == after


def test_forged_journal_moves_nothing(tmp_path):
    corpus = make_corpus(tmp_path)
    (corpus / JOURNAL).write_text('{"moves": [{"from": ".staging/00000000/0", '
                                  '"to": "../../etc/owned", "overwrite": true}]}', "utf-8")
    before = tree(corpus)
    r = cli("check", "--corpus", corpus, "--repair")
    no_traceback(r)
    assert r.code != 0 and "journal" in r.out and str(corpus / JOURNAL) in r.out, r
    assert tree(corpus) == before


def test_second_ingest_waits_for_the_lock(tmp_path, page, oracle):
    _, _, after = oracle
    corpus = make_corpus(tmp_path)
    fd = os.open(corpus, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)            # another ingest holds the corpus
    log = tmp_path / "log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "build_tools", "ingest", str(page),
                                 "--corpus", str(corpus)], cwd=REPO, stdout=out, stderr=out)
        try:
            deadline = time.monotonic() + 60
            while "等待" not in log.read_text("utf-8", "replace"):
                assert proc.poll() is None and time.monotonic() < deadline, log.read_text("utf-8")
                time.sleep(0.1)
            assert not (corpus / "speeches").exists() or len(list((corpus / "speeches").iterdir())) == 2
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        assert proc.wait(timeout=120) == 0, log.read_text("utf-8")
    assert tree(corpus) == after


def test_two_ingests_at_once(tmp_path):
    """Two real runs started together on one corpus, each with its own page: both succeed,
    and the corpus holds exactly what the two runs one after the other give."""
    pages = []
    for n in range(2):
        p = tmp_path / f"page{n}.txt"
        p.write_text(compilation(2, seed=10 + n), "utf-8")
        pages.append(p)
    sequential = make_corpus(tmp_path / "seq")
    for p in pages:
        assert cli("ingest", p, "--corpus", sequential).code == 0
    corpus = make_corpus(tmp_path / "par")
    procs = [subprocess.Popen([sys.executable, "-m", "build_tools", "ingest", str(p), "--corpus",
                               str(corpus)], cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True) for p in pages]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert all("Traceback" not in o for o in outs), outs
    assert tree(corpus) == tree(sequential)
