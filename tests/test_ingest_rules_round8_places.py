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


# --- an everyday word running into the speech's own organ -------------------------------------

def test_a_verb_before_the_speechs_own_county_organ_is_no_county():
    # 会同 ("together with") is also 怀化市会同县's short name: "会同县商务局" here is the
    # verb and the speech's own 县商务局, which it names bare as well.
    paras = ["同志们：县商务局刚才汇报了农贸市场改造的进度，我都同意。",
             "县市场监管局要会同县商务局，每周到各市场检查一次，问题当天交办。",
             "全县上下要把这件实事办好，让群众买菜更放心。"]
    assert place("在全县农贸市场提升工作会上的讲话", paras) is None


def test_a_county_that_names_itself_keeps_its_name_beside_the_rule():
    # The same county's own speech names itself elsewhere: those mentions still count.
    paras = ["同志们：会同县创建省级卫生县城已进入冲刺阶段。",
             "县市场监管局要会同县商务局，每周到各市场检查一次。",
             "全县上下要齐心协力，确保会同县顺利通过评估。"]
    found = place("在全县创卫冲刺动员会上的讲话", paras)
    assert found is not None and found.district == "会同县"


# --- a town or a street the gazetteer lists as a district ------------------------------------

def test_a_street_the_gazetteer_lists_under_dongguan_needs_its_city_named():
    # Many counties have a 东城街道; the gazetteer has only 东莞's, listed as a district.
    paras = ["同志们：刚才，东城街道和县住建局作了发言，讲得都很实在。",
             "全县各乡镇、各部门要对照测评标准，把短板一项一项补上。",
             "希望大家齐心协力，确保今年创建工作取得新突破。"]
    assert place("在全县创建文明县城推进会上的讲话", paras) is None


def test_the_same_street_with_its_city_named_is_placed():
    paras = ["东莞市东城街道今年创文工作有了新变化，背街小巷整治全面完成。",
             "东城街道将继续巩固成果，把好的做法坚持下去。"]
    found = place("东城街道创文工作推进会召开", paras)
    assert found is not None and (found.city, found.district) == ("东莞市", "东城街道")
