"""PR job summary: lists added/changed entries with metadata and similar existing speeches."""
from __future__ import annotations

import os
import random
import re
import subprocess
from pathlib import Path

import pytest

from build_tools import summary
from build_tools.record import Speech, count_chars

GIT_ENV = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          text=True, env=GIT_ENV).stdout


def han_text(seed: int, n: int = 1200) -> str:
    """Deterministic pseudo-speech: random common Han characters, in paragraphs."""
    rng = random.Random(seed)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    body = "".join(rng.choice(chars) for _ in range(n))
    return "\n\n".join(body[i:i + 200] + "。" for i in range(0, n, 200))


def speech(sid: str, title: str, text: str, **kw) -> Speech:
    return Speech(id=sid, title=title, text=text, chars=count_chars(text),
                  sources=[{"raw": f"raw/{sid.replace('-', '')}.txt", "site": None,
                            "part": None, "file": None}], **kw)


def write(corpus: Path, s: Speech) -> None:
    (corpus / "speeches" / f"{s.id}.md").write_text(s.to_text(), "utf-8")


@pytest.fixture()
def repo(tmp_path):
    root = tmp_path / "repo"
    corpus = root / "corpus"
    (corpus / "speeches").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    write(corpus, speech("2021-aaa111", "市委书记在创建全国文明城市动员大会上的讲话", han_text(1),
                         date="2021-03-02", province="浙江省", city="衢州市", level="市",
                         speaker="市委书记", campaign="全国文明城市", themes=["志愿服务"]))
    write(corpus, speech("2019-bbb222", "县长在创建国家卫生城市推进会上的讲话", han_text(2),
                         campaign="国家卫生城市", level="县"))
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "seed")
    git(root, "checkout", "-q", "-b", "pr")
    return root, corpus


def near_copy(text: str, every: int = 97) -> str:
    # Change one character in ~every 97: a re-posted copy with a few edits.
    return "".join("某" if i % every == 0 and ch not in "\n。" else ch for i, ch in enumerate(text))


def test_new_entry_listed_with_metadata_and_similar_existing(repo):
    root, corpus = repo
    write(corpus, speech("2021-ccc333", "在创建全国文明城市动员大会上的讲话（转载）",
                         near_copy(han_text(1)), date="2021-03", province="浙江省", city="衢州市",
                         district="柯城区", level="区", speaker="区委书记", campaign="全国文明城市",
                         genre="表态发言", themes=["志愿服务", "宣传发动"], truncated=True,
                         masked=True, review=["date", "speaker"]))
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "add one")

    out = summary.summarize("main", corpus)

    assert "新增 1 · 修改 0 · 删除 0" in out
    section = out.split("### 新增 added:", 1)[1].split("相似的现有条目", 1)[0]
    rows = dict(re.findall(r"^\| (.+?) \| (.+) \|$", section, re.M))
    # Every field of the schema but the text, its sources, keywords and the paywall counts,
    # in the schema's order, named by the schema's titles (the place fields as one row).
    assert list(rows) == ["字段 field", "---", "编号 id", "标题 title", "讲话日期 date", "发布日期 published",
                          "收录日期 added", "地点 place", "层级 level", "讲话人 speaker",
                          "创建类型 campaign", "文体 genre", "主题 themes", "删节 truncated",
                          "隐去名称 masked", "字数 chars", "待核字段 review"]
    assert rows["编号 id"] == "`2021-ccc333`"
    assert rows["标题 title"] == "在创建全国文明城市动员大会上的讲话（转载）"
    assert rows["讲话日期 date"] == "2021-03"
    assert rows["地点 place"] == "浙江省 衢州市 柯城区"
    assert rows["层级 level"] == "区"
    assert rows["讲话人 speaker"] == "区委书记"
    assert rows["创建类型 campaign"] == "全国文明城市"
    assert rows["文体 genre"] == "表态发言"
    assert rows["主题 themes"] == "志愿服务、宣传发动"
    assert rows["字数 chars"] == str(count_chars(near_copy(han_text(1))))
    assert rows["删节 truncated"] == "是 yes"
    assert rows["隐去名称 masked"] == "是 yes"
    assert "date、speaker" in rows["待核字段 review"]

    # The near copy is matched to the speech it copies, with a high figure; the unrelated
    # one is not listed.
    sim = re.search(r"^\| `2021-aaa111` \| 市委书记在创建全国文明城市动员大会上的讲话 \| (\d\.\d\d)(.*)\|$",
                    out, re.M)
    assert sim, out
    assert float(sim.group(1)) >= 0.8 and "likely duplicate" in sim.group(2)
    assert "2019-bbb222" not in out
    # Unchanged entries are context, not part of the PR.
    assert out.count("### ") == 1


def test_changed_entry_is_not_compared_with_itself(repo):
    root, corpus = repo
    path = corpus / "speeches" / "2019-bbb222.md"
    s = Speech.from_text(path.read_text("utf-8"))
    s.speaker = "县长"
    write(corpus, s)
    git(root, "commit", "-q", "-am", "fix speaker")

    out = summary.summarize("main", corpus)
    assert "新增 0 · 修改 1 · 删除 0" in out
    assert "### 修改 changed: 县长在创建国家卫生城市推进会上的讲话" in out
    assert "| 讲话人 speaker | 县长 |" in out
    assert "No similar existing speech" in out


def test_no_changes(repo):
    _, corpus = repo
    assert "No speech entries added or changed" in summary.summarize("main", corpus)


MALICIOUS = "<script>alert(1)</script> | 讲话 ![x](http://evil.example/a.png) @admin"


def test_malicious_title_is_escaped(repo, capsys):
    root, corpus = repo
    write(corpus, speech("2022-ddd444", MALICIOUS, han_text(3), speaker="<b>x</b>|y"))
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "evil")

    assert summary.main(["--base", "main", "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out
    assert "![" not in out and "](http" not in out       # no image, no link
    assert "@admin" not in out                           # no mention
    # Every table row still has exactly its 3 cell borders: escaped pipes don't count.
    for line in out.splitlines():
        if line.startswith("| "):
            assert len(re.findall(r"(?<!\\)\|", line)) == 3, line


def test_unknown_base_is_an_error(repo, capsys):
    _, corpus = repo
    assert summary.main(["--base", "no-such-ref", "--corpus", str(corpus)]) == 2
    assert "no-such-ref" in capsys.readouterr().err


def test_broken_entry_is_reported_not_fatal(repo):
    root, corpus = repo
    (corpus / "speeches" / "2023-eee555.md").write_text("no front matter\n", "utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "broken")
    out = summary.summarize("main", corpus)
    assert "`2023-eee555.md`" in out and "does not parse" in out


def test_md_escapes_table_and_html():
    assert summary.md("a|b") == r"a\|b"
    assert summary.md("<i>") == "&lt;i&gt;"
    assert summary.md("x\ny") == "x y"
    assert summary.md(None) == "—"
    assert summary.md(["甲", "乙"]) == "甲、乙"
