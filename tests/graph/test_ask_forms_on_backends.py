"""Every question form is answered on the two sample texts, with evidence, on both backends."""

from __future__ import annotations

import pytest

from zhkg.errors import QueryError
from zhkg.graph.rows import DocumentRows
from zhkg.graph.store import GraphStore
from zhkg.ontology.lexicon import load_lexicon
from zhkg.queries.ask import FORMS, answer_question

# (question, form, a stakeholder or duty word the answer must hold)
QUESTIONS = [
    ("谁负责售后？", "who", "商家"),
    ("退换货由谁负责？", "who", "商家"),
    ("谁应当保护个人信息？", "who", "电子商务平台经营者"),
    ("平台应当做什么？", "obliged", "电子商务平台经营者"),  # the class covers its subclass
    ("主播需要做什么？", "obliged", "售后服务"),
    ("电子商务经营者不得做什么？", "must_not", "电子商务经营者"),
    ("平台可以做什么？", "may", "合理规划库存量"),
    ("电子商务平台经营者有哪些权利？", "may", "电子商务平台经营者"),
    ("监管部门负责什么？", "responsible", "国务院有关部门"),  # 监管部门 covers its bodies
    ("平台的职责是什么？", "responsible", "平台"),
    ("哪些主体共同负责监督管理？", "shared", "电子商务平台经营者"),
    ("平台和主播谁负责审核直播内容？", "who_among", "平台"),
    ("品牌方和主播是什么关系？", "relation", "COLLABORATES_WITH"),
    ("平台与哪些主体有关系？", "relations", "SERVES"),
    ("谁监督平台内经营者？", "related_by", "电子商务平台经营者"),
    ("电子商务平台经营者向谁报告？", "related_by", "有关主管部门"),  # a REPORTS_TO edge
    ("哪份文件规定了平台的信息保护责任？", "documents", "中华人民共和国电子商务法"),
]


@pytest.fixture
def loaded(store: GraphStore, pipeline_groups: list[DocumentRows]) -> GraphStore:
    store.load(pipeline_groups)
    return store


def test_the_cases_cover_every_form() -> None:
    assert {form for _, form, _ in QUESTIONS} == {form.name for form in FORMS}


@pytest.mark.parametrize(("question", "form", "word"), QUESTIONS)
def test_question_is_answered_with_evidence(
    loaded: GraphStore, question: str, form: str, word: str
) -> None:
    answer = answer_question(loaded, question, load_lexicon())
    assert answer.interpretation.form == form
    assert answer.rows, answer.note
    assert all(str(row["evidence"]).strip() for row in answer.rows)
    assert any(word in map(str, row.values()) for row in answer.rows)


def test_a_named_subclass_answers_for_itself(loaded: GraphStore) -> None:
    broad = answer_question(loaded, "平台应当做什么？", load_lexicon())
    narrow = answer_question(loaded, "电子商务平台经营者应当做什么？", load_lexicon())
    assert {row["stakeholder"] for row in narrow.rows} == {"电子商务平台经营者"}
    # the broad class answers for itself and for its subclass
    assert {row["stakeholder"] for row in broad.rows} >= {"平台", "电子商务平台经营者"}


def test_an_empty_answer_says_why(loaded: GraphStore) -> None:
    answer = answer_question(loaded, "行业协会应该做什么？", load_lexicon())
    assert answer.rows == []
    assert "is in the graph, but no statement answers" in answer.note


def test_an_unknown_stakeholder_gets_the_nearest_names(loaded: GraphStore) -> None:
    with pytest.raises(QueryError, match="no stakeholder '物流骑手'") as info:
        answer_question(loaded, "物流骑手应当做什么？", load_lexicon())
    assert "the nearest:" in str(info.value)


def test_an_unknown_question_gets_the_forms(loaded: GraphStore) -> None:
    with pytest.raises(QueryError, match="the closest form is") as info:
        answer_question(loaded, "直播电商的未来怎么样", load_lexicon())
    assert all(form.example in str(info.value) for form in FORMS)
