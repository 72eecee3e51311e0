"""The site: corpus → generated pages (a docs folder) → `mkdocs build --strict`, search index beside it.

Takes a corpus folder and SiteSources (the MkDocs configuration and the hand-written pages;
the CLI supplies both, from the repository it runs in); gives a static site folder.

Stages (one module each):
  index.py    whole-corpus work: facets and slugs, related speeches, shared passages
  routes.py   every address of the site and every link into the repository
  pages.py    speech, facet, home and data pages (templates/ through templating.py)
  compare.py, families.py   the 对照 page and its data, the 模板家族 pages
  feed.py     Atom feed of the newest speeches
  search.py   the exact search index (its own process, alongside mkdocs)
  hooks.py    optional MkDocs hooks: speed and size only; the site is complete without them

Generated pages are build output: they are written to a work folder (build/docs by the
CLI's default), together with copies of the hand-written pages, and MkDocs builds from there.
Everything a page needs is in its own file: its body is HTML, its front matter names its
edit link (``edit_url``, shown by overrides/partials/actions.html) and says ``markup: html``.
Nothing generated is committed.
"""
from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..corpus import SPEECHES, TAXONOMY, load_corpus, load_taxonomy
from ..errors import BuildToolsError
from ..record import schema
from ..reuse import build_reuse
from ..untrusted import read_bounded
from . import compare, pages, routes
from .families import family_pages
from .feed import atom_feed
from .index import SiteIndex, build_index, chronology, sort_date
from .search import finish_indexing, start_indexing, write_index

__all__ = ["SiteSources", "build_site", "serve_site", "generate_docs", "preview_builder", "SiteBuildError"]


class SiteBuildError(BuildToolsError):
    """The site could not be generated or MkDocs refused it."""


@dataclass(frozen=True)
class SiteSources:
    """What the build reads besides the corpus.

    config: the MkDocs configuration (mkdocs.yml): site name, published addresses, theme, nav.
    handwritten: the hand-written pages (docs/), copied beside the generated ones; the build
    never writes into it."""
    config: Path
    handwritten: Path


def _config_values(config: Path) -> dict:
    try:
        # MkDocs' own tags (!ENV for the published addresses) on PyYAML's safe loader.
        from mkdocs.utils.yaml import get_yaml_loader
        return yaml.load(Path(config).read_text("utf-8"), Loader=get_yaml_loader(yaml.SafeLoader)) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SiteBuildError(f"无法读取网站配置 {Path(config).name}：{exc}", path=str(config),
                             hint="用 --config 指向网站的 MkDocs 配置文件（仓库里的 mkdocs.yml）") from None


def corpus_epoch(idx: SiteIndex) -> int:
    """SOURCE_DATE_EPOCH if set, else midnight UTC of the newest date in the corpus, speech
    or entry dates alike (else 0)."""
    env = os.environ.get("SOURCE_DATE_EPOCH")
    if env and env.strip().isdigit():
        return int(env)
    newest = max((max(sort_date(s), s.added or "") for s in idx.speeches.values()), default="")
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
            raise SiteBuildError(f"两个生成的页面都要写到 {rel}")
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


def generate_docs(corpus: Path, docs_dir: Path, echo=print, *, sources: SiteSources) -> SiteIndex:
    """Write the docs folder MkDocs builds from (generated pages and copies of the
    hand-written ones); only changed files are rewritten. Gives the SiteIndex."""
    corpus = Path(corpus)
    if not (corpus / SPEECHES).is_dir():
        raise SiteBuildError("语料中没有 speeches 文件夹", path=str(corpus / SPEECHES),
                             hint="用 --corpus 指向包含 speeches/*.md 的文件夹")
    speeches = load_corpus(corpus)
    if not speeches:
        raise SiteBuildError("语料中没有讲话", path=str(corpus / SPEECHES),
                             hint="先用 ingest 收录至少一篇讲话")
    themes_desc = {}
    if (corpus / TAXONOMY).exists():
        themes_desc = {t.name: t.description for t in load_taxonomy(corpus)}
    idx = build_index(speeches, themes_desc)
    t_reuse = time.monotonic()
    idx.reuse = build_reuse(idx.speeches, chronology(idx.speeches))
    reuse_seconds = time.monotonic() - t_reuse
    cfg = _config_values(sources.config)
    site_url = str(cfg.get("site_url") or "https://example.invalid/").rstrip("/") + "/"
    repo_url = str(cfg.get("repo_url") or "")
    site_name = str(cfg.get("site_name") or "创城文库")

    root = Path(sources.handwritten)
    if not root.is_dir():
        raise SiteBuildError("手写页面的文件夹不存在", path=str(root),
                             hint="用 --docs 指向仓库里的 docs 文件夹（关于、搜索等手写页面）")
    handwritten = {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*"))
                   if p.is_file() or p.is_symlink()}
    out = _Writer(Path(docs_dir))

    def put(rel: str, content: str | bytes) -> None:
        if rel in handwritten:
            raise SiteBuildError(f"手写页面 docs/{rel} 与生成的页面重名",
                                 path=str(handwritten[rel]), hint="请给手写页面改名")
        out.put(rel, content)

    put(routes.source(routes.HOME), pages.home_page(idx))
    put(routes.source(routes.DATA), pages.data_page(idx, (cfg.get("extra") or {}).get("licence"), repo_url, site_name))
    put(routes.SCHEMA, pages.schema_json(schema()))
    from ..export import export_records
    # Compressed: at 10,000 speeches the plain files would be ~150 MB each (site budget 1 GB).
    put(routes.JSONL, _gzip(export_records(speeches, "jsonl")))
    put(routes.CSV, _gzip(export_records(speeches, "csv")))
    put(routes.FEED, atom_feed(idx, site_url, site_name, corpus_epoch(idx)))
    for facet, values in idx.facets.items():
        put(routes.source(routes.facet(facet)), pages.facet_index_page(idx, facet))
        for fv in values.values():
            for rel, content in pages.facet_value_pages(idx, fv):
                put(rel, content)
    for sid in sorted(idx.speeches):
        put(routes.speech_source(sid), pages.speech_page(idx, sid, site_url, repo_url))
    compare.reuse_of(idx).stats = _copy_views(idx, put, reuse_seconds)
    for key in sorted(idx.common):
        put(routes.passage_source(key), pages.passage_page(idx, idx.common[key]))
    for rel, path in handwritten.items():
        out.put(rel, _handwritten(path, root, rel, repo_url))
    out.finish()
    return idx


#: Placeholder in hand-written pages for the repository's address (set per deployment by
#: the Pages workflow, see mkdocs.yml), e.g. links to its issue forms.
REPO_URL_TOKEN = b"@REPO_URL@"


def _handwritten(path: Path, root: Path, rel: str, repo_url: str) -> bytes:
    """A hand-written file as published: the repository address filled in and, on a page,
    its edit link (docs/<page>) added to the front matter."""
    # docs/ arrives by pull request too: a link there to /etc/passwd or /dev/zero must
    # not be published or read without bound.
    data = read_bounded(path, root=root, error=SiteBuildError)
    if path.suffix != ".md":
        return data
    if REPO_URL_TOKEN in data:
        data = data.replace(REPO_URL_TOKEN, repo_url.rstrip("/").encode("utf-8"))
    if repo_url:
        data = _with_edit_url(data, routes.edit(repo_url, routes.HANDWRITTEN + rel))
    return data


def _with_edit_url(page: bytes, url: str) -> bytes:
    # A JSON string is a YAML scalar: the address needs no escaping rules of its own.
    line = b"edit_url: " + json.dumps(url).encode("utf-8") + b"\n"
    if page.startswith(b"---\n"):
        return b"---\n" + line + page[4:]
    return b"---\n" + line + b"---\n\n" + page
def _copy_views(idx: SiteIndex, put, seconds: float) -> dict:
    """The 对照 page and its data, the 模板家族 pages; what they cost (for the bench)."""
    t0 = time.monotonic()
    reuse = compare.reuse_of(idx)
    stats = {"pairs": len(reuse.pairs), "families": len(reuse.families),
             "compare_bytes": 0, "family_bytes": 0,
             "section_bytes": reuse.stats.get("section_bytes", 0)}
    for key, files in (("compare_bytes", compare.compare_files(idx)), ("family_bytes", family_pages(idx))):
        for rel, content in files:
            stats[key] += len(content.encode("utf-8"))
            put(rel, content)
    stats["seconds"] = seconds + time.monotonic() - t0
    return stats


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


def build_site(corpus: Path, site_dir: Path, echo=print, *, sources: SiteSources, work_dir: Path,
               report: dict | None = None) -> SiteIndex:
    """Generate pages into <work_dir>/docs, then `mkdocs build --strict` with the given
    configuration; the search index (search.py) is written by another process started
    first, so it has the second core. `report`, if given, receives each stage's seconds
    (and, for page generation and mkdocs, this process's peak RSS; the index's own process
    reports its own)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    report = {} if report is None else report
    t0 = time.monotonic()
    site_dir = Path(site_dir).resolve()
    work = Path(work_dir).resolve()
    refuse_overlap(Path(corpus), site_dir, work, sources.handwritten)
    docs_dir, search_out = work / "docs", work / "search-index"
    if not (Path(corpus) / SPEECHES).is_dir():
        raise SiteBuildError("语料中没有 speeches 文件夹", path=str(Path(corpus) / SPEECHES),
                             hint="用 --corpus 指向包含 speeches/*.md 的文件夹")
    indexer = start_indexing(Path(corpus), search_out)
    try:
        idx = generate_docs(corpus, docs_dir, echo=echo, sources=sources)
        t1 = time.monotonic()
        report["pages"] = {"seconds": t1 - t0, "rss_mb": _peak_rss_mb()}
        report["copies"] = compare.reuse_of(idx).stats
        echo(f"已生成 {len(idx.speeches)} 篇讲话的页面，用时 {t1 - t0:.1f} 秒 → {docs_dir}")
        with _env(SOURCE_DATE_EPOCH=str(corpus_epoch(idx))):
            try:
                cfg = load_config(config_file=str(sources.config), docs_dir=str(docs_dir),
                                  site_dir=str(site_dir), strict=True)
                build(cfg)
            except MkDocsException as exc:
                raise SiteBuildError(f"mkdocs build --strict 失败：{exc}",
                                     hint="请看上面的 WARNING 行") from None
        t2 = time.monotonic()
        report["mkdocs"] = {"seconds": t2 - t1, "rss_mb": _peak_rss_mb()}
        echo(f"网站已生成（mkdocs build --strict），用时 {t2 - t1:.1f} 秒 → {site_dir}")
        report["search"] = dict(finish_indexing(indexer), wait_after_mkdocs=time.monotonic() - t2)
    finally:
        if indexer.poll() is None:
            indexer.kill()
            indexer.wait()
    place_index(search_out, site_dir)
    echo(f"检索索引 {report['search']['bytes'] / 1e6:.1f} MB（与页面、mkdocs 同时生成），"
         f"在 mkdocs 之后 {report['search']['wait_after_mkdocs']:.1f} 秒完成；共用时 {time.monotonic() - t0:.1f} 秒")
    return idx



def refuse_overlap(corpus: Path, site_dir: Path, work: Path, handwritten: Path) -> None:
    """The build empties its site and work folders: neither may be, contain or lie inside
    the corpus or the hand-written docs/ (`--site-dir corpus` deleted the whole corpus),
    nor each other."""
    def overlap(a: Path, b: Path) -> bool:
        return a == b or a in b.parents or b in a.parents

    protected = ((Path(corpus).resolve(), "语料库（corpus）"), (Path(handwritten).resolve(), "仓库的 docs/ 文件夹"))
    for out, label in ((site_dir, "网站输出文件夹（--site-dir）"), (work, "工作文件夹（work dir）")):
        for keep, name in protected:
            if overlap(out, keep):
                raise SiteBuildError(f"{label} {out} 与{name} {keep} 重叠，构建会删除其中的文件",
                                     path=str(out), hint="换一个与语料库和 docs/ 都无关的文件夹，例如 --site-dir site")
    if overlap(site_dir, work):
        raise SiteBuildError(f"网站输出文件夹 {site_dir} 与工作文件夹 {work} 重叠", path=str(site_dir),
                             hint="让两者互不包含，例如 --site-dir site")
def place_index(index_dir: Path, site_dir: Path) -> None:
    """Move a finished index to <site>/search/idx (beside the results page /search/)."""
    dest = Path(site_dir) / routes.SEARCH_INDEX
    shutil.rmtree(dest, ignore_errors=True)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(index_dir), str(dest))


def preview_builder(corpus: Path, sources: SiteSources, docs_dir: Path, site_dir: Path,
                    site_url: str, echo=print):
    """The rebuild step of `serve`, as a function of no arguments: regenerate the pages,
    `mkdocs build` them for the preview address, write the search index into the preview.
    Everything it needs is passed here (no hooks, no environment variables)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    def rebuild() -> None:
        idx = generate_docs(corpus, docs_dir, echo=echo, sources=sources)
        with _env(SOURCE_DATE_EPOCH=str(corpus_epoch(idx))):
            cfg = load_config(config_file=str(sources.config), docs_dir=str(docs_dir),
                              site_dir=str(site_dir), site_url=site_url)
            build(cfg, serve_url=site_url)
        write_index(list(idx.speeches.values()), Path(site_dir) / routes.SEARCH_INDEX)
        echo(f"已更新预览：{len(idx.speeches)} 篇讲话")
    return rebuild


def serve_site(corpus: Path, port: int, echo=print, *, sources: SiteSources, work_dir: Path) -> None:
    """A live preview on 127.0.0.1:<port>: our own watcher (MkDocs' live-reload server)
    runs preview_builder whenever the corpus, the hand-written pages or the configuration
    change, and reloads the open pages."""
    from urllib.parse import urlsplit

    from mkdocs.exceptions import MkDocsException
    from mkdocs.livereload import LiveReloadServer

    corpus = Path(corpus).resolve()
    docs_dir = Path(work_dir).resolve() / "serve-docs"
    mount = urlsplit(str(_config_values(sources.config).get("site_url") or "/")).path or "/"
    url = f"http://127.0.0.1:{port}{mount}"
    site_dir = tempfile.mkdtemp(prefix="cc-serve-")
    rebuild = preview_builder(corpus, sources, docs_dir, Path(site_dir), url, echo=echo)
    server = LiveReloadServer(builder=rebuild, host="127.0.0.1", port=port, root=site_dir, mount_path=mount)
    try:
        try:
            rebuild()
        except MkDocsException as exc:
            raise SiteBuildError(f"mkdocs 构建预览失败：{exc}") from None
        for path in (corpus, Path(sources.handwritten), Path(sources.config)):
            server.watch(str(Path(path).resolve()))
        echo(f"本地预览：{url}（按 Ctrl-C 停止）")
        try:
            server.serve()
        except KeyboardInterrupt:
            pass
        finally:
            server.shutdown()
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)
