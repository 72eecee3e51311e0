"""Keywords and themes stage: what a speech is about, by jieba's TF-IDF over a tokenizer
that knows the campaign's own words (创城, 背街小巷) and the taxonomy's keywords.

The tokenizer is also what the metadata stage asks for word boundaries (is a place name a
word here, or part of a longer one?), so both stages cut text the same way.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from .cleaning import is_masked
from .vocabulary import HAN

#: Campaign vocabulary jieba does not know as words; without it 创城 splits into 创/城.
CAMPAIGN_TERMS = [
    "创城", "创卫", "创文", "测评体系", "文明城市", "卫生城市", "文明典范城市", "文明县城", "创建办",
    "创城办", "创卫办", "文明办", "爱卫办", "志愿服务", "背街小巷", "老旧小区", "农贸市场", "城中村",
    "门前三包", "占道经营", "乱停乱放", "垃圾分类", "公益广告", "未成年人思想道德建设", "迎检",
    "暗访", "实地测评", "网上申报", "问卷调查", "长效机制", "常态长效", "文明交通", "文明劝导",
    "除四害", "病媒生物", "健康教育", "控烟", "爱国卫生", "城乡环境", "市容市貌", "立行立改",
    "包保", "网格化", "社会主义核心价值观", "新时代文明实践", "道德模范", "身边好人",
]
#: Speech boilerplate that TF-IDF would otherwise rank high in every speech.
STOPWORDS = set("""
同志 同志们 我们 你们 他们 大家 工作 进一步 各级 部门 单位 全市 全区 全县 全省 全镇 一是 二是 三是 四是 五是
六是 一要 二要 三要 四要 要求 方面 问题 情况 今天 这次 会议 讲话 重要 开展 加强 推进 落实 切实 确保 有关 相关
目前 当前 各项 一定 必须 坚持 全面 深入 不断 积极 主动 认真 要把 要以 要在 做好 抓好 搞好 以及 还是 但是 因此
所以 同时 已经 没有 一些 这些 那些 进行 通过 作为 实现 提高 提升 加大 力度 高度 充分 努力 创建 城市 文明
建设 发展 目标 突出 做到 形成 解决 任务 活动 群众 标准 社会 体系 管理 打造 统一 集中 特色 着力 查看 上求 最具
成果 环境 合力 精神 担任 系统 教育 整治 各校 省级 全国 我县 我区 我市 争创 解决问题 统筹 规划 民生 做法
""".split())


@lru_cache(maxsize=4)
def _analyser(vocabulary: frozenset[str] = frozenset()):
    """jieba's TF-IDF on a tokenizer of its own that knows the campaign terms and
    `vocabulary` (a taxonomy's keywords). jieba's global tokenizer would keep every word
    any earlier caller added, so keywords, themes and place boundaries depended on what
    had run before in the process (the first speech of a run was cut with fewer words
    than the rest, and tests saw other keywords than the CLI)."""
    import jieba
    import jieba.analyse

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    for term in sorted(set(CAMPAIGN_TERMS) | vocabulary):
        tokenizer.add_word(term, freq=20000)
    analyser = jieba.analyse.TFIDF()
    analyser.tokenizer = tokenizer
    return analyser


def tokenizer():
    """The campaign-aware tokenizer (its dictionary and word frequencies), for rules that need
    word boundaries: the same one keywords and themes are read with."""
    return _analyser().tokenizer


def vocabulary(themes) -> frozenset[str]:
    """The words a taxonomy adds to segmentation: its themes' keywords."""
    return frozenset(w for t in themes for w in t.keywords)


def keywords(text: str, vocab: frozenset[str] = frozenset(), k: int = 10) -> list[str]:
    out = []
    # The first k*4 words of the TF-IDF ranking (jieba's extract_tags(topK=k*4), taken from
    # the full ranking `assign_themes` already computed: one segmentation, not two).
    for word in list(tfidf(text, vocab))[:k * 4]:
        if (word in STOPWORDS or len(word) < 2 or is_masked(word) or re.search(r"\d", word)
                or not re.search(f"[{HAN}]", word)):
            continue
        out.append(word)
        if len(out) == k:
            break
    return out


#: A theme is assigned when its weighted evidence reaches this score: the sum, over the
#: theme's keywords, of keyword weight x the keyword's jieba TF-IDF weight in the speech
#: x 100. Tuned on the 13 seed speeches: scores run from ~0.5 (a passing mention) to ~60
#: (a speech about that theme); at 4.0 each seed gets the 2-6 themes a reader would name.
THEME_THRESHOLD = 4.0
#: At most this many themes, strongest first: a facet page listing a speech under ten
#: themes helps nobody.
MAX_THEMES = 6


def tfidf(text: str, vocab: frozenset[str] = frozenset()) -> dict[str, float]:
    """Words of the text by TF-IDF weight, highest first. Cached for the speech at hand:
    jieba's segmentation is most of ingest's time on a large page (~4 s/MB)."""
    return dict(_tfidf(text, vocab))


@lru_cache(maxsize=2)
def _tfidf(text: str, vocab: frozenset[str]) -> tuple[tuple[str, float], ...]:
    return tuple(_analyser(vocab).extract_tags(text, topK=None, withWeight=True))


def theme_scores(text: str, themes, weights: dict[str, float] | None = None) -> dict[str, float]:
    weights = weights if weights is not None else tfidf(text, vocabulary(themes))
    return {t.name: round(100 * sum(w * weights.get(word, 0.0) for word, w in t.keywords.items()), 3)
            for t in themes}


def assign_themes(text: str, themes) -> list[str]:
    scores = theme_scores(text, themes)
    chosen = [(s, n) for n, s in scores.items() if s >= THEME_THRESHOLD]
    return [name for _, name in sorted(chosen, key=lambda t: (-t[0], t[1]))][:MAX_THEMES]
