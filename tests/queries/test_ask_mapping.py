"""Chinese questions -> named queries, through the ontology's labels."""

from __future__ import annotations

import pytest

from zhkg.errors import QueryError
from zhkg.extract.lexicon import Lexicon
from zhkg.ontology.lexicon import load_lexicon
from zhkg.queries.ask import EXAMPLES, FORMS, interpret

GRAPH_NAMES = ("主播", "商家", "平台", "消费者", "电子商务平台经营者", "相关行业组织")
#: Names with their class ids, as answer_question passes them: a class covers its subclasses.
GRAPH_KINDS = {
    "主播": "Streamer",
    "商家": "Merchant",
    "平台内经营者": "PlatformMerchant",
    "平台": "Platform",
    "直播营销平台": "Platform",
    "电子商务平台经营者": "PlatformOperator",
    "消费者": "Consumer",
    "监管部门": "Regulator",
    "国务院": "Government",
    "相关行业组织": "IndustryOrganisation",
}
MUST_OR_SHOULD = ["must", "should"]
DUTIES = ["must", "should", "must_not"]


def _duties(names: list[str], modalities: list[str], surface: str = "") -> dict[str, object]:
    return {"stakeholders": names, "modalities": modalities, "surface": surface}


CASES = [
    ("谁负责售后？", "who_is_responsible", {"topic": "售后"}),
    ("谁负责售后服务?", "who_is_responsible", {"topic": "售后服务"}),
    ("谁应当处理退换货问题", "who_is_responsible", {"topic": "退换货"}),
    ("退换货由谁负责？", "who_is_responsible", {"topic": "退换货"}),
    ("个人信息保护由哪些主体负责", "who_is_responsible", {"topic": "信息保护"}),
    ("谁对产品质量负责", "who_is_responsible", {"topic": "产品质量"}),
    ("合规是谁的责任", "who_is_responsible", {"topic": "合规"}),
    ("哪些主体负责直播内容审核", "who_is_responsible", {"topic": "内容审核"}),
    ("誰負責售後？", "who_is_responsible", {"topic": "售后"}),
    ("谁负责直播间装修", "who_is_responsible", {"topic": "直播间装修"}),
    ("主播应当做什么？", "duties_of", _duties(["主播"], MUST_OR_SHOULD)),
    ("主播必须做哪些事", "duties_of", _duties(["主播"], MUST_OR_SHOULD)),
    # people ask 应该 where the texts say 应当: the same obligations
    ("消费者应该做什么", "duties_of", _duties(["消费者"], MUST_OR_SHOULD)),
    ("消费者需要做什么", "duties_of", _duties(["消费者"], MUST_OR_SHOULD)),
    ("消费者可以做什么？", "duties_of", _duties(["消费者"], ["may"])),
    ("消费者有哪些权利？", "duties_of", _duties(["消费者"], ["may"])),
    ("商家不得做什么？", "duties_of", _duties(["商家"], ["must_not"])),
    ("平台禁止做什么", "duties_of", _duties(["平台"], ["must_not"])),
    ("平台有哪些责任？", "duties_of", _duties(["平台"], DUTIES)),
    ("监管部门负责什么？", "duties_of", _duties(["监管部门"], DUTIES)),
    ("平台的职责是什么？", "duties_of", _duties(["平台"], DUTIES)),
    ("卖家的义务", "duties_of", _duties(["商家"], DUTIES)),
    ("网络主播承担哪些责任", "duties_of", _duties(["主播"], DUTIES)),
    ("相关行业组织应当做什么", "duties_of", _duties(["相关行业组织"], MUST_OR_SHOULD)),
    ("哪些主体共同负责合规？", "shared_duties", {"topic": "合规", "min_holders": 2}),
    ("谁共同负责售后", "shared_duties", {"topic": "售后", "min_holders": 2}),
    (
        "主播和商家是什么关系？",
        "relations_between",
        {"stakeholders": ["主播"], "others": ["商家"]},
    ),
    (
        "平台与消费者之间有什么关系",
        "relations_between",
        {"stakeholders": ["平台"], "others": ["消费者"]},
    ),
    ("平台与哪些主体有关系？", "relations_of", {"stakeholders": ["平台"]}),
    ("商家的关系", "relations_of", {"stakeholders": ["商家"]}),
    (
        "谁监管平台？",
        "related_parties",
        {"relation": "SUPERVISES", "stakeholders": ["平台"], "role": "object"},
    ),
    (
        "平台由谁监督",
        "related_parties",
        {"relation": "SUPERVISES", "stakeholders": ["平台"], "role": "object"},
    ),
    (
        "主播向谁报告？",
        "related_parties",
        {"relation": "REPORTS_TO", "stakeholders": ["主播"], "role": "subject"},
    ),
    (
        "谁对消费者承担赔偿责任？",
        "related_parties",
        {"relation": "COMPENSATES", "stakeholders": ["消费者"], "role": "object"},
    ),
    (
        "商家应当对谁承担赔偿责任",
        "related_parties",
        {"relation": "COMPENSATES", "stakeholders": ["商家"], "role": "subject"},
    ),
    (
        "平台和主播谁负责审核直播内容？",
        "who_among",
        {"stakeholders": ["主播", "平台"], "topic": "直播内容"},
    ),
    (
        "哪份文件规定了平台的信息保护责任？",
        "documents_about",
        {"stakeholders": ["平台"], "topic": "信息保护"},
    ),
]

#: With the class of each name known, a class covers its subclasses; a named party does not.
CLASS_CASES = [
    ("平台应当做什么？", ["平台", "电子商务平台经营者", "直播营销平台"]),
    ("直播营销平台应当做什么？", ["直播营销平台"]),
    ("商家应当做什么？", ["商家", "平台内经营者"]),
    ("监管部门负责什么？", ["国务院", "监管部门"]),
    ("国务院负责什么？", ["国务院"]),
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.mark.parametrize(("question", "query", "params"), CASES)
def test_question_maps_to_named_query(
    lexicon: Lexicon, question: str, query: str, params: dict[str, object]
) -> None:
    reading = interpret(question, lexicon, GRAPH_NAMES)
    assert (reading.query, reading.params) == (query, params)


@pytest.mark.parametrize("question", EXAMPLES)
def test_every_advertised_example_is_understood(lexicon: Lexicon, question: str) -> None:
    interpret(question, lexicon, GRAPH_NAMES)


@pytest.mark.parametrize(("question", "names"), CLASS_CASES)
def test_a_class_covers_its_subclasses_a_named_party_itself(
    lexicon: Lexicon, question: str, names: list[str]
) -> None:
    reading = interpret(question, lexicon, GRAPH_KINDS)
    assert reading.params["stakeholders"] == names


def test_a_body_the_lexicon_files_under_a_class_answers_for_itself(lexicon: Lexicon) -> None:
    """网信部门 is a synonym of the regulator class; where the texts name it, only those."""
    reading = interpret("网信部门的职责是什么？", lexicon, GRAPH_KINDS, surfaces={"网信部门"})
    assert reading.params == _duties(["监管部门"], DUTIES, surface="网信部门")
    broad = interpret("网信部门的职责是什么？", lexicon, GRAPH_KINDS)
    assert broad.params["surface"] == ""


@pytest.mark.parametrize(
    ("question", "closest"),
    [("主播", ""), ("今天天气怎么样", ""), ("主播的什么", "")],
)
def test_unmatched_question_gets_the_forms_and_the_closest(
    lexicon: Lexicon, question: str, closest: str
) -> None:
    with pytest.raises(QueryError, match="cannot map the question") as info:
        interpret(question, lexicon, GRAPH_NAMES)
    message = str(info.value)
    assert "the closest form is " + closest in message
    for form in FORMS:
        assert form.shape in message and form.example in message


def test_every_form_of_the_issue_is_registered() -> None:
    shapes = " ".join(form.shape for form in FORMS)
    for shape in (
        "谁负责X",
        "X由谁负责",
        "谁应当X",
        "Y应当(应该/需要/必须)做什么",
        "Y不得做什么",
        "Y可以做什么",
        "Y有哪些权利",
        "Y负责什么",
        "Y的职责是什么",
        "哪些主体共同负责X",
        "Y和Z是什么关系",
        "谁监管Y",
        "Y向谁报告",
        "哪份文件规定了Y的X责任",
    ):
        assert shape in shapes


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "the question is empty"),
        ("  ？？ ", "the question is empty"),
        ("SELECT * FROM x", "has no Chinese in it"),
        ("who is responsible for after-sales?", "has no Chinese in it"),
    ],
)
def test_empty_or_non_chinese_question_says_so(
    lexicon: Lexicon, question: str, message: str
) -> None:
    with pytest.raises(QueryError, match=message) as info:
        interpret(question, lexicon, GRAPH_NAMES)
    assert "谁负责售后？" in str(info.value)
