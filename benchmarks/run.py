"""`make bench`: figures for ingest, build, site size and search at N synthetic speeches.

    python -m benchmarks.run --n 200          # make bench
    python -m benchmarks.run --n 10000        # BENCH_N=10000 make bench

Prints figures and a one-line summary; never fails on a figure (no pass/fail targets).
The targets it reports against (N=10,000): build ≤ 3 min, search index build peak RSS ≤ 1.5
GB, index ≤ 150 MB on disk, first search result ≤ 500 ms after typing with ≤ 300 KB per query,
site ≤ 1 GB at 20,000 speeches (`--site-n 20000` builds that corpus for its size alone); at
N=1,000: build ≤ 0.5× and site ≤ 0.2× stock Material; N=10,000 costs ≤ 12× N=1,000. Search
answers are compared with substring truth (recall and precision per query) through the same
script run in Node (benchmarks/search_node.js).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from build_tools.places import MUNICIPALITIES

from . import stages, stock, synth
from .stages import Stage, du, measure, py

REPO = Path(__file__).resolve().parent.parent
# The seed pages next to the checkout, else the copies the corpus keeps for provenance.
SEEDS = Path(os.environ.get("BENCH_SEEDS") or next(
    (p for p in (REPO.parent / "shared" / "seeds", REPO / "corpus" / "raw") if p.is_dir()), REPO / "corpus" / "raw"))
STOCK_N = 1000
INGEST_PAGES = 150
TARGETS = {"build_s": 180, "index_rss_mb": 1536, "index_mb": 150, "site_mb": 1024, "first_ms": 500, "query_kb": 300,
           "build_vs_stock": 0.5, "site_vs_stock": 0.2, "scale": 12}
MB = 1024 * 1024


def log(msg: str) -> None:
    print(msg, flush=True)


# --- build stages ----------------------------------------------------------------------------

@dataclass
class Build:
    n: int
    stages: list[Stage] = field(default_factory=list)
    site: Path | None = None      # set exactly when ok (the checks below narrow on both)
    index_rss: float = 0.0
    total: float = 0.0
    ok: bool = False
    note: str = ""
    copies: dict = field(default_factory=dict)    # what the copy views cost (build report)

    @property
    def rss(self) -> float:
        return max((s.rss_mb for s in self.stages), default=0.0)


#: The build exactly as `python -m build_tools build` runs it (the search index in its own
#: process beside pages and mkdocs), in one child process; build_site() fills in a report of
#: each stage's seconds and peak RSS, written here as JSON.
_BUILD_CODE = ("import sys,json,logging;logging.basicConfig(level=logging.WARNING,format='%(levelname)s %(message)s');"
               "from pathlib import Path;from build_tools.site import SiteSources,build_site as f;r={};"
               "s=SiteSources(config=Path(sys.argv[5])/'mkdocs.yml',handwritten=Path(sys.argv[5])/'docs');"
               "f(Path(sys.argv[1]),Path(sys.argv[2]),work_dir=Path(sys.argv[3]),sources=s,report=r,echo=lambda *a,**k:None);"
               "Path(sys.argv[4]).write_text(json.dumps(r))")


def build_ours(corpus: Path, work: Path, n: int) -> Build:
    """One end-to-end build; the total and peak RSS are the child's own (the index process
    included), the stage lines come from build_site()'s report. The index overlaps pages and
    mkdocs, so the stage times add up to more than the total."""
    import json

    b = Build(n)
    work.mkdir(parents=True, exist_ok=True)
    site_dir, build_dir, report = work / "site", work / "build", work / "build-report.json"
    shutil.rmtree(site_dir, ignore_errors=True)
    shutil.rmtree(build_dir, ignore_errors=True)
    env = {"PYTHONPATH": str(REPO), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    st = measure("build (python -m build_tools build)", py(
        _BUILD_CODE, str(corpus), str(site_dir), str(build_dir), str(report), str(REPO), code=True),
        log=work / "build.log", env=env, cwd=work)
    b.total, b.ok = st.wall, st.ok()
    if b.ok:
        r = json.loads(report.read_text())
        b.copies = r.get("copies", {})
        # A child forked from the build inherits its RSS high-water mark, so the index's own
        # peak is measured by building it again, alone.
        out = work / "index-alone"
        alone = measure("search index alone (python -m build_tools.site.search)",
                        py("build_tools.site.search", str(corpus), str(out)), log=work / "index-alone.log",
                        cwd=work, env={"PYTHONPATH": str(REPO)})
        shutil.rmtree(out, ignore_errors=True)
        sr = r["search"]
        b.index_rss = alone.rss_mb
        b.stages += [
            Stage("page generation (corpus → Markdown)", r["pages"]["seconds"], r["pages"]["rss_mb"], 0, ""),
            Stage("mkdocs build --strict", r["mkdocs"]["seconds"], r["mkdocs"]["rss_mb"], 0, ""),
            Stage(f"search index (beside pages and mkdocs), {sr['wait_after_mkdocs']:.1f} s after mkdocs",
                  sr["seconds"], sr["rss_mb"], 0, ""),
            alone,
            Stage("whole build, wall clock (child process and index process)", st.wall, st.rss_mb, 0, ""),
        ]
        b.note = (f"search index: {sr['grams']:,} grams, {sr['shards']:,} shards, {sr['big_files']:,} big lists, "
                  f"{sr['files']:,} files, {sr['bytes'] / MB:.1f} MB; {sr['frequent_bigrams']} frequent bigrams")
        b.site = site_dir
    else:
        b.stages.append(st)
        b.note += "build failed:\n" + st.log
    return b


_ARTICLE = re.compile(rb'<article class="cc-speech">.*?</article>', re.S)


def site_figures(site: Path, ids: list[str]) -> dict:
    pages = [site / "speeches" / sid / "index.html" for sid in ids]
    pages = [p for p in pages if p.exists()]
    page_bytes = sum(p.stat().st_size for p in pages)
    # The theme's chrome: a speech page minus its generated article (tests/test_site_size.py
    # holds the fixture's pages to a budget); sampled, reading 20,000 pages takes a while.
    sample = pages[::max(1, len(pages) // 500)]
    chrome = sum(len(_ARTICLE.sub(b"", p.read_bytes())) for p in sample)
    folders = {p.name: (du(p) if p.is_dir() else p.stat().st_size) for p in site.iterdir()}
    return {"site": du(site), "files": stages.count_files(site), "html": stages.count_files(site, ".html"),
            "index": du(site / "search" / "idx"),
            "speech_pages": len(pages), "per_speech": page_bytes / len(pages) if pages else float("nan"),
            "chrome": chrome / len(sample) if sample else float("nan"),
            "folders": dict(sorted(folders.items(), key=lambda kv: -kv[1])),
            "compare": du(site / "compare"), "families": du(site / "families")}


# --- ingest ------------------------------------------------------------------------------------

def bench_ingest(corpus: Path, work: Path, pages: int) -> dict:
    target = work / "ingest" / "corpus"
    shutil.rmtree(target.parent, ignore_errors=True)
    (target / "speeches").mkdir(parents=True)
    shutil.copyfile(corpus / "taxonomy.yaml", target / "taxonomy.yaml")
    # Fresh copies under new names (ingest records the file name; no cached signatures).
    inputs = sorted(SEEDS.glob("*")) if SEEDS.is_dir() else []
    inputs += synth.raw_pages(corpus, pages)
    raw_bytes = sum(p.stat().st_size for p in inputs)
    # The library entry point the CLI calls, in a process of its own (start-up included, as
    # a contributor meets it); counts come from its report object, not from printed text.
    counts = work / "ingest-counts.json"
    job = ("import json, sys; from pathlib import Path; from build_tools.ingest import ingest_paths; "
           "r = ingest_paths([Path(p) for p in sys.argv[3:]], Path(sys.argv[1])); "
           "Path(sys.argv[2]).write_text(json.dumps({'added': sum(len(i.added) for i in r.inputs), "
           "'refused': sum(1 for i in r.inputs if i.refused)}))")
    st = measure("ingest", py(job, str(target), str(counts), *map(str, inputs), code=True),
                 log=work / "ingest.log")
    result = json.loads(counts.read_text("utf-8"))
    added, refused = result["added"], result["refused"]
    return {"inputs": len(inputs), "seeds": len(inputs) - min(pages, len(inputs)), "bytes": raw_bytes,
            "stage": st, "added": added, "refused": refused}


# --- queries -----------------------------------------------------------------------------------

def pick_queries(corpus: Path) -> list[tuple[str, str]]:
    """Five queries: a 2-char word inside longer words, a common term, a place, a rare term,
    two words at once. Place and rare term are read off the synthetic corpus."""
    from build_tools.corpus import iter_entry_files, read_entry

    city = rare = None
    for p in iter_entry_files(corpus):
        sp = read_entry(p)
        if city is None and sp.level == "市" and sp.city and sp.city not in MUNICIPALITIES:
            city = re.sub(r"市$", "", sp.city)
        if rare is None and sp.level == "县" and sp.district and len(sp.district) >= 3:
            rare = sp.district
        if city and rare:
            break
    return [("体制", "2-char word inside longer words (管理体制, 山体制高点)"),
            ("督查", "common term (督查组, 督查督办)"),
            (city or "杭州", "place name"),
            (rare or "龙游县", "rare term (a county named in few speeches)"),
            ("垃圾分类 志愿者", "two words at once"),
            ("文明城市", "worst case: in nearly every speech"),
            ("创建全国文明城市", "long phrase of frequent parts (4-gram positions)"),
            ("創城", "Traditional input"),
            ("量子计算", "absent (没有找到)")]


def bench_queries(site: Path, corpus: Path, label: str) -> list:
    """Each query typed into the header box in Chromium (time, bytes), and the same script in
    Node over the same index for the full result sets, against substring truth."""
    from build_tools.corpus import load_corpus

    from .browser import run_queries
    from .search_oracle import NodeSearch, Oracle

    qs = pick_queries(corpus)
    try:
        res = run_queries(site, [q for q, _ in qs])
    except Exception as exc:  # noqa: BLE001
        log(f"  {label}: browser run failed: {type(exc).__name__}: {exc}")
        return []
    oracle = Oracle(load_corpus(corpus))
    node = NodeSearch(site / "search" / "idx")
    log(f"  {label}: time from typing to the first result; KB on the wire (gzip as a static host) at focus "
        f"(meta.json) and after typing; recall/precision of the full result set vs substring truth")
    log(f"    {'query':<18} {'truth':>6} {'found':>6} {'recall':>6} {'prec.':>6} {'occurrences':>11} {'first ms':>8} "
        f"{'focus KB':>8} {'query KB':>8} {'reqs':>4} {'shards':>6} {'lists':>6} {'rows':>5} {'pages':>6}")
    try:
        for (q, why), r in zip(qs, res, strict=True):
            truth = oracle(q)
            got = {h[0]: h[1] for h in node(q)["hits"]}
            hit = len(set(got) & set(truth))
            recall = hit / len(truth) if truth else 1.0
            precision = hit / len(got) if got else 1.0
            occ_ok = "exact" if all(got.get(i) == n for i, (n, _) in truth.items()) and len(got) == len(truth) else "DIFFER"
            r.recall, r.precision = recall, precision
            first = f"{r.first_result_ms:.0f}" if r.first_result_ms is not None else "—"
            kb = {kind: r.split.get(kind, 0) / 1024 for kind in ('shard', 'list', 'rows', 'page')}
            log(f"    {q:<18} {len(truth):>6} {len(got):>6} {recall:>6.3f} {precision:>6.3f} {occ_ok:>11} {first:>8} "
                f"{r.focus_bytes / 1024:>8.1f} {r.query_bytes / 1024:>8.1f} {r.query_requests:>4} {kb['shard']:>6.1f} "
                f"{kb['list']:>6.1f} {kb['rows']:>5.1f} {kb['page']:>6.1f}   {why}"
                + (f"  [browser says: {r.summary}]" if r.summary else "") + (f"  [{r.error}]" if r.error else ""))
    finally:
        node.close()
    return res


# --- driver ------------------------------------------------------------------------------------

def fmt_mb(b: float) -> str:
    return f"{b / MB:.1f} MB"


def print_build(b: Build, figs: dict | None) -> None:
    log(f"  build N={b.n}: {'ok' if b.ok else 'FAILED'}")
    if b.note:
        log("    note: " + b.note.replace("\n", "\n    "))
    for s in b.stages:
        rss = "—" if s.rss_mb != s.rss_mb else f"{s.rss_mb:.0f} MB"
        log(f"    {s.name:<62} {s.wall:8.1f} s   peak RSS {rss}" + ("" if s.ok() else f"  rc={s.rc}"))
    log(f"    {'total':<62} {b.total:8.1f} s   peak RSS {b.rss:.0f} MB (targets: build ≤ {TARGETS['build_s']} s, "
        f"index build ≤ {TARGETS['index_rss_mb']} MB at 10,000)")
    if figs:
        log(f"    site {fmt_mb(figs['site'])} in {figs['files']:,} files ({figs['html']:,} HTML); "
            f"speech page {figs['per_speech'] / 1024:.1f} KB avg over {figs['speech_pages']:,}; "
            f"search index {fmt_mb(figs['index'])} (target ≤ {TARGETS['index_mb']} MB at 10,000)")
        log(f"    speech page: theme chrome {figs['chrome'] / 1024:.1f} KB, article "
            f"{(figs['per_speech'] - figs['chrome']) / 1024:.1f} KB; by folder: "
            + ", ".join(f"{name} {fmt_mb(b)}" for name, b in figs["folders"].items() if b >= figs["site"] / 200))
    c = b.copies
    if c:
        added = c["section_bytes"] + (figs["compare"] + figs["families"] if figs else 0)
        log(f"    copy views (相同文字, 对照, 模板家族): {c['seconds']:.1f} s of page generation; "
            f"{c['pairs']:,} pairs, {c['families']:,} families; bytes added "
            f"{fmt_mb(added)}" + (f" = 对照 page + pair data {fmt_mb(figs['compare'])}, 模板家族 pages "
                                  f"{fmt_mb(figs['families'])}, 相同文字 sections {fmt_mb(c['section_bytes'])}"
                                  f" ({100 * added / figs['site']:.1f}% of the site)" if figs else ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--workdir", type=Path, help="keep everything here (default: a temp dir, removed)")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--no-stock", action="store_true")
    ap.add_argument("--ingest-pages", type=int, default=INGEST_PAGES)
    ap.add_argument("--site-n", type=int, default=0,
                    help="also build a corpus of this many speeches for the whole site's size (e.g. 20000)")
    args = ap.parse_args(argv)
    n = args.n
    keep = args.workdir is not None
    work = args.workdir or Path(tempfile.mkdtemp(prefix="ccbench-"))
    work.mkdir(parents=True, exist_ok=True)
    log(f"== 创城文库 benchmark N={n} (work dir {work}; python {sys.version.split()[0]}, {os.cpu_count()} cores)")
    summary: dict = {}
    try:
        # 1. synthetic corpus
        t0 = time.perf_counter()
        corpus = work / f"n{n}" / "corpus"
        st = synth.generate(n, corpus)
        log(f"synthetic corpus: {n:,} entries, {fmt_mb(st['entry_bytes'])} of entries, "
            f"{fmt_mb(st['raw_bytes'])} of raw pages, {time.perf_counter() - t0:.1f} s")

        # 2. ingest throughput
        ing = bench_ingest(corpus, work, min(n, args.ingest_pages))
        s = ing["stage"]
        log(f"ingest: {ing['inputs']} raw pages ({ing['seeds']} seeds + {ing['inputs'] - ing['seeds']} synthetic), "
            f"{ing['bytes'] / 1024:.0f} KB in {s.wall:.1f} s = {ing['bytes'] / MB / s.wall:.3f} MB/s "
            f"({s.wall / ing['inputs'] * 1000:.0f} ms/page incl. start-up), {ing['added']} speeches added, "
            f"{ing['refused']} refused, peak RSS {s.rss_mb:.0f} MB" + ("" if s.ok() else f"  [rc={s.rc}]"))
        summary["ingest"] = ing["bytes"] / MB / s.wall

        # 3. our build at N
        ids = sorted(p.stem for p in (corpus / "speeches").glob("*.md"))
        ours = build_ours(corpus, work / f"n{n}", n)
        figs = site_figures(ours.site, ids) if ours.ok and ours.site is not None else None
        print_build(ours, figs)

        # 4. at min(N, 1000): ours (again if N > 1000) and stock Material
        m = min(n, STOCK_N)
        ours_m, figs_m = ours, figs
        corpus_m = corpus
        if n > m:
            corpus_m = work / f"n{m}" / "corpus"
            synth.generate(m, corpus_m)
            ours_m = build_ours(corpus_m, work / f"n{m}", m)
            figs_m = site_figures(ours_m.site, ids[:0] or sorted(p.stem for p in (corpus_m / "speeches").glob("*.md"))) if ours_m.ok and ours_m.site is not None else None
            print_build(ours_m, figs_m)
        stock_b = stock_figs = None
        if not args.no_stock:
            sroot = work / f"stock{m}"
            shutil.rmtree(sroot, ignore_errors=True)
            t0 = time.perf_counter()
            cfg = stock.write_project(corpus_m, sroot)
            prep = time.perf_counter() - t0
            sst = measure("stock Material mkdocs build", py("mkdocs", "build", "-q", "-f", str(cfg), "-d", str(sroot / "site")),
                          log=sroot / "build.log", cwd=sroot, env={"NO_MKDOCS_2_WARNING": "1"})
            stock_b = Build(m, [sst], sroot / "site" if sst.ok() else None, sst.wall, sst.ok())
            stock_figs = {"site": du(sroot / "site"), "index": du(sroot / "site" / "search")} if sst.ok() else None
            log(f"  stock Material N={m}: build {sst.wall:.1f} s (+{prep:.1f} s writing its Markdown, not counted), "
                f"peak RSS {sst.rss_mb:.0f} MB" + (f", site {fmt_mb(stock_figs['site'])}, search index "
                                                   f"{fmt_mb(stock_figs['index'])}" if stock_figs else f"  FAILED rc={sst.rc}\n{sst.log}"))
            if ours_m.ok and figs_m is not None and stock_figs:
                summary["build_ratio"] = ours_m.total / sst.wall
                summary["site_ratio"] = figs_m["site"] / stock_figs["site"]
                summary["index_ratio"] = figs_m["index"] / stock_figs["index"] if stock_figs["index"] else float("nan")
                summary["rss_ratio"] = ours_m.rss / sst.rss_mb
                log(f"  at N={m}, ours / stock: build x{summary['build_ratio']:.2f} (target ≤ {TARGETS['build_vs_stock']}), "
                    f"site x{summary['site_ratio']:.2f} (target ≤ {TARGETS['site_vs_stock']}), "
                    f"search index x{summary['index_ratio']:.2f}, peak RSS x{summary['rss_ratio']:.2f}")
        if n > m and ours.ok and ours_m.ok and figs is not None and figs_m is not None:
            summary["scale_build"] = ours.total / ours_m.total
            summary["scale_site"] = figs["site"] / figs_m["site"]
            summary["scale_rss"] = ours.rss / ours_m.rss
            log(f"  N={n} vs N={m}: build x{summary['scale_build']:.1f}, site x{summary['scale_site']:.1f}, "
                f"peak RSS x{summary['scale_rss']:.1f} (target ≤ {TARGETS['scale']}x for 10x the speeches)")

        # 5. search in the browser
        qres = []
        if not args.no_browser and ours.ok and ours.site is not None:
            qres = bench_queries(ours.site, corpus, f"our site N={n}")
            if stock_b and stock_b.ok and stock_b.site is not None and os.environ.get("BENCH_STOCK_QUERIES", "0") == "1":
                bench_queries(stock_b.site, corpus_m, f"stock Material N={m}")

        # 6. the whole site at a larger N (GitHub Pages' 1 GB limit)
        if args.site_n:
            big = work / f"n{args.site_n}" / "corpus"
            t0 = time.perf_counter()
            synth.generate(args.site_n, big)
            log(f"synthetic corpus: {args.site_n:,} entries, {time.perf_counter() - t0:.1f} s")
            ours_big = build_ours(big, work / f"n{args.site_n}", args.site_n)
            figs_big = site_figures(ours_big.site, sorted(p.stem for p in (big / "speeches").glob("*.md"))) if ours_big.ok and ours_big.site is not None else None
            print_build(ours_big, figs_big)
            if figs_big:
                summary["site_n"] = figs_big["site"]
                log(f"  whole site at N={args.site_n:,}: {fmt_mb(figs_big['site'])} (target ≤ {TARGETS['site_mb']} MB), "
                    f"of which search index {fmt_mb(figs_big['index'])}")

        # 7. summary
        parts = [f"BENCH N={n}"]
        if ours.ok and figs is not None:
            parts += [f"build={ours.total:.1f}s", f"rss={ours.rss:.0f}MB", f"index_rss={ours.index_rss:.0f}MB",
                      f"site={figs['site'] / MB:.1f}MB", f"index={figs['index'] / MB:.1f}MB",
                      f"page={figs['per_speech'] / 1024:.1f}KB"]
            if ours.copies:
                parts.append(f"copies={ours.copies['seconds']:.1f}s/"
                             f"{(ours.copies['section_bytes'] + figs['compare'] + figs['families']) / MB:.1f}MB")
        else:
            parts.append("build=FAILED")
        parts.append(f"ingest={summary['ingest']:.3f}MB/s")
        got = [r for r in qres if r.first_result_ms is not None]
        if qres:
            parts.append("query_first_result_ms=" + "/".join(f"{r.first_result_ms:.0f}" if r.first_result_ms is not None else "—" for r in qres))
            parts.append("query_kb=" + "/".join(f"{r.query_bytes / 1024:.0f}" for r in qres))
            if got:
                parts.append(f"max_first_ms={max(r.first_result_ms for r in got):.0f}")
            parts.append(f"max_query_kb={max(r.query_bytes for r in qres) / 1024:.0f}")
            parts.append(f"min_recall={min(r.recall for r in qres if r.recall is not None):.3f}")
            parts.append(f"min_precision={min(r.precision for r in qres if r.precision is not None):.3f}")
        if "site_n" in summary:
            parts.append(f"site_at_{args.site_n}={summary['site_n'] / MB:.0f}MB")
        tail = []
        if "build_ratio" in summary:
            tail.append(f"at {m}: build x{summary['build_ratio']:.2f} of stock, site x{summary['site_ratio']:.2f} of stock, "
                        f"index x{summary['index_ratio']:.2f} of stock")
        if "scale_build" in summary:
            tail.append(f"{n} vs {m}: build x{summary['scale_build']:.1f}, site x{summary['scale_site']:.1f}")
        log(" ".join(parts) + (" | " + " | ".join(tail) if tail else ""))
        return 0
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
