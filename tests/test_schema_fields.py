"""build_tools/schema.json is the one list of fields: the typed record, the export columns,
the labels and the allowed values all follow it, so none can drift from it."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from build_tools import record
from build_tools.export import LIST_FIELDS
from build_tools.record import (CAMPAIGNS, DATE_FIELDS, EXPORT_FIELDS, GENRES, LEVELS, PLACE_FIELDS,
                                Speech, field_label, schema, schema_field, schema_fields)

PROPS = schema()["properties"]
JSON_OF = {str: "string", type(None): "null", list: "array", bool: "boolean", int: "integer",
           dict: "object"}


def test_dataclass_fields_are_the_schema_properties_in_order():
    assert [f.name for f in dataclasses.fields(Speech)] == list(PROPS)
    assert [f.name for f in schema_fields()] == list(PROPS)


@pytest.mark.parametrize("f", dataclasses.fields(Speech), ids=lambda f: f.name)
def test_dataclass_types_agree_with_the_schema(f):
    spec = schema_field(f.name)
    python = {JSON_OF[t] for t in record._TYPES[f.name]}
    # The record may also hold null where it has a None default (an entry written before
    # `added` existed still builds; `check` reports it): nothing else may differ.
    extra = {"null"} if f.default is None else set()
    assert set(spec.types) <= python <= set(spec.types) | extra
    if spec.allowed and f.default is not dataclasses.MISSING and f.default is not None:
        assert f.default in spec.allowed


def test_export_columns_are_the_required_fields_in_schema_order():
    assert list(EXPORT_FIELDS) == [k for k in PROPS if k in schema()["required"]]
    assert sorted(EXPORT_FIELDS) == sorted(schema()["required"])
    assert list(LIST_FIELDS) == [k for k in EXPORT_FIELDS if PROPS[k].get("type") == "array"]
    assert LIST_FIELDS == ("themes", "keywords", "sources")


def test_allowed_values_are_the_schema_enums():
    for name, values in (("level", LEVELS), ("campaign", CAMPAIGNS), ("genre", GENRES)):
        assert list(values) == [v for v in PROPS[name]["enum"] if v is not None]
    assert [f.name for f in schema_fields() if f.allowed] == ["level", "campaign", "genre"]


def test_every_field_has_a_chinese_title_and_description():
    han = re.compile(r"[\u4e00-\u9fff]")
    for f in schema_fields():
        assert han.search(f.title) and han.search(f.description), f.name
        assert field_label(f.name) == f.title
    assert field_label("genre（会议报道？）") == "文体（会议报道？）"
    assert field_label("place") == record.PLACE_LABEL


def test_date_fields_are_those_with_a_date_pattern():
    # A date pattern takes a year and refuses letters; the id's pattern takes both.
    dated = [k for k, p in PROPS.items()
             if "pattern" in p and re.search(p["pattern"], "2021-03-02") and not re.search(p["pattern"], "abcd")]
    assert list(DATE_FIELDS) == dated
    assert set(PLACE_FIELDS) <= set(PROPS)


# --- what the site shows ---------------------------------------------------------------

@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    from build_tools.site import generate_docs
    from site_support import SOURCES
    out = tmp_path_factory.mktemp("schema-docs") / "docs"
    generate_docs(Path(__file__).parent / "fixtures" / "site_corpus", out, echo=lambda *a: None, sources=SOURCES)
    return out


def test_data_page_lists_every_exported_field_as_the_schema_states_it(docs):
    page = (docs / "data" / "index.md").read_text("utf-8")
    rows = re.findall(r'<tr><td class="cc-nowrap"><code>([^<]*)</code></td><td class="cc-nowrap">([^<]*)</td>'
                      r'<td>([^<]*)</td></tr>', page)
    assert [name for name, _, _ in rows] == list(EXPORT_FIELDS)
    for name, json_type, doc in rows:
        spec = schema_field(name)
        assert json_type == " | ".join(spec.types) and json_type
        assert doc.startswith(spec.description) and doc.endswith("。")
        assert all(v in doc for v in spec.allowed)
    assert "列表字段（themes、keywords、sources）" in page


def test_speech_card_names_fields_by_their_schema_titles(docs):
    # The card (pages.metadata_card) writes its labels itself; they must be the schema's.
    titles = {f.title for f in schema_fields()} | {record.PLACE_LABEL}
    labels = {dt for p in (docs / "speeches").glob("*.md")
              for dt in re.findall(r"<dt>([^<]*)</dt>", p.read_text("utf-8"))}
    assert labels - titles == {"年份"}      # the year is derived, not a field
    assert len(labels & titles) >= 10
