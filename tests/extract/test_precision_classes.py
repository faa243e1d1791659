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
        f"{ESSAY_TITLE}\n\n改革对政府职能提出了要求，如哪一级政府应该负责，"
        "政府的哪些部门应该负责，这些都需要全面考量。\n首先，要明确政府的管理职能。\n"
    )
    assert _rows(text, lexicon) == set()


def test_a_question_heading_names_no_party(lexicon: Lexicon) -> None:
    """2.1如何建设好某类机构: a heading asking how to act names no party for the
    subjectless duties under it, though it ends in a party's head."""
    text = (
        f"{ESSAY_TITLE}\n1 引言\n某类机构发展很快。\n2 对策\n2.1如何建设好新型研究机构\n"
        "为此必须找准研究目标，培养研究骨干。\n"
    )
    assert not any(holder.startswith("如何") for holder, _, _ in _rows(text, lexicon))


def test_a_name_with_a_question_word_is_no_group(finder: PartyFinder, tokens_of) -> None:  # type: ignore[no-untyped-def]
    for phrase in ("如何建设好新型研究机构", "哪些部门"):
        assert finder.group_at(phrase, 0, len(phrase), tokens_of(phrase)) == []
    assert finder.group_at("甲公司的销售部门", 0, 8, tokens_of("甲公司的销售部门"))
