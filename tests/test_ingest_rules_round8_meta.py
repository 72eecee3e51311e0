"""Metadata rules from the eighth round (issue 10): the failure classes of the spent blind-8
and blind-9 batches in title, date, speaker and published. Each test is a small made-up head
or text in wording written for this project (not the evaluation pages'), fed through the one
rule it covers; each fails without its rule."""
from __future__ import annotations

import pytest

from build_tools import metadata as md
from build_tools.segment import head_title

# --- title: a row of fields under the headline is no title --------------------------------------


@pytest.mark.parametrize("row", [
    "讲话人：陈某（区长）时间：2021年5月6日",
    "栏目：讲话稿 阅读：815",
    "发言人：副县长 李某",
])
def test_a_row_of_fields_under_the_headline_is_not_the_title(row):
    head = ["在全区创建国家卫生城区推进会上的讲话", row]
    assert head_title(head) == "在全区创建国家卫生城区推进会上的讲话"


def test_a_headline_with_one_colon_is_still_a_title():
    assert head_title(["东岭：创卫推进会召开"]) == "东岭：创卫推进会召开"


# --- speaker and date from a labelled speaker field -------------------------------------------


@pytest.mark.parametrize("row, want", [
    ("讲话人：陈明远（区长）时间：2021年5月6日", "区长陈明远"),
    ("发言人：副县长 李向东", "副县长李向东"),
    ("讲话人：周丽", "周丽"),
])
def test_the_speaker_field_names_who_spoke(row, want):
    assert md.header_speaker(["在全区创建国家卫生城区推进会上的讲话", row]) == want


def test_the_speaker_fields_row_gives_the_speech_date():
    head = ["在全区创建国家卫生城区推进会上的讲话", "讲话人：陈明远（区长）时间：2021年5月6日"]
    assert md.speech_date(head, ["同志们："]) == "2021-05-06"
