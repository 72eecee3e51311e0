"""Contributor files: issue forms are valid forms, the guide and PR checklist say what matters."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from build_tools.readers import MAX_INPUT_BYTES
from build_tools.record import CAMPAIGNS, ID_RE, PLACE_LABEL, schema_fields

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / ".github" / "ISSUE_TEMPLATE"
FORM_TYPES = {"markdown", "input", "textarea", "dropdown", "checkboxes"}


def load(name: str) -> dict:
    data = yaml.safe_load((FORMS / name).read_text("utf-8"))
    assert isinstance(data, dict), name
    return data


@pytest.mark.parametrize("name", ["report-error.yml", "suggest-speech.yml"])
def test_issue_form_is_well_formed(name):
    form = load(name)
    for key in ("name", "description", "body"):
        assert form.get(key), f"{name}: missing {key}"
    ids = []
    for el in form["body"]:
        assert el["type"] in FORM_TYPES, el
        attrs = el["attributes"]
        if el["type"] == "markdown":
            assert attrs["value"].strip()
            continue
        assert re.fullmatch(r"[a-z0-9_-]+", el["id"]), el["id"]
        ids.append(el["id"])
        assert attrs["label"].strip()
        if el["type"] == "dropdown":
            assert attrs["options"] and len(set(attrs["options"])) == len(attrs["options"])
        if el["type"] == "checkboxes":
            assert all(o["label"] for o in attrs["options"])
    assert len(ids) == len(set(ids)), f"{name}: duplicate ids"


def _required(form: dict) -> set[str]:
    return {el["id"] for el in form["body"]
            if el["type"] != "markdown" and el.get("validations", {}).get("required")}


def test_report_error_asks_for_what_a_fix_needs():
    form = load("report-error.yml")
    assert _required(form) >= {"speech", "field", "wrong", "correct", "evidence"}


def test_report_error_fields_named_as_the_schema_names_them():
    # "讲话日期 date", "删节/隐去名称 truncated / masked": the Chinese names a reader sees on
    # the site, for every option that names fields (not "重复 duplicate …", "其他 other").
    field = next(el for el in load("report-error.yml")["body"] if el.get("id") == "field")
    titles = {f.name: f.title for f in schema_fields()} | {"place": PLACE_LABEL}
    named = 0
    for option in field["attributes"]["options"]:
        chinese, english = option.split(" ", 1)
        names = [n.strip() for n in english.split("(")[0].split("/")]
        if all(n in titles for n in names):
            named += 1
            assert chinese.split("/") == [titles[n] for n in names], option
        else:
            assert not any(n in titles for n in names), option
    assert named >= 10


def test_suggest_speech_campaigns_match_the_schema():
    form = load("suggest-speech.yml")
    assert "url" in _required(form)
    campaign = next(el for el in form["body"] if el.get("id") == "campaign")
    named = [o for o in campaign["attributes"]["options"] if not o.startswith("其他")]
    assert set(named) == set(CAMPAIGNS) - {"其他"}


def test_issue_config():
    cfg = load("config.yml")
    assert cfg["blank_issues_enabled"] is False


def test_pr_template_checklist():
    text = (ROOT / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text("utf-8")
    boxes = re.findall(r"^- \[ \] (.+)$", text, re.M)
    assert len(boxes) >= 8
    for needle in ("review:", "make test", "corpus/raw/", "2 MB", "[a-z0-9-]", "taxonomy.yaml"):
        assert needle in text, needle


def test_contributing_states_the_rules_the_code_enforces():
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    assert f"{MAX_INPUT_BYTES // (1024 * 1024)} MB" in text
    assert "[a-z0-9-]+" in text and ID_RE.pattern.startswith("^[a-z0-9]")
    for needle in ("make add FILE=", "python -m build_tools ingest", "review:", "make test",
                   "corpus/taxonomy.yaml", "description:", "keywords:", "English summary"):
        assert needle in text, needle
    # The taxonomy example in the guide is valid YAML in the format load_taxonomy reads.
    block = re.search(r"```yaml\n(themes:.*?)```", text, re.S).group(1)
    themes = yaml.safe_load(block)["themes"]
    for spec in themes.values():
        assert isinstance(spec["description"], str)
        assert all(isinstance(w, float) for w in spec["keywords"].values())
