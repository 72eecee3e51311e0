"""The labelled place set (tests/fixtures/places/cases.yaml): the place a speech is about,
through the same steps as ingest. Every case must give its gold province, city and
district, and a case whose place is unknowable must give none (precision as well as recall).

`python tests/test_places_set.py` prints the accuracy per kind and field."""
from __future__ import annotations

import os
import sys
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

# EVAL_CODE=<folder holding a build_tools/> measures another version of the rules, as
# tests/eval/evaluate.py does.
ROOT = Path(os.environ.get("EVAL_CODE") or Path(__file__).resolve().parent.parent)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from build_tools import metadata as md  # noqa: E402
from build_tools.cleaning import join_spaced_han  # noqa: E402

CASES = yaml.safe_load((Path(__file__).parent / "fixtures" / "places" / "cases.yaml").read_text("utf-8"))
FIELDS = ("province", "city", "district")


def resolve(title: str, paras: list[str]) -> tuple[str | None, str | None, str | None]:
    """What ingest writes for the place (ingest.py: infer_place, level, place_within_level)."""
    title = join_spaced_han(title)
    paras = [join_spaced_han(p) for p in paras]
    text = "\n\n".join(paras)
    division, _ = md.infer_place(title, paras)
    if md.place_masked(title + text):
        division = None
    speaker = md.infer_speaker(title, paras, [])
    level = md.infer_level(speaker, title, text, division)
    division = md.place_within_level(division, level)
    if division is None:
        return None, None, None
    return division.province, division.city, division.district


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c["known_miss"])) if c.get("known_miss") else c
    for c in CASES], ids=[c["id"] for c in CASES])
def test_place_of_the_speech(case):
    assert resolve(case["title"], case["paras"]) == tuple(case["gold"])


def test_ids_unique_and_gold_in_gazetteer():
    from build_tools.places import gazetteer
    assert len({c["id"] for c in CASES}) == len(CASES)
    gaz = gazetteer()
    for c in CASES:
        for key, value in zip(FIELDS, c["gold"], strict=True):
            assert value is None or any(k == key for _, k, _ in gaz[value]), (c["id"], value)


def accuracy() -> dict[str, dict[str, tuple[int, int]]]:
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for c in CASES:
        got = resolve(c["title"], c["paras"])
        for kind in (c["kind"], "all"):
            for i, f in enumerate(FIELDS + ("place",)):
                ok = got == tuple(c["gold"]) if f == "place" else got[i] == c["gold"][i]
                out[kind][f][0] += ok
                out[kind][f][1] += 1
    return {k: {f: (p, t) for f, (p, t) in v.items()} for k, v in out.items()}


if __name__ == "__main__":
    acc = accuracy()
    for kind in sorted(acc, key=lambda k: (k == "all", k)):
        row = "  ".join(f"{f} {p}/{t}" for f, (p, t) in acc[kind].items())
        print(f"{kind:11s} {row}")
    if "-v" in sys.argv:
        for c in CASES:
            got = resolve(c["title"], c["paras"])
            if got != tuple(c["gold"]):
                print(c["id"], "got", got, "gold", tuple(c["gold"]))
