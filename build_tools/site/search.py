"""Search stage: Pagefind (extended build, pinned on PyPI) indexes the speeches.

Pagefind does not read the themed site. generate_docs() writes one bare HTML page per
speech (title, its place as a line of text, the paragraphs with their ``pN`` ids, date and
place as Pagefind metadata) into a search folder, and this module indexes that folder. So
indexing needs nothing from MkDocs and runs at the same time as ``mkdocs build`` (on the
other core), and it indexes exactly the title, place and text of each speech whatever the
theme prints around them (the theme can change without touching search).

Memory. Pagefind's extended (Chinese) indexer holds memory in proportion to the
characters it indexes: about 0.11 GB + 0.175 GB per million characters (1,000 pages: 0.17
GB at 300 characters each, 0.58 GB at ~2,500, 0.97 GB at 5,000; 10,000 speeches of 5,000
characters: 8.4 GB; with ``--force-language en`` 0.26 GB, so the cost is the Chinese
segmentation; MALLOC_ARENA_MAX and pre-segmenting the text make no difference). One index
is built anyway. Splitting it was tried (commits 26785e1 to 8f23ae0): 3 Pagefind shards of
≤ 18 M characters merged in the browser with ``mergeIndex`` (3.2 GB), each with a lexicon
page of the corpus' words learnt in a first pass, because Pagefind drops a query word its
index does not hold and a shard without that word would return junk. Against one index
on the same 10,000 speeches, 11 of 12 test queries gave the same counts, but "考核 问责"
gave 9,458 instead of 3,150 (a shard missing a word from its lexicon loses that word from
the intersection), and queries cost 180–475 KB against 93–223 KB. A build of 10,000
speeches therefore needs ~9 GB of memory while Pagefind runs (GitHub's runners have 16 GB).

Output: ``<site>/pagefind/`` (the browser side is assets/cc-search.js).
"""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from ..errors import BuildToolsError
from ..record import Speech
from .index import place_label

LANGUAGE = "zh-cn"
#: Files Pagefind writes that our own search box (assets/cc-search.js) never loads.
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
           "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js")


class SearchIndexError(BuildToolsError):
    hint = "check that pagefind[extended] from requirements.txt is installed in this Python"


def search_page(s: Speech) -> str:
    """The page Pagefind indexes for one speech: title, its place as a line of text (so a
    search for 安陆市 finds the speeches given there, not only those naming it), the
    numbered paragraphs. Untrusted text is escaped; Pagefind shows it back as text."""
    e = html.escape
    date = s.date or s.published or "不详"
    place = place_label(s)
    paras = "".join(f'<p id="p{n}">{e(p)}</p>' for n, p in enumerate(s.paragraphs, 1))
    return (f'<!doctype html><html lang="{LANGUAGE}"><head><meta charset="utf-8"><title>{e(s.title)}</title>'
            f'</head><body data-pagefind-body><h1>{e(s.title)}</h1>'
            f'<span data-pagefind-meta="date:{e(date)}"></span>'
            f'<span data-pagefind-meta="place:{e(place.replace(",", "，"))}"></span>'
            f'<p>{e(place)}</p>{paras}</body></html>\n')


def search_files(speeches: dict[str, Speech]) -> dict[str, str]:
    """Relative path under the search folder → page (the path becomes the result URL)."""
    return {f"speeches/{sid}/index.html": search_page(s) for sid, s in sorted(speeches.items())}


def index_search(search_dir: Path, out_dir: Path) -> None:
    """Index search_dir into out_dir (replaced only once the new index is complete)."""
    if not any(Path(search_dir).rglob("index.html")):
        raise SearchIndexError("no search pages to index", path=str(search_dir))
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    cmd = [sys.executable, "-m", "pagefind", "--site", str(search_dir), "--output-path", str(tmp),
           "--force-language", LANGUAGE, "--silent"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SearchIndexError(f"pagefind failed ({proc.returncode}): "
                               f"{(proc.stderr or proc.stdout).strip()[-2000:]}")
    if not (tmp / "pagefind-entry.json").exists():
        raise SearchIndexError("pagefind wrote no index", path=str(search_dir))
    for name in _UNUSED:
        (tmp / name).unlink(missing_ok=True)
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp.rename(out_dir)


def start_indexing(search_dir: Path, out_dir: Path) -> tuple[ThreadPoolExecutor, Future]:
    """Run index_search in the background (Pagefind is a separate process, so this uses
    another core while MkDocs builds). Call .result() on the future to wait and re-raise."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pagefind")
    return pool, pool.submit(index_search, Path(search_dir), Path(out_dir))
