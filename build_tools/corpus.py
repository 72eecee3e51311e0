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

import yaml

from .errors import CorpusConflict, EntryError
from .record import ID_RE, Speech

SPEECHES = "speeches"
RAW = "raw"
TAXONOMY = "taxonomy.yaml"


def entry_path(corpus: Path, speech_id: str) -> Path:
    # Ids are the only thing that becomes a path: validate before joining.
    if not ID_RE.match(speech_id or "") or len(speech_id) > 64:
        raise EntryError(f"编号（id）无效：{speech_id!r}", hint="编号只能由小写字母 a-z、数字 0-9 和连字符 - 组成")
    return corpus / SPEECHES / f"{speech_id}.md"


def iter_entry_files(corpus: Path) -> Iterator[Path]:
    folder = corpus / SPEECHES
    if folder.is_dir():
        yield from sorted(folder.glob("*.md"))


def read_entry(path: Path) -> Speech:
    try:
        content = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise EntryError("条目不是 UTF-8 编码", path=str(path), hint="请把文件另存为 UTF-8 编码") from None
    return Speech.from_text(content, str(path))


def load_corpus(corpus: Path) -> list[Speech]:
    """All entries, sorted by id. Raises EntryError naming the first bad file."""
    return [read_entry(p) for p in iter_entry_files(corpus)]


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


def store_raw(corpus: Path, data: bytes, suffix: str) -> str:
    """Keep the raw bytes; the same input always maps to the same file."""
    rel = raw_name(data, suffix)
    path = corpus / rel
    if not path.exists():
        atomic_write(path, data)
    return rel


@dataclass(frozen=True)
class Theme:
    name: str
    description: str
    keywords: dict[str, float]


def load_taxonomy(corpus: Path) -> list[Theme]:
    path = corpus / TAXONOMY
    if not path.exists():
        raise EntryError("缺少主题分类文件", path=str(path),
                         hint="请从 git 恢复 corpus/taxonomy.yaml")
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise EntryError(f"不是有效的 YAML：{getattr(exc, 'problem', exc)}", path=str(path),
                         line=mark.line + 1 if mark else None) from None
    themes = []
    for name, spec in (data.get("themes") or {}).items():
        if not isinstance(spec, dict) or not isinstance(spec.get("keywords"), dict):
            raise EntryError(f"主题 {name!r} 缺少 keywords（关键词: 权重 的映射）",
                             path=str(path), hint="照其他主题的格式补上 keywords")
        themes.append(Theme(str(name), str(spec.get("description", "")),
                            {str(k): float(v) for k, v in spec["keywords"].items()}))
    return themes
