"""Place rules from the eighth round (blind-8 and blind-9 spent, branch r8places): a
county's short name that the text gives a street ("X街道") is that street, not the county;
a county's full name whose short name is an everyday word and which runs into an organ the
speech elsewhere names by its bare unit ("要会同县爱卫办" beside "县爱卫办") is the word and
the speech's own organ, not that county. Each test is written in this project's own
wording and fed through the place rule it covers."""
from __future__ import annotations

from build_tools import metadata as md
from build_tools.places import Division


def place(title: str, paras: list[str], head: list[str] | None = None,
          page_title: str | None = None) -> Division | None:
    return md.infer_place(title, paras, head or [], page_title)[0]


# --- a street named like another district ---------------------------------------------------

def test_a_street_bearing_a_districts_short_name_is_the_street_not_that_district():
    # 青秀 is 南宁市青秀区's short name; here it is a street of a district that calls
    # itself 全区 and names no city at all.
    paras = ["青秀街道是全区创建工作的主阵地，我代表街道党工委表个态。",
             "我们将按照区委的部署，把背街小巷的整治一条一条抓到位。",
             "请全区放心，青秀街道一定交出合格答卷。"]
    assert place("青秀街道在全区创建文明城市推进会上的表态发言", paras) is None
