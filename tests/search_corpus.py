"""A generated corpus for the search tests: N speeches as records, deterministic, built from
word lists written for this test (not from corpus/, which grows by PR).

The words nest on purpose (城市 inside 卫生城市 inside 国家卫生城市), some are rare (in a few
speeches only), a few speeches carry Traditional characters and full-width letters and digits
(which the index folds), titles and places are searchable, and the metadata varies so that
every filter has something to select.
"""
from __future__ import annotations

import random

from build_tools.record import CAMPAIGNS, GENRES, LEVELS, Speech

COMMON = ("创建 文明城市 卫生城市 国家卫生城市 城市管理 城市 志愿者 志愿服务 垃圾分类 占道经营 农贸市场 背街小巷 "
          "督查 问责 测评 体制 机制 管理体制 市容 环境 整治 宣传 群众 满意度 公共秩序 交通 秩序 病媒生物 防制 "
          "食品安全 健康教育 社区 街道 网格化 长效 常态化 考核 落实 责任 部门 单位 干部 创城 创卫 攻坚 迎检 整改 "
          "问题 短板 提升 文明 卫生 工作 建设 推进 全面 深入 扎实 氛围 素质 道德 诚信 未成年人 公益广告 文明交通 "
          "光盘行动 厕所革命 老旧小区 城中村 小广告 乱停乱放 门前三包 智慧城市 河长制 全国文明城市 一把手 哈哈哈").split()
RARE = "汾河湾 西溪湿地 大雁塔 先手棋 绣花功夫 一盘棋 硬骨头 攻坚克难 烟火气 金名片".split()
TRADITIONAL = {"创建": "創建", "城市": "城市", "卫生": "衛生", "文明": "文明", "创城": "創城", "问责": "問責",
               "环境": "環境", "体制": "體制"}
WIDE = ["ＡＢＣ级", "２０２３年", "Ａ类", "ＰＭ２.５"]
PLACES = [("浙江省", "杭州市", "西湖区"), ("浙江省", "宁波市", None), ("山东省", "济南市", "历下区"),
          ("山东省", "青岛市", None), ("湖北省", "孝感市", "安陆市"), ("陕西省", "西安市", "雁塔区"),
          ("山西省", "太原市", None), ("四川省", "成都市", "锦江区"), ("广东省", "深圳市", "南山区"),
          ("江苏省", "苏州市", "姑苏区"), (None, None, None)]
THEMES = ["市容环境卫生", "交通秩序", "志愿服务", "农贸市场与市场秩序", "老旧小区与背街小巷"]
PUNCT = "，，，、；"


def _sentence(rng: random.Random, rare_ok: bool, trad: bool, wide: bool) -> str:
    words = []
    for _ in range(rng.randint(4, 10)):
        r = rng.random()
        if rare_ok and r < 0.03:
            w = rng.choice(RARE)
        elif wide and r < 0.06:
            w = rng.choice(WIDE)
        else:
            w = rng.choice(COMMON)
        if trad and w in TRADITIONAL and rng.random() < 0.5:
            w = TRADITIONAL[w]
        words.append(w)
        if rng.random() < 0.25:
            words.append(rng.choice(PUNCT))
    return "".join(words).strip(PUNCT) + rng.choice("。。。！；")


def speeches(n: int = 1000, seed: int = 11) -> list[Speech]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        prov, city, dist = rng.choice(PLACES)
        trad, wide = rng.random() < 0.05, rng.random() < 0.05
        rare_ok = rng.random() < 0.1
        paras = [" ".join(_sentence(rng, rare_ok, trad, wide) for _ in range(rng.randint(2, 5)))
                 if rng.random() < 0.1 else "".join(_sentence(rng, rare_ok, trad, wide) for _ in range(rng.randint(2, 5)))
                 for _ in range(rng.randint(4, 12))]
        place = (dist or city or prov or "")
        title = f"在{place}{rng.choice(['创建文明城市', '创建国家卫生城市', '城市管理', '志愿服务'])}" \
                f"{rng.choice(['动员大会', '推进会', '点评会'])}上的讲话"
        year = rng.choice([None, 2016, 2019, 2021, 2022, 2023])
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if year else None
        out.append(Speech(
            id=f"s{i:04d}", title=title, text="\n\n".join(paras), date=date, province=prov, city=city,
            district=dist, level=rng.choice(LEVELS),
            campaign="全国文明城市" if rng.random() < 0.4 else rng.choice(CAMPAIGNS), genre=rng.choice(GENRES),
            themes=sorted(rng.sample(THEMES, rng.randint(0, 2)))))
    return out
