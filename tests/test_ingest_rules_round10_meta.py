"""Metadata rules from the tenth round (issue 10): the failure classes of the spent blind-13
and blind-14 batches in title, date, speaker and published. Each test is a small made-up
head or text in wording written for this project (not the evaluation pages'), fed through
the one rule it covers; each fails without its rule."""
from __future__ import annotations

import pytest

from build_tools import metadata as md
from build_tools.segment import clean_title

# --- title: a 范文 site's "范文稿" after what the text is; an annex label before it ---------


def test_a_model_copy_note_after_the_title_goes():
    assert clean_title("在全县巩卫迎检动员会上的讲话范文稿") == "在全县巩卫迎检动员会上的讲话"


@pytest.mark.parametrize("line, want", [
    ("附：张某同志在全镇创卫推进会上的讲话", "张某同志在全镇创卫推进会上的讲话"),
    ("附件2：在全区创文攻坚会上的表态发言", "在全区创文攻坚会上的表态发言"),
])
def test_an_annex_label_before_the_title_goes(line, want):
    assert clean_title(line) == want


# --- date and speaker: a byline all in brackets, post, name and day -----------------------------


@pytest.mark.parametrize("line", ["（区委副书记、区长　赵某平　2019年4月2日）", "（区长赵某平，2019年4月2日）"])
def test_a_bracketed_byline_of_post_name_and_day_gives_both(line):
    head = ["在全区创卫迎检工作会议上的讲话", line]
    assert md.speech_date(head, ["同志们："]) == "2019-04-02"
    assert md.header_speaker(head).endswith("区长赵某平")
