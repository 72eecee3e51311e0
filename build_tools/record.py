"""The one typed record for a speech, and its round trip through a corpus file.

A corpus file is YAML front matter between two `---` lines, then the cleaned text with
paragraphs separated by blank lines. `Speech.from_text(s.to_text()) == s` for every valid
record; tests assert it.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .errors import EntryError

#: libyaml's safe loader when PyYAML was built with it: same safe constructor, ~10x faster
#: (front matter parsing was a third of page generation at 1,000 speeches).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Exported keys, in order (the dataset contract).
EXPORT_FIELDS = (
    "id", "title", "date", "published", "added", "province", "city", "district", "level",
    "speaker", "campaign", "genre", "themes", "keywords", "truncated", "masked",
    "chars", "sources", "text",
)
LEVELS = ("省", "市", "县", "区", "乡镇")
CAMPAIGNS = ("全国文明城市", "全国文明典范城市", "省级文明城市", "省级文明县城", "国家卫生城市",
             "省级卫生城市", "市级卫生城市", "城市工作", "其他")
GENRES = ("讲话", "会议报道", "表态发言", "其他")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


@dataclass
class Speech:
    id: str
    title: str
    text: str
    date: str | None = None
    published: str | None = None
    # When the entry entered the archive (set by ingest, never changed afterwards): the
    # feed and 最新收录 order by it, since a speech's own date says nothing about novelty.
    added: str | None = None
    province: str | None = None
    city: str | None = None
    district: str | None = None
    level: str | None = None
    speaker: str | None = None
    campaign: str = "其他"
    genre: str = "讲话"
    themes: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    truncated: bool = False
    masked: bool = False
    chars: int = 0
    sources: list[dict[str, Any]] = field(default_factory=list)
    # Not exported: stated counts of a paywall notice, and fields a person should review.
    truncation: dict[str, int] | None = None
    review: list[str] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]

    def export(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        return {k: d[k] for k in EXPORT_FIELDS}

    def front_matter(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d.pop("text")
        if not d["truncation"]:
            d.pop("truncation")
        if not d["review"]:
            d.pop("review")
        return d

    def to_text(self) -> str:
        fm = yaml.dump(self.front_matter(), Dumper=_Dumper, allow_unicode=True,
                       sort_keys=False, width=10_000)
        return f"---\n{fm}---\n\n{self.text.strip()}\n"

    @classmethod
    def from_text(cls, content: str, path: str = "<entry>") -> "Speech":
        data, body, _ = split_front_matter(content, path)
        return cls.from_dict(data, body, path)

    @classmethod
    def from_dict(cls, data: dict[str, Any], body: str, path: str = "<entry>") -> "Speech":
        known = {f.name for f in dataclasses.fields(cls)} - {"text"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise EntryError(f"未知字段：{'、'.join(unknown)}", path=path, line=1,
                             hint=f"允许的字段：{', '.join(sorted(known))}")
        clean = {k: _plain(v) for k, v in data.items()}
        missing = [k for k in ("id", "title") if not clean.get(k)]
        if missing:
            raise EntryError(f"缺少字段：{'、'.join(missing)}", path=path, line=1,
                             hint="在头信息中补上这些字段")
        return cls(text=normalise_body(body), **clean)


def normalise_body(body: str) -> str:
    paras = [re.sub(r"\s*\n\s*", "", p).strip() for p in re.split(r"\n\s*\n", body)]
    return "\n\n".join(p for p in paras if p)


def count_chars(text: str) -> int:
    """Characters of the text without whitespace: what Chinese sites call 字数."""
    return sum(1 for ch in text if not ch.isspace())


def split_front_matter(content: str, path: str) -> tuple[dict[str, Any], str, int]:
    """Returns (front matter, body, line number where the body starts)."""
    content = content.lstrip("\ufeff")
    if not content.startswith("---\n"):
        raise EntryError("文件开头不是 '---' 头信息（front matter）", path=path, line=1,
                         hint="条目的格式是：'---'、YAML 字段、'---'，然后是正文")
    end = content.find("\n---\n", 3)
    if end < 0:
        raise EntryError("头信息没有以 '---' 行结束", path=path, line=1,
                         hint="在字段之后、正文之前加一行 ---")
    try:
        data = yaml.load(content[4:end + 1], Loader=_SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise EntryError(f"头信息不是有效的 YAML：{problem}", path=path, line=line,
                         hint="请检查这一行的引号和缩进") from None
    if not isinstance(data, dict):
        raise EntryError("头信息必须是“字段: 值”的形式", path=path, line=2,
                         hint="每行写一个字段，如 title: 标题")
    body_line = content[:end + 5].count("\n") + 1
    return data, content[end + 5:], body_line


def _plain(value: Any) -> Any:
    # A hand-typed unquoted date is parsed by YAML as a date; keep the record textual.
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Dumper(yaml.SafeDumper):
    pass


def _repr_list(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    flow = all(isinstance(v, (str, int, float, bool)) or v is None for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


def _repr_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    # Quote anything YAML could read back as another type (dates, numbers, yes/no).
    style = '"' if DATE_RE.match(data) or data.lower() in {"yes", "no", "on", "off", "null", "true", "false"} else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(list, _repr_list)
_Dumper.add_representer(str, _repr_str)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of an entry: `check` validates with it and the site publishes it."""
    return json.loads(resources.files(__package__).joinpath("schema.json").read_text("utf-8"))


def field_label(name: str) -> str:
    """A field's Chinese name (its schema title), as contributors and readers see it.
    `place` is the review note for province, city and district together."""
    if name == "place":
        return "地点"
    return str(schema()["properties"].get(name, {}).get("title", name))
