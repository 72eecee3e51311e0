"""MkDocs hooks (listed in mkdocs.yml). Kept tiny: the theme stays stock Material.

* Edit links: a speech page's "edit" button opens its corpus entry
  (corpus/speeches/<id>.md); hand-written pages open docs/<page>; other generated pages
  (facets, home, data) have no edit link.
* Generated pages skip Python-Markdown: they are raw HTML blocks of escaped text (see
  pages.py), which Markdown would pass through unchanged after parsing every tag twice
  (its HTML block preprocessor and MkDocs' anchor scanner: 55% of `mkdocs build` at 1,000
  speeches). The Markdown files stay complete, so any Markdown tool can still render them.
* Indentation and blank lines that the theme's templates leave in every page are
  removed (outside <pre> and <textarea>): about 3 KB of each page, 15% of the site.
* The theme's two checkbox toggles (menu drawer, search) carry autocomplete="off", which
  HTML allows on text-like inputs only: the one error the Nu HTML checker finds on every
  page. The attribute is dropped there (Firefox may then restore an open drawer on "back").
* Under `python -m build_tools serve`: regenerate the pages before each rebuild (so corpus
  edits show up) and write the search index into the preview after it.
"""
from __future__ import annotations

import os
import posixpath
import re
import sys
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))


def on_pre_build(config, **kwargs):
    corpus = os.environ.get("CC_SERVE_CORPUS")
    if corpus:
        from build_tools.site import generate_docs
        generate_docs(Path(corpus), Path(os.environ["CC_SERVE_DOCS"]))


_GENERATED: set[str] = set()
_PLACEHOLDER = "<!-- cc:generated-body -->"


def on_files(files, config, **kwargs):
    handwritten = Path(config.config_file_path).parent / "docs"
    _GENERATED.clear()
    for f in files:
        if not f.src_uri.endswith(".md"):
            continue
        is_handwritten = (handwritten / f.src_uri).is_file()
        if not is_handwritten:
            _GENERATED.add(f.src_uri)
        if f.src_uri.startswith("speeches/") and f.src_uri.count("/") == 1:
            f.edit_uri = "corpus/speeches/" + posixpath.basename(f.src_uri)
        elif is_handwritten:
            f.edit_uri = "docs/" + f.src_uri
        else:
            f.edit_uri = None
    return files


def on_page_markdown(markdown, page, **kwargs):
    if page.file.src_uri in _GENERATED:
        page.cc_body = markdown
        return _PLACEHOLDER
    return markdown


def on_page_content(html, page, **kwargs):
    body = getattr(page, "cc_body", None)
    if body is not None and _PLACEHOLDER in html:
        return html.replace(_PLACEHOLDER, body, 1)
    return html


_KEEP_AS_IS = re.compile(r"(<pre[\s>].*?</pre>|<textarea[\s>].*?</textarea>)", re.S | re.I)
_INDENT = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")


def squeeze(html: str) -> str:
    """Line breaks stay (they separate words and script statements); indentation goes."""
    parts = _KEEP_AS_IS.split(html)
    return "".join(p if n % 2 else _INDENT.sub("\n", p) for n, p in enumerate(parts))


_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle" data-md-toggle="\w+" type="checkbox" id="__\w+") autocomplete="off">')


def on_post_page(output, page, **kwargs):
    return squeeze(_TOGGLE_AUTOCOMPLETE.sub(r"\1>", output, count=2))


def on_post_build(config, **kwargs):
    if os.environ.get("CC_SERVE_CORPUS"):
        from build_tools.corpus import load_corpus
        from build_tools.site.search import write_index
        write_index(load_corpus(Path(os.environ["CC_SERVE_CORPUS"])), Path(config.site_dir) / "search" / "idx")


def on_post_template(output_content, template_name, config, **kwargs):
    # The theme's static pages (404.html) have the same toggles.
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1>", output_content, count=2)
