"""Routes: every address of the site, and every link into the repository, built here.

Takes ids, slugs, keys and the two deployment addresses (site_url, repo_url); gives
* site paths: directory URLs relative to the site root ("speeches/<id>/"), as MkDocs
  serves them with ``use_directory_urls: true``;
* source files: the Markdown file under the docs folder that becomes a page
  ("speeches/<id>.md", "<path>index.md");
* ``rel(src, dst)``: the relative link between two site paths (raw HTML links are not
  rewritten by MkDocs, so the generator makes every href relative itself);
* absolute addresses (feed, citations) and repository links (edit an entry, a raw
  source file, the issue forms).

The browser scripts do not re-derive addresses: the search index (search.py) carries the
speech and results paths in meta.json, and the 对照 page carries its data folders in
data- attributes (compare.py).

Only validated ids (record.ID_RE), slugs (slugs.py) and hex keys reach a path.
"""
from __future__ import annotations

from urllib.parse import urlencode

#: The branch the repository's edit and blob links open.
BRANCH = "main"

HOME = ""
SPEECHES = "speeches/"
COMPARE = "compare/"
COMPARE_DATA = "compare/d/"
FAMILIES = "families/"
PASSAGES = "passages/"
DATA = "data/"
ABOUT = "about/"
SEARCH = "search/"
#: The search index, beside the results page.
SEARCH_INDEX = "search/idx/"
FEED = "feed.xml"
SCHEMA = "data/schema.json"
JSONL = "data/speeches.jsonl.gz"
CSV = "data/speeches.csv.gz"
#: Where corpus entries live in the repository (edit links).
CORPUS_ENTRIES = "corpus/speeches/"
#: Where hand-written pages live in the repository (edit links).
HANDWRITTEN = "docs/"


# --- site paths ------------------------------------------------------------------------------

def speech(sid: str) -> str:
    return f"{SPEECHES}{sid}/"


def paragraph(sid: str, n: int) -> str:
    return f"{speech(sid)}#p{n}"


def facet(name: str) -> str:
    """A facet's index page: themes/, places/, campaigns/, years/, levels/."""
    return f"{name}/"


def facet_value(parent: str, slug: str) -> str:
    """A facet value's page under its facet (or, for places, under its parent place)."""
    return f"{parent}{slug}/"


#: Continuation pages of a list are <list>/page-<n>/; slugs.py keeps slugs out of this prefix.
PAGE_PREFIX = "page-"


def numbered(first: str, n: int) -> str:
    """Page n of a paginated list whose first page is ``first``."""
    return first if n == 1 else f"{first}{PAGE_PREFIX}{n}/"


def passage(key: str) -> str:
    return f"{PASSAGES}{key}/"


def family(first_member: str) -> str:
    """A family stays at its earliest member's id while later copies join."""
    return f"{FAMILIES}{first_member}/"


def pair_name(a: str, b: str) -> str:
    """Ids never contain "--" (record.ID_RE), so the name is unambiguous."""
    return f"{a}--{b}.json"


def pair_data(x: str, y: str) -> str:
    """The data file of two speeches' comparison (ids sorted)."""
    a, b = sorted((x, y))
    return COMPARE_DATA + pair_name(a, b)


def asset(name: str) -> str:
    return f"assets/{name}"


# --- source files ------------------------------------------------------------------------------

def speech_source(sid: str) -> str:
    return f"{SPEECHES}{sid}.md"


def passage_source(key: str) -> str:
    return f"{PASSAGES}{key}.md"


def source(path: str) -> str:
    """The Markdown file of a directory page (home, facets, lists, compare, families)."""
    return f"{path}index.md"


# --- links -----------------------------------------------------------------------------------

def rel(src: str, dst: str) -> str:
    """Relative link from the page at directory URL ``src`` to site path ``dst``."""
    frag = ""
    if "#" in dst:
        dst, frag = dst.split("#", 1)
        frag = "#" + frag
    if dst == src:
        return frag or "./"
    # Plain string work, not posixpath.relpath: site paths are already normalised and
    # relpath was a tenth of page generation (tens of links per speech page).
    s_parts = [p for p in src.split("/") if p]
    d_parts = [p for p in dst.split("/") if p]
    common = 0
    for a, b in zip(s_parts, d_parts):
        if a != b:
            break
        common += 1
    r = "/".join([".."] * (len(s_parts) - common) + d_parts[common:])
    if dst.endswith("/") or dst == "":
        r = (r or ".") + "/"
    return (r or ".") + frag


def sibling_paragraph(sid: str, n: int) -> str:
    """From one speech page to a paragraph of another: speech pages are siblings, so the
    link is fixed (``rel`` would give the same; this is a tenth of the cost, ~60 a page)."""
    return f"../{sid}/#p{n}"


def compare(src: str, x: str, y: str) -> str:
    """The 对照 page for two speeches, from the page at ``src``."""
    return f"{rel(src, COMPARE)}?a={x}&b={y}"


def absolute(site_url: str, path: str) -> str:
    """``site_url`` ends with "/" (site/__init__.py normalises it)."""
    return site_url + path


# --- the repository ------------------------------------------------------------------------------

def _repo(repo_url: str) -> str:
    return repo_url.rstrip("/")


def entry_file(sid: str) -> str:
    """A speech's corpus entry, relative to the repository root."""
    return f"{CORPUS_ENTRIES}{sid}.md"


def edit(repo_url: str, repo_path: str) -> str:
    """The repository's editor for a file (path relative to the repository root)."""
    return f"{_repo(repo_url)}/edit/{BRANCH}/{repo_path}"


def entry_edit(repo_url: str, sid: str) -> str:
    return edit(repo_url, entry_file(sid))


def raw_file(repo_url: str, raw: str) -> str:
    """A saved source page (``raw/<hash>.html``, relative to the corpus folder)."""
    return f"{_repo(repo_url)}/blob/{BRANCH}/corpus/{raw}"


def issues(repo_url: str) -> str:
    return f"{_repo(repo_url)}/issues"


def report_error(repo_url: str, title: str, sid: str) -> str:
    """The error-report form (.github/ISSUE_TEMPLATE/report-error.yml) with the speech
    filled in: GitHub fills a form field from the query parameter of its id."""
    query = urlencode({"template": "report-error.yml", "title": f"[纠错] 《{title}》", "speech": sid})
    return f"{issues(repo_url)}/new?{query}"
