"""Precision classes of unseen papers and essays, on invented rows: a holder the text does
not name as the party bound (a question, ...).

The sentences are invented for these tests and name no text zhkg is tuned on.
"""

from __future__ import annotations

from zhkg.extract.document import document_from_text
from zhkg.extract.extractor import extract
from zhkg.extract.lexicon import Lexicon
from zhkg.extract.stakeholders import PartyFinder

ESSAY_TITLE = "关于社区治理的几点思考"


def _rows(text: str, lexicon: Lexicon) -> set[tuple[str, str, str]]:
    extraction = extract(document_from_text(text), lexicon)
    return {(s.holder.text, s.duty, s.modality.value) for s in extraction.responsibilities}


def test_a_party_asked_about_bears_no_duty(lexicon: Lexicon) -> None:
    """如…哪些部门应该负责: a noun phrase holding a question word asks which party acts;
    it names none, and the subjectless duty after it takes no holder from it."""
    text = (
        f"{ESSAY_TITLE}\n\n改造方案对分工提出了要求，如哪个街道应当牵头，"
        "社区的哪些单位应当配合，这些都需要统筹考虑。\n首先，要明确街道的牵头职责。\n"
    )
    assert _rows(text, lexicon) == set()


def test_a_question_heading_names_no_party(lexicon: Lexicon) -> None:
    """2.1如何办好某类中心: a heading asking how to act names no party for the
    subjectless duties under it, though it ends in a party's head."""
    text = (
        f"{ESSAY_TITLE}\n1 引言\n某类机构发展很快。\n2 对策\n2.1如何办好社区养老机构\n"
        "为此必须摸清居民需求，配齐服务力量。\n"
    )
    assert not any(holder.startswith("如何") for holder, _, _ in _rows(text, lexicon))


def test_a_question_word_inside_another_word_asks_nothing(lexicon: Lexicon) -> None:
    """众多大型平台 holds the letters of 多大 across two words: no question, the party stays."""
    text = f"{ESSAY_TITLE}\n\n众多大型平台应当建立投诉处理机制。\n"
    assert _rows(text, lexicon) == {("大型平台", "建立投诉处理机制", "must")}


def test_a_heading_with_a_question_word_names_no_party(finder: PartyFinder, tokens_of) -> None:  # type: ignore[no-untyped-def]
    from zhkg.extract.extractor import _heading_names_parties

    for title in ("如何办好社区服务中心", "哪些部门"):
        assert _heading_names_parties(title, tokens_of(title), finder) == []
    assert _heading_names_parties("社区居委会和物业公司", tokens_of("社区居委会和物业公司"), finder)


def test_a_question_in_a_chain_ends_it(lexicon: Lexicon) -> None:
    """…，哪些人向哪些方向发展，通过什么途径…: a clause asking who does what has a subject
    of its own (no party's name, though); the chain of the duty before it ends there."""
    text = (
        f"{ESSAY_TITLE}\n\n文化站可以根据居民意愿和场地条件，制定活动安排计划，"
        "哪些人分别参加哪些兴趣小组，用什么方式、多长时间组织一次，等等。\n"
    )
    assert _rows(text, lexicon) == {("文化站", "根据居民意愿和场地条件，制定活动安排计划", "may")}


def test_the_parts_after_an_inclusion_list_are_its_items(lexicon: Lexicon) -> None:
    """…，包括制定甲，确立乙；推动丙；调解丁: the "；"-parts after a clause that lists what
    the duty before includes list more of it, no further duties of the party."""
    text = (
        f"{ESSAY_TITLE}\n\n街道办事处负责社区事务的统筹和协调，为居民生活提供便利，"
        "包括组织文体活动，维护公共秩序；修缮老旧设施，改善居住环境；化解邻里矛盾等。\n"
    )
    assert _rows(text, lexicon) == {
        ("街道办事处", "社区事务的统筹和协调", "must"),
        ("街道办事处", "为居民生活提供便利", "must"),
    }


def test_a_thing_showing_itself_ends_the_chain(lexicon: Lexicon) -> None:
    """…，在甲中的作用主要体现在：A；B: a clause describing where a thing of the party's
    shows itself ends the chain, and the items after its colon describe it too."""
    text = (
        f"{ESSAY_TITLE}\n\n物业公司应当做好日常维护，在小区管理中的长处主要表现为："
        "熟悉房屋状况；响应居民报修；协调各方意见，组织维修施工。\n"
    )
    assert _rows(text, lexicon) == {("物业公司", "做好日常维护", "must")}


def test_a_duty_with_a_list_of_its_own_after_inclusion_keeps_its_items(lexicon: Lexicon) -> None:
    """甲应当…，包括乙费用；…: 包括 before a noun lists the duty's objects, no acts, and
    the "；"-part after it goes on with the chain; 包括： opens a list of its own."""
    text = f"{ESSAY_TITLE}\n\n甲中心应当公示借阅规则，包括逾期赔偿标准；按月清点馆藏。\n"
    assert ("甲中心", "按月清点馆藏", "must") in _rows(text, lexicon)
    text = f"{ESSAY_TITLE}\n\n甲中心应当完善借阅服务，包括：延长开放时间；增设自助设备。\n"
    assert ("甲中心", "完善借阅服务", "must") in _rows(text, lexicon)


def test_a_speech_between_the_topic_and_a_subjectless_modal_takes_the_duty(
    lexicon: Lexicon,
) -> None:
    """甲重视乙工作，丙多次强调，要…: the subjectless modal right after a clause closed by
    a verb of saying opens what was said, addressed to no one named; the topic before
    the speech does not bear it. Without the speech the topic bears it."""
    said = (
        f"{ESSAY_TITLE}\n\n近年来，甲部门、乙部门高度重视社区养老工作，"
        "某负责人多次强调，要完善服务网络。\n"
    )
    assert _rows(said, lexicon) == set()
    plain = f"{ESSAY_TITLE}\n\n甲部门高度重视社区养老工作，应当完善服务网络。\n"
    assert _rows(plain, lexicon) == {("甲部门", "完善服务网络", "must")}


def test_a_rule_named_as_the_basis_is_no_speech(lexicon: Lexicon) -> None:
    """甲部门根据上级有关规定，可以…; 乙、丙等部门依照上级的规定，负责…: 规定 there is a
    noun naming the basis of the act, no verb of saying; the party before bears the duty."""
    text = (
        "某市管理办法\n\n第五条 甲部门根据上级有关规定，可以发布整改通告。\n"
        "第六条 乙部门、丙部门依照法律和上级的规定，负责辖区内的巡查工作。\n"
    )
    assert _rows(text, lexicon) >= {
        ("甲部门", "发布整改通告", "may"),
        ("乙部门", "辖区内的巡查工作", "must"),
        ("丙部门", "辖区内的巡查工作", "must"),
    }


def test_a_verb_and_a_generic_head_among_acts_is_no_topic(lexicon: Lexicon) -> None:
    """3.2理清思路，选好人员，改进…: a clause of a verb and a generic head (人员) after a
    clause of a verb and its object is one more act of the list, no party; a name so made
    that opens its sentence (探视人员，应…) stays one."""
    text = (
        f"{ESSAY_TITLE}\n1 引言\n某类机构发展很快。\n2 对策\n"
        "2.1理清思路，选好人员，改进方法提升服务水平服务水平是衡量社区工作的重要标准，"
        "为此必须明确工作方向。\n"
    )
    assert not any(holder.endswith("人员") for holder, _, _ in _rows(text, lexicon))
    named = f"{ESSAY_TITLE}\n\n探视人员，应当遵守病房规定。\n"
    assert _rows(named, lexicon) == {("探视人员", "遵守病房规定", "must")}


def test_a_run_in_heading_glued_to_its_body_leaves_the_party_named_again(
    lexicon: Lexicon,
) -> None:
    """4.2展示作品，提高某剧团的口碑和关注度某剧团要…: a run-in heading glued to its
    body with no mark ends in the party the body names again before the trigger; the
    heading's nouns read as a list with it (口碑, 关注度某剧团) are no holders."""
    text = (
        f"{ESSAY_TITLE}\n1 引言\n某类剧团发展很快。\n4 对策\n"
        "4.2展示作品，提高某剧团的口碑和关注度某剧团要有营销意识，善于借助各种平台开展推广。\n"
    )
    assert {holder for holder, _, _ in _rows(text, lexicon)} == {"某剧团"}
