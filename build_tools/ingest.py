"""Ingest: raw pages -> new corpus entries (readers -> cleaning -> segment -> dedup -> metadata).

Per input, everything is computed first and written last: the raw copy and all the page's
entries as one transaction (transaction.py), so a refused, failed or killed input leaves
either all of the page or nothing. One ingest at a time holds the corpus lock.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import metadata as md
from .cleaning import (GAP, clean_lines, is_masked, is_sentence, normalise_whitespace,
                       to_simplified)
from .corpus import SPEECHES, entry_path, load_corpus, load_taxonomy, raw_name
from .dedup import DUPLICATE, DedupIndex, Signature, default_cache
from .errors import BuildToolsError, InputRefused
from .readers import RawPage, read_path
from .record import Speech, count_chars
from .sameness import first_same
from .segment import Part, clean_title, is_title_line, segment, title_field
from .transaction import commit, corpus_lock, recover
from .vocabulary import HAN

#: Below this place confidence the place is written but listed for review.
PLACE_REVIEW = 0.6
#: A new version counts as "more complete" only when it is this much longer: a copy that
#: lacks the old one's paywall notice but holds the same text is the same speech.
MORE_COMPLETE = 1.05

_SITE = re.compile(rf"([{HAN}A-Za-z0-9]{{2,10}}?(?:范文网|文库|资料网|文档网|文秘网|学习网|网))")


@dataclass
class Draft:
    speech: Speech
    sig: Signature
    part: Part
    notes: list[str] = field(default_factory=list)


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
#: duplicate: the corpus already holds it; more_complete: the corpus holds a shorter
#: version and --replace was not given.
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


def site_name(raw_head: list[str]) -> str | None:
    for line in raw_head:
        line = re.sub(r"(?:Copyright|©|\(c\)|版权所有|\d{4}(?:-\d{4})?|\s)+", " ", line, flags=re.I).strip()
        line = re.sub(r"^(?:欢迎光临|欢迎访问|欢迎来到|到|返回|当前位置[:：]?)", "", line.strip())
        m = _SITE.search(line)
        if m and len(line) <= 40:
            return m.group(1)
    return None


def raw_tail_lines(page: RawPage) -> list[str]:
    lines = [x for x in normalise_whitespace(page.text).split("\n") if x]
    return [x for x in lines[-12:] if re.search(r"版权|Copyright|©|ICP", x, re.I)]


def raw_head_lines(page: RawPage) -> list[str]:
    lines = [x for x in normalise_whitespace(page.text).split("\n") if x]
    head = []
    for line in lines[:40]:
        if is_sentence(line) and len(line) > 60:
            break
        head.append(line)
    return head


def make_id(speech: Speech, text: str, taken: set[str]) -> str:
    """`<year>-<place>-<hash>`: readable, stable once written, unique.

    The year is the year the speech was delivered, else "nd" (the page's own year would
    suggest a date the speech does not state); the place is the pinyin of
    the most specific known place without its suffix (余杭区 -> yuhang); the hash is of the
    cleaned text, lengthened on a collision.
    """
    from pypinyin import lazy_pinyin

    year = (speech.date or "nd")[:4]
    parts = [year]
    place = speech.district or speech.city or speech.province
    if place:
        stem = re.sub(r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|区|县|旗|盟|地区)$",
                      "", place) or place
        slug = re.sub(r"[^a-z0-9]", "", "".join(lazy_pinyin(stem)).lower())
        if slug:
            parts.append(slug[:20])
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    for n in range(6, 41):
        candidate = "-".join(parts + [digest[:n]])
        if candidate not in taken:
            return candidate
    raise BuildToolsError("无法生成不重复的编号（id）")  # pragma: no cover


def build_drafts(page: RawPage, themes) -> tuple[list[Draft], list[Skip], list[str]]:
    """Speeches on one page (deduplicated within the page), skipped notes, warnings."""
    raw_head = raw_head_lines(page)
    published = md.published_date(raw_head, page.html_date)
    site = site_name(raw_head)
    cleaned = clean_lines(page.text)
    seg = segment(cleaned.text.split("\n"), cleaned.cut_at_end)
    field_title = title_field(normalise_whitespace(to_simplified(page.text)))
    if not seg.parts:
        raise InputRefused("没有找到讲话正文（只有网页栏目等内容，或正文太短）",
                           path=page.path, hint="请确认文件里保存了讲话的正文")
    drafts: list[Draft] = []
    for i, part in enumerate(seg.parts):
        text = "\n\n".join(part.paragraphs)
        last = i == len(seg.parts) - 1
        truncated = (GAP in part.paragraphs or part.paragraphs[-1].endswith("……")
                     or (cleaned.truncation.truncated and (not seg.compilation or last)))
        draft = _draft(part, text, page, published, site, themes, truncated,
                       cleaned.truncation.as_dict() if truncated and (not seg.compilation or last) else None,
                       None if seg.compilation else field_title)
        drafts.append(draft)
    kept: list[Draft] = []
    skipped: list[Skip] = []
    index = DedupIndex()
    for n, d in enumerate(drafts):
        dups = index.duplicates(d.sig)
        same, _ = first_same(d.speech, [(_numbered(drafts[int(k)].speech, k), s) for k, s in dups])
        if same is None:
            index.add(str(n), d.sig)
            kept.append(d)
            continue
        other_n, sim = same.other, same.similarity
        other = drafts[int(other_n)]
        if _more_complete(d.speech, other.speech):
            kept[kept.index(other)] = d
            index.add(str(n), d.sig)
            d, other = other, d
        skipped.append(Skip(_label(d), "page_duplicate", _label(other), sim,
                            d.speech.chars, other.speech.chars, other.speech.title))
    warnings = []
    if cleaned.truncation.truncated:
        t = cleaned.truncation
        counts = ""
        if t.total and t.shown:
            counts = f"（来源页面注明全文 {t.total:,} 字，只显示了 {t.shown:,} 字）"
        elif t.omitted:
            counts = f"（来源页面注明省略了 {t.omitted:,} 字）"
        warnings.append(f"来源网站只给出了部分内容（付费墙或预览）{counts}；条目已标记 truncated: true")
    return kept, skipped, warnings


def _numbered(sp: Speech, n: str) -> Speech:
    """A draft under its position on the page, so a verdict names it."""
    import dataclasses
    return dataclasses.replace(sp, id=n)


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


def _draft(part: Part, text: str, page: RawPage, published, site, themes, truncated,
           truncation, field_title: str | None = None) -> Draft:
    review: list[str] = []
    # The title above the text, else the page's "标题：" field, else its HTML <title>.
    title = part.title or (field_title if field_title and is_title_line(field_title) else None)
    if not title and page.html_title:
        html_title = clean_title(to_simplified(page.html_title))
        if is_title_line(html_title):
            title = html_title
    genre, genre_note = md.genre_with_evidence(title, text)
    if genre_note:
        review.append(genre_note)
    if not title:
        title = md.derive_title(part.paragraphs, genre)
        review.append("title")
    masked = is_masked(text) or is_masked(title) or md.header_masked(part.head)
    date = md.speech_date(part.head, part.paragraphs)
    if not date:
        review.append("date")
    division, conf = md.infer_place(title, part.paragraphs, part.head)
    if md.place_masked(title + text):
        # The speech hides its own place; any real place it names is another one.
        division = None
    elif division is None or conf < PLACE_REVIEW:
        review.append("place")
    speaker = md.infer_speaker(title, part.paragraphs, part.head)
    if not speaker:
        review.append("speaker")
    level = md.infer_level(speaker, title, text, division)
    if not level:
        review.append("level")
    division = md.place_within_level(division, level)
    sp = Speech(
        id="pending", title=title, text=text, date=date, published=published,
        province=division.province if division else None,
        city=division.city if division else None,
        district=division.district if division else None,
        level=level, speaker=speaker, campaign=md.infer_campaign(title, text), genre=genre,
        themes=md.assign_themes(text, themes), keywords=md.keywords(text, md.vocabulary(themes)),
        truncated=truncated, masked=masked, chars=count_chars(text),
        sources=[], truncation=truncation, review=review)
    return Draft(sp, Signature.of(text), part)


def ingest_paths(paths: list[Path], corpus: Path, *, replace: bool = False,
                 dry_run: bool = False, today: str | None = None,
                 waiting: Callable[[str], None] = lambda _: None) -> IngestReport:
    """Ingest each input (a folder stands for the pages in it: expand_inputs) and report
    what happened to each. New entries get `added: today` (default: the local date).
    `waiting` hears, at once, that another run holds the corpus and this one waits."""
    report = IngestReport(dry_run=dry_run)
    today = today or _dt.date.today().isoformat()
    try:
        # A dry run writes nothing, so it needs no lock (and works on a read-only corpus).
        with contextlib.nullcontext() if dry_run else corpus_lock(corpus, waiting):
            if not dry_run:
                report.notes += recover(corpus)
            return _ingest_locked(paths, corpus, report, replace=replace, today=today)
    except BuildToolsError as exc:
        report.error = str(exc)
        return report


def _ingest_locked(paths: list[Path], corpus: Path, report: IngestReport, *, replace: bool,
                   today: str) -> IngestReport:
    themes = load_taxonomy(corpus)
    existing = {s.id: s for s in load_corpus(corpus)}
    index = DedupIndex()
    cache = default_cache(corpus)
    for s in existing.values():
        index.add(s.id, cache.get(s.text))
    cache.save()
    for path in expand_inputs(paths):
        try:
            one = ingest_one(path, corpus, existing, index, themes, replace=replace,
                             dry_run=report.dry_run, today=today)
        except BuildToolsError as exc:
            # A write failure names the corpus; the report must also name the input.
            where = "" if exc.path == str(path) else f"{path}: "
            one = InputReport(str(path), refused=f"{where}{exc}")
        except (ValueError, TypeError, LookupError, RecursionError, MemoryError) as exc:
            # A page that trips a library (lxml, the decoder) is refused like any bad input;
            # the inputs after it are still processed.
            one = InputReport(str(path), refused=(
                f"{path}: 无法处理此文件（{type(exc).__name__}: {str(exc)[:120]}） — "
                f"请把该文件报告给维护者；其余文件照常处理"))
        report.inputs.append(one)
    return report


def ingest_one(path: Path, corpus: Path, existing: dict[str, Speech], index: DedupIndex,
               themes, *, replace: bool, dry_run: bool, today: str) -> InputReport:
    report = InputReport(str(path))
    if path.is_dir():
        report.refused = f"{path}: 文件夹里没有 .txt、.htm 或 .html 文件 — 请把保存的网页放进这个文件夹，或直接给出文件路径"
        return report
    try:
        data, page = read_path(path)
        drafts, skipped, warnings = build_drafts(page, themes)
    except InputRefused as exc:
        report.refused = str(exc)
        return report
    report.skipped += skipped
    report.warnings += warnings
    raw_rel = raw_name(data, path.suffix)
    to_write: list[tuple[Speech, bool]] = []
    taken = set(existing)
    for d in drafts:
        sp = d.speech
        dups = index.duplicates(d.sig, DUPLICATE)
        source = {"raw": raw_rel, "site": None, "part": d.part.part, "file": path.name[:200]}
        source["site"] = (site_name(raw_head_lines(page)) or page.html_site
                          or site_name(raw_tail_lines(page)))
        same, copies = first_same(sp, [(existing[k], s) for k, s in dups if k in existing])
        if same is None:
            report.copies += [f"{_label(d)}：{c.reason}" for c in copies]
        else:
            old_id, sim = same.other, same.similarity
            old = existing.get(old_id)
            if old is not None and _more_complete(sp, old):
                if replace:
                    sp.id, sp.added = old.id, old.added
                    sp.sources = old.sources + [source]
                    to_write.append((sp, True))
                    report.replaced.append(sp)
                else:
                    report.skipped.append(Skip(_label(d), "more_complete", old_id, sim,
                                               sp.chars, old.chars, old.title))
            else:
                report.skipped.append(Skip(_label(d), "duplicate", old_id, sim, sp.chars,
                                           old.chars if old else 0, old.title if old else "",
                                           same.basis))
            continue
        sp.id = make_id(sp, sp.text, taken)
        sp.added = today
        taken.add(sp.id)
        sp.sources = [source]
        to_write.append((sp, False))
        report.added.append(sp)
        if sp.masked:
            how = ("地点无法确定，已留空" if md.place_masked(sp.title + sp.text)
                   else "照原文保留")
            report.warnings.append(f"{sp.id}：来源隐去了部分名称（XX、×× 等），{how}")
    if dry_run or not to_write:
        return report
    files = [(raw_rel, data, False)] if not (corpus / raw_rel).exists() else []
    files += [(f"{SPEECHES}/{entry_path(corpus, sp.id).name}", sp.to_text().encode("utf-8"), overwrite)
              for sp, overwrite in to_write]
    commit(corpus, files)
    for sp, _ in to_write:
        existing[sp.id] = sp
        index.add(sp.id, Signature.of(sp.text))
    return report
