"""The corpus folder: reading and writing entries, raw inputs and the theme taxonomy.

Layout (all paths relative to the corpus folder):
  speeches/<id>.md   one entry per speech (front matter + text)
  raw/<hash>.<ext>   every raw input exactly as it was ingested (provenance)
  taxonomy.yaml      theme names with weighted keywords; contributors extend it
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import CorpusConflict, EntryError
from .record import Speech, is_valid_id
from .untrusted import TAXONOMY_NODES, key_lines, load_yaml, read_text_bounded

SPEECHES = "speeches"
RAW = "raw"
TAXONOMY = "taxonomy.yaml"


def entry_path(corpus: Path, speech_id: str) -> Path:
    # Ids are the only thing that becomes a path: validate before joining.
    if not is_valid_id(speech_id):
        raise EntryError(f"编号（id）无效：{speech_id!r}", hint="编号只能由小写字母 a-z、数字 0-9 和连字符 - 组成")
    return corpus / SPEECHES / f"{speech_id}.md"


def iter_entry_files(corpus: Path) -> Iterator[Path]:
    """Every `speeches/*.md` name, whatever it is: reading refuses a folder, link or device
    named so, which then gets its own message instead of being skipped unnoticed."""
    folder = corpus / SPEECHES
    if folder.is_dir():
        yield from sorted(folder.glob("*.md"))


def read_entry_text(path: Path, corpus: Path | None = None) -> str:
    """An entry's text: a regular file inside the corpus, at most 2 MB, UTF-8, LF newlines."""
    root = Path(corpus) if corpus is not None else Path(path).parent.parent
    text = read_text_bounded(path, root=root)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_entry(path: Path, corpus: Path | None = None) -> Speech:
    return Speech.from_text(read_entry_text(path, corpus), str(path))


def load_corpus(corpus: Path) -> list[Speech]:
    """All entries, sorted by id. Raises EntryError naming the first bad file."""
    return [read_entry(p, corpus) for p in iter_entry_files(corpus)]


def atomic_write(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write via a temporary file in the same folder, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not overwrite:
        raise CorpusConflict(f"{path} 已经存在", path=str(path),
                             hint="已有条目不会被覆盖；如要替换，请加 --replace")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_entry(corpus: Path, speech: Speech, *, overwrite: bool = False) -> Path:
    path = entry_path(corpus, speech.id)
    atomic_write(path, speech.to_text().encode("utf-8"), overwrite=overwrite)
    return path


def raw_name(data: bytes, suffix: str) -> str:
    ext = "html" if suffix.lower() in {".html", ".htm"} else "txt"
    return f"{RAW}/{hashlib.sha256(data).hexdigest()[:16]}.{ext}"


@dataclass(frozen=True)
class Theme:
    name: str
    description: str
    keywords: dict[str, float]


def load_taxonomy(corpus: Path) -> list[Theme]:
    path = corpus / TAXONOMY
    where = str(path)
    if not path.exists() and not path.is_symlink():
        raise EntryError("缺少主题分类文件", path=where,
                         hint="请从 git 恢复 corpus/taxonomy.yaml")
    text = read_text_bounded(path, root=corpus)
    data = load_yaml(text, where, budget=TAXONOMY_NODES) or {}
    lines = key_lines(text)
    form = "themes: 下每个主题写 description: 说明 和 keywords: {词: 权重}"
    if not isinstance(data, dict) or not isinstance(data.get("themes") or {}, dict):
        raise EntryError("主题分类表（taxonomy）格式不对：应有 themes: 映射", path=where,
                         line=lines.get("themes", 1), hint=form)
    themes = []
    for name, spec in (data.get("themes") or {}).items():
        line = _line_of(text, f"{name}:")
        if not isinstance(spec, dict) or not isinstance(spec.get("keywords"), dict):
            raise EntryError(f"主题 {name!r} 缺少 keywords（关键词: 权重 的映射）",
                             path=where, line=line, hint=form)
        desc = spec.get("description", "")
        if not isinstance(desc, str):
            raise EntryError(f"主题 {name!r} 的 description 应为文字", path=where, line=line,
                             hint="给说明加引号")
        weights = {}
        for word, weight in spec["keywords"].items():
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) \
                    or not 0 < weight <= 10:
                raise EntryError(f"主题 {name!r} 的关键词 {word!r} 权重 {str(weight)[:20]!r} 无效",
                                 path=where, line=_line_of(text, f"{word}:", line),
                                 hint="权重是 0 到 10 之间的数，例如 1.0（强证据）或 0.5（辅助）")
            weights[word] = float(weight)
        themes.append(Theme(name, desc, weights))
    return themes


def _line_of(text: str, needle: str, start: int = 1) -> int:
    for n, line in enumerate(text.split("\n"), 1):
        if n >= start and needle in line:
            return n
    return start
