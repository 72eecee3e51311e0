"""Ingest: raw pages -> new corpus entries (readers -> cleaning -> segment -> dedup -> metadata).

Per input, everything is computed first and written last: the raw copy and all the page's
entries as one transaction (transaction.py), so a refused, failed or killed input leaves
either all of the page or nothing. One ingest at a time holds the corpus lock.
"""
from __future__ import annotations

import contextlib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import metadata as md
from .cleaning import GAP, clean_lines, is_masked, is_sentence, normalise_whitespace
from .corpus import SPEECHES, entry_path, load_corpus, load_taxonomy, raw_name
from .dedup import DUPLICATE, DedupIndex, Signature, default_cache
from .errors import BuildToolsError, InputRefused
from .readers import RawPage, read_path
from .record import Speech, count_chars
from .segment import Part, is_title_line, segment
from .transaction import commit, corpus_lock, recover

#: Below this place confidence the place is written but listed for review.
PLACE_REVIEW = 0.6
#: A new version counts as "more complete" only when it is this much longer: a copy that
#: lacks the old one's paywall notice but holds the same text is the same speech.
MORE_COMPLETE = 1.05

_SITE = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,10}?(?:范文网|文库|资料网|文档网|文秘网|学习网|网))")


@dataclass
class Draft:
    speech: Speech
    sig: Signature
    part: Part
    notes: list[str] = field(default_factory=list)


@dataclass
class InputReport:
    path: str
    added: list[Speech] = field(default_factory=list)
    replaced: list[Speech] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    refused: str | None = None


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
    raise BuildToolsError("could not make a unique id")  # pragma: no cover


def build_drafts(page: RawPage, themes) -> tuple[list[Draft], list[str], list[str]]:
    """Speeches on one page (deduplicated within the page), skipped notes, warnings."""
    raw_head = raw_head_lines(page)
    published = md.published_date(raw_head, page.html_date)
    site = site_name(raw_head)
    cleaned = clean_lines(page.text)
    seg = segment(cleaned.text.split("\n"), cleaned.cut_at_end)
    if not seg.parts:
        raise InputRefused("no speech found (only page furniture or too little text)",
                           path=page.path, hint="check that the file holds the speech text")
    drafts: list[Draft] = []
    for i, part in enumerate(seg.parts):
        text = "\n\n".join(part.paragraphs)
        last = i == len(seg.parts) - 1
        truncated = (GAP in part.paragraphs or part.paragraphs[-1].endswith("……")
                     or (cleaned.truncation.truncated and (not seg.compilation or last)))
        draft = _draft(part, text, page, published, site, themes, truncated,
                       cleaned.truncation.as_dict() if truncated and (not seg.compilation or last) else None)
        drafts.append(draft)
    kept: list[Draft] = []
    skipped: list[str] = []
    index = DedupIndex()
    for n, d in enumerate(drafts):
        dups = index.duplicates(d.sig)
        if not dups:
            index.add(str(n), d.sig)
            kept.append(d)
            continue
        other_n, sim = dups[0]
        other = drafts[int(other_n)]
        if _more_complete(d.speech, other.speech):
            kept[kept.index(other)] = d
            index.add(str(n), d.sig)
            skipped.append(f"{_label(other)}: same speech as {_label(d)} on this page, which is "
                           f"more complete (similarity {sim:.2f}); kept the complete one")
        else:
            skipped.append(f"{_label(d)}: same speech as {_label(other)} on this page "
                           f"(similarity {sim:.2f}); kept the more complete one")
    warnings = []
    if cleaned.truncation.truncated:
        t = cleaned.truncation
        counts = ""
        if t.total and t.shown:
            counts = f": the source shows {t.shown:,} of {t.total:,} 字"
        elif t.omitted:
            counts = f": the source omitted {t.omitted:,} 字"
        warnings.append(f"truncated by the source (paywall/preview){counts}; marked truncated: true")
    return kept, skipped, warnings


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
           truncation) -> Draft:
    review: list[str] = []
    genre = md.infer_genre(part.title, text)
    title = part.title
    if not title and page.html_title and is_title_line(page.html_title):
        title = page.html_title.strip()
    if not title:
        title = md.derive_title(part.paragraphs, genre)
        review.append("title")
    masked = is_masked(text) or is_masked(title)
    date = md.speech_date(part.head, part.paragraphs)
    if not date:
        review.append("date")
    division, conf = md.infer_place(title, part.paragraphs)
    if md.place_masked(title + text):
        # The speech hides its own place; any real place it names is another one.
        division = None
    elif division is None or conf < PLACE_REVIEW:
        review.append("place")
    speaker = md.infer_speaker(title, part.paragraphs)
    if not speaker:
        review.append("speaker")
    level = md.infer_level(speaker, title, text, division)
    if not level:
        review.append("level")
    sp = Speech(
        id="pending", title=title, text=text, date=date, published=published,
        province=division.province if division else None,
        city=division.city if division else None,
        district=division.district if division else None,
        level=level, speaker=speaker, campaign=md.infer_campaign(title, text), genre=genre,
        themes=md.assign_themes(text, themes), keywords=md.keywords(text),
        truncated=truncated, masked=masked, chars=count_chars(text),
        sources=[], truncation=truncation, review=review)
    return Draft(sp, Signature.of(text), part)


def ingest_paths(paths: list[Path], corpus: Path, *, replace: bool = False,
                 dry_run: bool = False, echo: Callable[[str], None] = print) -> bool:
    """Ingest each input; print a report per input. False if any input was refused."""
    try:
        # A dry run writes nothing, so it needs no lock (and works on a read-only corpus).
        with contextlib.nullcontext() if dry_run else corpus_lock(corpus, echo):
            if not dry_run:
                for note in recover(corpus):
                    echo(f"! {note}")
            return _ingest_locked(paths, corpus, replace=replace, dry_run=dry_run, echo=echo)
    except BuildToolsError as exc:
        echo(f"错误 error: {exc}")
        return False


def _ingest_locked(paths: list[Path], corpus: Path, *, replace: bool, dry_run: bool,
                   echo: Callable[[str], None]) -> bool:
    themes = load_taxonomy(corpus)
    existing = {s.id: s for s in load_corpus(corpus)}
    index = DedupIndex()
    cache = default_cache(corpus)
    for s in existing.values():
        index.add(s.id, cache.get(s.text))
    cache.save()
    ok = True
    for path in paths:
        try:
            report = ingest_one(path, corpus, existing, index, themes, replace=replace,
                                dry_run=dry_run)
        except BuildToolsError as exc:
            # A write failure names the corpus; the report must also name the input.
            where = "" if exc.path == str(path) else f"{path}: "
            report = InputReport(str(path), refused=f"{where}{exc}")
        except (ValueError, TypeError, LookupError, RecursionError, MemoryError) as exc:
            # A page that trips a library (lxml, the decoder) is refused like any bad input;
            # the inputs after it are still processed.
            report = InputReport(str(path), refused=(
                f"{path}: 无法处理此文件（{type(exc).__name__}: {str(exc)[:120]}） — "
                f"请把该文件报告给维护者；其余文件照常处理"))
        _print_report(report, echo, dry_run)
        ok &= report.refused is None
    return ok


def ingest_one(path: Path, corpus: Path, existing: dict[str, Speech], index: DedupIndex,
               themes, *, replace: bool, dry_run: bool) -> InputReport:
    report = InputReport(str(path))
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
        if dups:
            old_id, sim = dups[0]
            old = existing.get(old_id)
            if old is not None and _more_complete(sp, old):
                if replace:
                    sp.id = old.id
                    sp.sources = old.sources + [source]
                    to_write.append((sp, True))
                    report.replaced.append(sp)
                else:
                    report.skipped.append(
                        f"{_label(d)} is a more complete version of {old_id} "
                        f"(similarity {sim:.2f}, {sp.chars:,} vs {old.chars:,} 字); not replaced — "
                        f"re-run with --replace to replace it")
            else:
                report.skipped.append(f"{_label(d)}: duplicate of {old_id} (similarity {sim:.2f})")
            continue
        sp.id = make_id(sp, sp.text, taken)
        taken.add(sp.id)
        sp.sources = [source]
        to_write.append((sp, False))
        report.added.append(sp)
        if sp.masked:
            how = "place left empty" if md.place_masked(sp.title + sp.text) else "kept as in the source"
            report.warnings.append(f"{sp.id}: names are masked (XX/xx/_); {how}")
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


def _print_report(r: InputReport, echo: Callable[[str], None], dry_run: bool) -> None:
    if r.refused:
        echo(f"✗ refused {r.refused}")
        return
    verb = "would add" if dry_run else "added"
    replaced = f", {len(r.replaced)} replaced" if r.replaced else ""
    echo(f"● {r.path}: {len(r.added)} speech(es) {verb}{replaced}, {len(r.skipped)} skipped")
    for sp in r.added + r.replaced:
        tag = "replaced" if sp in r.replaced else verb
        place = "/".join(x for x in (sp.province, sp.city, sp.district) if x) or "—"
        echo(f"  + {tag} {sp.id}  《{sp.title}》  {sp.chars:,} 字, {place}, {sp.date or '日期未知'}")
        if sp.review:
            echo(f"      please check: {', '.join(sp.review)} (listed under review: in the entry; "
                 f"fix the front matter, then delete the review line)")
    for s in r.skipped:
        echo(f"  = skipped {s}")
    for w in r.warnings:
        echo(f"  ! {w}")
