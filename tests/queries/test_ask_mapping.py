"""Chinese questions -> named queries, through the ontology's labels."""

from __future__ import annotations

import pytest

from zhkg.errors import QueryError
from zhkg.extract.lexicon import Lexicon
from zhkg.ontology.lexicon import load_lexicon
from zhkg.queries.ask import EXAMPLES, interpret

GRAPH_NAMES = ("主播", "商家", "平台", "消费者", "电子商务平台经营者", "相关行业组织")


PLATFORMS = ("Platform", "PlatformOperator")
MERCHANTS = ("Merchant", "PlatformMerchant")


def _rel(party: str, relation: str, role: str, *kinds: str) -> dict[str, object]:
    return {
        "stakeholder": party,
        "other": "",
        "relation": relation,
        "role": role,
        "kinds": list(kinds),
    }


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
    ("主播应当做什么？", "stakeholder_duties", {"stakeholder": "主播", "modality": "must"}),
    ("主播必须做哪些事", "stakeholder_duties", {"stakeholder": "主播", "modality": "must"}),
    ("消费者需要做什么", "stakeholder_duties", {"stakeholder": "消费者", "modality": "should"}),
    ("消费者可以做什么？", "stakeholder_duties", {"stakeholder": "消费者", "modality": "may"}),
    ("商家不得做什么？", "stakeholder_duties", {"stakeholder": "商家", "modality": "must_not"}),
    ("平台禁止做什么", "stakeholder_duties", {"stakeholder": "平台", "modality": "must_not"}),
    ("平台有哪些责任？", "stakeholder_duties", {"stakeholder": "平台", "modality": ""}),
    ("卖家的义务", "stakeholder_duties", {"stakeholder": "商家", "modality": ""}),
    ("网络主播承担哪些责任", "stakeholder_duties", {"stakeholder": "主播", "modality": ""}),
    (
        "相关行业组织应当做什么",
        "stakeholder_duties",
        {"stakeholder": "相关行业组织", "modality": "must"},
    ),
    ("哪些主体共同负责合规？", "shared_duties", {"topic": "合规", "min_holders": 2}),
    ("谁共同负责售后", "shared_duties", {"topic": "售后", "min_holders": 2}),
    ("主播和商家是什么关系？", "stakeholder_relations", {"stakeholder": "主播", "other": "商家"}),
    (
        "平台与消费者之间有什么关系",
        "stakeholder_relations",
        {"stakeholder": "平台", "other": "消费者"},
    ),
    ("平台与哪些主体有关系？", "stakeholder_relations", {"stakeholder": "平台", "other": ""}),
    ("商家的关系", "stakeholder_relations", {"stakeholder": "商家", "other": ""}),
    # one relation type: the verb names it, where 谁 stands names the role of the party
    ("谁监管平台？", "stakeholder_relations", _rel("平台", "SUPERVISES", "object", *PLATFORMS)),
    ("平台由谁监管", "stakeholder_relations", _rel("平台", "SUPERVISES", "object", *PLATFORMS)),
    (
        "平台需要向谁报告？",
        "stakeholder_relations",
        _rel("平台", "REPORTS_TO", "subject", *PLATFORMS),
    ),
    (
        "谁对消费者承担赔偿责任？",
        "stakeholder_relations",
        _rel("消费者", "COMPENSATES", "object", "Consumer"),
    ),
    ("商家应当赔偿谁", "stakeholder_relations", _rel("商家", "COMPENSATES", "subject", *MERCHANTS)),
    (
        "谁向平台投诉",
        "stakeholder_relations",
        _rel("平台", "GIVES_FEEDBACK_TO", "object", *PLATFORMS),
    ),
    ("谁与主播合作？", "stakeholder_relations", _rel("主播", "COLLABORATES_WITH", "", "Streamer")),
    ("谁管售后？", "who_is_responsible", {"topic": "售后"}),  # 售后 is no party
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


@pytest.mark.parametrize("question", ["今天天气怎么样", "主播"])
def test_unmatched_question_lists_what_is_understood(lexicon: Lexicon, question: str) -> None:
    with pytest.raises(QueryError, match="cannot map the question") as info:
        interpret(question, lexicon, GRAPH_NAMES)
    assert "谁负责售后？" in str(info.value) and "主播和商家是什么关系？" in str(info.value)


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
