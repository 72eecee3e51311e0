"""Shared helpers for the tests/test_hostile_*.py files: a small valid corpus made at test
time, and the CLI run in a child process with its wall time and peak memory measured.

Attacks run in a child process because a failure of the defence must not take the test
runner (or the shared machine) down with it: the child's address space is capped
(CHILD_MEMORY), so a regression that reads /dev/zero without bound dies there.

Set HOSTILE_MEASURE=/some/file to append one line per run: class, label, seconds, peak RSS
MiB (the figures quoted in the issue report come from there).
"""
from __future__ import annotations

import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from build_tools.corpus import raw_name, write_entry
from build_tools.record import Speech, count_chars

REPO = Path(__file__).resolve().parent.parent
TAXONOMY = REPO / "tests" / "fixtures" / "site_corpus" / "taxonomy.yaml"

#: Address-space cap for an attacked child. A normal `check` or `build` on a small corpus
#: maps ~1.2 GB of virtual memory (numpy, jieba, mkdocs), and peaks well under 200 MB RSS.
CHILD_MEMORY = 3 * 1024 ** 3
#: Generous wall-clock bounds (the machine is shared and noisy): every attack is answered
#: in well under a tenth of these.
TIMEOUT = 120


@dataclass
class Run:
    code: int
    out: str            # stdout + stderr
    seconds: float
    rss_mb: float

    def __str__(self) -> str:
        return f"exit {self.code} in {self.seconds:.1f}s, {self.rss_mb:.0f} MiB:\n{self.out}"


def _limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


# Runs `python -m MODULE ARGS` and, on exit, writes the process's own peak RSS (VmHWM, kB)
# to $HOSTILE_RSS_FILE. Not wait4's ru_maxrss: a child forked from the test runner carries
# the runner's high-water mark (~360 MiB) across exec; VmHWM belongs to the new image.
_WRAP = """
import atexit, os, runpy, sys
def _hwm():
    with open("/proc/self/status") as f, open(os.environ["HOSTILE_RSS_FILE"], "w") as out:
        out.write(next(line.split()[1] for line in f if line.startswith("VmHWM")))
atexit.register(_hwm)
sys.argv = sys.argv[1:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


def run(argv: list[str], *, label: str = "", cls: str = "", cwd: Path | None = None,
        timeout: float = TIMEOUT, preexec=None, env: dict | None = None) -> Run:
    """Run argv in a child, with its wall time and (for `python -m`) its own peak RSS."""
    if argv[:2] == [sys.executable, "-m"]:
        argv = [sys.executable, "-c", _WRAP, *argv[2:]]
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as rss:
        t0 = time.monotonic()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, cwd=cwd or REPO,
                                preexec_fn=preexec or _limit_child,
                                env={**os.environ, **(env or {}), "HOSTILE_RSS_FILE": rss.name})
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > timeout:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.monotonic() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", errors="replace")
        own = rss.read().strip()
    result = Run(proc.returncode, text, seconds, int(own) / 1024 if own else usage.ru_maxrss / 1024)
    measure = os.environ.get("HOSTILE_MEASURE")
    if measure and cls:
        with open(measure, "a", encoding="utf-8") as fh:
            fh.write(f"{cls}\t{label}\t{seconds:.2f}\t{result.rss_mb:.0f}\n")
    assert seconds < timeout, f"{label}: no answer within {timeout}s"
    return result


def cli(*args, **kw) -> Run:
    return run([sys.executable, "-m", "build_tools", *map(str, args)], **kw)


def no_traceback(r: Run) -> None:
    assert "Traceback" not in r.out, r.out
    assert 'File "' not in r.out, r.out


def han_text(seed: int, n: int = 800) -> str:
    """Deterministic pseudo-speech of common Han characters, in paragraphs (no two alike)."""
    rng = random.Random(seed)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    body = "".join(rng.choice(chars) for _ in range(n))
    return "\n\n".join(body[i:i + 200] + "。" for i in range(0, n, 200))


def make_corpus(root: Path, n: int = 2) -> Path:
    """A valid corpus (check passes): n entries, their raw files, the fixture taxonomy."""
    corpus = root / "corpus"
    (corpus / "speeches").mkdir(parents=True)
    (corpus / "raw").mkdir()
    shutil.copy(TAXONOMY, corpus / "taxonomy.yaml")
    for i in range(n):
        text = han_text(100 + i)
        data = text.encode("utf-8")
        rel = raw_name(data, ".txt")
        (corpus / rel).write_bytes(data)
        write_entry(corpus, Speech(
            id=f"2021-test-{i:06x}", title=f"在创建全国文明城市推进会上的讲话之{'一二三四五六七八九'[i % 9]}",
            text=text, date=f"2021-05-0{i % 9 + 1}", added="2026-11-23", campaign="全国文明城市",
            chars=count_chars(text),
            sources=[{"raw": rel, "site": None, "part": None, "file": "page.txt"}]))
    return corpus


ENTRY_ID = "2021-test-000000"


def entry_file(corpus: Path, sid: str = ENTRY_ID) -> Path:
    return corpus / "speeches" / f"{sid}.md"


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every path under folder with its content (files) or kind (anything else)."""
    out: dict[str, bytes | str] = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_symlink():
            out[rel] = "link:" + os.readlink(p)
        elif p.is_file():
            out[rel] = p.read_bytes()
        else:
            out[rel] = "dir"
    return out
