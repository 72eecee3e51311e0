"""Run a stage in a child process; report wall time and peak RSS of it and its children.

Peak RSS comes from wait4()'s rusage for exactly that child: on Linux ru_maxrss of a reaped
child is the largest RSS of the child or any descendant it reaped (the search index process
run by the build, for instance), so no deltas of RUSAGE_CHILDREN are needed.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

PY = sys.executable


@dataclass
class Stage:
    name: str
    wall: float            # seconds
    rss_mb: float          # peak resident set size, MiB
    rc: int
    log: str               # last lines of output

    def ok(self) -> bool:
        return self.rc == 0


#: A small launcher process runs the stage and reports the stage's own rusage. Measuring
#: from this (large) process directly would be wrong: Linux keeps a process's RSS high-water
#: mark across exec, so a child forked from a 200 MB parent reports at least 200 MB.
_LAUNCHER = ("import os,subprocess,sys\n"
             "p=subprocess.Popen(sys.argv[2:])\n"
             "_,st,ru=os.wait4(p.pid,0)\n"
             "open(sys.argv[1],'w').write(f'{ru.ru_maxrss} {ru.ru_utime+ru.ru_stime}')\n"
             "sys.exit(os.waitstatus_to_exitcode(st))\n")


def measure(name: str, argv: list[str], *, cwd: Path | None = None, log: Path | None = None,
            env: dict[str, str] | None = None) -> Stage:
    """Run argv; stdout/stderr go to `log` (or are kept in memory)."""
    import tempfile

    full_env = dict(os.environ, PYTHONUNBUFFERED="1")
    if env:
        full_env.update(env)
    fd, ru_file = tempfile.mkstemp(prefix="ccbench-rusage-")
    os.close(fd)
    try:
        t0 = time.perf_counter()
        if log:
            with open(log, "wb") as out:
                rc = subprocess.run([PY, "-c", _LAUNCHER, ru_file, *argv], cwd=cwd, stdout=out,
                                    stderr=subprocess.STDOUT, env=full_env).returncode
            text = Path(log).read_bytes()
        else:
            proc = subprocess.run([PY, "-c", _LAUNCHER, ru_file, *argv], cwd=cwd, capture_output=True,
                                  env=full_env)
            rc, text = proc.returncode, proc.stdout + proc.stderr
        wall = time.perf_counter() - t0
        fields = Path(ru_file).read_text().split()
        maxrss_kb = int(fields[0]) if fields else 0
    finally:
        os.unlink(ru_file)
    tail = "\n".join(text.decode("utf-8", "replace").splitlines()[-15:])
    return Stage(name, wall, maxrss_kb / 1024, rc, tail)


def py(module_or_code: str, *args: str, code: bool = False) -> list[str]:
    return [PY, "-c", module_or_code, *args] if code else [PY, "-m", module_or_code, *args]


def du(path: Path) -> int:
    """Bytes of all files under path (apparent size, as a Pages artifact would count)."""
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def count_files(path: Path, suffix: str = "") -> int:
    return sum(1 for root, _, files in os.walk(path) for f in files if f.endswith(suffix))
