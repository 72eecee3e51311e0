"""Boundary stage: raw bytes -> text. Decoding happens once, here; later stages see `str`.

HTML pages are reduced to their main text with trafilatura (a maintained main-content
extractor), falling back to a plain block-level text dump when it finds nothing.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputRefused
from .untrusted import CONTROL, MAX_FILE_BYTES, read_bounded

#: Largest raw input accepted (one limit for every file read: untrusted.py says why).
MAX_INPUT_BYTES = MAX_FILE_BYTES

#: A text with more than this share of control characters is treated as binary. Real pages
#: have none beyond tabs/newlines; 1% tolerates a few stray bytes from a bad copy.
MAX_CONTROL_SHARE = 0.01

_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|body|head|div|p|meta)\b", re.I)


@dataclass(frozen=True)
class RawPage:
    path: str
    text: str            # decoded main text, LF newlines
    encoding: str
    is_html: bool
    html_title: str | None = None
    html_date: str | None = None
    html_site: str | None = None
    #: The page's <title> as written (trafilatura's `html_title` prefers the <h1>): a site's
    #: own name for the article, or a government site's name, which tell the place.
    title_tag: str | None = None


def read_path(path: Path) -> tuple[bytes, RawPage]:
    # A file named on the command line may be a link, but only to a regular file: the size
    # limit holds for the bytes actually read (a link to /dev/zero has st_size 0).
    data = read_bounded(path, limit=MAX_INPUT_BYTES, follow=True, error=InputRefused)
    return data, read_bytes(data, str(path))


def read_bytes(data: bytes, path: str = "<input>") -> RawPage:
    if not data.strip():
        raise InputRefused("文件是空的", path=path, hint="请重新保存网页，确保包含正文")
    text, encoding = decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    # A few stray control characters pass the binary test; no entry may hold them (check
    # refuses them: untrusted.CONTROL), so they go here, once, at the boundary.
    text = CONTROL.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", text)
    is_html = path.lower().endswith((".html", ".htm")) or bool(_HTML_SNIFF.search(text[:2000]))
    if is_html:
        body, title, date, site = html_to_text(text)
        return RawPage(path, body, encoding, True, title, date, site, title_tag(text))
    return RawPage(path, text, encoding, False)


def decode(data: bytes, path: str = "<input>") -> tuple[str, str]:
    """Detect the encoding: BOMs first, then strict UTF-8, then a statistical guess."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(data.decode(enc, errors="replace"), enc, path)
    try:
        return _checked(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    # UTF-16 without BOM, mostly ASCII: many NULs, all in one parity.
    if len(data) >= 4 and data.count(0) > len(data) // 8:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                return _checked(data.decode(enc), enc, path)
            except (UnicodeDecodeError, InputRefused):
                continue
    # Mostly Chinese UTF-16 has almost no NULs (U+4E00-U+9FFF have none), so it competes
    # with the legacy codecs on how Chinese it reads.
    return _guess_cjk(data, path)


#: Encodings Chinese pages are saved in, besides UTF-8/16. GBK/GB2312 are subsets of GB18030;
#: Hong Kong pages use Big5-HKSCS, which adds characters (and the pinyin letters ā/ǎ/ū…)
#: that plain Big5 cannot decode.
CJK_ENCODINGS = ("gb18030", "big5", "big5hkscs")


def _guess_cjk(data: bytes, path: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_8"]).best()
    candidates = [best.encoding] if best else []
    candidates += [e for e in CJK_ENCODINGS if e not in candidates]
    if len(data) % 2 == 0:
        candidates += [e for e in ("utf-16-le", "utf-16-be") if e not in candidates]
    scored = []
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_cjk_score(text), enc, text))
    if not scored:
        raise InputRefused("无法识别文件编码（试过 UTF-8、UTF-16、GB18030、Big5）",
                           path=path, hint="请另存为 UTF-8 编码的文本")
    # GB18030 decodes almost any byte string, so that a decoding succeeds says little: the
    # one that reads as the most common Chinese wins (the detector's pick on a tie).
    scored.sort(key=lambda t: -t[0])
    _, enc, text = scored[0]
    if enc in CJK_ENCODINGS:
        _refuse_mixed(data, enc, path)
    return _checked(text, enc, path)


#: A line reads as another encoding when that one's common-character score beats the
#: chosen one's by this much. Measured on 378 lines of 20 real pages, each encoded as GBK or
#: Big5: the right codec always wins, by at least 0.077; in GBK+Big5 and GBK+UTF-8 mixes
#: the foreign lines lose by 0.69 or more. 0.3 sits between.
MIXED_MARGIN = 0.3
#: Lines with fewer non-ASCII bytes say too little about their encoding.
MIXED_MIN_BYTES = 20


def _refuse_mixed(data: bytes, enc: str, path: str) -> None:
    """A page pasted together from a GBK and a Big5 (or UTF-8) source decodes "fine" as
    GB18030 (it decodes almost anything) and half of it is mojibake: refuse it instead."""
    others = [e for e in ("gb18030", "big5hkscs", "utf-8") if e != enc and not
              (enc.startswith("big5") and e.startswith("big5"))]
    for n, line in enumerate(data.split(b"\n"), 1):
        if sum(b > 127 for b in line) < MIXED_MIN_BYTES:
            continue
        mine = _cjk_score(line.decode(enc, errors="replace"))
        for other in others:
            if _cjk_score(line.decode(other, errors="replace")) - mine >= MIXED_MARGIN:
                raise InputRefused(f"文件混用了多种编码：第 {n} 行按 {other} 才可读，全文却是 {enc}",
                                   path=path, line=n,
                                   hint="用编辑器把整页统一另存为 UTF-8 后再导入（不要把不同网站的文字直接拼在一起保存）")


# The most frequent characters of Chinese official prose; a correct decoding is full of them.
_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质")
# Their Traditional forms, so that a Traditional page decoded right outscores the Simplified-
# looking mojibake another codec makes of the same bytes.
_COMMON |= set("並來個們內兩別則動區員問國圖學實將對幹幾強後從應戰據數於時會條業樣機氣決沒無為爲現"
               "產當發種級組結統經線總義與處裏裡見計設說説論變資質軍較農這進運過還邊長開間關電頭題體麼點黨著")
# Private-use code points: where a codec maps bytes it has no character for.
_PRIVATE = re.compile(r"[\ue000-\uf8ff\ufffd]")


def _cjk_score(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    common = sum(ch in _COMMON for ch in sample)
    return (common - 2 * len(_PRIVATE.findall(sample))) / len(sample)


def _checked(text: str, encoding: str, path: str) -> tuple[str, str]:
    body = text[:50000]
    control = sum(1 for ch in body if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    if body and control / len(body) > MAX_CONTROL_SHARE:
        raise InputRefused("文件不是文本（看起来是二进制文件）", path=path,
                           hint="请收录保存的 .txt 或 .html 网页，不要收录 .doc、.pdf 或图片")
    return text, encoding


# --- HTML -------------------------------------------------------------------------------

# Characters XML cannot hold: lxml refuses to build a tree with them. Form feed and vertical
# tab are HTML whitespace, so they become spaces; the rest carry nothing and go.
_XML_SPACE = re.compile(r"[\x0b\x0c]")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def _drop_illegal_refs(html: str) -> str:
    """`&#x1b;` is an ESC once lxml parses it, and lxml then refuses the text (a ValueError
    that stopped the whole run): drop references to characters XML cannot hold."""
    def repl(m: re.Match) -> str:
        code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        if code > 0x10FFFF or _XML_ILLEGAL.match(chr(code)) or _XML_SPACE.match(chr(code)) \
                or 0x7F <= code <= 0x9F:
            return " " if code in (0x0B, 0x0C) else ""
        return m.group(0)
    return _CHAR_REF.sub(repl, html)


def title_tag(html: str) -> str | None:
    """The text of the page's first <title>, entities decoded, whitespace run together."""
    import html as html_lib

    m = re.search(r"<title[^>]*>([^<]{2,200})</title>", html[:200000], re.I)
    if not m:
        return None
    return re.sub(r"\s+", " ", html_lib.unescape(m.group(1))).strip() or None


def html_to_text(html: str) -> tuple[str, str | None, str | None, str | None]:
    """Main text of an HTML page, with its <title>, publication date and site name if any."""
    import trafilatura

    html = _XML_ILLEGAL.sub("", _XML_SPACE.sub(" ", _drop_illegal_refs(html)))
    title = date = site = None
    body = None
    try:
        meta = trafilatura.extract_metadata(html)
        if meta is not None:
            title, date, site = meta.title, meta.date, meta.sitename
        # "<speech title>_<site name>" is how 范文 sites title their pages.
        raw_title = re.search(r"<title[^>]*>([^<]{2,200})</title>", html, re.I)
        m = re.match(r"^(.+?)\s*[_|｜\-—–]\s*([^_|｜\-—–]{2,20})$",
                     raw_title.group(1).strip()) if raw_title else None
        if m:
            title, site = title or m.group(1).strip(), site or m.group(2).strip()
        body = trafilatura.extract(html, output_format="txt", include_comments=False,
                                   include_tables=True, favor_recall=True, deduplicate=False,
                                   with_metadata=False)
    except Exception:  # noqa: BLE001 - a malformed page falls back to the plain dump
        body = None
    # trafilatura takes the first <h1> as the page's title and leaves it out of the text;
    # on these pages it is the speech's title or a compilation's first marker ("【第一篇】…"),
    # which the later stages need in place. A page with no <h1> (an e-paper's article, a
    # portal's news item) has its headline in the first <h2>, which trafilatura drops too.
    if body:
        h1 = _first_heading(html)
        if h1 and h1 not in body:
            body = h1 + "\n" + body
    fallback = _block_text(html)
    # A labelled posting time on the page ("时间：2016-03-08") beats trafilatura's guess, which
    # takes a copyright range ("© 2016-2024") for a date (2024-01-01).
    # It may sit in the page's header bar, which the text dumps leave out.
    date = _posting_date(re.sub(r"<[^>]*>", "\n", html[:200000])) or date
    # trafilatura sometimes keeps only the first block of long compilation pages; keep the
    # plain dump when it is much longer (the cleaning stage removes the chrome it carries).
    if not body or len(body) < 0.5 * len(_strip_chrome_blocks(fallback)):
        body = fallback
    else:
        body = _restore_repeats(body, fallback)
    return body, title, date, site


def _restore_repeats(body: str, fallback: str) -> str:
    """trafilatura keeps a line once even when told not to deduplicate: a second speech's
    title, date line and "同志们：" under the first one's vanish. When the page's plain dump
    holds the body's lines in order and differs from it inside only by lines the body already
    holds, the dump's span from the body's first line to its last is the text. (Only below
    the text's first sentence: a banner repeating the headline above it stays out.)"""
    # (compared without spaces: trafilatura turns an ideographic space into a plain one)
    lines = [x.strip() for x in body.split("\n") if x.strip()]
    kept = ["".join(x.split()) for x in lines]
    plain = [x.strip() for x in fallback.split("\n") if x.strip()]
    known = set(kept)
    keys = ["".join(x.split()) for x in plain]
    if kept[0] not in keys:
        return body
    start = keys.index(kept[0])
    out: list[str] = []
    k = 0
    for line, key in zip(plain[start:], keys[start:], strict=True):
        if k < len(kept) and key == kept[k]:
            out.append(lines[k])
            k += 1
            if k == len(kept):
                break
        elif key not in known:
            return body
        elif any(x.endswith(("。", "！", "？")) for x in out):
            out.append(line)
    return "\n".join(out) if k == len(kept) and len(out) > len(kept) else body


def _posting_date(text: str) -> str | None:
    """A labelled posting time first: a bare date with a clock in a page's top bar is often
    today's date as the page was saved ("2025-11-25 09:40:14 登录 | 注册"), above the
    article's "发布时间：2023-04-07 23:01". Then an unlabelled stamp (a date with a clock, an
    e-paper's issue line "2022年06月14日 第02版"): metadata.py holds both rules. (A bare dashed
    date is not looked for here: the top of an HTML dump also lists other articles' dates.)"""
    from .metadata import labelled_date, stamped_date

    lines = [x for x in text.split("\n") if x.strip()][:40]
    return labelled_date(lines) or stamped_date(lines, dashed=False)


def _first_heading(html: str) -> str | None:
    m = (re.search(r"<h1\b[^>]{0,500}>(.{0,2000}?)</h1>", html[:200000], re.I | re.S)
         or re.search(r"<h2\b[^>]{0,500}>(.{0,2000}?)</h2>", html[:200000], re.I | re.S))
    if not m:
        return None
    import lxml.html

    try:
        text = lxml.html.fragment_fromstring(m.group(1), create_parent="div").text_content()
    except Exception:  # noqa: BLE001 - a broken heading is left out, as before
        return None
    text = " ".join(text.split())
    # (an <h2> may be a column's label, "领导讲话", "热点推荐": a headline is longer)
    shortest = 2 if m.group(0)[:3].lower() == "<h1" else 8
    return text if shortest <= len(text) <= 120 else None


_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
              "iframe", "svg", "button", "select", "template")


def _block_text(html: str) -> str:
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001
        return re.sub(r"<[^>]+>", "\n", html)
    for el in doc.xpath("|".join(f"//{t}" for t in _DROP_TAGS)):
        el.drop_tree()
    for el in doc.xpath("//*[@class or @id]"):
        marker = f"{el.get('class', '')} {el.get('id', '')}".lower()
        if re.search(r"\b(nav|menu|breadcrumb|footer|header|sidebar|related|recommend|ad|ads|advert|share|comment|copyright)\b", marker):
            if el.getparent() is not None:
                el.drop_tree()
    for br in doc.xpath("//br"):
        br.tail = "\n" + (br.tail or "")
    for el in doc.iter():
        if el.tag in {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
                      "article", "blockquote", "pre", "dd", "dt", "td"}:
            el.tail = "\n" + (el.tail or "")
            if el.text:
                el.text = "\n" + el.text
    text = doc.text_content()
    return "\n".join(line.strip() for line in text.split("\n"))


def _strip_chrome_blocks(text: str) -> str:
    return "".join(line for line in text.split("\n") if len(line) > 30)
