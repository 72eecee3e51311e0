"""The ingest rules held to per-field accuracy floors on the labelled evaluation set
(tests/eval/: pages written for this project, in parts: tuning, held-out, fresh, real-shaped,
probe and blind batches of 20 pages each modelled on a different real page, written
without looking at the rules and pinned at their first-run figures; floors.yaml says which
blind batches the rules were later fitted to). A rule change that lowers any field below its
pinned floor fails here; `make eval` prints the figures and
`python tests/eval/evaluate.py --failures` lists the failed checks."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

EVAL = Path(__file__).resolve().parent / "eval"
sys.path.insert(0, str(EVAL))

import evaluate  # noqa: E402

FLOORS = yaml.safe_load((EVAL / "floors.yaml").read_text("utf-8"))


@pytest.fixture(scope="module")
def results():
    return evaluate.evaluate()


def test_set_is_large_and_labelled():
    gold = yaml.safe_load((EVAL / "gold.yaml").read_text("utf-8"))
    assert len(gold) >= 60
    assert sum(g["holdout"] and g.get("batch", 1) == 1 for g in gold.values()) >= 20
    pages = {p.name for p in (EVAL / "pages").iterdir()}
    assert pages == set(gold), "every page has gold labels and every label a page"


@pytest.mark.parametrize("part", ["tuning", "held-out", "fresh", "real-shaped", "blind", "probe", "blind-2",
                                  "blind-3", "blind-4", "blind-5", "blind-6",
                                  "blind-7", "blind-8", "blind-9", "blind-10", "blind-11",
                                  "blind-12", "blind-13", "blind-14", "blind-15", "blind-16"])
def test_fields_hold_their_floors(results, part):
    # (a merge of two batches' floors once dropped three of one part's fields unseen)
    unpinned = [f for f in evaluate.FIELDS if results[part].total[f] and f not in FLOORS[part]]
    assert not unpinned, f"{part}: fields with checks but no floor: {unpinned}"
    below = []
    for fld, floor in FLOORS[part].items():
        acc = results[part].accuracy(fld)
        assert acc is not None, f"no checks for {fld}"
        if acc + 1e-9 < floor:
            below.append(f"{fld}: {acc:.3f} < {floor}")
    assert not below, f"{part}: fields below their floor: {below}\n" + evaluate.report(results)


def test_every_part_has_floors(results):
    assert set(FLOORS) == {p for p, r in results.items() if p != "all" and sum(r.total.values())}


def test_committed_pages_match_their_generator():
    """tests/eval/make_pages.py is the readable source of the pages and labels."""
    import make_pages

    pages, gold = make_pages.build_all()
    for name, data in pages.items():
        assert (EVAL / "pages" / name).read_bytes() == data, name
    assert (EVAL / "gold.yaml").read_text("utf-8") == make_pages.gold_yaml(gold)


def test_evaluator_fails_wrong_answers(tmp_path, monkeypatch):
    """The oracle itself: a page whose gold is deliberately wrong scores below 100%."""
    gold = yaml.safe_load((EVAL / "gold.yaml").read_text("utf-8"))
    name = sorted(gold)[0]
    g = gold[name]
    g["speeches"][0]["title"] = "不存在的标题"
    g["junk"] = g["junk"] + ["同志们"]
    r = evaluate.Result()
    evaluate.check_page(name, g, r)
    assert r.accuracy("title") == 0.0 and r.accuracy("junk") < 1.0
