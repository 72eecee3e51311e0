"""Optional MkDocs hooks (mkdocs.yml `hooks:`): speed and size only. Takes MkDocs' page
events; gives the same pages, built faster and smaller. The site is complete without them
(tests/test_site_nohooks.py builds it so, as a successor that ignores `hooks:` would):
edit links are in each page's front matter (pages.py; overrides/partials/actions.html),
`serve` regenerates pages itself (site/__init__.py), the search index is the build's.

* Pages whose front matter says ``markup: html`` (every generated page) skip
  Python-Markdown: they are raw HTML blocks of escaped text (see pages.py), which Markdown
  would pass through unchanged after parsing every tag twice (its HTML block preprocessor
  and MkDocs' anchor scanner: 55% of `mkdocs build` at 1,000 speeches).
* Indentation and blank lines that the theme's templates leave in every page are
  removed (outside <pre> and <textarea>): about 3 KB of each page, 15% of the site.
* The theme's two checkbox toggles (menu drawer, search) carry autocomplete="off", which
  HTML allows on text-like inputs only: the one error the Nu HTML checker finds on every
  page. The attribute is dropped there (Firefox may then restore an open drawer on "back").
"""
from __future__ import annotations

import re

_PLACEHOLDER = "<!-- cc:generated-body -->"


def on_page_markdown(markdown, page, **kwargs):
    if (page.meta or {}).get("markup") == "html":
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


def on_post_template(output_content, template_name, config, **kwargs):
    # The theme's static pages (404.html) have the same toggles.
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1>", output_content, count=2)
