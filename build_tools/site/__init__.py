"""The site: corpus → generated Markdown (build/docs) → `mkdocs build --strict`, search index beside it.

Stages (one module each):
  index.py   whole-corpus work: facets and slugs, related speeches, shared passages
  pages.py   Markdown/HTML for speech, facet, home and data pages
  feed.py    Atom feed of the newest speeches
  search.py  the exact search index (its own process, alongside mkdocs)
  hooks.py   MkDocs hooks: edit links to corpus entries; regeneration under `serve`

Generated pages are build output: they are written to a work folder (default build/docs),
together with copies of the hand-written pages from docs/, and mkdocs.yml points there.
Nothing generated is committed.
"""
from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import os
import shutil
import time
from pathlib import Path

import yaml

from ..corpus import SPEECHES, TAXONOMY, load_corpus, load_taxonomy
from ..errors import BuildToolsError
from ..record import schema
from . import pages
from .feed import atom_feed
from .index import SiteIndex, build_index, sort_date
from .search import finish_indexing, start_indexing

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "mkdocs.yml"
HANDWRITTEN = REPO / "docs"
DEFAULT_WORK = REPO / "build"

__all__ = ["build_site", "serve_site", "generate_docs", "SiteBuildError"]


class SiteBuildError(BuildToolsError):
    """The site could not be generated or MkDocs refused it."""


def _config_values() -> dict:
    try:
        # MkDocs' own tags (!ENV for the published addresses) on PyYAML's safe loader.
        from mkdocs.utils.yaml import get_yaml_loader
        return yaml.load(CONFIG.read_text("utf-8"), Loader=get_yaml_loader(yaml.SafeLoader)) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SiteBuildError(f"cannot read {CONFIG.name}: {exc}", path=str(CONFIG)) from None


def corpus_epoch(idx: SiteIndex) -> int:
    """SOURCE_DATE_EPOCH if set, else midnight UTC of the newest date in the corpus (else 0)."""
    env = os.environ.get("SOURCE_DATE_EPOCH")
    if env and env.strip().isdigit():
        return int(env)
    newest = max((sort_date(s) for s in idx.speeches.values()), default="")
    if not newest:
        return 0
    y, m, d = (newest.split("-") + ["01", "01"])[:3]
    try:
        return calendar.timegm(dt.date(int(y), int(m), int(d)).timetuple())
    except ValueError:
        return 0


class _Writer:
    """Writes generated files as they are made (memory stays flat as the corpus grows),
    rewriting only files whose bytes changed; finish() removes files no longer generated."""

    def __init__(self, root: Path):
        self.root = root
        self.written: set[str] = set()
        root.mkdir(parents=True, exist_ok=True)

    def put(self, rel: str, content: str | bytes) -> None:
        if rel in self.written:
            raise SiteBuildError(f"two generated pages map to {rel}")
        self.written.add(rel)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path = self.root / rel
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                return
        except OSError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def finish(self) -> None:
        for path in sorted(self.root.rglob("*"), reverse=True):
            rel = path.relative_to(self.root).as_posix()
            if path.is_file() and rel not in self.written:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()


def generate_docs(corpus: Path, docs_dir: Path, echo=print) -> SiteIndex:
    """Write the docs folder MkDocs builds from; only changed files are rewritten."""
    corpus = Path(corpus)
    if not (corpus / SPEECHES).is_dir():
        raise SiteBuildError("no speeches folder in the corpus", path=str(corpus / SPEECHES),
                             hint="pass --corpus pointing at a folder with speeches/*.md")
    speeches = load_corpus(corpus)
    if not speeches:
        raise SiteBuildError("the corpus has no speeches", path=str(corpus / SPEECHES))
    themes_desc = {}
    if (corpus / TAXONOMY).exists():
        themes_desc = {t.name: t.description for t in load_taxonomy(corpus)}
    idx = build_index(speeches, themes_desc)
    cfg = _config_values()
    site_url = str(cfg.get("site_url") or "https://example.invalid/").rstrip("/") + "/"
    repo_url = str(cfg.get("repo_url") or "")
    site_name = str(cfg.get("site_name") or "创城文库")

    handwritten = {}
    if HANDWRITTEN.is_dir():
        handwritten = {p.relative_to(HANDWRITTEN).as_posix(): p for p in sorted(HANDWRITTEN.rglob("*"))
                       if p.is_file()}
    out = _Writer(Path(docs_dir))

    def put(rel: str, content: str | bytes) -> None:
        if rel in handwritten:
            raise SiteBuildError(f"hand-written page docs/{rel} clashes with a generated page",
                                 path=str(handwritten[rel]), hint="rename the hand-written page")
        out.put(rel, content)

    put("index.md", pages.home_page(idx))
    sch = schema()
    put("data/index.md", pages.data_page(idx, sch))
    put("data/schema.json", pages.schema_json(sch))
    from ..export import export_records
    # Compressed: at 10,000 speeches the plain files would be ~150 MB each (site budget 1 GB).
    put("data/speeches.jsonl.gz", _gzip(export_records(speeches, "jsonl")))
    put("data/speeches.csv.gz", _gzip(export_records(speeches, "csv")))
    put("feed.xml", atom_feed(idx, site_url, site_name, corpus_epoch(idx)))
    for facet, values in idx.facets.items():
        put(f"{facet}/index.md", pages.facet_index_page(idx, facet))
        for fv in values.values():
            for rel, content in pages.facet_value_pages(idx, fv):
                put(rel, content)
    for sid in sorted(idx.speeches):
        put(f"speeches/{sid}.md", pages.speech_page(idx, sid, site_url, repo_url))
    for rel, path in handwritten.items():
        out.put(rel, path.read_bytes())
    out.finish()
    return idx


def _gzip(text: str) -> bytes:
    """Reproducible gzip: no file name, mtime 0. Level 6: within 1% of level 9's size on
    the dataset and about three times faster."""
    import gzip
    import io
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write(text.encode("utf-8"))
    return buf.getvalue()


@contextlib.contextmanager
def _env(**values: str):
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _peak_rss_mb() -> float:
    """This process's peak RSS in MiB."""
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_site(corpus: Path, site_dir: Path, echo=print, *, work_dir: Path | None = None,
               report: dict | None = None) -> SiteIndex:
    """Generate pages, then `mkdocs build --strict`; the search index (search.py) is written
    by another process started first, so it has the second core. `report`, if given,
    receives each stage's seconds (and, for page generation and mkdocs, this process's peak
    RSS; the index's own process reports its own)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    report = {} if report is None else report
    t0 = time.monotonic()
    site_dir = Path(site_dir).resolve()
    work = (Path(work_dir) if work_dir else DEFAULT_WORK).resolve()
    docs_dir, search_out = work / "docs", work / "search-index"
    if not (Path(corpus) / SPEECHES).is_dir():
        raise SiteBuildError("no speeches folder in the corpus", path=str(Path(corpus) / SPEECHES),
                             hint="pass --corpus pointing at a folder with speeches/*.md")
    indexer = start_indexing(Path(corpus), search_out)
    try:
        idx = generate_docs(corpus, docs_dir, echo=echo)
        t1 = time.monotonic()
        report["pages"] = {"seconds": t1 - t0, "rss_mb": _peak_rss_mb()}
        echo(f"generated pages for {len(idx.speeches)} speeches in {t1 - t0:.1f}s → {docs_dir}")
        with _env(SOURCE_DATE_EPOCH=str(corpus_epoch(idx))):
            try:
                cfg = load_config(config_file=str(CONFIG), docs_dir=str(docs_dir),
                                  site_dir=str(site_dir), strict=True)
                build(cfg)
            except MkDocsException as exc:
                raise SiteBuildError(f"mkdocs build --strict failed: {exc}",
                                     hint="see the WARNING lines above") from None
        t2 = time.monotonic()
        report["mkdocs"] = {"seconds": t2 - t1, "rss_mb": _peak_rss_mb()}
        echo(f"mkdocs build --strict: {t2 - t1:.1f}s → {site_dir}")
        report["search"] = dict(finish_indexing(indexer), wait_after_mkdocs=time.monotonic() - t2)
    finally:
        if indexer.poll() is None:
            indexer.kill()
            indexer.wait()
    place_index(search_out, site_dir)
    echo(f"search index ({report['search']['bytes'] / 1e6:.1f} MB, beside the pages and mkdocs): "
         f"done {report['search']['wait_after_mkdocs']:.1f}s after mkdocs; total {time.monotonic() - t0:.1f}s")
    return idx


def place_index(index_dir: Path, site_dir: Path) -> None:
    """Move a finished index to <site>/search/idx (beside the results page /search/)."""
    dest = Path(site_dir) / "search" / "idx"
    shutil.rmtree(dest, ignore_errors=True)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(index_dir), str(dest))


def serve_site(corpus: Path, port: int, echo=print) -> None:
    """`mkdocs serve` on the generated pages; corpus or docs/ edits regenerate them."""
    from mkdocs.commands.serve import serve
    from mkdocs.exceptions import MkDocsException

    docs_dir = DEFAULT_WORK / "serve-docs"
    idx = generate_docs(corpus, docs_dir, echo=echo)
    from urllib.parse import urlsplit
    path = urlsplit(str(_config_values().get("site_url") or "/")).path or "/"
    echo(f"serving {len(idx.speeches)} speeches at http://127.0.0.1:{port}{path} (Ctrl-C stops)")
    with _env(CC_SERVE_CORPUS=str(Path(corpus).resolve()), CC_SERVE_DOCS=str(docs_dir.resolve()),
              SOURCE_DATE_EPOCH=str(corpus_epoch(idx))):
        try:
            serve(config_file=str(CONFIG), docs_dir=str(docs_dir), dev_addr=f"127.0.0.1:{port}",
                  livereload=True, watch=[str(Path(corpus).resolve()), str(HANDWRITTEN)])
        except MkDocsException as exc:
            raise SiteBuildError(f"mkdocs serve failed: {exc}") from None
