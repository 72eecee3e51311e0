"""Search stage: Pagefind (extended build, pinned on PyPI) indexes the speeches.

Pagefind does not read the themed site. generate_docs() writes one bare HTML page per
speech (title, date/place as Pagefind metadata, the paragraphs with their ``pN`` ids) into
a search folder, and this module indexes that folder. So indexing

* needs nothing from MkDocs and runs at the same time as ``mkdocs build`` (on the other
  core), which is most of why the build is faster than stock Material;
* indexes exactly the title and text of each speech, whatever the theme prints around it
  (the theme can change without touching search);
* can be split into shards. Pagefind's extended (Chinese) indexer holds memory in
  proportion to the characters it indexes: about 0.11 GB + 0.175 GB per million characters
  (measured on 1,000 pages: 0.17 GB at 300 characters each, 0.58 GB at ~2,500, 0.97 GB at
  5,000; 8.4 GB for 10,000 speeches in one run; with ``--force-language en`` only 0.26 GB,
  so the cost is the Chinese segmentation). A corpus larger than SHARD_CHARS is spread
  over the fewest shards that fit, indexed one after the other, and the browser merges
  them with Pagefind's own ``mergeIndex``. Merged indexes share the primary's WebAssembly,
  but each shard adds the index chunks of the query's words (measured at 10,000 speeches:
  8 shards cost 260–1,060 KB per query against 45–230 KB in one index), so shards are as
  few as the memory budget allows.

Shards need one more piece. Pagefind ignores a query word that its index does not hold
(pagefind_web/src/search.rs: a term with no match adds no page set to the intersection),
so in a shard without 西溪 the query 西溪湿地 would return every page with 湿地 — junk
merged in beside the true result. Each shard therefore also gets a *lexicon page*: every
word of the whole corpus once. With it every shard knows every word, a word missing from
a shard's speeches matches only the lexicon page, and the intersection is as strict as in
one index. The lexicon pages' result ids go into
shards.json and the browser drops them before it loads anything for a result.
The lexicon must hold Pagefind's own words, no more and no fewer (a word the lexicon
has but the speeches were cut differently would hide them: 安陆市 against 安陆 + 市), so
a first pass indexes every distinct clause of the corpus once and reads the words back
from Pagefind's output; then the shards are indexed with the lexicon. The first pass costs
up to a second indexing of the corpus, less the more clauses speeches share (the synthetic
benchmark corpus, recombined from a few real speeches, has 0.75 M distinct characters of 49 M).

Output: ``<site>/pagefind/s0/`` … ``s<K-1>/`` and ``<site>/pagefind/shards.json`` (the list
the browser loads; assets/cc-search.js).
"""
from __future__ import annotations

import gzip
import html
import json
import os
import re
import shutil
import subprocess
import sys
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from ..errors import BuildToolsError
from ..record import Speech

LANGUAGE = "zh-cn"
#: Characters (title, place and text) per Pagefind shard at most: ≈ 3.3 GB of indexer
#: memory by the fit in the module docstring, under the 4 GB build budget per process.
#: 10,000 speeches of 5,000 characters make 3 shards. A machine with more memory can
#: raise it (CC_SEARCH_SHARD_CHARS) for fewer shards and lighter queries: measured at
#: 10,000 speeches, 1 shard (8.4 GB) 45–230 KB of index per query, 3 shards (3.2 GB)
#: 125–430 KB, 8 shards (1.7 GB) 210–1,010 KB.
SHARD_CHARS = int(os.environ.get("CC_SEARCH_SHARD_CHARS") or 18_000_000)
#: Files Pagefind writes that our own search box (assets/cc-search.js) never loads.
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
           "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js")


class SearchIndexError(BuildToolsError):
    hint = "check that pagefind[extended] from requirements.txt is installed in this Python"


def indexed_chars(s: Speech) -> int:
    return len(s.title) + len(s.text) + sum(len(p or "") for p in (s.province, s.city, s.district))


def shard_count(total_chars: int) -> int:
    return max(1, -(-total_chars // SHARD_CHARS))


def shard_of(sid: str, k: int) -> int:
    # crc32 of the id: stable across runs and machines (unlike hash()), even spread.
    return zlib.crc32(sid.encode("ascii")) % k


def search_page(s: Speech) -> str:
    """The page Pagefind indexes for one speech: title, its place as a line of text (so a
    search for 安陆市 finds the speeches given there, not only those naming it), the
    numbered paragraphs. Untrusted text is escaped; Pagefind shows it back as text."""
    e = html.escape
    date = s.date or s.published or "不详"
    place = _place(s)
    paras = "".join(f'<p id="p{n}">{e(p)}</p>' for n, p in enumerate(s.paragraphs, 1))
    return (f'<!doctype html><html lang="{LANGUAGE}"><head><meta charset="utf-8"><title>{e(s.title)}</title>'
            f'</head><body data-pagefind-body><h1>{e(s.title)}</h1>'
            f'<span data-pagefind-meta="date:{e(date)}"></span>'
            f'<span data-pagefind-meta="place:{e(place.replace(",", "，"))}"></span>'
            f'<p>{e(place)}</p>{paras}</body></html>\n')


LEXICON_URL = "/pagefind-lexicon/"
#: Pagefind keeps each page's text in its fragment with U+200B between the words its
#: segmenter found: those are exactly the words its index holds.
_BREAKS = re.compile(r"[\u200b\s]+")
_WORDLIKE = re.compile(r"[\w\u3400-\u4dbf\u4e00-\u9fff]")


#: Characters per page of the vocabulary pass (pages of distinct clauses).
_WORDS_PAGE_CHARS = 50_000
#: No word runs across punctuation, so Pagefind's words are the words of the distinct
#: clauses, and template speeches share many clauses.
_CLAUSE_BREAK = re.compile(r"[\s，。！？；、：“”‘’（）《》【】]+")


def _place(s: Speech) -> str:
    return "".join(p for p in (s.province, s.city, s.district) if p) or "地点不详"


def search_files(speeches: dict[str, Speech]) -> dict[str, str]:
    """Relative path under the search folder → page, with the shard as the first folder.
    A sharded corpus also gets words/w<j>/…: every distinct clause of the titles, places
    and paragraphs once, for the pass that learns Pagefind's words (index_search)."""
    k = shard_count(sum(indexed_chars(s) for s in speeches.values()))
    files = {f"s{shard_of(sid, k)}/speeches/{sid}/index.html": search_page(s)
             for sid, s in sorted(speeches.items())}
    if k > 1:
        blocks = sorted({c for s in speeches.values() for b in (s.title, _place(s), *s.paragraphs)
                         for c in _CLAUSE_BREAK.split(b) if c})
        folder = page = chars = folder_chars = 0
        current: list[str] = []

        def flush() -> None:
            files[f"words/w{folder}/p{page}/index.html"] = (
                f'<!doctype html><html lang="{LANGUAGE}"><head><meta charset="utf-8"><title>words</title></head>'
                f'<body data-pagefind-body>' + "".join(f"<p>{html.escape(b)}</p>" for b in current)
                + "</body></html>\n")

        for b in blocks:
            if current and chars + len(b) > _WORDS_PAGE_CHARS:
                flush()
                current, chars, page = [], 0, page + 1
                if folder_chars > SHARD_CHARS:
                    folder, folder_chars = folder + 1, 0
            current.append(b)
            chars += len(b)
            folder_chars += len(b)
        if current:
            flush()
    return files


def indexed_words(bundle: Path) -> set[str]:
    words: set[str] = set()
    for f in (bundle / "fragment").glob("*.pf_fragment"):
        content = json.loads(gzip.decompress(f.read_bytes())[len(b"pagefind_dcd"):])["content"]
        words.update(w for w in _BREAKS.split(content) if _WORDLIKE.search(w))
    return words


def lexicon_page(words: set[str]) -> str:
    return (f'<!doctype html><html lang="{LANGUAGE}"><head><meta charset="utf-8"><title>lexicon</title></head>'
            f'<body data-pagefind-body><p>{html.escape(" ".join(sorted(words)))}</p></body></html>\n')


def _lexicon_ids(bundle: Path) -> list[str]:
    """Result ids (fragment names) of the lexicon page in one shard's output."""
    marker = b'pagefind_dcd{"url":"' + LEXICON_URL.encode()
    return sorted(f.stem for f in (bundle / "fragment").glob("*.pf_fragment")
                  if gzip.decompress(f.read_bytes()).startswith(marker))


def _pagefind(site: Path, out: Path) -> str:
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(out),
           "--force-language", LANGUAGE, "--silent"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SearchIndexError(f"pagefind failed ({proc.returncode}) on {site.name}: "
                               f"{(proc.stderr or proc.stdout).strip()[-2000:]}")
    if not (out / "pagefind-entry.json").exists():
        raise SearchIndexError("pagefind wrote no index", path=str(site))
    return (proc.stdout + proc.stderr).strip()


def index_search(search_dir: Path, out_dir: Path) -> list[str]:
    """Index every shard folder of search_dir into out_dir/s<k>/ (replacing out_dir).
    Returns the shard names in order; the first holds the Pagefind JavaScript."""
    shards = sorted((p for p in Path(search_dir).iterdir() if p.is_dir() and p.name[1:].isdigit()),
                    key=lambda p: int(p.name[1:]))
    if not shards:
        raise SearchIndexError("no search pages to index", path=str(search_dir))
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    lexicon_dir = LEXICON_URL.strip("/")
    if len(shards) > 1:
        # First pass: what words does Pagefind's segmenter make of the corpus? Learnt from
        # each distinct clause once (template speeches repeat many), not every page.
        words: set[str] = set()
        for part in sorted((Path(search_dir) / "words").glob("w*")):
            _pagefind(part, tmp / "words")
            words |= indexed_words(tmp / "words")
            shutil.rmtree(tmp / "words")
        page = lexicon_page(words)
        for shard in shards:
            (shard / lexicon_dir).mkdir(exist_ok=True)
            (shard / lexicon_dir / "index.html").write_text(page, "utf-8")
    hidden: list[str] = []
    for n, shard in enumerate(shards):
        dest = tmp / shard.name
        _pagefind(shard, dest)
        if (shard / lexicon_dir).is_dir():
            hidden += _lexicon_ids(dest)
        for name in _UNUSED + (() if n == 0 else ("pagefind.js", "pagefind-worker.js")):
            (dest / name).unlink(missing_ok=True)
        if n:
            for wasm in dest.glob("wasm.*.pagefind"):
                wasm.unlink()        # merged indexes run on the primary's WebAssembly
    names = [p.name for p in shards]
    (tmp / "shards.json").write_text(json.dumps({"shards": names, "hidden": hidden}) + "\n", "utf-8")
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp.rename(out_dir)
    return names


def start_indexing(search_dir: Path, out_dir: Path) -> tuple[ThreadPoolExecutor, Future]:
    """Run index_search in the background (Pagefind is a separate process, so this uses
    another core while MkDocs builds). Call .result() on the future to wait and re-raise."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pagefind")
    return pool, pool.submit(index_search, Path(search_dir), Path(out_dir))
