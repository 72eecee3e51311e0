"""Jinja2 for the HTML of generated pages (autoescape on: every value from an entry is
escaped unless a template marks it safe, and none does for entry text).

Takes a template name under build_tools/site/templates/ (``*.html``, one convention) and
values; gives HTML. ``render`` gives a str (a page body, appended to its front matter);
``fragment`` gives Markup, for a piece that another template places unescaped.

Templates are compiled once per process (the environment is cached and Jinja keeps compiled
templates), so a fragment costs a function call per page, not a parse. As Jinja's default,
a template's final newline is not part of its output; a page template that must end with a
newline ends with an empty line."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..record import PLACE_LABEL, schema_fields
from . import routes

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False,
                             undefined=jinja2.StrictUndefined, auto_reload=False)
    # `field.date` is the date field's Chinese name as schema.json gives it (`field.place`
    # names province, city and district together), so no template writes a label itself.
    field = {f.name: f.title for f in schema_fields()} | {"place": PLACE_LABEL}
    env.globals.update(rel=routes.rel, speech_url=routes.speech, field=field)
    return env


@lru_cache(maxsize=None)
def _template(name: str) -> jinja2.Template:
    return environment().get_template(name)


def render(template: str, /, **context) -> str:
    return _template(template).render(**context)


def fragment(template: str, /, **context) -> Markup:
    return Markup(_template(template).render(**context))
