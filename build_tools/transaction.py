"""All-or-nothing writes to the corpus: one lock per corpus, staged files, a journal.

A page's raw file and all its entries are written as one transaction:
  1. every file is written complete (and fsynced) under <corpus>/.staging/<txn>/;
  2. the journal <corpus>/.ingest-journal.json, listing each staged file and its final
     place, is written atomically (temporary file, then rename) — the commit point;
  3. each staged file is renamed to its place (a rename within one file system is
     atomic); then the journal and the staging folder are removed.
A run killed before 2 leaves only staging files, which the next run deletes (nothing of the
page appears); killed after 2, the next run (or `check --repair`) finishes the renames
(all of the page appears). `check` reports either state until it is repaired.

The lock (flock on the corpus folder itself, so no lock file is left in it) makes a second
ingest on the same corpus wait for the first, so it sees the first one's entries and never
races it for an id.
"""
from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import time
from pathlib import Path
from typing import Callable, Iterator

from .errors import BuildToolsError, CorpusConflict
from .untrusted import read_bounded

STAGING = ".staging"
JOURNAL = ".ingest-journal.json"
#: How long a second ingest waits for the first. One page takes ~1-3 s; a run over a
#: folder of pages can take minutes, so this is generous, and the wait is announced.
LOCK_WAIT_SECONDS = 600.0

# What a journal may move, and where to: the journal is a file in the corpus folder, so a
# forged one must not be able to move anything anywhere else.
_FROM = re.compile(rf"^{re.escape(STAGING)}/[0-9a-f]{{8,40}}/\d{{1,6}}\Z")
_TO = re.compile(r"^(?:speeches/[a-z0-9]+(?:-[a-z0-9]+)*\.md|raw/[a-z0-9]+\.(?:txt|html))\Z")


class CorpusWriteError(BuildToolsError):
    """The corpus could not be written (read-only, disk full, locked, interrupted)."""


def describe_os_error(exc: OSError) -> tuple[str, str]:
    """(Chinese reason, what to do) for the write failures a contributor can meet."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "磁盘空间不足（或超过文件大小上限）", "腾出磁盘空间后重新运行"
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "没有写入权限（只读 read-only）", "检查语料库文件夹的权限，或换一个可写的副本"
    return f"写入失败（{exc.strerror or exc}）", "检查磁盘和文件权限后重新运行"


@contextlib.contextmanager
def corpus_lock(corpus: Path, echo: Callable[[str], None] = print,
                wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    import fcntl

    path = Path(corpus)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise CorpusWriteError(f"无法打开语料库文件夹（{exc.strerror}）", path=str(path),
                               hint="用 --corpus 指向含 speeches/ 和 taxonomy.yaml 的文件夹") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            echo(f"… 另一个 ingest 正在写入 {corpus}，等待它结束（最多 {wait:.0f} 秒）")
            deadline = time.monotonic() + wait
            while True:
                time.sleep(0.2)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise CorpusWriteError(
                            f"另一个 ingest 已占用此语料库超过 {wait:.0f} 秒", path=str(corpus),
                            hint="等它结束后再运行；若没有别的 ingest 在运行，请报告此问题") from None
        yield
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def commit(corpus: Path, files: list[tuple[str, bytes, bool]]) -> None:
    """Write (relative path, data, may overwrite) all together or not at all."""
    corpus = Path(corpus)
    txn = os.urandom(8).hex()
    stage = corpus / STAGING / txn
    journal = corpus / JOURNAL
    moves = []
    try:
        stage.mkdir(parents=True)
        for n, (rel, data, overwrite) in enumerate(files):
            staged = stage / str(n)
            with open(staged, "xb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            moves.append({"from": f"{STAGING}/{txn}/{n}", "to": rel, "overwrite": overwrite})
        _fsync_dir(stage)
        tmp = corpus / f"{JOURNAL}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump({"moves": moves}, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, journal)
        _fsync_dir(corpus)
    except BaseException as exc:
        # Nothing has been renamed yet, so the whole page is undone: staged files, and the
        # journal too if an interrupt landed between its rename and the end of this block.
        shutil.rmtree(stage, ignore_errors=True)
        (corpus / f"{JOURNAL}.tmp").unlink(missing_ok=True)
        journal.unlink(missing_ok=True)
        _remove_empty(corpus / STAGING)
        if isinstance(exc, OSError):
            why, fix = describe_os_error(exc)
            raise CorpusWriteError(f"无法写入语料库：{why}；本页未写入任何文件", path=str(corpus),
                                   hint=fix) from None
        raise
    # Committed: from here on, an interruption is finished by the next run.
    try:
        _apply(corpus, moves)
    except OSError as exc:
        why, fix = describe_os_error(exc)
        raise CorpusWriteError(f"写入中断：{why}；已记入日志（journal）", path=str(corpus),
                               hint=f"{fix}，然后运行 python -m build_tools check --repair 完成写入") from None
    journal.unlink()
    shutil.rmtree(stage, ignore_errors=True)
    _remove_empty(corpus / STAGING)


def _apply(corpus: Path, moves: list[dict]) -> None:
    dirs = set()
    for m in moves:
        src, dst = corpus / m["from"], corpus / m["to"]
        if not src.exists():
            continue  # moved before the interruption
        dst.parent.mkdir(parents=True, exist_ok=True)
        if dst.exists() and not m["overwrite"]:
            if dst.is_file() and dst.read_bytes() == src.read_bytes():
                src.unlink()  # raw files are named by their content: already there
                continue
            raise CorpusConflict(f"{m['to']} 已存在且内容不同，日志（journal）中的文件未写入",
                                 path=str(dst), hint=f"比较 {m['from']} 与它，保留正确的一个后删除 {JOURNAL}")
        os.replace(src, dst)
        dirs.add(dst.parent)
    for d in sorted(dirs):
        _fsync_dir(d)


def _remove_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()


def _read_journal(corpus: Path) -> list[dict]:
    path = corpus / JOURNAL
    try:
        data = json.loads(read_bounded(path, root=corpus, error=CorpusWriteError))
        moves = data["moves"]
        if not isinstance(moves, list):
            raise ValueError
        for m in moves:
            if not (isinstance(m, dict) and isinstance(m.get("from"), str) and isinstance(m.get("to"), str)
                    and _FROM.match(m["from"]) and _TO.match(m["to"])
                    and isinstance(m.get("overwrite"), bool)):
                raise ValueError
    except (ValueError, KeyError, TypeError):
        raise CorpusWriteError("导入日志（journal）格式不对，不会执行", path=str(path),
                               hint=f"删除 {JOURNAL} 和 {STAGING}/ 后重新导入") from None
    return moves


def pending(corpus: Path) -> list[tuple[str, str]]:
    """(path, Chinese message) for what an interrupted ingest left behind (for `check`)."""
    corpus = Path(corpus)
    if (corpus / JOURNAL).exists():
        return [(str(corpus / JOURNAL), "上次导入（ingest）在写入中途被中断，有一页尚未写完 — "
                                        "运行 python -m build_tools check --repair 完成它")]
    if (corpus / STAGING).is_dir() and any((corpus / STAGING).iterdir()):
        return [(str(corpus / STAGING), "上次导入（ingest）中断前留下的暂存文件（未写入语料库） — "
                                        "若没有 ingest 正在运行，运行 python -m build_tools check --repair 删除它们")]
    return []


def recover(corpus: Path) -> list[str]:
    """Finish or discard what an interrupted run left; call holding the lock. Returns what
    was done, as Chinese sentences."""
    corpus = Path(corpus)
    done = []
    if (corpus / JOURNAL).exists():
        moves = _read_journal(corpus)
        try:
            _apply(corpus, moves)
        except OSError as exc:
            why, fix = describe_os_error(exc)
            raise CorpusWriteError(f"无法完成上次中断的写入：{why}", path=str(corpus / JOURNAL),
                                   hint=fix) from None
        (corpus / JOURNAL).unlink()
        done.append(f"完成了上次被中断的导入：写入 {', '.join(m['to'] for m in moves)}")
    (corpus / f"{JOURNAL}.tmp").unlink(missing_ok=True)
    stage = corpus / STAGING
    if stage.is_dir() and not stage.is_symlink():
        leftovers = [p for p in stage.iterdir()]
        if leftovers:
            shutil.rmtree(stage, ignore_errors=True)
            if not done:
                done.append("删除了上次中断的导入留下的暂存文件（那一页没有写入）")
        _remove_empty(stage)
    return done
