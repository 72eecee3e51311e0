"""Ingest: input paths -> a plan -> new corpus entries (and an IngestReport).

Takes saved pages or copied text (files, or folders of them: expand_inputs) and a corpus;
gives an IngestReport saying, input by input, what was added, replaced or skipped and why.
Two steps, so that what `ingest --dry-run` prints is what a real run does:

1. Plan (`plan_ingest`; writes nothing). Each input is read and decoded once at the
   boundary (readers) and cleaned once (cleaning), cut into speeches (segment), and each
   speech becomes a complete Speech record — metadata, final id, `added`, source
   (build_drafts). Each record is then decided: add; skip, with the reason and the entry
   kept instead (the same speech is already in the corpus, earlier in this run or earlier
   on the page: dedup finds the candidates, sameness judges them); or replace (a more
   complete version, with --replace). Inputs are planned in order, each against the
   corpus as the inputs before it leave it. The plan is an `IngestPlan`.
2. Write (`write_plan`). Per input, its raw copy and its new and replaced entries go in as
   one transaction (transaction.py), so a refused, failed or killed input leaves either
   all of the page or nothing. A real run holds the corpus lock from planning to the last
   write, so no other ingest can change what the plan was made against.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Container, Final, Literal

from . import keywords as kw
from . import metadata as md
from .cleaning import (GAP, CleanResult, clean_lines, drop_news_credits, is_masked, is_sentence,
                       normalise_whitespace, to_simplified)
from .corpus import SPEECHES, entry_path, load_corpus, load_taxonomy, raw_name
from .dedup import DUPLICATE, DedupIndex, Signature, SignatureCache, default_cache
from .errors import BuildToolsError, InputRefused
from .places import Division, id_stem
from .readers import RawPage, read_path
from .record import Speech, count_chars
from .sameness import first_same
from .segment import Part, intro_title, is_title_line, numbered_piece, page_headline, segment, title_field
from .transaction import commit, corpus_lock, pending, recover
from .vocabulary import CLOSING, HAN

#: Below this place confidence the place is written but listed for review.
PLACE_REVIEW = 0.6
#: A new version counts as "more complete" only when it is this much longer: a copy that
#: lacks the old one's paywall notice but holds the same text is the same speech.
MORE_COMPLETE = 1.05

_SITE = re.compile(rf"([{HAN}A-Za-z0-9]{{2,10}}?(?:范文网|文库|资料网|文档网|文秘网|学习网|网))")


# --- report objects (what the CLI prints and tests and benchmarks read) ------------------

@dataclass
class Skip:
    """A speech ingest did not add, and why: `reason` is one of REASONS."""

    label: str              # 篇N《title》 of the speech not added
    reason: str
    other: str              # what was kept instead: an entry id, or a label on this page
    similarity: float
    chars: int = 0
    other_chars: int = 0
    other_title: str = ""
    why: str = ""           # for a duplicate: why it is the same speech (sameness.judge)


#: page_duplicate: the page holds the same speech twice (the more complete copy is kept);
#: duplicate: the corpus (or an earlier input of the run) already holds it; more_complete:
#: the corpus holds a shorter version and --replace was not given.
REASONS = ("page_duplicate", "duplicate", "more_complete")


@dataclass
class InputReport:
    path: str
    added: list[Speech] = field(default_factory=list)
    replaced: list[Speech] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    refused: str | None = None
    #: Speeches added although they share most of an entry's text (a copy is a speech).
    copies: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    """What one `ingest` run did (or, with dry_run, would do), input by input."""

    inputs: list[InputReport] = field(default_factory=list)
    dry_run: bool = False
    error: str | None = None        # the corpus itself could not be read: nothing was done
    notes: list[str] = field(default_factory=list)   # what was repaired of an interrupted run

    @property
    def ok(self) -> bool:
        return self.error is None and all(r.refused is None for r in self.inputs)


# --- the plan ----------------------------------------------------------------------------

Kind = Literal["add", "replace", "skip"]
ADD: Final = "add"
REPLACE: Final = "replace"
SKIP: Final = "skip"


@dataclass(frozen=True)
class Action:
    """What the plan does with one speech found in an input."""

    kind: Kind                  # ADD, REPLACE or SKIP
    speech: Speech              # the complete record: as written (ADD, REPLACE) or as found
    skip: Skip | None = None    # SKIP only: why, and what is kept instead
    #: The text's dedup signature (computed once, when the page was read).
    sig: Signature | None = field(default=None, repr=False, compare=False)


@dataclass
class PlannedInput:
    """One input's share of the plan: its actions in page order (the page's own repeats
    first), and the raw copy to write with its entries when the corpus lacks it."""

    path: Path
    actions: list[Action] = field(default_factory=list)
    raw: tuple[str, bytes] | None = None
    warnings: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)
    refused: str | None = None

    @property
    def writes(self) -> list[Action]:
        return [a for a in self.actions if a.kind != SKIP]

    def files(self) -> list[tuple[str, bytes, bool]]:
        """(corpus-relative path, bytes, may overwrite) of the input's one transaction."""
        files = [(self.raw[0], self.raw[1], False)] if self.raw else []
        return files + [(f"{SPEECHES}/{entry_path(Path(), a.speech.id).name}",
                         a.speech.to_text().encode("utf-8"), a.kind == REPLACE)
                        for a in self.writes]

    def report(self) -> InputReport:
        return InputReport(
            str(self.path), refused=self.refused, warnings=list(self.warnings),
            copies=list(self.copies),
            added=[a.speech for a in self.actions if a.kind == ADD],
            replaced=[a.speech for a in self.actions if a.kind == REPLACE],
            skipped=[a.skip for a in self.actions if a.skip is not None])


@dataclass
class IngestPlan:
    """What ingesting some inputs into a corpus does, decided before anything is written."""

    corpus: Path
    inputs: list[PlannedInput] = field(default_factory=list)
    #: Signatures of the corpus's texts, saved by write_plan (a dry run writes nothing).
    cache: SignatureCache | None = field(default=None, repr=False)

    def report(self, *, dry_run: bool = True) -> IngestReport:
        return IngestReport([p.report() for p in self.inputs], dry_run=dry_run)


@dataclass
class _Known:
    """The corpus as the plan leaves it so far: its entries, and what the inputs planned
    before the current one add or replace."""

    speeches: dict[str, Speech]
    index: DedupIndex
    raw: set[str] = field(default_factory=set)      # raw copies planned by earlier inputs

    def take(self, planned: PlannedInput) -> None:
        for a in planned.writes:
            self.speeches[a.speech.id] = a.speech
            self.index.add(a.speech.id, a.sig or Signature.of(a.speech.text))
        if planned.raw:
            self.raw.add(planned.raw[0])


# --- inputs ------------------------------------------------------------------------------

#: Raw inputs a folder contributes: saved pages and copied text.
INPUT_SUFFIXES = (".txt", ".htm", ".html")


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given; a folder stands for every .txt/.htm/.html file under it (hidden
    files and folders skipped), in sorted order, so a batch always ingests alike."""
    out: list[Path] = []
    for path in paths:
        if not path.is_dir():
            out.append(path)
            continue
        found = sorted(p for p in path.rglob("*")
                       if p.suffix.lower() in INPUT_SUFFIXES and p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        out.extend(found or [path])
    return out


@dataclass(frozen=True)
class PageFacts:
    """What one page says, derived once from its decoded text: the cleaned text, and what
    the raw lines around it give (the posting date, the site, a "标题：" line)."""

    cleaned: CleanResult
    published: str | None
    site: str | None
    field_title: str | None
    introduced: list[str] = field(default_factory=list)  # whom a host's script calls to speak, in order
    outlet: Division | None = None  # the place of the media centre the page names as its source


def page_facts(page: RawPage) -> PageFacts:
    lines = [x for x in normalise_whitespace(page.text).split("\n") if x]
    head, foot = raw_head_lines(lines), raw_foot_lines(lines)
    site = site_name(head) or page.html_site or site_name(raw_tail_lines(lines))
    simplified = to_simplified("\n".join(lines))
    return PageFacts(cleaned=clean_lines(page.text),
                     published=md.published_date(head, page.html_date, foot),
                     site=site,
                     field_title=title_field(simplified) or intro_title(simplified),
                     introduced=md.introduced_speakers(simplified.split("\n")),
                     outlet=md.outlet_place(head) or md.owner_place(head + foot))


def site_name(raw_head: list[str]) -> str | None:
    for line in raw_head:
        line = re.sub(r"(?:Copyright|©|\(c\)|版权所有|\d{4}(?:-\d{4})?|\s)+", " ", line, flags=re.I).strip()
        line = re.sub(r"^(?:欢迎光临|欢迎访问|欢迎来到|到|返回|当前位置[:：]?)", "", line.strip())
        m = _SITE.search(line)
        if m and len(line) <= 40:
            return m.group(1)
    return None


def raw_tail_lines(lines: list[str]) -> list[str]:
    """Copyright lines at the foot of a page's (whitespace-normalised, non-empty) lines."""
    return [x for x in lines[-12:] if re.search(r"版权|Copyright|©|ICP", x, re.I)]


#: The lines under a page's last sentence that may hold its post's stamp: a column's foot
#: (stamp, counts, buttons, a comment prompt) is a few lines; a sidebar's links come later.
FOOT_LINES = 6


def raw_foot_lines(lines: list[str]) -> list[str]:
    """The few lines right under a page's last long sentence: where a column stamps its post."""
    last = max((i for i, x in enumerate(lines) if is_sentence(x) and len(x) > 40), default=None)
    return [] if last is None else lines[last + 1:last + 1 + FOOT_LINES]


def raw_head_lines(lines: list[str]) -> list[str]:
    """The lines above a page's first long sentence: where sites put their name and date."""
    head = []
    for line in lines[:40]:
        if is_sentence(line) and len(line) > 60:
            break
        head.append(line)
    return head


# --- one page -> complete records ----------------------------------------------------------

def make_id(date: str | None, place: str | None, text: str, taken: Container[str]) -> str:
    """`<year>-<place>-<hash>`: readable, stable once written, unique. The one home of the
    id rule (benchmarks/synth.py names its synthetic entries with it too).

    The year is the year the speech was delivered, else "nd" (the page's own year would
    suggest a date the speech does not state); the place is the pinyin of the most specific
    known place without its suffix (余杭区 -> yuhang); the hash is of the cleaned text,
    lengthened while the id is `taken`.
    """
    from pypinyin import lazy_pinyin

    parts = [(date or "nd")[:4]]
    if place:
        slug = re.sub(r"[^a-z0-9]", "", "".join(lazy_pinyin(id_stem(place))).lower())
        if slug:
            parts.append(slug[:20])
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    for n in range(6, 41):
        candidate = "-".join(parts + [digest[:n]])
        if candidate not in taken:
            return candidate
    raise BuildToolsError("无法生成不重复的编号（id）")  # pragma: no cover


@dataclass(frozen=True)
class Draft:
    """One speech found on a page: its complete record, and what dedup compares."""

    speech: Speech
    sig: Signature
    part: Part


def build_drafts(page: RawPage, themes, *, raw: str = "", today: str | None = None,
                 taken: Container[str] = frozenset()) -> tuple[list[Draft], list[Action], list[str]]:
    """The speeches on one page as complete records, the page's own repeats dropped (the
    more complete copy is kept): (kept drafts, skip actions for the repeats, warnings).

    Each record's id is unique against `taken` and the page's other speeches; `raw` is the
    corpus path the page's raw copy has, `today` the `added` date (default: the local date).
    """
    facts = page_facts(page)
    cleaned = facts.cleaned
    seg = segment(cleaned.text.split("\n"), cleaned.cut_at_end)
    if not seg.parts:
        raise InputRefused("没有找到讲话正文（只有网页栏目等内容，或正文太短）",
                           path=page.path, hint="请确认文件里保存了讲话的正文")
    found: set[str] = set()
    # The page's ids so far are taken too: two of its speeches never share one. A repeat
    # dropped below keeps its id out of its page-mates' reach; that changes an id only when
    # two texts of one year and place share their first 6 hex digits of SHA-1 (~1 in 16M).
    ids = _Taken((taken, found))

    # The cover of one meeting's papers names the place every piece under it is given at,
    # and a meeting's materials its day.
    cover = md.read_cover(seg.parts[0].head, seg.parts[0].title)
    cover_place = cover.place if cover.sure >= PLACE_REVIEW else None

    def draft(i: int, part: Part, meeting_place: Division | None = None, reported: str | None = None,
              packet: tuple[str | None, str | None] = (None, None), piece_of: str | None = None) -> Draft:
        # A news item's credits leave its text only now: cutting the page into parts, and
        # reading a report's headline and place, take its dateline as evidence.
        text = "\n\n".join(drop_news_credits(part.paragraphs))
        last = i == len(seg.parts) - 1
        cut = (cleaned.truncation.truncated and (not seg.compilation or last)
               and not _ends_whole(part, cleaned))
        truncated = GAP in part.paragraphs or part.paragraphs[-1].endswith("……") or cut
        source = {"raw": raw, "site": facts.site, "part": part.part, "file": Path(page.path).name[:200]}
        sp = _speech(part, text, page, facts, themes, truncated=truncated,
                     truncation=cleaned.truncation.as_dict() if cut else None,
                     field_title=None if seg.compilation else facts.field_title,
                     introduced=_called(facts.introduced, i, len(seg.parts)) or reported,
                     added=today or _dt.date.today().isoformat(), source=source, taken=ids,
                     meeting_place=meeting_place or cover_place, packet=packet, piece_of=piece_of)
        found.add(sp.id)
        return Draft(sp, Signature.of(text), part)

    drafts = [draft(i, part) for i, part in enumerate(seg.parts)]
    # What a piece's page-mates say of the meeting it was given at (passed again when a later
    # step drafts it anew).
    known: dict[int, dict[str, Any]] = {i: {} for i in range(len(drafts))}

    def redraft(i: int, **facts_of_meeting: Any) -> None:
        found.discard(drafts[i].speech.id)
        known[i].update(facts_of_meeting)
        drafts[i] = draft(i, drafts[i].part, **known[i])

    # A report of a meeting, then the speech given there in full ("讲话全文如下"): the speech
    # is the one the report says its leader gave.
    for i in range(1, len(drafts)):
        sp, report = drafts[i].speech, drafts[i - 1].speech
        who = None if sp.speaker or report.genre != "会议报道" else md.reported_speaker(sp, report)
        if who:
            redraft(i, reported=who)
    # A collection that numbers its pieces under one heading ("（一）：", "（二）：" and no title
    # of their own): each piece is titled by the heading above the first.
    first = drafts[0]
    if numbered_piece(first.part.head) and "title" not in first.speech.review:
        for i in range(1, len(drafts)):
            if "title" in drafts[i].speech.review and numbered_piece(drafts[i].part.head):
                redraft(i, piece_of=first.speech.title)
    # A meeting's materials (a cover naming them, with the meeting's date, then its pieces):
    # every piece was given at that meeting, on that day, at the first piece's level.
    packet = cover.date if len(drafts) > 1 and not seg.compilation else None
    for i in range(1, len(drafts) if packet else 0):
        if not drafts[i].speech.date:
            redraft(i, packet=(packet, drafts[0].speech.level))
    for i, d in enumerate(drafts):
        shared = _meeting_place(d.speech, [o.speech for o in drafts if o is not d])
        if shared:
            redraft(i, meeting_place=shared)
    kept, skipped = _drop_page_repeats(drafts)
    return kept, skipped, _page_warnings(cleaned) if any(d.speech.truncated for d in drafts) else []


def _called(introduced: list[str], i: int, parts: int) -> str | None:
    """The speaker the host's script calls before part `i`: the one it calls on a page of one
    speech, or the i-th call when it calls one speaker for each of the page's speeches."""
    if parts == 1:
        return introduced[0] if introduced else None
    return introduced[i] if len(introduced) == parts else None


def _meeting_place(sp: Speech, mates: list[Speech]) -> Division | None:
    """The place of a page-mate given at the same meeting (the same title and date: a
    meeting's materials, a bulletin of its two speeches), for a piece that names no place of
    its own and hides none (the secretary's speech after the county head's, which named the
    county). Pieces of a 范文 collection share a title but no date, and are not one meeting."""
    if sp.province or sp.masked or not sp.date or "place" not in sp.review:
        return None
    places = {Division(o.province, o.city, o.district) for o in mates
              if o.province and o.title == sp.title and o.date == sp.date}
    return places.pop() if len(places) == 1 else None


@dataclass(frozen=True)
class _Taken:
    """Ids taken in any of several places (the run's, the page's own so far)."""

    places: tuple[Container[str], ...]

    def __contains__(self, key: object) -> bool:
        return any(key in p for p in self.places)


def _drop_page_repeats(drafts: list[Draft]) -> tuple[list[Draft], list[Action]]:
    kept: list[Draft] = []
    skipped: list[Action] = []
    by_id = {d.speech.id: d for d in drafts}
    index = DedupIndex()
    for d in drafts:
        dups = index.duplicates(d.sig)
        same, _ = first_same(d.speech, [(by_id[k].speech, s) for k, s in dups])
        if same is None:
            index.add(d.speech.id, d.sig)
            kept.append(d)
            continue
        other = by_id[same.other]
        if _more_complete(d.speech, other.speech):
            kept[kept.index(other)] = d
            index.add(d.speech.id, d.sig)
            d, other = other, d
        skipped.append(Action(SKIP, d.speech, Skip(
            _label(d), "page_duplicate", _label(other), same.similarity,
            d.speech.chars, other.speech.chars, other.speech.title)))
    return kept, skipped


def _ends_whole(part: Part, cleaned: CleanResult) -> bool:
    """A site's gate notice under a speech that ends with its own closing paragraph gates a
    download or the replies, not the text: the speech is whole, unless a notice says some
    of it was left out (省略N字), which is a cut above the closing."""
    return (len(part.paragraphs) > 2 and bool(CLOSING.match(part.paragraphs[-1]))
            and not cleaned.truncation.omitted)


def _page_warnings(cleaned: CleanResult) -> list[str]:
    if not cleaned.truncation.truncated:
        return []
    t = cleaned.truncation
    counts = ""
    if t.total and t.shown:
        counts = f"（来源页面注明全文 {t.total:,} 字，只显示了 {t.shown:,} 字）"
    elif t.omitted:
        counts = f"（来源页面注明省略了 {t.omitted:,} 字）"
    return [f"来源网站只给出了部分内容（付费墙或预览）{counts}；条目已标记 truncated: true"]


def _label(d: Draft) -> str:
    where = f"篇{d.part.part} " if d.part.part else ""
    return f"{where}《{d.speech.title}》"


def _more_complete(a: Speech, b: Speech) -> bool:
    """`a` holds substantially more of the speech than `b`. The `truncated` flag only says a
    source showed a paywall notice, not how much text it hid, so it can veto (a cut copy
    never supersedes an uncut one) but never decide alone."""
    if a.truncated and not b.truncated:
        return False
    return a.chars > b.chars * MORE_COMPLETE


def _speech(part: Part, text: str, page: RawPage, facts: PageFacts, themes, *,
            truncated: bool, truncation: dict[str, int] | None, field_title: str | None,
            added: str, source: dict, taken: Container[str], introduced: str | None = None,
            meeting_place: Division | None = None,
            packet: tuple[str | None, str | None] = (None, None), piece_of: str | None = None) -> Speech:
    review: list[str] = []
    # The title above the text, else the page's "标题：" field, else its HTML <title>; a piece
    # of a numbered collection with no title of its own, the collection's (`piece_of`).
    title = part.title or piece_of or (field_title if field_title and is_title_line(field_title) else None)
    if not title and page.html_title:
        title = page_headline(to_simplified(page.html_title), part.head,
                              to_simplified(page.title_tag) if page.title_tag else None)
    genre, genre_note = md.genre_with_evidence(title, text)
    if genre_note:
        review.append(genre_note)
    if not title:
        title = md.derive_title(part.paragraphs, genre)
        review.append("title")
    masked = is_masked(text) or is_masked(title) or md.header_masked(part.head)
    date = md.speech_date(part.head, part.paragraphs, genre) or packet[0]
    if not date:
        review.append("date")
    # A compilation's <title> names the compilation (or its first piece), not each piece.
    page_title = to_simplified(page.title_tag) if page.title_tag and part.part is None else None
    division, conf = md.infer_place(title, part.paragraphs, part.head, page_title)
    if md.place_masked(title + text):
        # The speech hides its own place; any real place it names is another one, unless the
        # text sets its masked district in a named city, or names the county its masked town
        # lies in or its masked city holds.
        division = md.masked_unit_city(title + text) or md.county_beside_mask(division, title + text)
    elif division is None or conf < PLACE_REVIEW:
        # A text that names no place may still be one of several speeches at one meeting,
        # another of which names it (`_meeting_place`) or whose papers' cover does
        # (`metadata.cover_place`), or a local outlet's ("牡丹江党建网",
        # "XX县人民政府"): the site's name gives the place; so may a county media centre the
        # page gives as its source ("来源：彬州融媒体中心"). Marked for review like any unsure one.
        if division is None:
            division = (meeting_place or (md.infer_place(facts.site, [])[0] if facts.site else None)
                        or facts.outlet or md.site_place(facts.site))
        review.append("place")
    speaker = md.infer_speaker(title, part.paragraphs, part.head, genre) or introduced
    if not speaker:
        review.append("speaker")
    level = md.infer_level(speaker, title, text, division, genre) or packet[1]
    if not level:
        review.append("level")
    division = md.place_within_level(md.narrowed_by_outlet(division, facts.outlet, level), level)
    province, city, district = ((division.province, division.city, division.district)
                                if division else (None, None, None))
    return Speech(
        id=make_id(date, district or city or province, text, taken), title=title, text=text,
        date=date, published=facts.published or md.headline_posted(part.head, genre), added=added,
        province=province, city=city, district=district,
        level=level, speaker=speaker, campaign=md.infer_campaign(title, text), genre=genre,
        themes=kw.assign_themes(text, themes), keywords=kw.keywords(text, kw.vocabulary(themes)),
        truncated=truncated, masked=masked, chars=count_chars(text),
        sources=[source], truncation=truncation, review=review)


# --- plan ----------------------------------------------------------------------------------

def plan_ingest(paths: list[Path], corpus: Path, *, replace: bool = False,
                today: str | None = None) -> IngestPlan:
    """Decide what ingesting `paths` (a folder stands for the pages in it: expand_inputs)
    into `corpus` does, writing nothing. New entries get `added: today` (default: the
    local date). Raises BuildToolsError when the corpus itself cannot be read."""
    today = today or _dt.date.today().isoformat()
    themes = load_taxonomy(corpus)
    cache = default_cache(corpus)
    index = DedupIndex()
    speeches = {s.id: s for s in load_corpus(corpus)}
    for s in speeches.values():
        index.add(s.id, cache.get(s.text))
    known = _Known(speeches, index)
    plan = IngestPlan(Path(corpus), cache=cache)
    for path in expand_inputs(paths):
        planned = _plan_input(path, corpus, known, themes, replace=replace, today=today)
        plan.inputs.append(planned)
        known.take(planned)
    return plan


def _plan_input(path: Path, corpus: Path, known: _Known, themes, *, replace: bool,
                today: str) -> PlannedInput:
    if path.is_dir():
        return PlannedInput(path, refused=f"{path}: 文件夹里没有 .txt、.htm 或 .html 文件 — "
                                          "请把保存的网页放进这个文件夹，或直接给出文件路径")
    try:
        return _plan_page(path, corpus, known, themes, replace=replace, today=today)
    except BuildToolsError as exc:
        return PlannedInput(path, refused=str(exc))
    except (ValueError, TypeError, LookupError, RecursionError, MemoryError) as exc:
        # A page that trips a library (lxml, the decoder) is refused like any bad input;
        # the inputs after it are still processed.
        return PlannedInput(path, refused=(
            f"{path}: 无法处理此文件（{type(exc).__name__}: {str(exc)[:120]}） — "
            f"请把该文件报告给维护者；其余文件照常处理"))


def _plan_page(path: Path, corpus: Path, known: _Known, themes, *, replace: bool,
               today: str) -> PlannedInput:
    data, page = read_path(path)
    raw_rel = raw_name(data, path.suffix)
    kept, page_skips, warnings = build_drafts(page, themes, raw=raw_rel, today=today,
                                              taken=known.speeches)
    planned = PlannedInput(path, actions=list(page_skips), warnings=warnings)
    for d in kept:
        action, copies = _decide(d, known, replace=replace)
        planned.actions.append(action)
        planned.copies += copies
        if action.kind == ADD and action.speech.masked:
            sp = action.speech
            how = "地点无法确定，已留空" if md.place_masked(sp.title + sp.text) else "照原文保留"
            planned.warnings.append(f"{sp.id}：来源隐去了部分名称（XX、×× 等），{how}")
    if planned.writes and raw_rel not in known.raw and not (corpus / raw_rel).exists():
        planned.raw = (raw_rel, data)
    return planned


def _decide(d: Draft, known: _Known, *, replace: bool) -> tuple[Action, list[str]]:
    """Add, skip or replace one record, against the corpus as the plan leaves it so far;
    and, for an add, the entries it shares most of its text with (a copy is a speech)."""
    sp = d.speech
    dups = known.index.duplicates(d.sig, DUPLICATE)
    same, copies = first_same(sp, [(known.speeches[k], s) for k, s in dups if k in known.speeches])
    if same is None:
        return Action(ADD, sp, sig=d.sig), [f"{_label(d)}：{c.reason}" for c in copies]
    old = known.speeches[same.other]
    if not _more_complete(sp, old):
        return Action(SKIP, sp, Skip(_label(d), "duplicate", old.id, same.similarity, sp.chars,
                                     old.chars, old.title, same.basis)), []
    if not replace:
        return Action(SKIP, sp, Skip(_label(d), "more_complete", old.id, same.similarity,
                                     sp.chars, old.chars, old.title)), []
    # The fuller text takes the old entry's place: its id and `added` stay, sources grow.
    return Action(REPLACE, dataclasses.replace(sp, id=old.id, added=old.added,
                                               sources=old.sources + sp.sources), sig=d.sig), []


# --- write ---------------------------------------------------------------------------------

def write_plan(plan: IngestPlan) -> IngestReport:
    """Carry out a plan made under the corpus lock the caller still holds: per input, its
    raw copy and entries as one transaction. After a write fails, nothing more is written
    (the inputs after it were planned against a corpus holding that input's entries)."""
    report = IngestReport()
    failed: str | None = None
    for planned in plan.inputs:
        one = planned.report()
        if failed is not None and one.refused is None:
            one = InputReport(str(planned.path), refused=(
                f"{planned.path}: 未写入：前面的 {failed} 写入失败，其后的文件都没有写入 — "
                f"解决上面的问题后重新运行"))
        elif one.refused is None and planned.writes:
            try:
                commit(plan.corpus, planned.files())
            except BuildToolsError as exc:
                # A write failure names the corpus; the report must also name the input.
                one = InputReport(str(planned.path), refused=f"{planned.path}: {exc}")
                failed = str(planned.path)
        report.inputs.append(one)
    if plan.cache is not None:
        plan.cache.save()
    return report


def ingest_paths(paths: list[Path], corpus: Path, *, replace: bool = False,
                 dry_run: bool = False, today: str | None = None,
                 waiting: Callable[[str], None] = lambda _: None) -> IngestReport:
    """Plan the ingest of `paths` into `corpus`, then (unless `dry_run`) write the plan;
    report what was (would be) done to each input. `waiting` hears, at once, that another
    run holds the corpus and this one waits."""
    if dry_run:
        # A dry run writes nothing, so it needs no lock (and works on a read-only corpus).
        try:
            report = plan_ingest(paths, corpus, replace=replace, today=today).report(dry_run=True)
        except BuildToolsError as exc:
            return IngestReport(dry_run=True, error=str(exc))
        if pending(corpus):
            # A real run first finishes or undoes what the interrupted one left.
            report.notes.append("上次导入（ingest）被中断，尚未修复；真正收录时会先完成或撤销它，"
                                "结果可能与此试运行不同")
        return report
    notes: list[str] = []
    try:
        with corpus_lock(corpus, waiting):
            notes = recover(corpus)
            report = write_plan(plan_ingest(paths, corpus, replace=replace, today=today))
    except BuildToolsError as exc:
        report = IngestReport(error=str(exc))
    report.notes = notes
    return report
