"""The one typed record for a speech, the list of fields it obeys, and its round trip
through a corpus file.

build_tools/schema.json is the one list of fields: each field's name, JSON type, allowed
values, Chinese name (`title`) and description, in order; the `required` ones are the
exported dataset. `schema_fields()` reads it, and everything that names fields reads that: the
export columns, `check`'s labels and messages, the site's 数据 page, the PR summary. The
`Speech` dataclass mirrors it for typing (a test holds its fields equal to the schema's
properties, in order) and gives `vet_fields` the Python type each field must have.

A corpus file is YAML front matter between two `---` lines, then the cleaned text with
paragraphs separated by blank lines. `Speech.from_text(s.to_text()) == s` for every valid
record; tests assert it.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import re
import types
import typing
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .errors import EntryError
from .untrusted import CONTROL, ENTRY_NODES, describe_control, key_lines, load_yaml


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of an entry: `check` validates with it and the site publishes it."""
    return json.loads(resources.files(__package__).joinpath("schema.json").read_text("utf-8"))


@dataclass(frozen=True)
class SchemaField:
    """One field as schema.json states it."""
    name: str
    title: str                      # Chinese name, as contributors and readers see it
    description: str
    types: tuple[str, ...]          # JSON types ("string", "null", ...), an enum's included
    allowed: tuple[str, ...]        # an enum's values without null; () when not an enum
    exported: bool                  # a column of the dataset (the schema's `required`)


@lru_cache(maxsize=1)
def schema_fields() -> tuple[SchemaField, ...]:
    """Every field of an entry, in order: the one accessor for schema.json's field list."""
    sch = schema()
    required = set(sch["required"])
    out = []
    for name, prop in sch["properties"].items():
        enum = prop.get("enum", [])
        # An enum's values are text, or null where the field may be unknown.
        json_type = prop.get("type") or (["string", "null"] if None in enum else "string")
        out.append(SchemaField(
            name=name, title=prop.get("title", name), description=prop.get("description", ""),
            types=(json_type,) if isinstance(json_type, str) else tuple(json_type),
            allowed=tuple(v for v in enum if v is not None), exported=name in required))
    return tuple(out)


def schema_field(name: str) -> SchemaField:
    """The field called `name`; KeyError when schema.json has none."""
    return _by_name()[name]


@lru_cache(maxsize=1)
def _by_name() -> dict[str, SchemaField]:
    return {f.name: f for f in schema_fields()}


#: Exported keys, in order (the dataset contract).
EXPORT_FIELDS = tuple(f.name for f in schema_fields() if f.exported)
LEVELS = schema_field("level").allowed
CAMPAIGNS = schema_field("campaign").allowed
GENRES = schema_field("genre").allowed
#: The fields that together say where a speech was given; a `review:` item "place" names
#: all three (its label is PLACE_LABEL).
PLACE_FIELDS = ("province", "city", "district")
PLACE_LABEL = "地点"
#: Fields that hold a date: besides the schema's pattern, each must be a real calendar day.
DATE_FIELDS = ("date", "published", "added")


def _schema_pattern(name: str) -> re.Pattern[str]:
    """A field's pattern as schema.json states it, ending in \\Z instead of $: in Python `$`
    also matches before a final newline, and an id "abc\\n" reached URLs."""
    pattern = str(schema()["properties"][name]["pattern"])
    return re.compile(pattern.removesuffix("$") + r"\Z")


ID_RE = _schema_pattern("id")
MAX_ID = int(schema()["properties"]["id"]["maxLength"])
DATE_RE = _schema_pattern("date")


# kw_only: the fields keep the schema's order (text after sources) although id, title and
# text have no default.
@dataclass(kw_only=True)
class Speech:
    id: str
    title: str
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
    text: str
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
        """Every field but the text; a field the dataset leaves out is written only when set."""
        d = dataclasses.asdict(self)
        d.pop("text")
        for f in schema_fields():
            if not f.exported and f.name in d and not d[f.name]:
                d.pop(f.name)
        return d

    def to_text(self) -> str:
        fm = yaml.dump(self.front_matter(), Dumper=_Dumper, allow_unicode=True,
                       sort_keys=False, width=10_000)
        return f"---\n{fm}---\n\n{self.text.strip()}\n"

    @classmethod
    def from_text(cls, content: str, path: str = "<entry>") -> "Speech":
        data, body, body_line = split_front_matter(content, path)
        bad = CONTROL.search(body)
        if bad:
            line = body_line + body[:bad.start()].count("\n")
            raise EntryError(f"正文含控制字符 {describe_control(bad.group())}", path=path, line=line,
                             hint="删除该字符（它在网页里会变成乱码或终端转义序列）")
        return cls.from_dict(data, body, path, lines=key_lines(content))

    @classmethod
    def from_dict(cls, data: dict[str, Any], body: str, path: str = "<entry>",
                  lines: dict[str, int] | None = None) -> "Speech":
        known = {f.name for f in dataclasses.fields(cls)} - {"text"}
        unknown = sorted(str(k) for k in set(data) - known)
        if unknown:
            raise EntryError(f"未知字段：{'、'.join(unknown)}", path=path, line=1,
                             hint=f"允许的字段：{', '.join(sorted(known))}")
        clean = {k: _plain(v) for k, v in data.items()}
        missing = [k for k in _NEEDED if not clean.get(k)]
        if missing:
            raise EntryError(f"缺少字段：{'、'.join(missing)}", path=path, line=1,
                             hint="在头信息中补上这些字段")
        vet_fields(clean, path, lines or {})
        return cls(text=normalise_body(body), **clean)


def _python_types(annotation: Any) -> tuple[type, ...]:
    """`str | None` -> (str, NoneType); `list[str]` -> (list,)."""
    args = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    return tuple(typing.get_origin(a) or a for a in args)


_HINTS = typing.get_type_hints(Speech)
#: The Python type each field must have once parsed (the dataclass's annotations): what
#: every stage relies on. The JSON Schema (check) says more (lengths, enums); these are the
#: ones without which build, export or ingest would fail or publish garbage, so every
#: command refuses them.
_TYPES: dict[str, tuple[type, ...]] = {name: _python_types(hint) for name, hint in _HINTS.items()}
_TYPE_NAMES = {str: "文字", type(None): "空", list: "列表", bool: "true/false", int: "整数",
               dict: "映射（mapping）"}
#: What each item of a list field must be.
_ITEM_TYPES = {name: _python_types(typing.get_args(hint)[0])[0] for name, hint in _HINTS.items()
               if typing.get_origin(hint) is list}
#: The fields an entry cannot be read without (those with no default; the text is the body).
_NEEDED = tuple(f.name for f in dataclasses.fields(Speech)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                and f.name != "text")


def vet_fields(data: dict[str, Any], path: str, lines: dict[str, int]) -> None:
    """Types, an exact id and real dates: refused by every command (EntryError, file:line)."""
    for key, value in data.items():
        want = _TYPES.get(key)
        line = lines.get(key, 1)
        # bool is an int in Python; `chars: true` is not a count.
        if want and (not isinstance(value, want) or (bool not in want and isinstance(value, bool))):
            names = "或".join(_TYPE_NAMES[t] for t in want)
            raise EntryError(f"字段 {key} 应为{names}，实际是 {type(value).__name__} 值 {str(value)[:40]!r}",
                             path=path, line=line,
                             hint=f'若是文字，请加引号，例如 {key}: "{str(value)[:20]}"')
        item = _ITEM_TYPES.get(key)
        if item and any(not isinstance(v, item) for v in value):
            raise EntryError(f"字段 {key} 的每一项都应为{_TYPE_NAMES[item]}", path=path, line=line,
                             hint="给各项加引号")
    sid = data["id"]
    if not ID_RE.match(sid) or len(sid) > MAX_ID:
        raise EntryError(f"编号 id {sid[:80]!r} 不合规", path=path, line=lines.get("id", 1),
                         hint=f"id 只能由小写字母 a-z、数字 0-9 和连字符 - 组成（最多 {MAX_ID} 个字符），"
                              "不能以 - 开头或结尾，也不能含换行")
    for key in DATE_FIELDS:
        value = data.get(key)
        if value is not None and not real_date(value):
            raise EntryError(f"{key} {value[:40]!r} 不是有效日期", path=path, line=lines.get(key, 1),
                             hint="写成 YYYY-MM-DD、YYYY-MM 或 YYYY，且日期真实存在（例如没有 2 月 30 日）")


def real_date(value: str) -> bool:
    if not DATE_RE.match(value):
        return False
    if len(value) == 10:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return False
    return True


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
    data = load_yaml(content[4:end + 1], path, budget=ENTRY_NODES, first_line=2) or {}
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


def review_field(item: str) -> str:
    """The field a `review:` item names: ingest may add its evidence in brackets, as in
    "genre（会议报道？依据：…）"."""
    return item.split("（", 1)[0]


def field_label(name: str) -> str:
    """A field's Chinese name (its schema title), as contributors and readers see it, with
    any bracketed note of a review item kept. `place` is the review note for province,
    city and district together."""
    field_name = review_field(name)
    note = name[len(field_name):]
    if field_name == "place":
        return PLACE_LABEL + note
    known = _by_name().get(field_name)
    return (known.title if known else field_name) + note
