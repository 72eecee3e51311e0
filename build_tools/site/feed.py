"""Atom feed of the newest speeches (xml.etree; deterministic: no build timestamp).

Takes the SiteIndex, the published site address, the site name and the corpus epoch;
gives feed.xml's bytes (addresses from routes.py)."""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from . import routes
from .index import SiteIndex, description

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _stamp(date: str | None, fallback: int) -> str:
    if date:
        parts = (date.split("-") + ["01", "01"])[:3]
        try:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat() + "T00:00:00Z"
        except ValueError:
            pass
    return dt.datetime.fromtimestamp(fallback, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def atom_feed(idx: SiteIndex, site_url: str, site_name: str, epoch: int) -> bytes:
    ET.register_namespace("", ATOM)

    def sub(parent, tag, text=None, **attrs):
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: _NOT_XML.sub("", v) for k, v in attrs.items()})
        if text is not None:
            el.text = _NOT_XML.sub("", text)
        return el

    feed = ET.Element(f"{{{ATOM}}}feed")
    feed.set("{http://www.w3.org/XML/1998/namespace}lang", "zh-CN")
    sub(feed, "title", f"{site_name}：新收录的讲话")
    sub(feed, "id", site_url)
    sub(feed, "link", href=site_url)
    sub(feed, "link", href=routes.absolute(site_url, routes.FEED), rel="self", type="application/atom+xml")
    # Newest additions to the archive, dated or not: `updated` is when an entry entered
    # the archive, which is what a subscriber wants to hear about.
    newest = idx.recently_added[:FEED_SIZE]
    stamps = [_stamp(idx.speeches[s].added, epoch) for s in newest]
    sub(feed, "updated", max(stamps) if stamps else _stamp(None, epoch))
    author = sub(feed, "author")
    sub(author, "name", site_name)
    for sid, stamp in zip(newest, stamps):
        s = idx.speeches[sid]
        entry = sub(feed, "entry")
        url = routes.absolute(site_url, routes.speech(sid))
        sub(entry, "title", s.title)
        sub(entry, "id", url)
        sub(entry, "link", href=url)
        sub(entry, "updated", stamp)
        if s.date:
            sub(entry, "published", _stamp(s.date, epoch))
        sub(entry, "summary", description(s))
        for t in s.themes:
            sub(entry, "category", term=t)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"
