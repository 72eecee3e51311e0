"""Metadata rules from the ninth round (issue 10): the failure classes of the spent blind-10,
blind-11 and blind-12 batches in title, date, speaker and published. Each test is a small
made-up head or text in wording written for this project (not the evaluation pages'), fed
through the one rule it covers; each fails without its rule."""
from __future__ import annotations

import pytest

from build_tools.segment import clean_title, head_title

# --- title: a title printed twice with what stood between the copies -------------------------


@pytest.mark.parametrize("line, want", [
    ("创建国家卫生县城表态发言稿【精选3篇】创建国家卫生县城表态发言稿", "创建国家卫生县城表态发言稿"),
    ("在全镇人居环境整治推进会上的讲话20XX/X/X在全镇人居环境整治推进会上的讲话", "在全镇人居环境整治推进会上的讲话"),
])
def test_a_title_twice_around_a_label_or_masked_date_is_one_title(line, want):
    assert clean_title(line) == want


def test_a_title_repeating_words_around_a_word_is_kept():
    assert clean_title("创卫为民创卫惠民创卫为民") == "创卫为民创卫惠民创卫为民"


# --- title: notes and buttons after the title -------------------------------------------------


@pytest.mark.parametrize("line, want", [
    ("在全县巩卫工作会议上的讲话（完整版）", "在全县巩卫工作会议上的讲话"),
    ("在全区创文推进会上的讲话(定稿)", "在全区创文推进会上的讲话"),
    ("城关镇召开创卫攻坚推进会 [复制链接]", "城关镇召开创卫攻坚推进会"),
    ("在全市创城誓师大会上的讲话 【打印本页】", "在全市创城誓师大会上的讲话"),
])
def test_a_copy_note_or_a_button_after_the_title_goes(line, want):
    assert clean_title(line) == want


def test_a_bracketed_number_after_a_space_is_no_button():
    assert clean_title("在全市创城誓师大会上的讲话 [2]") != "在全市创城誓师大会上的讲话"


# --- title: a file name's year before 在 ------------------------------------------------------


def test_a_year_before_a_speech_title_that_opens_with_zai_goes():
    assert clean_title("2019年在全县创建省级卫生县城推进会上的讲话.doc") == "在全县创建省级卫生县城推进会上的讲话"


def test_a_year_that_opens_a_title_of_another_shape_stays():
    assert clean_title("2023年全县创卫动员大会讲话稿") == "2023年全县创卫动员大会讲话稿"


# --- title: a title wrapped before its last word ----------------------------------------------


def test_a_title_wrapped_before_its_last_word_is_joined():
    head = ["在全区背街小巷整治攻坚动员会上的", "讲话", "（2021年6月2日）", "韩立新"]
    assert head_title(head) == "在全区背街小巷整治攻坚动员会上的讲话"
