"""Lint the GitHub Actions workflows with actionlint and zizmor; exit 1 on any finding.

    python -m build_tools.lint_workflows                 # .github/workflows
    python -m build_tools.lint_workflows path/to/dir     # any folder of workflow files

Both tools are pinned in requirements-dev.txt and installed into the venv next to this
Python, so the check runs the same on every machine and needs no network: zizmor runs
with --offline (its online audits would call the GitHub API).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DIR = Path(".github/workflows")


class ToolMissing(RuntimeError):
    pass


@dataclass
class Result:
    tool: str
    ok: bool
    output: str
    findings: int = 0
    details: list[str] = field(default_factory=list)


def _tool(name: str) -> str:
    # The venv's own bin first: `make` calls .venv/bin/python without activating the venv,
    # so the tools are not necessarily on PATH.
    local = Path(sys.executable).parent / name
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    found = shutil.which(name)
    if not found:
        raise ToolMissing(f"{name} not found; run `.venv/bin/pip install -r requirements-dev.txt`")
    return found


def workflow_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in {".yml", ".yaml"})


def run_actionlint(files: list[Path]) -> Result:
    cmd = [_tool("actionlint"), "-no-color", "-oneline"]
    try:
        # With shellcheck, actionlint also checks the shell in `run:` steps.
        cmd.append(f"-shellcheck={_tool('shellcheck')}")
    except ToolMissing:
        pass
    proc = subprocess.run(cmd + [str(f) for f in files], capture_output=True, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    # Exit 0: clean; 1: findings; anything else: the tool itself failed. Both count.
    ok = proc.returncode == 0 and not lines
    return Result("actionlint", ok, (proc.stdout + proc.stderr).strip(), len(lines), lines)


def run_zizmor(files: list[Path]) -> Result:
    base = [_tool("zizmor"), "--offline", "--no-progress", "--color", "never",
            # pedantic: report code smells too, not just likely vulnerabilities.
            "--persona", "pedantic",
            # No config file and no inline `zizmor: ignore` comments: nothing can quietly
            # switch an audit off; a finding is fixed in the workflow instead.
            "--no-config", "--no-ignores"]
    args = [str(f) for f in files]
    proc = subprocess.run(base + ["--format", "json"] + args, capture_output=True, text=True)
    try:
        findings = json.loads(proc.stdout or "[]")
    except json.JSONDecodeError:
        return Result("zizmor", False, (proc.stdout + proc.stderr).strip() or "zizmor failed", 1)
    if not isinstance(findings, list):
        return Result("zizmor", False, proc.stdout.strip(), 1)
    details = [f"{f.get('ident', '?')}: {f.get('desc', '')}" for f in findings]
    output = ""
    if findings:
        # Human-readable rendering of the same findings, with locations.
        plain = subprocess.run(base + args, capture_output=True, text=True)
        output = plain.stdout.strip()
    # zizmor exits non-zero for findings (and 1 for its own failures); a tool failure
    # with no parsable findings must not pass either.
    ok = not findings and proc.returncode == 0
    if not ok and not output:
        output = (proc.stdout + proc.stderr).strip()
    return Result("zizmor", ok, output, len(findings), details)


def lint(folder: Path = DEFAULT_DIR) -> list[Result]:
    files = workflow_files(folder)
    if not files:
        raise FileNotFoundError(f"no workflow files in {folder}")
    return [run_actionlint(files), run_zizmor(files)]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else DEFAULT_DIR
    try:
        results = lint(folder)
    except (ToolMissing, FileNotFoundError) as exc:
        print(f"错误 error: {exc}", file=sys.stderr)
        return 2
    for r in results:
        if r.ok:
            print(f"{r.tool}: no findings")
        else:
            print(f"{r.tool}: {r.findings or 'tool failed'} finding(s)")
            if r.output:
                print(r.output)
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
