"""ASCII quotes around Chinese text become Chinese quotes (cleaning.chinese_quotes)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.cleaning import chinese_quotes, clean_text


@pytest.mark.parametrize("raw, want", [
    ("一要增强'走在前列'的意识。", "一要增强‘走在前列’的意识。"),
    ('开展"创文明城市、做文明市民"主题活动。', "开展“创文明城市、做文明市民”主题活动。"),
    ('"创卫"工作', "“创卫”工作"),                             # at the start of a line
    ('他说："一定要拿下。"', "他说：“一定要拿下。”"),           # after full-width punctuation
    ('“甲”"乙"', "“甲”“乙”"),                                # next to a converted quotation
    ('"甲"乙"丙"', "“甲”乙“丙”"),
])
def test_quotes_around_chinese_become_chinese(raw, want):
    assert chinese_quotes(raw) == want


@pytest.mark.parametrize("raw", [
    "don't worry",                       # apostrophes
    "it's 中国's",                        # no closing quote around Chinese
    'he said "hi" to me',                # English quotation
    'x "中文" y',                         # Latin context on both sides: left alone
    'a"' + "字" * 81 + '"b',              # too long to be one quotation
    '第一行"中\n文"第二行',                  # never across a line break
])
def test_other_quotes_stay(raw):
    assert chinese_quotes(raw) == raw


def test_ingest_cleaning_converts_quotes():
    assert clean_text("一要增强'走在前列'的意识，推动\"创城\"工作。") == "一要增强‘走在前列’的意识，推动“创城”工作。"


_PIECES = st.lists(st.sampled_from(['"', "'", "中", "文", "a", " ", "，", "“", "”", "\n", "x"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_idempotent_and_only_quotes_change(pieces):
    text = "".join(pieces)
    once = chinese_quotes(text)
    assert chinese_quotes(once) == once
    assert len(once) == len(text)
    for a, b in zip(text, once, strict=True):
        assert a == b or (a == '"' and b in "“”") or (a == "'" and b in "‘’")
    # Quotes are converted in pairs.
    assert once.count("“") - text.count("“") == once.count("”") - text.count("”")
