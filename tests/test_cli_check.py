"""`check` reports each broken entry as file:line: message and exits non-zero; every CLI
command's help shows an example."""
from __future__ import annotations

import re

import pytest

from build_tools.cli import main
from ingest_support import cli, seed_corpus

ENTRY = "nd-de0c15"   # any shipped entry; edits below are made to a copy


def line_of(content: str, prefix: str) -> int:
    for n, line in enumerate(content.split("\n"), 1):
        if line.startswith(prefix):
            return n
    raise AssertionError(prefix)


def broken(tmp_path, edit):
    corpus = seed_corpus(tmp_path)
    path = corpus / "speeches" / f"{ENTRY}.md"
    content = path.read_text("utf-8")
    new_path, new_content, line, message = edit(path, content)
    if new_path != path:
        path.unlink()
    new_path.write_text(new_content, "utf-8")
    return corpus, new_path, line, message


def bad_yaml(path, c):
    c = c.replace("\ntitle: ", "\ntitle: [unclosed ", 1)
    return path, c, line_of(c, "title:") + 1, "YAML 格式有误"


def unknown_theme(path, c):
    c = re.sub(r"\nthemes: \[", "\nthemes: [不存在的主题, ", c, count=1)
    return path, c, line_of(c, "themes:"), "不存在的主题"


def id_not_file_name(path, c):
    new = path.with_name("nd-renamed-000000.md")
    return new, c, line_of(c, "id:"), "与文件名"


def chars_wrong(path, c):
    c = re.sub(r"\nchars: \d+", "\nchars: 12", c, count=1)
    return path, c, line_of(c, "chars:"), "chars 写的是 12"


def junk_line(path, c):
    c = c.rstrip("\n") + "\n\n点击下载全文（doc格式）\n"
    return path, c, len(c.rstrip("\n").split("\n")), "残留的非正文内容"


def unknown_city(path, c):
    c = c.replace("\ncity: null", "\ncity: 不存在市", 1)
    return path, c, line_of(c, "city:"), "不是行政区划中的地级行政区"


EDITS = [bad_yaml, unknown_theme, id_not_file_name, chars_wrong, junk_line, unknown_city]


@pytest.mark.parametrize("edit", EDITS, ids=[e.__name__ for e in EDITS])
def test_check_reports_file_line_message(tmp_path, edit):
    corpus, path, line, message = broken(tmp_path, edit)
    res = cli("check", "--corpus", corpus)
    assert res.code != 0
    hits = [ln for ln in res.out.splitlines() if ln.startswith(f"{path}:{line}: ")]
    assert any(message in h for h in hits), (f"{path}:{line}", res.out)


def test_check_reports_near_duplicate_pair(tmp_path):
    corpus = seed_corpus(tmp_path)
    src = corpus / "speeches" / f"{ENTRY}.md"
    content = src.read_text("utf-8")
    copy_id = "nd-copy-aaaaaa"
    body_start = content.index("\n---\n") + 5
    # Same speech with one paragraph dropped: still the same speech.
    head, body = content[:body_start], content[body_start:]
    paras = body.strip().split("\n\n")
    body2 = "\n\n".join(paras[:3] + paras[4:])
    chars = sum(1 for ch in body2 if not ch.isspace())
    head2 = re.sub(r"\nchars: \d+", f"\nchars: {chars}", head.replace(f"id: {ENTRY}", f"id: {copy_id}"))
    (corpus / "speeches" / f"{copy_id}.md").write_text(head2 + "\n" + body2 + "\n", "utf-8")
    res = cli("check", "--corpus", corpus)
    assert res.code != 0
    dup = [ln for ln in res.out.splitlines() if "几乎相同" in ln]
    assert len(dup) == 1, res.out
    assert re.match(r"^.+\.md:\d+: 与 \S+ 几乎相同", dup[0])
    assert copy_id in dup[0] and ENTRY in dup[0]


def test_check_missing_raw_source(tmp_path):
    corpus = seed_corpus(tmp_path)
    raw = sorted((corpus / "raw").iterdir())[0]
    raw.unlink()
    res = cli("check", "--corpus", corpus)
    assert res.code != 0
    assert f"来源文件 raw/{raw.name} 不在语料中" in res.out


def test_check_clean_copy_passes(tmp_path):
    corpus = seed_corpus(tmp_path)
    assert cli("check", "--corpus", corpus).code == 0


@pytest.mark.parametrize("command", [None, *sorted(main.commands)])
def test_help_has_example(command):
    res = cli(*([command] if command else []), "--help")
    assert res.code == 0
    assert "示例" in res.out
    if command:
        assert f"python -m build_tools {command}" in res.out
