"""Places as readers see them. The home for place rules that more than one stage needs;
today the label (the gazetteer and suffix rules still live in metadata.py)."""
from __future__ import annotations

from .record import Speech

#: What a speech whose place is unknown or masked shows instead.
UNKNOWN_PLACE = "地点不详"


def place_label(s: Speech) -> str:
    """Province, city and district run together, as the pages, the search index and the
    ingest report show it."""
    parts = [p for p in (s.province, s.city, s.district) if p]
    return "".join(parts) if parts else UNKNOWN_PLACE
