"""The workflows stay lint-clean, and the lint really fails on a bad workflow."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from build_tools import lint_workflows

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"


def test_repository_workflows_have_no_findings():
    results = lint_workflows.lint(WORKFLOWS)
    assert [r.tool for r in results] == ["actionlint", "zizmor"]
    for r in results:
        assert r.ok, f"{r.tool} findings:\n{r.output}"


BAD = """\
on: pull_request_target
jobs:
  x:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ github.event.pull_request.title }}"
"""


def test_a_bad_workflow_is_flagged(tmp_path, capsys):
    (tmp_path / "bad.yml").write_text(BAD, "utf-8")
    results = {r.tool: r for r in lint_workflows.lint(tmp_path)}
    assert not results["actionlint"].ok
    # actionlint sees the untrusted PR title spliced into the script.
    assert any("potentially untrusted" in d for d in results["actionlint"].details)
    zizmor = results["zizmor"]
    assert not zizmor.ok
    idents = {d.split(":", 1)[0] for d in zizmor.details}
    assert {"dangerous-triggers", "template-injection", "unpinned-uses", "artipacked"} <= idents
    assert lint_workflows.main([str(tmp_path)]) == 1
    assert "template-injection" in capsys.readouterr().out


def test_a_syntax_error_is_flagged(tmp_path):
    (tmp_path / "broken.yml").write_text("on: push\njobs:\n  x:\n    runs-on: [\n", "utf-8")
    assert lint_workflows.main([str(tmp_path)]) == 1


def test_empty_folder_is_an_error_not_a_pass(tmp_path):
    assert lint_workflows.main([str(tmp_path)]) == 2


SHA_PIN = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


@pytest.mark.parametrize("name", ["pr.yml", "pages.yml"])
def test_every_action_is_pinned_to_a_sha_with_a_version_comment(name):
    text = (WORKFLOWS / name).read_text("utf-8")
    uses = [ln.split("uses:", 1)[1].strip() for ln in text.splitlines() if "uses:" in ln]
    assert uses
    for u in uses:
        assert SHA_PIN.match(u), u


def _load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text("utf-8"))
    # YAML 1.1 reads the bare key `on` as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


def test_pr_workflow_contract():
    wf = _load("pr.yml")
    assert set(wf["on"]) == {"pull_request"}
    assert wf["permissions"] == {"contents": "read"}
    steps = wf["jobs"]["check"]["steps"]
    checkout = steps[0]
    assert checkout["uses"].startswith("actions/checkout@")
    assert checkout["with"] == {"fetch-depth": 0, "persist-credentials": False}
    setup = steps[1]["with"]
    assert setup["python-version"] == "3.11" and setup["cache"] == "pip"
    assert setup["cache-dependency-path"] == "requirements*.txt"
    runs = [s.get("run", "") for s in steps]
    assert any(r.strip() == "bash .ci/run" for r in runs)
    summary = steps[-1]
    assert "build_tools.summary" in summary["run"] and "$GITHUB_STEP_SUMMARY" in summary["run"]
    assert "${{" not in summary["run"]          # the base ref comes through env
    assert summary["env"]["BASE_REF"] == "${{ github.base_ref }}"


def test_pages_workflow_contract():
    wf = _load("pages.yml")
    assert set(wf["on"]) == {"push", "workflow_dispatch"}
    assert wf["on"]["push"]["branches"] == ["main"]
    assert wf["permissions"] == {"contents": "read"}
    assert wf["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    assert "permissions" not in build
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build"
    assert any(s.get("run") == "make site" for s in build["steps"])
    assert build["steps"][-1]["with"]["path"] == "site"
