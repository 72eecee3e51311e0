"""When two texts that share most of their wording are the same delivered speech.

A copy is a speech, not a duplicate: local speeches are written from templates and often
differ only in the place, the date and the speaker. `dedup` measures how much text two
speeches share; this module decides what that means, in one place for `ingest` and
`check`:

* the same delivered speech = the same text apart from chrome, masks, truncation and
  punctuation (containment >= dedup.DUPLICATE), AND no conflict in what both name:
  place (province / city / district, each compared where both give it), date (a date and
  a more precise date of the same day/month are compatible) and speaker. Not the level:
  ingest infers it from wording, and a cut copy of one speech was measured to get another
  level (seeds 篇1 and 篇3: 市 vs 区) while place, date and speaker agreed;
* anything that names another place, date or speaker is a new speech however much it
  shares;
* when both texts hide their names (masked) and nothing else tells them apart, they are
  treated as the same speech, as before, and the reason says so.
"""
from __future__ import annotations

from dataclasses import dataclass

from .dedup import DUPLICATE
from .record import Speech

SAME = "same"              # the same delivered speech: keep one
NEW = "new"                # shares text but is another speech: keep both
UNRELATED = "unrelated"    # shares less than dedup.DUPLICATE


@dataclass(frozen=True)
class Sameness:
    verdict: str           # SAME, NEW or UNRELATED
    similarity: float
    differences: tuple[str, ...] = ()   # 地点, 日期, 讲话人 (Chinese labels)
    reason: str = ""                    # one Simplified-Chinese sentence
    other: str = ""                     # id of the entry compared with
    basis: str = ""                     # the reason's ground alone, e.g. "日期不同"

    @property
    def same(self) -> bool:
        return self.verdict == SAME


def _date_conflict(a: str | None, b: str | None) -> bool:
    # "2019-04" and "2019-04-12" can be the same day; "2019-04" and "2019-05" cannot.
    if not a or not b:
        return False
    return not (a.startswith(b) or b.startswith(a))


def _speaker_conflict(a: str | None, b: str | None) -> bool:
    # "市委书记" and "市委书记王建国" can be the same person; a masked name hides nothing
    # that could tell them apart, so only two plain, non-nested names conflict.
    if not a or not b:
        return False
    return a not in b and b not in a


def differences(a: Speech, b: Speech) -> tuple[str, ...]:
    """What two records both name and name differently."""
    out = []
    if any(x and y and x != y for x, y in ((a.province, b.province), (a.city, b.city),
                                           (a.district, b.district))):
        out.append("地点")
    if _date_conflict(a.date, b.date):
        out.append("日期")
    if _speaker_conflict(a.speaker, b.speaker):
        out.append("讲话人")
    return tuple(out)


def judge(new: Speech, old: Speech, similarity: float) -> Sameness:
    """Is `new` the same delivered speech as `old`, given the share of text they have in
    common (dedup containment)?"""
    if similarity < DUPLICATE:
        return Sameness(UNRELATED, similarity, other=old.id)
    pct = f"{similarity:.0%}"
    diff = differences(new, old)
    if diff:
        basis = f"{'、'.join(diff)}不同"
        return Sameness(NEW, similarity, diff,
                        f"与已收录的《{old.title}》有 {pct} 相同，{basis}，作为新讲话收录", old.id, basis)
    if new.masked and old.masked:
        basis = "两篇都隐去了名称，地点、日期、讲话人无从区分"
        return Sameness(SAME, similarity, (),
                        f"与已收录的《{old.title}》有 {pct} 相同；{basis}，按同一篇讲话处理", old.id, basis)
    basis = "地点、日期、讲话人没有不同"
    return Sameness(SAME, similarity, (),
                    f"与已收录的《{old.title}》有 {pct} 相同，{basis}，是同一篇讲话", old.id, basis)


def first_same(new: Speech, candidates: list[tuple[Speech, float]]) -> tuple[Sameness | None, list[Sameness]]:
    """The first candidate (best first) that is the same speech, and the verdicts on the
    ones before it that share as much text but are other speeches."""
    others: list[Sameness] = []
    for old, sim in candidates:
        v = judge(new, old, sim)
        if v.same:
            return v, others
        if v.verdict == NEW:
            others.append(v)
    return None, others
