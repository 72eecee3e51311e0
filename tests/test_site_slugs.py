"""Facet slugs: readable pinyin, deterministic, collision-free, path-safe."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.site.slugs import RESERVED, assign_slugs, base_slug


def test_place_slugs():
    got = assign_slugs(["浙江省", "杭州市", "西湖区", "广西壮族自治区", "北京市"], place=True)
    assert got == {"浙江省": "zhejiang-sheng", "杭州市": "hangzhou-shi", "西湖区": "xihu-qu",
                   "广西壮族自治区": "guangxizhuangzu-zizhiqu", "北京市": "beijing-shi"}


def test_generic_slugs():
    assert base_slug("市容环境卫生") == "shi-rong-huan-jing-wei-sheng"
    assert base_slug("全国文明城市") == "quan-guo-wen-ming-cheng-shi"
    assert base_slug("乡镇") == "xiang-zhen"


def test_homophones_get_tone_numbers():
    got = assign_slugs(["山西省", "陕西省", "浙江省"], place=True)
    assert got == {"山西省": "shan1xi1-sheng3", "陕西省": "shan3xi1-sheng3", "浙江省": "zhejiang-sheng"}


def test_same_tones_fall_back_to_a_name_hash():
    # 市 and 事 are both shi4: tone numbers cannot separate them.
    got = assign_slugs(["市", "事"])
    assert len(set(got.values())) == 2
    assert all(re.fullmatch(r"shi-[0-9a-f]{6}", s) for s in got.values())


def test_reserved_and_empty():
    got = assign_slugs(["Index", "", "unknown", "page-2"])
    assert len(set(got.values())) == 4
    assert not set(got.values()) & RESERVED
    assert not any(s.startswith("page-") for s in got.values())


def test_adding_an_unrelated_name_changes_nothing():
    before = assign_slugs(["浙江省", "山东省"], place=True)
    after = assign_slugs(["浙江省", "山东省", "四川省"], place=True)
    assert all(after[k] == v for k, v in before.items())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=12), max_size=12))
def test_slugs_always_unique_and_path_safe(names):
    for place in (False, True):
        got = assign_slugs(names, place=place)
        assert set(got) == set(names)
        assert len(set(got.values())) == len(got)
        for s in got.values():
            assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", s), s
            assert s not in RESERVED and len(s) <= 70
        assert assign_slugs(list(reversed(names)), place=place) == got
