"""A deterministic synthetic corpus of N speeches, recombined from the real corpus.

Every entry is a real corpus entry (``Speech(...).to_text()``) that passes
``build_tools.check``: places come from the cpca gazetteer (every province/city/district
combination is one the checker accepts), themes from taxonomy.yaml, and each source points
to a raw page under raw/ that is written too (the speech wrapped in fake site chrome, the
same pages the ingest benchmark reads).

Text is made the way template-driven speeches look: a shared salutation and a verbatim
opening / closing paragraph taken from a real speech (these are what speeches really
share), numbered section headings from real speeches, and body paragraphs recombined from
real sentences. The place names of the source speech are replaced by the synthetic place.
Overlap between two such speeches stays far below the near-duplicate threshold; in
addition COPY_RATE of the speeches are planted copies of an earlier one (copy_source()),
with their own place, date and title: the families build_tools/reuse.py must find.

Entry i depends only on (SEED, i) and the real corpus, never on N: the N=1000 corpus is
the first 1000 entries of the N=10000 one, and the same N gives byte-identical files.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
import random
import re
import shutil
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from build_tools import cleaning
from build_tools.places import CITY_SUFFIX, COUNTY_SUFFIX, MUNICIPALITIES, PROVINCE_SUFFIX
from build_tools.corpus import (RAW, SPEECHES, TAXONOMY, iter_entry_files, load_taxonomy, raw_name,
                                read_entry)
from build_tools.record import Speech, count_chars
from build_tools.vocabulary import SALUTATION

SEED = 20260523
#: The 13 real seed speeches, frozen with the tests (entries and taxonomy only): corpus/
#: grows by pull request, and a synthetic corpus, the benchmark's figures and the tests
#: built on it must not change when it does.
REAL_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seed_corpus"

_NUMS = "一二三四五六七八九十"
_HEADING = re.compile(r"^[一二三四五六七八九十]+、(.{4,40})$")
_SENT = re.compile(r"[^。！？；]+[。！？；]")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "建国华明军伟强磊洋勇杰涛斌超刚平辉鹏浩宇峰林波晨凯锋亮志红玲丽娟敏静燕霞芳秀英慧婷雪梅兰新春海东文德清永胜利宏"
_SITES = ["华博范文网", "文鼎文库", "好范文网", "公文资料网", "笔杆子文秘网", "第一范文网", "精品文档网",
          "党政学习网", "秘书文库", "公文写作网"]
_MEETINGS = ["动员大会", "推进会", "工作推进会议", "调度会", "誓师大会", "工作会议", "点评会", "迎检部署会",
             "攻坚行动动员会", "总结表彰大会"]
_CAMPAIGN_WEIGHTS = {"全国文明城市": 30, "全国文明典范城市": 3, "省级文明城市": 12, "省级文明县城": 10,
                     "国家卫生城市": 14, "省级卫生城市": 8, "市级卫生城市": 3, "城市工作": 8, "其他": 4}
_CAMPAIGN_PHRASE = {"全国文明城市": "创建全国文明城市", "全国文明典范城市": "创建全国文明典范城市",
                    "省级文明城市": "创建省级文明城市", "省级文明县城": "创建省级文明县城",
                    "国家卫生城市": "创建国家卫生城市", "省级卫生城市": "创建省级卫生城市",
                    "市级卫生城市": "创建市级卫生城市", "城市工作": "城市管理工作", "其他": "城乡环境综合整治"}
_LEVEL_WEIGHTS = {"市": 45, "区": 20, "县": 25, "省": 4, "乡镇": 6}
_ROLES = {"省": ["省委书记", "省长", "副省长", "省委副书记"], "市": ["市委书记", "市长", "市委副书记", "副市长"],
          "区": ["区委书记", "区长", "区委副书记"], "县": ["县委书记", "县长", "县委副书记", "副县长"],
          "乡镇": ["镇党委书记", "镇长", "乡党委书记"]}


def _short(name: str | None, rx: re.Pattern) -> str | None:
    if not name:
        return None
    s = rx.sub("", name)
    return s if len(s) >= 2 else name


@dataclass(frozen=True)
class Place:
    province: str
    city: str | None
    district: str | None


@dataclass
class Sentence:
    text: str
    src: int          # index of the real speech it comes from (for place substitution)


@dataclass(eq=False)
class Pool:
    openings: list[tuple[str, int]] = field(default_factory=list)
    closings: list[tuple[str, int]] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    clauses: list[Sentence] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)      # place of each real speech
    themes: list[str] = field(default_factory=list)
    theme_words: list[str] = field(default_factory=list)


def _clean_para(p: str) -> bool:
    """A paragraph that check's junk rules accept (as every real paragraph does)."""
    return not (cleaning.is_truncation_line(p) or cleaning.is_chrome_line(p)
                or cleaning.remove_watermarks(p) != p or cleaning.strip_glued_pinyin(p) != p
                or "…" in p)


@lru_cache(maxsize=4)
def load_pool(real: Path = REAL_CORPUS) -> Pool:
    pool = Pool()
    speeches = [read_entry(p) for p in iter_entry_files(real)]
    for n, sp in enumerate(speeches):
        pool.places.append(Place(sp.province or "", sp.city, sp.district))
        paras = sp.paragraphs
        body = [p for p in paras if not SALUTATION.match(p)]
        if len(body) >= 4:
            if len(body[0]) >= 40 and _clean_para(body[0]):
                pool.openings.append((body[0], n))
            if len(body[-1]) >= 40 and _clean_para(body[-1]):
                pool.closings.append((body[-1], n))
        for p in body[1:-1]:
            m = _HEADING.match(p)
            if m:
                pool.headings.append(m.group(1))
                continue
            for s in _SENT.findall(p):
                s = s.strip()
                if len(s) >= 8 and _clean_para(s) and not re.match(r"^[一二三四五六七八九十]+、", s):
                    pool.sentences.append(Sentence(s, n))
                    for c in re.split(r"[，：]", s.rstrip("。！？；")):
                        if 4 <= len(c) <= 60 and _clean_para(c):
                            pool.clauses.append(Sentence(c, n))
    themes = load_taxonomy(real)
    pool.themes = [t.name for t in themes]
    pool.theme_words = sorted({k for t in themes for k in t.keywords if len(k) <= 8})
    return pool


@lru_cache(maxsize=1)
def places() -> list[Place]:
    """Every (province, city, district) of cpca's pca.csv that the checker accepts."""
    from build_tools.places import gazetteer

    gaz = gazetteer()
    data = resources.files("cpca").joinpath("resources", "pca.csv").read_text("utf-8")
    out = []
    for r in csv.DictReader(io.StringIO(data)):
        prov, city, dist = r["sheng"], r["shi"] or None, r["qu"] or None
        if prov in MUNICIPALITIES:
            city = prov
        if not any(k == "province" for _, k, _ in gaz.get(prov, [])):
            continue
        if city and not any(k == "city" and d.province == prov for d, k, _ in gaz.get(city, [])):
            continue
        if dist and not any(k == "district" and d.city == city for d, k, _ in gaz.get(dist, [])):
            continue
        out.append(Place(prov, city, dist))
    return sorted(set(out), key=lambda p: (p.province, p.city or "", p.district or ""))


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


@lru_cache(maxsize=1)
def _places_by_level() -> dict[str, list[Place]]:
    ps = places()
    return {
        "省": sorted({Place(p.province, None, None) for p in ps}, key=lambda p: p.province),
        "市": [p for p in ps if p.city and p.district is None],
        "区": [p for p in ps if p.district and p.district.endswith("区")],
        "县": [p for p in ps if p.district and p.district.endswith(("县", "市", "旗"))],
        "乡镇": [p for p in ps if p.district],
    }


def _pick_place(rng: random.Random, level: str) -> Place:
    return rng.choice(_places_by_level()[level])


def _place_map(src: Place, dst: Place) -> list[tuple[str, str]]:
    """Replacements that move a real sentence from its own place to the synthetic one."""
    pairs: list[tuple[str, str]] = []
    for a, b, rx in ((src.district, dst.district or dst.city or dst.province, COUNTY_SUFFIX),
                     (src.city, dst.city or dst.province, CITY_SUFFIX),
                     (src.province, dst.province, PROVINCE_SUFFIX)):
        if a and b:
            pairs.append((a, b))
            sa, sb = _short(a, rx), _short(b, rx)
            if sa and sb and sa != a:
                pairs.append((sa, sb))
    return pairs


def _substitute(text: str, pairs: list[tuple[str, str]]) -> str:
    if not pairs:
        return text
    # One pass, longest name first, so a replaced name is never replaced again.
    rx = re.compile("|".join(re.escape(a) for a, _ in sorted(pairs, key=lambda t: -len(t[0]))))
    table = dict(pairs)
    return rx.sub(lambda m: table[m.group(0)], text)


def _date(rng: random.Random) -> tuple[str | None, str | None]:
    y = rng.randint(2005, 2025)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    r = rng.random()
    date = None if r < 0.35 else f"{y:04d}" if r < 0.40 else f"{y:04d}-{m:02d}" if r < 0.45 else f"{y:04d}-{m:02d}-{d:02d}"
    py = min(2026, y + rng.choice([0, 0, 1, 2, 5]))
    published = None if rng.random() < 0.2 else f"{py:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return date, published


def _person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice([1, 2, 2])))


#: Speeches i with the same i // FAMILY share template paragraphs (an opening, a closing,
#: some body paragraphs), with their own place names: the overlap seen between speeches
#: copied from one 范文 template, without making every sentence common to the corpus.
FAMILY = 8


def _paragraph(rng: random.Random, pool: Pool, size: int) -> list[Sentence]:
    """Sentences of 1-4 real clauses each (joined by ，), until about `size` characters."""
    out: list[Sentence] = []
    n = 0
    while n < size:
        k = rng.choice([1, 2, 2, 3, 3, 4])
        for j in range(k):
            c = rng.choice(pool.clauses)
            end = "，" if j < k - 1 else rng.choice("。。。。。。；！")
            out.append(Sentence(c.text + end, c.src))
            n += len(c.text) + 1
    return out


@dataclass
class Family:
    opening: list[Sentence]
    closing: list[Sentence]
    body: list[list[Sentence]]


@lru_cache(maxsize=64)
def _family(f: int, pool: Pool) -> Family:
    rng = random.Random(f"{SEED}:family:{f}")
    return Family(_paragraph(rng, pool, rng.randint(80, 250)), _paragraph(rng, pool, rng.randint(80, 250)),
                  [_paragraph(rng, pool, rng.randint(100, 400)) for _ in range(rng.randint(1, 4))])


#: Share of speeches that are planted copies of an earlier one (its text with the place
#: names changed to their own, about REWRITE of its paragraphs rewritten): the copying that
#: template families (build_tools/reuse.py) must find. A copy can itself be copied: chains.
COPY_RATE = 0.05
COPY_WINDOW = 300
REWRITE = 0.15


def copy_source(i: int) -> int | None:
    """The speech that speech i copies, if it is a planted copy (from (SEED, i) alone)."""
    rng = random.Random(f"{SEED}:copy:{i}")
    if i == 0 or rng.random() >= COPY_RATE:
        return None
    return i - rng.randint(1, min(i, COPY_WINDOW))


def _copied(j: int, place: Place, pool: Pool, fresh) -> list[str]:
    """Speech j's paragraphs moved to `place`, each rewritten with probability REWRITE."""
    src = make_speech(j, set(), pool).speech
    assert src.province is not None    # make_speech takes it from a Place, where it is a str
    pairs = _place_map(Place(src.province, src.city, src.district), place)
    rng = random.Random(f"{SEED}:rewrite:{j}:{place}")
    return [fresh() if rng.random() < REWRITE and len(p) > 40 else _substitute(p, pairs)
            for p in src.paragraphs]


@dataclass
class Synthetic:
    speech: Speech
    raw_rel: str
    raw_bytes: bytes


def make_speech(i: int, taken: set[str], pool: Pool | None = None) -> Synthetic:
    """Synthetic speech number i (deterministic in SEED and i)."""
    from build_tools.ingest import make_id

    pool = pool or load_pool()
    rng = random.Random(f"{SEED}:{i}")
    level = _weighted(rng, _LEVEL_WEIGHTS)
    place = _pick_place(rng, level)
    campaign = _weighted(rng, _CAMPAIGN_WEIGHTS)
    date, published = _date(rng)
    role = rng.choice(_ROLES[level])
    speaker = role + (_person(rng) if rng.random() < 0.3 else "")
    town = None
    if level == "乡镇":
        town = "".join(rng.choice(_GIVEN) for _ in range(2)) + rng.choice(["镇", "乡", "街道"])
    where = {"省": "全省", "市": "全市", "区": "全区", "县": "全县", "乡镇": "全镇"}[level]
    place_name = town or place.district or place.city or place.province
    meeting = rng.choice(_MEETINGS)
    title = rng.choice([
        f"{role}在{where}{_CAMPAIGN_PHRASE[campaign]}{meeting}上的讲话",
        f"{role}在{place_name}{_CAMPAIGN_PHRASE[campaign]}{meeting}上的讲话",
        f"在{where}{_CAMPAIGN_PHRASE[campaign]}{meeting}上的讲话",
        f"{speaker}在{_CAMPAIGN_PHRASE[campaign]}{meeting}上的讲话",
    ])[:120]

    target = int(min(12000, max(1500, rng.lognormvariate(math.log(3800), 0.5))))
    subst = {}

    def render(clauses: list[Sentence]) -> str:
        out = []
        for c in clauses:
            if c.src not in subst:
                subst[c.src] = _place_map(pool.places[c.src], place)
            out.append(_substitute(c.text, subst[c.src]))
        return "".join(out)

    family = _family(i // FAMILY, pool)
    paras: list[str] = []
    if rng.random() < 0.75:
        paras.append(rng.choice(["同志们：", "同志们：", "各位领导、同志们：", "同事们："]))
    paras.append(render(family.opening))
    closing = render(family.closing) if rng.random() < 0.6 else render(_paragraph(rng, pool, 200))
    shared = [render(x) for x in rng.sample(family.body, rng.randint(0, len(family.body)))]
    size = sum(len(p) for p in paras) + len(closing) + sum(len(x) for x in shared)
    sections = rng.randint(2, 4)
    per_section = max(1, (target - size) // sections)
    for s in range(sections):
        paras.append(f"{_NUMS[s]}、{rng.choice(pool.headings)}")
        used = 0
        if shared and rng.random() < 0.5:
            paras.append(shared.pop())
        while used < per_section:
            para = render(_paragraph(rng, pool, rng.randint(80, 500)))
            if rng.random() < 0.15:  # a local, rare detail: a person's name
                para = f"{place_name}{_person(rng)}同志" + rng.choice(["带头", "牵头", "负责"]) + "抓落实，" + para
            if not _clean_para(para):
                continue
            paras.append(para)
            used += len(para)
    paras += shared
    paras.append(closing)
    if rng.random() < 0.4:
        paras.append("谢谢大家！")
    source = copy_source(i)
    if source is not None:
        paras = _copied(source, place, pool, lambda: render(_paragraph(rng, pool, rng.randint(80, 500))))
    text = "\n\n".join(paras)

    themes = sorted(rng.sample(pool.themes, rng.randint(1, 4)), key=pool.themes.index)
    keywords = rng.sample(pool.theme_words, rng.randint(5, 10))
    # Named by ingest's own id rule, so the synthetic corpus looks like an ingested one.
    sid = make_id(date, town or place.district or place.city or place.province, text, taken)
    taken.add(sid)
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()

    site = rng.choice(_SITES)
    html = rng.random() < 0.2
    raw = _raw_page(title, paras, site, published, html, rng)
    raw_rel = raw_name(raw, ".html" if html else ".txt")
    # Entry dates spread over 2025 from the text's hash: no draw from rng, so adding the
    # field left every other synthetic value as it was.
    added = (dt.date(2025, 1, 1) + dt.timedelta(days=int(digest[:6], 16) % 365)).isoformat()
    sp = Speech(
        id=sid, title=title, text=text, date=date, published=published, added=added,
        province=place.province, city=place.city, district=place.district, level=level,
        speaker=speaker, campaign=campaign, genre="讲话", themes=themes, keywords=keywords,
        truncated=False, masked=cleaning.is_masked(text) or cleaning.is_masked(title),
        chars=count_chars(text),
        sources=[{"raw": raw_rel, "site": site, "part": None, "file": f"{sid}.{'html' if html else 'txt'}"}])
    return Synthetic(sp, raw_rel, raw)


def _raw_page(title: str, paras: list[str], site: str, published: str | None, html: bool,
              rng: random.Random) -> bytes:
    """The speech as a saved 范文-site page: navigation, title, date, text, related list, footer."""
    pub = published or "2024-01-01"
    related = [f"{rng.choice(_MEETINGS)}讲话稿{n}篇" for n in range(1, rng.randint(3, 7))]
    if html:
        body = "".join(f"<p>{p}</p>" for p in paras)
        return (
            f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}_{site}</title></head><body>"
            f"<div class=\"nav\"><a href=\"/\">{site}首页</a> | <a href=\"/jh\">讲话稿</a> | <a href=\"/fy\">发言稿</a></div>"
            f"<div class=\"content\"><h1>{title}</h1><div class=\"info\">发布时间：{pub} 来源：{site}</div>"
            f"<article>{body}</article></div>"
            f"<div class=\"related\"><h3>相关阅读</h3><ul>{''.join(f'<li>{r}</li>' for r in related)}</ul></div>"
            f"<div class=\"footer\">Copyright © 2018-2025 {site} 版权所有 京ICP备{rng.randint(10000000, 99999999)}号</div>"
            f"</body></html>").encode("utf-8")
    lines = [f"{site} 首页", "", title, "", f"{pub} {site}", ""]
    lines += [f"  {p}" for p in paras]
    lines += ["", "相关阅读"] + related + ["最近更新", f"Copyright © 2018-2025 {site} 版权所有"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def generate(n: int, out: Path, real: Path = REAL_CORPUS) -> dict:
    """Write a corpus of n synthetic entries (plus taxonomy.yaml and raw/) into `out`."""
    out = Path(out)
    if (out / SPEECHES).exists():
        shutil.rmtree(out / SPEECHES)
    if (out / RAW).exists():
        shutil.rmtree(out / RAW)
    (out / SPEECHES).mkdir(parents=True)
    (out / RAW).mkdir(parents=True)
    shutil.copyfile(real / TAXONOMY, out / TAXONOMY)
    pool = load_pool(real)
    taken: set[str] = set()
    text_bytes = raw_bytes = 0
    for i in range(n):
        syn = make_speech(i, taken, pool)
        data = syn.speech.to_text().encode("utf-8")
        (out / SPEECHES / f"{syn.speech.id}.md").write_bytes(data)
        (out / syn.raw_rel).write_bytes(syn.raw_bytes)
        text_bytes += len(data)
        raw_bytes += len(syn.raw_bytes)
    return {"n": n, "entry_bytes": text_bytes, "raw_bytes": raw_bytes}


def raw_pages(corpus: Path, limit: int) -> list[Path]:
    """The first `limit` raw pages of a synthetic corpus, in entry order (ingest input)."""
    out: list[Path] = []
    for p in iter_entry_files(corpus):
        if len(out) >= limit:
            break
        out.append(corpus / read_entry(p).sources[0]["raw"])
    return out


if __name__ == "__main__":  # python -m benchmarks.synth N OUT
    import sys

    print(generate(int(sys.argv[1]), Path(sys.argv[2])))
