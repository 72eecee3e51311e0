"""The Chinese-text vocabulary every stage shares: which characters count as Han, which
marks are Chinese punctuation and end a sentence, what a masked name looks like, how a
speech greets its audience, and what a text's fingerprint keeps.

One home for each, so cleaning, segmentation, metadata, fingerprints (dedup, reuse) and
the site cannot drift apart: the Han ranges were written in three versions, the mask rule
was borrowed through a private name, and the sentence-end and salutation lists were typed
again wherever they were needed. This module imports nothing of the package, so every
stage may import it; place names and their suffixes live in places.py.
"""
from __future__ import annotations

import re

#: CJK Unified Ideographs Extension A, the main block, and the compatibility ideographs
#: (some Big5/HKSCS pages decode to those): what the rules treat as Chinese text.
HAN_RANGES: tuple[tuple[int, int], ...] = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
#: The Han characters a fingerprint keeps (dedup signatures, reuse's shared runs, related
#: speeches): the compatibility block left out, as fingerprints have always been defined,
#: so signatures cached under .cache/ and the shares already measured stay valid.
FINGERPRINT_RANGES: tuple[tuple[int, int], ...] = HAN_RANGES[:2]


def char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """The inside of a regular-expression character class for the ranges, e.g. for [...]."""
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


#: Han characters as a character-class body: f"[{HAN}]".
HAN = char_class(HAN_RANGES)

# --- punctuation -----------------------------------------------------------------------------

#: Full-width punctuation of Chinese text. An ASCII mark beside one of these is in Chinese
#: context (and becomes full-width), and a space beside one is a copy artefact.
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】—…·「」『』"
#: The marks that end a sentence for certain. A paragraph of prose ends with one (a line
#: that does not was wrapped, or is a heading), and a flattened page is cut only after one.
STOPS = "。！？"
#: The marks a line of text may stop at: the stops, a clause's ； and an ellipsis. A line
#: with none of them is a label, a title or page furniture.
SENTENCE_END = STOPS + "；…"
#: Where the site's shared-passage index and reuse's candidate sentences cut a text: the
#: stops and ；, full-width or ASCII. Both must cut alike: a sentence reuse links speeches
#: by has to be one the index can find.
PASSAGE_END = "。！？；!?;"

# --- masked names ----------------------------------------------------------------------------

#: What a masked name stands before when one mask character is enough to hide it ("X市",
#: "×同志", "*委员", "**镇"): a division down to the village, a personal title, a year.
MASK_SUFFIX = r"(?:省|市|区|县|镇|乡|村|街道|社区|同志|书记|委员|市长|县长|区长|镇长|局长|部长|主任|年)"
#: One mask character (or two asterisks), not inside a Latin word or a number ("PM2.5",
#: "X光", "3*4"): a name only where a name goes, i.e. before a suffix.
MASK_ONE = r"(?<![A-Za-z0-9*＊×○Xx])(?:[XxＸ×＊○]|\*{1,2})"
#: A masked name: a run of mask characters (XX, ××, ＊＊, ***, ○○, underscores beside Han
#: text), 某某, or one mask character before a suffix; also a year with its last digits
#: hidden ("20x年"), two asterisks before a name that are not a bold pair ("**是中国十大
#:魅力城市"), and a lone capital X among Chinese text ("第X批X家"): Chinese prose has no
#: other use for a single X but X光 / X射线 / X型 / X轴.
MASK = re.compile(f"(?:[Xx]{{2,}}|×{{2,}}|＊{{2,}}|\\*{{3,}}|○{{2,}}|(?<=[{HAN}])_+|(?<!_)_++(?=[{HAN}])|＿+|某某"
                  f"|{MASK_ONE}(?={MASK_SUFFIX})"
                  f"|(?<=19|20)[Xx×](?=年)"
                  f"|(?<![*＊{HAN}])\\*\\*(?=[{HAN}])(?![^*\\n]{{1,40}}\\*\\*)"
                  f"|(?<=[{HAN}，。、；：（“])[XＸ×](?=[{HAN}])(?!光|射线|型|轴))")
#: Every mask pattern needs one of these characters; most sentences have none, and the
#: mask regex (look-behinds at every position) was most of the fingerprinting time.
MASK_CHARS = frozenset("Xx×＊*○_＿某")

# --- salutations -----------------------------------------------------------------------------

#: Whom "各位…" greets at the head of a speech (各位领导、各位来宾).
AUDIENCE = ("领导", "来宾", "代表", "同事", "委员", "同志", "嘉宾")
#: Greetings that stand alone.
COLLECTIVE = ("同志们", "同事们")
#: The salutation itself, before its colon: 尊敬的…, 各位…, 同志们, 同事们.
SALUTATION_WORDS = (f"尊敬的[^，。：:\\n]{{0,30}}|各位(?:{'|'.join(AUDIENCE)})[^，。：:\\n]{{0,20}}"
                    f"|{'|'.join(COLLECTIVE)}")
#: A line that opens with a salutation ("同志们：", "尊敬的各位领导，", "大家好！"): the
#: start of a speech, never page furniture.
SALUTATION = re.compile(f"^(?:{SALUTATION_WORDS}|大家好)[：:，,！!]")
#: The last word before the colon of a salutation line in any form ("各位村（社区）书记、
#: 同志们："): the line's shape and its last word, where SALUTATION reads its first.
ADDRESSEES = ("同志们", "领导", "来宾", "代表", "朋友们", "大家")
#: One salutation as a page glues it to a title ("…讲话篇1 同志们：", "…的讲话各位领导，
#: 同志们：这次会议……"): besides SALUTATION_WORDS, 亲爱的… and 各位 with any short audience.
GREETING = (f"(?:(?:尊敬|亲爱)的[^，。：:\\n]{{0,30}}|各位(?:{'|'.join(AUDIENCE)})[^，。：:\\n]{{0,20}}"
            f"|各位[^，。：:\\n]{{1,12}}|{'|'.join(COLLECTIVE)})")
#: A salutation line in any form: short, addressed to people, ending with a colon.
ADDRESS = re.compile(f"^.{{0,30}}(?:{'|'.join(ADDRESSEES)})[^，。]{{0,4}}[：:]$")

#: The paragraph that closes a speech: the audience addressed again, now before a comma or
#: an exclamation ("同志们，…希望大家…"; the opening has a colon), or thanks ("谢谢大家！"),
#: or the good wishes an address ends on ("最后，预祝本次活动圆满成功！祝大家身体健康！").
CLOSING = re.compile(f"^(?:{'|'.join(COLLECTIVE)}|朋友们)[，,！!]|^谢谢(?:大家|各位)?[！!。]?$"
                     "|^.*(?:预祝|祝愿|祝)[^。！？!?]{0,40}(?:成功|健康|顺利|如意|幸福|快乐|愉快)[！!。]$")

# --- fingerprint -----------------------------------------------------------------------------

#: What a fingerprint keeps: Han characters (FINGERPRINT_RANGES), ASCII letters and digits.
#: Duplicates (dedup), shared runs (reuse) and related speeches (site) all compare texts on
#: these, with masks removed, so a copy with other punctuation, spacing or masks is the same.
FINGERPRINT_KEPT: tuple[tuple[int, int], ...] = (*FINGERPRINT_RANGES, (0x41, 0x5A), (0x61, 0x7A), (0x30, 0x39))
#: What a fingerprint drops: everything else.
FINGERPRINT_DROP = re.compile(f"[^{char_class(FINGERPRINT_KEPT)}]")


def fingerprint_text(text: str) -> str:
    """The text as fingerprints see it: the FINGERPRINT_KEPT characters, masks removed."""
    if not MASK_CHARS.isdisjoint(text):
        text = MASK.sub("", text)
    return FINGERPRINT_DROP.sub("", text)


#: The roles a news item credits in its byline ("记者 张立群", "全媒体记者", "通讯员", "实习生"),
#: and what a credited name did ("叶晓岚/文", "周子航/摄").
BYLINE_ROLES = r"(?:全媒体|融媒体|特约|见习)?(?:记者|通讯员|实习生|摄影|摄像|编辑)"
BYLINE_WORK = r"[/／](?:文|摄|图|视频)"

# --- posts -----------------------------------------------------------------------------------

#: The word a leader's post ends with ("县委书记", "常务副市长", "市创文指挥部指挥长"): the role a
#: speaker is named by, before or after the name.
ROLE_WORD = (r"(?:书记|省长|市长|县长|区长|州长|旗长|镇长|乡长|主任|部长|局长|主席|常委|委员|秘书长|厅长|处长|组长"
             r"|总指挥|指挥长)")


# --- names -----------------------------------------------------------------------------------

#: The first characters of Chinese family names: the common single-character surnames (which
#: also open the compound ones, 欧阳, 司马, 诸葛, 上官 ...), some 400 covering nearly every
#: official a page names. A bare short line that does not open with one is a word of the page
#: ("已关注", "分享至"), not a name.
SURNAME_CHARS = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
    "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲"
    "房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀"
    "郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴"
    "丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜"
    "印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧"
    "闭由上欧司东西夏侯令狐皇甫尉迟公孙慕容长孙宇文"
)
