"""Hostile YAML: an alias bomb (330 bytes, 10^9 leaves once expanded), a node flood and an
oversized entry are refused by every command that reads YAML — check, build, export,
ingest, the PR summary — quickly, with the file and line named, and no traceback."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from build_tools.errors import EntryError
from build_tools.untrusted import ENTRY_NODES, MAX_FILE_BYTES, load_yaml
from hostile_support import (REPO, cli, entry_file, make_corpus, no_traceback, run, han_text)

CLS = "yaml"


def alias_bomb(levels: int = 9) -> str:
    """The classic "billion laughs": each level lists the previous one ten times."""
    rows = ["&l0 [" + ", ".join(["lol"] * 10) + "]"]
    for n in range(1, levels):
        rows.append(f"&l{n} [" + ", ".join([f"*l{n - 1}"] * 10) + "]")
    return "[" + ", ".join(rows) + "]"


def with_line(corpus, line: str, after: str = "title:") -> int:
    """Insert `line` after the field `after` of the test entry; returns its line number."""
    path = entry_file(corpus)
    lines = path.read_text("utf-8").split("\n")
    at = next(n for n, x in enumerate(lines) if x.startswith(after)) + 1
    lines.insert(at, line)
    path.write_text("\n".join(lines), "utf-8")
    return at + 1


def test_bomb_is_small():
    assert len(f"review: {alias_bomb()}") < 700


@pytest.mark.parametrize("command", ["check", "export", "build", "ingest"])
def test_alias_bomb_in_entry_refused_by_every_command(tmp_path, command):
    corpus = make_corpus(tmp_path)
    line = with_line(corpus, f"review: {alias_bomb()}")
    page = tmp_path / "page.txt"
    page.write_text(han_text(7), "utf-8")
    args = {"check": ["check", "--corpus", corpus],
            "export": ["export", "--corpus", corpus],
            "build": ["build", "--corpus", corpus, "--site-dir", tmp_path / "site"],
            "ingest": ["ingest", page, "--corpus", corpus]}[command]
    r = cli(*args, cls=CLS, label=f"alias bomb, {command}")
    no_traceback(r)
    assert r.code != 0, r
    assert f"{entry_file(corpus)}:{line}:" in r.out, r
    assert "别名" in r.out


def test_alias_bomb_in_summary(tmp_path):
    root = tmp_path / "repo"
    corpus = make_corpus(root)
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull,
           "GIT_CONFIG_NOSYSTEM": "1"}

    def git(*args):
        subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                       env={**os.environ, **env})
    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-q", "-m", "seed")
    git("checkout", "-q", "-b", "pr")
    with_line(corpus, f"review: {alias_bomb()}")
    git("commit", "-q", "-am", "bomb")
    r = run([sys.executable, "-m", "build_tools.summary", "--base", "main", "--corpus", str(corpus)],
            cls=CLS, label="alias bomb, summary", cwd=REPO)
    no_traceback(r)
    assert "别名" in r.out and "does not parse" in r.out, r


@pytest.mark.parametrize("command", ["check", "build", "ingest"])
def test_alias_bomb_in_taxonomy(tmp_path, command):
    corpus = make_corpus(tmp_path)
    tax = corpus / "taxonomy.yaml"
    tax.write_text(tax.read_text("utf-8") + f"lol: {alias_bomb()}\n", "utf-8")
    line = tax.read_text("utf-8").count("\n")
    page = tmp_path / "page.txt"
    page.write_text(han_text(7), "utf-8")
    args = {"check": ["check", "--corpus", corpus],
            "build": ["build", "--corpus", corpus, "--site-dir", tmp_path / "site"],
            "ingest": ["ingest", page, "--corpus", corpus]}[command]
    r = cli(*args, cls=CLS, label=f"alias bomb in taxonomy, {command}")
    no_traceback(r)
    assert r.code != 0
    assert f"{tax}:{line}:" in r.out, r


def test_node_flood_refused(tmp_path):
    corpus = make_corpus(tmp_path)
    line = with_line(corpus, "review: [" + ", ".join(["x"] * (ENTRY_NODES + 1)) + "]")
    r = cli("check", "--corpus", corpus, cls=CLS, label="node flood, check")
    no_traceback(r)
    assert r.code != 0 and f"{entry_file(corpus)}:{line}:" in r.out and "节点" in r.out, r


@pytest.mark.parametrize("command", ["check", "export"])
def test_oversized_entry_refused(tmp_path, command):
    corpus = make_corpus(tmp_path)
    path = entry_file(corpus)
    para = "全市上下要以创建全国文明城市为抓手，推动城市管理水平持续提升。"
    path.write_text(path.read_text("utf-8") + ("\n\n" + para) * (MAX_FILE_BYTES // len(para.encode()) + 1),
                    "utf-8")
    r = cli(command, "--corpus", corpus, cls=CLS, label=f"oversized entry, {command}")
    no_traceback(r)
    assert r.code != 0 and str(path) in r.out and "上限" in r.out, r


def test_loader_refuses_each_shape():
    """The library itself: each hostile shape is an EntryError with a line, never a hang
    or a bare ValueError (numbers beyond Python's 4,300-digit limit, impossible dates)."""
    cases = {
        "a: &x [1]\nb: *x\n": (2, "别名"),
        "a: 1\na: 2\n": (2, "重复"),
        "123: x\n": (1, "不是文字"),
        "2022-01-01: x\n": (None, None),            # a date-looking key stays text: accepted
        "<<: {a: 1}\n": (1, "不是文字"),
        "chars: " + "9" * 5000 + "\n": (1, "数字过长"),
        'title: "a\\x1bb"\n': (1, "控制字符"),
        'title: "a\\0b"\n': (1, "控制字符"),
        "date: !!timestamp 2022-13-45\n": (1, "无法读取"),
        "title: !!python/object:os.system x\n": (1, "not valid YAML"),
    }
    for text, (line, needle) in cases.items():
        if needle is None:
            assert isinstance(load_yaml(text, "t.yaml", budget=100), dict)
            continue
        with pytest.raises(EntryError) as err:
            load_yaml(text, "t.yaml", budget=100)
        assert err.value.line == line and needle in err.value.message, (text[:40], err.value)
    # Unquoted dates are no longer parsed by YAML: valid ones keep their text, impossible
    # ones are left for the record's date rule (test_hostile_check) instead of a ValueError.
    assert load_yaml("date: 2022-02-30\n", "t", budget=10) == {"date": "2022-02-30"}
    assert load_yaml("date: 2021-05-01\n", "t", budget=10) == {"date": "2021-05-01"}
