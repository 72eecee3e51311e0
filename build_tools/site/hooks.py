"""MkDocs hooks (listed in mkdocs.yml). Kept tiny: the theme stays stock Material.

* Edit links: a speech page's "edit" button opens its corpus entry
  (corpus/speeches/<id>.md); hand-written pages open docs/<page>; other generated pages
  (facets, home, data) have no edit link.
* Under `python -m build_tools serve`: regenerate the pages before each rebuild (so corpus
  edits show up) and index the preview with Pagefind after it.
"""
from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))


def on_pre_build(config, **kwargs):
    corpus = os.environ.get("CC_SERVE_CORPUS")
    if corpus:
        from build_tools.site import generate_docs
        generate_docs(Path(corpus), Path(os.environ["CC_SERVE_DOCS"]),
                      search_dir=Path(os.environ["CC_SERVE_SEARCH"]))


def on_files(files, config, **kwargs):
    handwritten = Path(config.config_file_path).parent / "docs"
    for f in files:
        if not f.src_uri.endswith(".md"):
            continue
        if f.src_uri.startswith("speeches/") and f.src_uri.count("/") == 1:
            f.edit_uri = "corpus/speeches/" + posixpath.basename(f.src_uri)
        elif (handwritten / f.src_uri).is_file():
            f.edit_uri = "docs/" + f.src_uri
        else:
            f.edit_uri = None
    return files


def on_post_build(config, **kwargs):
    if os.environ.get("CC_SERVE_CORPUS"):
        from build_tools.site.search import index_search
        index_search(Path(os.environ["CC_SERVE_SEARCH"]), Path(config.site_dir) / "pagefind")
