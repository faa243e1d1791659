"""Sentences that gave no row because their party was not found, on invented texts.

Each class of such sentences (a list line opened by a bullet, a time adverbial read as a
party, a verb of stating glued into a name, a subjectless sentence after one with no
subject of its own) is shown by invented texts that name no text zhkg is tuned on.
"""

from __future__ import annotations

import pytest

from zhkg.extract.document import document_from_text
from zhkg.extract.extractor import extract
from zhkg.extract.lexicon import Lexicon
from zhkg.extract.numbering import ITEM_NUMBER_RE

ESSAY_TITLE = "关于社区治理的几点思考"
RULE_TITLE = "某市社区物业服务管理办法"


def _rows(text: str, lexicon: Lexicon) -> set[tuple[str, str, str]]:
    extraction = extract(document_from_text(text), lexicon)
    return {(s.holder.text, s.duty, s.modality.value) for s in extraction.responsibilities}


@pytest.mark.parametrize("bullet", ["•", "●", "・", "▪", "–", "■", "◆", "·"])
def test_a_bullet_opens_a_list_line_as_a_number_does(bullet: str, lexicon: Lexicon) -> None:
    """A party after a bullet is the line's subject (● 甲部门须…), and the items of a lead-in
    (甲应当履行下列义务：• …) take its party, whatever bullet marks them."""
    text = (
        f"{RULE_TITLE}\n\n第二条 物业公司应当履行下列义务：\n{bullet} 建立设施巡查制度；\n"
        f"{bullet} 定期公开维修账目。\n第三条 有关要求如下：\n{bullet} 街道办事处须加强监督检查。\n"
    )
    rows = _rows(text, lexicon)
    assert ("物业公司", "建立设施巡查制度", "must") in rows
    assert ("物业公司", "定期公开维修账目", "must") in rows
    assert ("街道办事处", "加强监督检查", "must") in rows


def test_a_bullet_line_of_an_essay_names_its_own_party(lexicon: Lexicon) -> None:
    text = f"{ESSAY_TITLE}\n\n社区治理需要多方参与。\n• 物业公司应当公开维修账目。\n"
    assert _rows(text, lexicon) == {("物业公司", "公开维修账目", "must")}


def test_a_dash_before_a_digit_is_a_minus_sign_not_a_bullet() -> None:
    assert ITEM_NUMBER_RE.match("–5%的住户") is None
    assert ITEM_NUMBER_RE.match("• 建立制度").end() == 2


@pytest.mark.parametrize("adverbial", ["短期内", "长远而言", "目前", "每年", "下一步"])
def test_a_time_adverbial_opening_a_sentence_is_no_party(adverbial: str, lexicon: Lexicon) -> None:
    """短期内可先…, 长远而言应…: a time or a frequency is never a party; the clause has no
    subject, so its party is the zero subject recovered as usual (the topic of the duty
    right before)."""
    text = f"{ESSAY_TITLE}\n\n物业公司应当公开维修账目。{adverbial}须完善收费制度。\n"
    rows = _rows(text, lexicon)
    assert not any(holder.startswith(adverbial) for holder, _, _ in rows)
    assert ("物业公司", "完善收费制度", "must") in rows


def test_a_discourse_marker_alone_before_a_modal_leaves_no_subject(lexicon: Lexicon) -> None:
    """对此须…: a marker filling the words before the modal is no subject of its own (it
    read as a non-party subject, which bars the zero subject of prose)."""
    text = f"{ESSAY_TITLE}\n\n物业公司应当公开维修账目。对此须完善收费制度。\n"
    assert ("物业公司", "完善收费制度", "must") in _rows(text, lexicon)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # glued by the segmenter into one name (列明 reads as a personal name): the verb ends
        # the source, the party is what follows
        ("那份文件载明业主委员会须按季度公开账目。", ("业主委员会", "按季度公开账目", "must")),
        ("服务合同列明物业公司须按时提交保证金。", ("物业公司", "按时提交保证金", "must")),
        # a document or a study named before a verb of saying states the clause
        ("该报告强调街道办事处应当加强统筹。", ("街道办事处", "加强统筹", "must")),
        ("本研究启示物业公司要重视住户的意见。", ("物业公司", "重视住户的意见", "should")),
    ],
)
def test_a_verb_of_stating_ends_the_source_before_the_party(
    sentence: str, expected: tuple[str, str, str], lexicon: Lexicon
) -> None:
    assert _rows(f"{ESSAY_TITLE}\n\n{sentence}\n", lexicon) == {expected}


def test_a_verb_of_granting_glued_into_a_name_ends_the_granters_words(lexicon: Lexicon) -> None:
    """当局批予物业公司…: 批予 (tagged as a noun) would glue the granter into the name."""
    from zhkg.extract.extractor import doc_tokens, party_finder, pipeline_for

    text = "当局批予物业公司应当履行的职责"
    tokens = doc_tokens(pipeline_for(lexicon)(text))
    parse = party_finder(lexicon).subject(text, 0, text.index("应当"), tokens, at_trigger=True)
    assert [party.text for party in parse.parties] == ["物业公司"]


def test_a_subjectless_sentence_in_between_keeps_the_topic(lexicon: Lexicon) -> None:
    """甲应当…。同时，加强…，完善…。还应…: a sentence that opens with a predicate, names
    no subject and states no duty goes on with the topic, so the modal after it still
    takes the party of the duty before."""
    text = (
        f"{ESSAY_TITLE}\n\n物业公司应当公开维修账目。同时，加强设施巡查，完善收费制度。"
        "还应畅通投诉渠道。\n"
    )
    assert ("物业公司", "畅通投诉渠道", "must") in _rows(text, lexicon)


@pytest.mark.parametrize(
    "between",
    [
        "因此，应当考虑降低物业收费。",  # a modal of the writer's own, which took no holder
        "三是发挥住户的监督作用。",  # an enumerated point of the writer's list
        "收费问题十分复杂。",  # a sentence with a subject of its own
    ],
)
def test_a_sentence_with_a_point_of_its_own_lets_the_topic_lapse(
    between: str, lexicon: Lexicon
) -> None:
    text = f"{ESSAY_TITLE}\n\n物业公司应当公开维修账目。{between}还应畅通投诉渠道。\n"
    assert not any(duty == "畅通投诉渠道" for _, duty, _ in _rows(text, lexicon))


def test_a_paragraph_break_lets_the_topic_lapse(lexicon: Lexicon) -> None:
    text = (
        f"{ESSAY_TITLE}\n\n物业公司应当公开维修账目。同时，加强设施巡查，完善收费制度。\n"
        "还应畅通投诉渠道。\n"
    )
    assert not any(duty == "畅通投诉渠道" for _, duty, _ in _rows(text, lexicon))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "《某条例》重视单位的作用，明确物业公司负责人对小区安全负总责，承担组织责任。",
            {
                ("物业公司负责人", "对小区安全负总责", "must"),
                ("物业公司负责人", "承担组织责任", "must"),
            },
        ),
        (
            "《某条例》重视住户的参与，规定业主委员会有义务定期公开账目。",
            {("业主委员会", "定期公开账目", "must")},
        ),
    ],
)
def test_a_verb_laying_down_a_rule_reports_a_duty_of_bearing(
    sentence: str, expected: set[tuple[str, str, str]], lexicon: Lexicon
) -> None:
    """明确甲对…负总责, 规定乙有义务…: a clause a bare verb of laying down opens reports
    the duty of the party after it, whether a modal, a verb of bearing or 有义务 states
    it (only modals were read so)."""
    assert _rows(f"{ESSAY_TITLE}\n\n{sentence}\n", lexicon) == expected


def test_a_part_whose_subject_is_a_cited_text_goes_on_with_no_chain(lexicon: Lexicon) -> None:
    """甲应当…；同时，《某法》强调…: past its connective the part names its own subject (a
    cited text), so its clauses are no more duties of the chain before."""
    text = (
        f"{ESSAY_TITLE}\n\n物业公司应当公开维修账目；同时，《某条例》强调住户的参与，"
        "细化议事规则。\n"
    )
    rows = _rows(text, lexicon)
    assert ("物业公司", "公开维修账目", "must") in rows
    assert not any("议事" in duty or "条例" in duty for _, duty, _ in rows)


def test_a_rule_named_after_a_sanction_imposes_none(lexicon: Lexicon) -> None:
    """…，并按照行政处罚有关规定予以处理: 处罚 names the rules the act follows (处罚有关规定,
    处罚办法), it imposes no sanction, so the sentence's duties stand."""
    text = (
        f"{RULE_TITLE}\n\n第五条 街道办事处在巡查中发现违规装修的，应当及时予以制止，"
        "并按照行政处罚有关规定予以处理。\n"
    )
    assert _rows(text, lexicon) == {
        ("街道办事处", "及时予以制止", "must"),
        ("街道办事处", "按照行政处罚有关规定予以处理", "must"),
    }


def test_a_sanction_a_party_suffered_imposes_none(lexicon: Lexicon) -> None:
    """甲因…被主管部门处罚的，乙应当…: the sanction after a passive marker is a condition
    the party suffered, so the duty after it stands (the sentence was read as a sanction)."""
    text = (
        f"{RULE_TITLE}\n\n第六条 因装修资料不实被主管部门处罚的，物业公司应当独立承担全部责任。\n"
    )
    assert _rows(text, lexicon) == {("物业公司", "独立承担全部责任", "must")}


def test_a_passive_marker_opening_a_name_leaves_the_sanction_imposed(lexicon: Lexicon) -> None:
    """对被检查单位…予以处罚: 被 after a preposition opens a name (the inspected unit), no
    passive, so the sentence still imposes a sanction through an agent and states no duty."""
    text = f"{RULE_TITLE}\n\n第八条 对被检查单位的违规行为，由乙局依法予以处罚，并公开结果。\n"
    assert _rows(text, lexicon) == set()


def test_a_word_ending_in_de_closes_no_condition(lexicon: Lexicon) -> None:
    """应当…展示拍卖标的，…: 标的 is one word that merely ends in 的, no particle closing a
    condition (…违规的，), so the clause's modal binds its party."""
    text = f"{RULE_TITLE}\n\n第七条 拍卖公司应当在拍卖前展示拍卖标的，并提供有关资料。\n"
    assert _rows(text, lexicon) == {
        ("拍卖公司", "在拍卖前展示拍卖标的", "must"),
        ("拍卖公司", "提供有关资料", "must"),
    }


def test_a_modal_before_a_preposition_and_a_request_stays_a_modal(lexicon: Lexicon) -> None:
    """甲应按乙要求…: 按 opens an adverbial of accordance, so 应 is the modal, not "at the
    request of" (应乙方要求，…)."""
    text = f"{RULE_TITLE}\n\n第二条 物业公司应按业委会要求建立维修档案。\n"
    assert _rows(text, lexicon) == {("物业公司", "按业委会要求建立维修档案", "must")}


def test_an_ending_glued_to_a_preposition_of_time_stays_in_the_name(lexicon: Lexicon) -> None:
    """受托方在接受委托时，必须…: the segmenter guesses 方在 as one word; the ending goes
    back to the name, 在 opens the frame, and the party bears the modal."""
    text = f"{RULE_TITLE}\n\n第三条 受托方在接受委托时，必须按照合同约定履行保密义务。\n"
    assert _rows(text, lexicon) == {("受托方", "按照合同约定履行保密义务", "must")}


def test_a_condition_names_its_party_before_its_frame(lexicon: Lexicon) -> None:
    """报名参加者在…中发现…的，均应…: the words before the condition's frame name its party
    as a subject before a trigger would (the first word, 报名, is tagged as a verb), and
    the subjectless duties after the condition are that party's."""
    text = (
        f"{RULE_TITLE}\n\n第八条 报名参加者在活动过程中发现身体不适的，均应当立即退出，"
        "否则应自行承担不利后果。\n"
    )
    assert _rows(text, lexicon) == {
        ("报名参加者", "立即退出", "must"),
        ("报名参加者", "自行承担不利后果", "must"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a directive verb joined to 鼓励 with no joiner between them
        ("第三条 鼓励支持业主委员会公开维修账目。", ("业主委员会", "公开维修账目", "should")),
        # a frame of time after the directed party belongs to its act: no condition
        (
            "第五条 鼓励物业公司在收取费用时，公示收费标准。",
            ("物业公司", "在收取费用时，公示收费标准", "should"),
        ),
    ],
)
def test_the_party_a_directive_names_bears_it(
    sentence: str, expected: tuple[str, str, str], lexicon: Lexicon
) -> None:
    assert _rows(f"{RULE_TITLE}\n\n{sentence}\n", lexicon) == {expected}


def test_a_quoted_passage_opens_with_its_item_number(lexicon: Lexicon) -> None:
    """「 12. 甲应…: the opening quote of a cited passage stands before the number of its
    item; both are skipped, the party after them is the subject."""
    text = f"{ESSAY_TITLE}\n\n该公约写道：\n「 12. 缔约国应保障住户的知情权。\n"
    assert ("缔约国", "保障住户的知情权", "must") in _rows(text, lexicon)


def test_a_purpose_led_sentence_after_a_bridge_is_the_writers_advice(lexicon: Lexicon) -> None:
    """甲应…。同时，加强…。为保证质量，应…: advice towards an aim after a sentence between is
    the writer's, no duty of the party named two sentences back."""
    text = (
        f"{ESSAY_TITLE}\n\n物业公司应当公开维修账目。同时，加强设施巡查，完善收费制度。"
        "为保证服务质量，应从全市层面制定统一标准。\n"
    )
    assert not any("统一标准" in duty for _, duty, _ in _rows(text, lexicon))


def test_the_bridge_reuses_the_analysis_of_the_sentences_between(
    lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    """甲应…。同时，加强…。应…: the bridge asks whether the sentences between go on with
    the topic; it reads the analysis their reading made, and analyses none again."""
    from zhkg.extract import extractor

    analysed: list[str] = []
    analyse = extractor.analyse_sentence

    def counting(text: str, *args: object, **kwargs: object) -> object:
        if "continues" not in kwargs:
            analysed.append(text)
        return analyse(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extractor, "analyse_sentence", counting)
    text = (
        f"{ESSAY_TITLE}\n\n物业公司应当公开维修账目。同时，加强设施巡查，完善收费制度。"
        "还应当定期听取业主意见。\n"
    )
    assert ("物业公司", "定期听取业主意见", "must") in _rows(text, lexicon)
    assert len(analysed) == len(set(analysed))


@pytest.mark.parametrize("opening", ["以业主需求为导向", "提高服务水平"])
def test_a_frame_or_a_bare_verb_opening_a_sentence_is_no_purpose(
    opening: str, lexicon: Lexicon
) -> None:
    """甲应…。同时，加强…。以乙为导向，应…: 以…为… frames the act and a bare verb (提高…)
    is an act of the sentence's own; neither is a clause of purpose (为保证…), so the
    subjectless duty goes on with the topic across the predicate between."""
    text = (
        f"{ESSAY_TITLE}\n\n物业公司应当公开维修账目。同时，加强设施巡查，完善收费制度。"
        f"{opening}，应当改进服务方式。\n"
    )
    assert ("物业公司", "改进服务方式", "must") in _rows(text, lexicon)
