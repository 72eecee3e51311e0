"""Would a learned ranker pick titles better than the rules? (issue 10's suggestion; an
experiment, not part of ingest). `python tests/eval/title_ranker_cv.py [-v]`.

For every gold speech with a title, the candidates are what the page offers: each head line
above the text (cleaned as `head_title` cleans it), the rules' joined head title and
headline, a compilation marker's title, the "标题：" field, each part of the HTML <title>,
and the title derived from the opening. The rules' hard vetoes stay: a salutation, a sentence
or site chrome is never a candidate. A logistic model on simple line features (position,
length, what the line ends with, punctuation and digit shares, what follows it, chrome looks,
where it comes from) scores them; the best scoring one is the title.

Judged by leave-one-batch-out cross-validation over the tuning-data parts (tuning, blind,
probe, blind-2 … blind-7; held-out, fresh and real-shaped stay out), against the current
rules on the same speeches. Three variants: a pointwise logistic model, a listwise one
(softmax over a speech's candidates), and a stacked one that also sees which candidate the
rules chose. Plain numpy, zero start and a fixed number of steps: deterministic.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from build_tools import metadata as md  # noqa: E402
from build_tools import segment as sg  # noqa: E402
from build_tools.cleaning import is_chrome_line, is_masked, is_sentence, to_simplified  # noqa: E402
from build_tools.errors import InputRefused  # noqa: E402
from build_tools.ingest import build_drafts, page_facts  # noqa: E402
from build_tools.readers import read_path  # noqa: E402
from build_tools.vocabulary import ADDRESS, HAN, SALUTATION  # noqa: E402

#: Batches whose gold may train a model (1 = tuning, its held-out pages excluded).
TRAIN_BATCHES = {1: "tuning", 4: "blind", 5: "probe", 6: "blind-2", 7: "blind-3", 8: "blind-4",
                 9: "blind-5", 10: "blind-6", 11: "blind-7"}
SOURCES = ("head", "join", "marker", "field", "html", "html2", "derived")
#: Gradient steps, step size and weight decay: fixed once, not tuned on the folds.
STEPS, RATE, L2 = 3000, 0.3, 1e-3

_NAME_LINE = re.compile(rf"^[{HAN}、 ]{{0,16}}?(?:书记|长|主任|委员|主席)?\s*[{HAN}](?:\s?[{HAN}]){{1,3}}$")
_DATE = re.compile(r"^[（(]?\s*\d{4}\s*年")
_CHROME_WORD = re.compile(r"下载|小编|首页|登录|注册|网站|来源|阅读|分享|收藏|举报|关注|客户端|文库|文档|页")
_SPEECH_END = re.compile(r"(?:讲话|发言|致辞|讲稿)稿?$")
_AT_ON = re.compile(r"在.{2,}上的")
_MEETING_END = re.compile(r"(?:会|会议|大会)$")
_PUNCT = re.compile(r"[，。、：；！？,.:;!?（）()【】\[\]|｜_-]")


@dataclass
class Candidate:
    text: str
    source: str
    index: int      # its line in the head, -1 when not from the head
    after: str      # the line that follows it


@dataclass
class Speech:
    batch: int
    page: str
    gold: str
    rules: str | None
    cands: list[Candidate]


def _norm(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", "", s)


def candidates(part: sg.Part, html_title: str | None, field_title: str | None,
               genre: str) -> list[Candidate]:
    head, first = part.head, (part.paragraphs[0] if part.paragraphs else "")
    out = []
    for i, line in enumerate(head):
        text = sg._last_title(sg.clean_title(line))
        if text:
            out.append(Candidate(text, "head", i, head[i + 1] if i + 1 < len(head) else first))
    for rule in (sg.head_title(head), sg.headline(head, part.paragraphs)):
        if rule and all(rule != c.text for c in out):
            out.append(Candidate(rule, "join", len(head) - 1, first))
    if part.marker_title:
        out.append(Candidate(part.marker_title, "marker", -1, ""))
    if field_title:
        out.append(Candidate(field_title, "field", -1, ""))
    if html_title:
        parts = sg._PAGE_TITLE_SEP.split(to_simplified(html_title).strip())
        out += [Candidate(t, "html" if k == 0 else "html2", -1, "")
                for k, p in enumerate(parts) if (t := sg.clean_title(p))]
    out.append(Candidate(md.derive_title(part.paragraphs, genre), "derived", -1, ""))
    # the rules' hard vetoes
    return [c for c in out if c.text and not (SALUTATION.match(c.text) or is_sentence(c.text)
                                              or is_chrome_line(c.text))]


def features(c: Candidate, sp: Speech, head: list[str], stacked: bool) -> list[float]:
    t, n = c.text, len(c.text)
    heads = [sg.clean_title(x) for x in head]
    f = [1.0] + [float(c.source == s) for s in SOURCES] + [
        (len(head) - 1 - c.index) / 5 if c.index >= 0 else 0.0,
        float(c.index == len(head) - 1 and c.index >= 0),
        min(n, 80) / 40, float(n < 8), float(n > 40),
        float(bool(_SPEECH_END.search(t))), float(bool(_AT_ON.search(t))),
        float(bool(re.search("召开|举行", t))), float(bool(_MEETING_END.search(t))),
        float(t.endswith("表态发言")), len(sg._TITLE_WORDS.findall(t)) / 3,
        len(_PUNCT.findall(t)) / n * 5, sum(ch.isdigit() for ch in t) / n * 5,
        float(bool(re.search(r"\d{4}", t))),
        float(bool(SALUTATION.match(c.after) or ADDRESS.match(c.after))),
        float(bool(_DATE.match(c.after) or _NAME_LINE.match(c.after))),
        float(sg.is_link_row(t)), float(bool(_CHROME_WORD.search(t))),
        float(bool(sg._ORGANISATION.search(t))), float(sg.is_title_line(t)),
        float(heads.count(t) > 1 or sum(x.text == t for x in sp.cands) > 1),
        float(bool(sg._KICKER.search(t))), float(bool(sg._HEADING.match(t))),
        float(bool(sg._FIELD_LABEL.match(t))), float(bool(sg._OWN_TITLE.match(t))),
        float(is_masked(t)),
        float(c.source.startswith("html") and t in heads),
        float(c.source == "head" and any(x.text == t for x in sp.cands if x.source.startswith("html"))),
    ]
    return f + ([float(_norm(t) == _norm(sp.rules))] if stacked else [])


def collect() -> tuple[list[Speech], dict[int, list[str]]]:
    gold = yaml.safe_load((HERE / "gold.yaml").read_text("utf-8"))
    speeches, heads = [], {}
    for name in sorted(gold):
        g = gold[name]
        batch = g.get("batch", 1)
        if batch not in TRAIN_BATCHES or (batch == 1 and g["holdout"]):
            continue
        _, page = read_path(HERE / "pages" / name)
        try:
            drafts, _, _ = build_drafts(page, [])
        except InputRefused:
            drafts = []
        field = page_facts(page).field_title
        for k, want in enumerate(g["speeches"]):
            if want["title"] is None:
                continue
            if k >= len(drafts):
                speeches.append(Speech(batch, name, want["title"], None, []))
                continue
            d = drafts[k]
            field_title = None if d.part.part is not None else field
            cands = candidates(d.part, page.html_title, field_title, d.speech.genre)
            speeches.append(Speech(batch, name, want["title"], d.speech.title, cands))
            heads[len(speeches) - 1] = d.part.head
    return speeches, heads


def _groups(speeches: list[Speech], heads: dict[int, list[str]], idx: list[int], stacked: bool):
    for i in idx:
        sp = speeches[i]
        if sp.cands:
            x = np.array([features(c, sp, heads[i], stacked) for c in sp.cands])
            y = np.array([float(_norm(c.text) == _norm(sp.gold)) for c in sp.cands])
            yield i, x, y


def train(groups: list, listwise: bool) -> np.ndarray:
    groups = [(x, y) for _, x, y in groups if y.sum()]
    w = np.zeros(groups[0][0].shape[1])
    if not listwise:
        x = np.vstack([g[0] for g in groups])
        y = np.concatenate([g[1] for g in groups])
    for _ in range(STEPS):
        if listwise:
            grad = L2 * w
            for gx, gy in groups:
                s = gx @ w
                p = np.exp(s - s.max())
                grad = grad + gx.T @ (p / p.sum() - gy / gy.sum()) / len(groups)
        else:
            grad = x.T @ (1 / (1 + np.exp(-x @ w)) - y) / len(y) + L2 * w
        w = w - RATE * grad
    return w


def main(verbose: bool) -> None:
    speeches, heads = collect()
    covered = sum(any(_norm(c.text) == _norm(s.gold) for c in s.cands) for s in speeches)
    print(f"{len(speeches)} titled speeches; gold among the candidates for {covered}")
    variants = {"pointwise": (False, False), "listwise": (True, False), "stacked": (False, True)}
    print(f"{'left out':<10}{'n':>5}{'rules':>7}" + "".join(f"{v:>11}" for v in variants))
    totals = [0] * (2 + len(variants))
    for batch, part in TRAIN_BATCHES.items():
        test = [i for i, s in enumerate(speeches) if s.batch == batch]
        rest = [i for i, s in enumerate(speeches) if s.batch != batch]
        row = [len(test), sum(_norm(speeches[i].rules) == _norm(speeches[i].gold) for i in test)]
        misses = []
        for variant, (listwise, stacked) in variants.items():
            w = train(list(_groups(speeches, heads, rest, stacked)), listwise)
            right = 0
            for i, x, _ in _groups(speeches, heads, test, stacked):
                pick = speeches[i].cands[int(np.argmax(x @ w))].text
                right += _norm(pick) == _norm(speeches[i].gold)
                if verbose and _norm(pick) != _norm(speeches[i].gold):
                    misses.append(f"    {variant} {speeches[i].page}: {pick} | gold {speeches[i].gold}")
            row.append(right)
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(_row(part, row))
        if misses:
            print("\n".join(misses))
    print(_row("total", totals))


def _row(label: str, figures: list[int]) -> str:
    n, rules, *models = figures
    return f"{label:<10}{n:>5}{rules:>7}" + "".join(f"{m:>11}" for m in models)


if __name__ == "__main__":
    main("-v" in sys.argv)
