"""Per-field accuracy of ingest on the labelled evaluation pages (`make eval`).

Twenty-one parts: `tuning` pages (the rules were tuned on them), `held-out` pages (written with
the tuning ones but other bodies and wordings; the rules were not fitted to them), the
`fresh` batch (written after the rules were done, measured once), the `real-shaped`
batch (the shapes of real pages seen through the search tool), the `probe` batch (batch 5:
pages modelled on real pages of unseen sites, each round measured before the rules were
fitted to it), and sixteen blind batches, each page modelled on a different real page and
written whole without looking at the rules, measured once when first run: `blind` (batch 4),
`blind-2` (6), `blind-3` (7), `blind-4` (8), `blind-5` (9: mostly 范文/公文/文库 pages),
`blind-6` (10: news and government portals, WeChat, forum and blog reposts, PDF/Word and app
copies), `blind-7` (11: personal libraries, document viewers, self-media, party and agency
portals, gated 公文 sites, OCR copies), `blind-8` (12: 文秘 member pages, county 融媒体 and
district portals, WeChat and app copies, document viewers, Word-as-HTML, e-paper and aggregator
copies, Traditional mirrors), `blind-9` (13: 创卫 and 创文 pieces at county, town and street
level: host scripts, previews printed twice, Word and PDF copies, Big5 and pinyin),
`blind-10` (14: 文明网 and local news channels, app copies, document-sharing pages, 范文
collections, 政务公开 and 领导讲话 columns), `blind-11` (15: 表彰, 誓师, 观摩点评, 领导小组,
community and volunteer pieces, pledges of a school, a hospital and a market, several-speaker
reports, bulletins, gated and Traditional copies), `blind-12` (16: pages printed twice,
viewers, member sites, portals and 文明网 reports, collections, PDF, Word and app copies, Big5
and pinyin), `blind-13` (17: 范文, 公文, 文秘 and 文库 pages, document viewers, gated and VIP
pages, collections, Word comments, Big5 and pinyin), `blind-14` (18: county 融媒体, town and
district portals, 网易号, WeChat, learning-app and blog copies, an e-paper, a provincial health
commission's and a city 爱卫办's pages, a forum thread, Traditional mirrors with pinyin and Big5),
`blind-15` (19: paged 文档 copies, 范文 collections, member gates, Word and gazette PDF copies,
文库 viewers, a Big5 mirror, 领导讲话 columns, city, district and town portals, county news pages)
and `blind-16` (20: WeChat and app copies, 文明网 and 融媒体 pages, e-papers, a forum and a blog,
Big5 and pinyin mirrors, town and street sites, 爱卫办/卫健委 pages, a report then its speech).
A blind batch stays blind until someone tunes rules on its failures; floors.yaml's head
comment says which were spent. The batches not yet spent estimate how ingest does on
pages it has never seen.

Runs the real ingest library (read -> clean -> segment -> dedup -> metadata, exactly what
`python -m build_tools ingest` writes, without touching a corpus) on every page under
tests/eval/pages/ and compares with tests/eval/gold.yaml. A check is one field of one
expected speech, one junk string or one kept sentence. Figures are printed for each part
and for all pages together. `--failures` lists every failed check.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
# EVAL_CODE=<folder holding a build_tools/> measures another version of the rules (e.g. an
# older commit's, exported with `git archive`) on the same pages.
REPO = Path(os.environ.get("EVAL_CODE") or HERE.parent.parent)
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from build_tools.errors import InputRefused  # noqa: E402
from build_tools.ingest import build_drafts  # noqa: E402
from build_tools.readers import read_path  # noqa: E402

FIELDS = ("count", "title", "genre", "level", "date", "speaker", "province", "city", "district",
          "masked", "truncated", "published", "junk", "kept", "once", "paragraphs")
SPEECH_FIELDS = ("title", "genre", "level", "date", "speaker", "province", "city", "district",
                 "masked", "truncated")


@dataclass
class Result:
    passed: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    failures: list[str] = field(default_factory=list)

    def add(self, fld: str, ok: bool, where: str, detail: str = "") -> None:
        self.total[fld] += 1
        self.passed[fld] += ok
        if not ok:
            self.failures.append(f"{where} {fld}: {detail}")

    def accuracy(self, fld: str) -> float | None:
        return self.passed[fld] / self.total[fld] if self.total[fld] else None

    def overall(self) -> float:
        return sum(self.passed.values()) / max(1, sum(self.total.values()))


def _norm(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", "", s)


def _present(key: str, texts: list[str]) -> bool:
    if key.startswith("re:"):
        rx = re.compile(key[3:], re.M)
        return any(rx.search(t) for t in texts)
    return any(key in t for t in texts)


def check_page(name: str, gold: dict, res: Result) -> None:
    try:
        _, page = read_path(HERE / "pages" / name)
        drafts, _, _ = build_drafts(page, [])
        speeches = [d.speech for d in drafts]
    except InputRefused as exc:
        speeches = []
        res.failures.append(f"{name} refused: {exc}")
    want = gold["speeches"]
    res.add("count", len(speeches) == len(want), name, f"{len(speeches)} speeches, want {len(want)}")
    for i, g in enumerate(want):
        sp = speeches[i] if i < len(speeches) else None
        where = f"{name}#{i + 1}"
        for fld in SPEECH_FIELDS:
            exp = g[fld]
            if fld == "title" and exp is None:
                continue
            got = getattr(sp, fld) if sp else "<missing>"
            if fld == "speaker":
                ok = sp is not None and (_norm(got) is None if exp is None else _norm(got) in exp)
            elif fld == "title":
                ok = sp is not None and _norm(got) == _norm(exp)
            else:
                ok = sp is not None and got == exp
            res.add(fld, ok, where, f"got {got!r}, want {exp!r}")
        if sp is not None:
            paras = [p for p in sp.paragraphs if len(p) >= 20]
            res.add("once", len(paras) == len(set(paras)), where, "a paragraph is printed twice")
        if g.get("min_paras"):
            n = len(sp.paragraphs) if sp else 0
            res.add("paragraphs", n >= g["min_paras"], where, f"{n} paragraphs, want >= {g['min_paras']}")
    if "published" in gold:
        got = speeches[0].published if speeches else None
        res.add("published", got == gold["published"], name, f"got {got!r}, want {gold['published']!r}")
    texts = [s.text for s in speeches] + [s.title for s in speeches]
    for key in gold["junk"]:
        res.add("junk", not _present(key, texts), name, f"still present: {key!r}")
    paras = [p for s in speeches for p in s.text.split("\n\n")]
    for sent in gold["kept"]:
        res.add("kept", any(sent in p for p in paras), name, f"not intact: {sent!r}")


# The part each later batch is reported under; batch 1 is split by its holdout flag.
PARTS = {2: "fresh", 3: "real-shaped", 4: "blind", 5: "probe", 6: "blind-2", 7: "blind-3",
         8: "blind-4", 9: "blind-5", 10: "blind-6", 11: "blind-7",
         12: "blind-8", 13: "blind-9", 14: "blind-10", 15: "blind-11",
         16: "blind-12", 17: "blind-13", 18: "blind-14",
         19: "blind-15", 20: "blind-16"}


def evaluate(pages: list[str] | None = None) -> dict[str, Result]:
    gold = yaml.safe_load((HERE / "gold.yaml").read_text("utf-8"))
    out = {part: Result() for part in ("tuning", "held-out", *PARTS.values(), "all")}
    for name in sorted(gold):
        if pages and not any(p in name for p in pages):
            continue
        part = PARTS.get(gold[name].get("batch", 1),
                         "held-out" if gold[name]["holdout"] else "tuning")
        r = Result()
        check_page(name, gold[name], r)
        for target in (out[part], out["all"]):
            for f in r.total:
                target.total[f] += r.total[f]
                target.passed[f] += r.passed[f]
            target.failures += r.failures
    return out


def report(results: dict[str, Result]) -> str:
    cols = list(results)
    lines = [f"{'字段 field':<14}" + "".join(f"{c:>18}" for c in cols if results[c].total)]
    cols = [c for c in cols if results[c].total]
    for fld in FIELDS:
        row = f"{fld:<14}"
        for c in cols:
            r = results[c]
            acc = r.accuracy(fld)
            row += f"{'—':>18}" if acc is None else f"{acc * 100:>9.1f}% ({r.passed[fld]:>3}/{r.total[fld]:<3})"
        lines.append(row)
    lines.append(f"{'全部 overall':<14}" + "".join(
        f"{results[c].overall() * 100:>9.1f}% ({sum(results[c].passed.values()):>3}/"
        f"{sum(results[c].total.values()):<3})" for c in cols))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="评测 ingest 的逐字段准确率 (per-field accuracy). "
                                             "例: python tests/eval/evaluate.py --failures")
    ap.add_argument("--failures", action="store_true", help="列出每个未通过的检查")
    ap.add_argument("pages", nargs="*", help="只评测名字含这些字符串的页面")
    args = ap.parse_args(argv)
    results = evaluate(args.pages)
    print(report(results))
    if args.failures:
        for f in results["all"].failures:
            print("  ✗", f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
