"""Reading contributor-controlled files and YAML within fixed bounds (one home for the limits).

Everything under corpus/ arrives by pull request from strangers, and CI runs it. Git can
store a symlink to /dev/zero, a 330-byte YAML alias bomb expands tenfold per level, and
`path.stat().st_size` says nothing about a FIFO or a device. So every read here:
  - opens only a regular file (no symlink, folder, FIFO or device; for the corpus, one
    that lies inside the corpus folder), and
  - reads at most `limit + 1` bytes, deciding by what was actually read;
and every YAML document is composed by libyaml (linear in its size), then vetted before a
single Python object is built: no alias reuse, at most `budget` nodes, string keys only,
no duplicate keys, no control characters, no number too long to be one.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from .errors import BuildToolsError, EntryError

#: Largest file any command reads: a corpus entry, a raw page, the taxonomy. The biggest
#: real compilation page seen is ~190 KB; 2 MB leaves room for whole saved HTML pages while
#: keeping a hostile file cheap (reading 2 MB and parsing its front matter takes ~20 ms).
MAX_FILE_BYTES = 2 * 1024 * 1024

#: YAML nodes allowed in one entry's front matter. A real entry has ~70 (30 keywords, a few
#: sources); 5,000 leaves room for long keyword lists without letting one entry cost much.
ENTRY_NODES = 5_000
#: The taxonomy is one file for the whole corpus: ~40 themes x ~15 keywords today.
TAXONOMY_NODES = 100_000

#: Digits of the longest integer a field may hold (chars of a 2 MB text has 7). Python
#: refuses to parse more than 4,300 digits anyway, with a ValueError that names no file.
MAX_INT_DIGITS = 18

#: Characters no field or text may hold: C0 controls except tab and newline, DEL, C1
#: controls, and the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
#: U+2066-U+2069). ESC starts terminal escape sequences and NUL truncates C strings; a
#: bidi override makes a title read backwards in every list, feed and CSV that shows it
#: (the "Trojan Source" trick). None appears in a real Chinese speech; readers.py strips
#: them from pages at the boundary, check refuses them in entries.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[misc,valid-type]
    """libyaml's safe loader without implicit timestamps: an unquoted `2022-13-45` or
    `2022-02-30` stays text, so the record's own date rule reports it with the file's name
    (PyYAML raised a bare ValueError). Valid dates come out as the same text as before."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in _BASE.yaml_implicit_resolvers.items()
}


def describe_control(ch: str) -> str:
    names = {"\x00": "NUL", "\x1b": "ESC", "\x7f": "DEL", "\r": "CR"}
    if "\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069":
        return f"双向文字控制符（bidi，U+{ord(ch):04X}）"
    return f"{names.get(ch, 'U+%04X' % ord(ch))}（U+{ord(ch):04X}）"


# --- files ---------------------------------------------------------------------------------

def read_bounded(path: Path, *, limit: int = MAX_FILE_BYTES, root: Path | None = None,
                 follow: bool = False, error: type[BuildToolsError] = EntryError) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or `error` naming the file.

    `root`: the file must lie inside this folder (after resolving every link on the way).
    `follow`: a symlink is followed to a regular file (inputs a person names on the command
    line); otherwise a symlink is refused (files in the corpus: a link there can only
    point somewhere a contributor should not send us).
    """
    where = str(path)
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except FileNotFoundError:
        raise error("文件不存在", path=where, hint="检查文件名和路径") from None
    except OSError as exc:
        raise error(f"无法读取（{exc.strerror}）", path=where, hint="检查文件权限") from None
    _require_regular(st.st_mode, where, error)
    if root is not None:
        real, base = Path(path).resolve(), Path(root).resolve()
        if base != real and base not in real.parents:
            raise error("文件位于语料库之外（经由符号链接 symlink 指向别处）", path=where,
                        hint="把文件本身放进语料库，不要用链接")
    flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise error(f"无法打开（{exc.strerror}）", path=where,
                    hint="只提交普通文件；检查文件权限") from None
    try:
        # Checked again on the open file: the path may have been swapped since the stat.
        _require_regular(os.fstat(fd).st_mode, where, error)
        chunks, got = [], 0
        while got <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    except OSError as exc:
        raise error(f"读取失败（{exc.strerror}）", path=where, hint="检查磁盘和文件权限") from None
    finally:
        os.close(fd)
    if got > limit:
        raise error(f"文件超过 {limit // (1024 * 1024)} MB 的上限（size limit）", path=where,
                    hint="只保存含讲话的那一页；过长的汇编请拆成几个文件")
    return b"".join(chunks)


def _require_regular(mode: int, where: str, error: type[BuildToolsError]) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISLNK(mode):
        raise error("这是符号链接（symlink），不会读取", path=where,
                    hint="换成普通文件：复制链接指向的内容，再删除链接")
    if stat.S_ISDIR(mode):
        raise error("这是文件夹，不是文件", path=where,
                    hint="给文件夹改名（去掉 .md/.txt/.html 后缀），或换成普通文件")
    raise error("不是普通文件（设备、管道 FIFO 或套接字），不会读取", path=where,
                hint="只提交普通文本文件")


def read_text_bounded(path: Path, **kwargs: Any) -> str:
    """`read_bounded`, then strict UTF-8 (a BOM is allowed)."""
    error = kwargs.get("error", EntryError)
    data = read_bounded(path, **kwargs)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise error("文件不是 UTF-8 编码", path=str(path), line=line,
                    hint="用 UTF-8 重新保存该文件（编辑器“另存为”时选 UTF-8）") from None


# --- YAML ----------------------------------------------------------------------------------

def load_yaml(text: str, path: str, *, budget: int, first_line: int = 1) -> Any:
    """Parse one YAML document within the node budget, or raise EntryError with file:line.

    `first_line`: the file line the text starts on (front matter starts on line 2).
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _vet(node, path, budget, first_line)
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise EntryError(f"YAML 格式有误（not valid YAML: {problem}）", path=path,
                         line=(mark.line + first_line) if mark else first_line,
                         hint="检查该行的引号和缩进") from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise EntryError(f"YAML 中的值无法读取（{type(exc).__name__}: {str(exc)[:80]}）",
                         path=path, line=first_line, hint="给该值加上引号，作为文字保存") from None
    finally:
        loader.dispose()


def _vet(root: yaml.Node, path: str, budget: int, first_line: int) -> None:
    def line(node: yaml.Node) -> int:
        return node.start_mark.line + first_line

    seen: set[int] = set()
    # (node, the node that refers to it: its key, or its list). An alias shares its
    # anchor's node, marks and all, so only the referrer tells where the alias was written.
    # Lines are looked up only for a message: reading a mark costs more than the check.
    stack = [(root, root)]
    while stack:
        node, ref = stack.pop()
        if id(node) in seen:
            # libyaml hands back the anchored node itself for `*alias`: a second visit is
            # an alias, the only way a small file can describe an exponential structure.
            raise EntryError("不允许使用 YAML 别名（alias/anchor，即 & 和 *）", path=path, line=line(ref),
                             hint="把内容直接写出来，不要用 &名字 / *名字 引用")
        seen.add(id(node))
        if len(seen) > budget:
            raise EntryError(f"YAML 内容过多（超过 {budget:,} 个节点 node）", path=path, line=line(ref),
                             hint="删减列表或拆分文件")
        # Children are pushed in reverse so they are visited in document order: the first
        # visit is the anchor, the second the alias.
        if isinstance(node, yaml.ScalarNode):
            bad = CONTROL.search(node.value)
            if bad:
                raise EntryError(f"含控制字符 {describe_control(bad.group())}", path=path, line=line(node),
                                 hint="删除该字符（它在网页里会变成乱码或终端转义序列）")
            if node.tag == _INT and len(node.value) > MAX_INT_DIGITS:
                raise EntryError(f"数字过长（{len(node.value):,} 位）", path=path, line=line(node),
                                 hint=f"整数最多 {MAX_INT_DIGITS} 位；若是文字请加引号")
        elif isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            children = []
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.tag != _STR:
                    shown = key.value if isinstance(key, yaml.ScalarNode) else "…"
                    raise EntryError(f"字段名 {str(shown)[:40]!r} 不是文字（数字、日期、布尔值或合并键 <<）",
                                     path=path, line=line(key),
                                     hint="字段名必须是文字；如确需数字，请加引号，例如 \"2021\": …")
                if key.value in keys:
                    raise EntryError(f"字段 {key.value[:40]!r} 重复出现（duplicate key）", path=path,
                                     line=line(key), hint="删除重复的那一行，只保留一个")
                keys.add(key.value)
                children += [(key, key), (value, key)]
            stack.extend(reversed(children))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, node) for item in reversed(node.value))


def key_lines(text: str, first_line: int = 1) -> dict[str, int]:
    """Line of each top-level key of a mapping document (for file:line messages)."""
    out: dict[str, int] = {}
    for n, line in enumerate(text.split("\n"), first_line):
        m = re.match(r"([A-Za-z_][\w-]*)\s*:", line)
        if m and m.group(1) not in out:
            out[m.group(1)] = n
    return out
