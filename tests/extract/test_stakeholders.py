"""Party recognition and canonicalisation: known names, head nouns, coordination."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from zhkg.extract.stakeholders import PartyFinder, SubjectKind

Tokens = Callable[[str], list[tuple[int, int]]]

NAMES = [
    # surface, canonical label, class
    ("直播平台", "平台", "Platform"),
    ("平台内经营者", "平台内经营者", "PlatformMerchant"),
    ("电子商务平台经营者", "电子商务平台经营者", "PlatformOperator"),
    ("平台经营者", "电子商务平台经营者", "PlatformOperator"),
    ("该平台内经营者", "平台内经营者", "PlatformMerchant"),
    ("县级以上地方人民政府", "县级以上地方人民政府", "Government"),
    ("医疗器械生产企业", "医疗器械生产企业", "Stakeholder"),
    ("跨境电子商务经营者", "跨境电子商务经营者", "EcommerceOperator"),
    ("市场监督管理部门", "监管部门", "Regulator"),
]


@pytest.mark.parametrize(("surface", "label", "cls"), NAMES)
def test_canonical_names(finder: PartyFinder, surface: str, label: str, cls: str) -> None:
    party = finder.name(surface)
    assert (party.text, party.label, party.cls) == (surface, label, cls)


SUBJECTS = [
    ("学校应当", SubjectKind.PARTY, ["学校"]),
    ("国务院卫生健康主管部门应当", SubjectKind.PARTY, ["国务院卫生健康主管部门"]),
    ("主播、商家和平台应当", SubjectKind.PARTY, ["主播", "商家", "平台"]),
    ("各级人民政府及其有关部门应当", SubjectKind.PARTY, ["各级人民政府", "有关部门"]),
    ("市场监督管理、网信部门应当", SubjectKind.PARTY, ["市场监督管理部门", "网信部门"]),
    ("省、自治区、直辖市人民政府应当", SubjectKind.PARTY, ["省、自治区、直辖市人民政府"]),
    ("依照本办法不需要备案的托育机构在开业前", SubjectKind.PARTY, ["托育机构"]),
    ("同时，学校应当", SubjectKind.PARTY, ["学校"]),
    ("我们应当", SubjectKind.PRONOUN, []),
    ("其应当", SubjectKind.PRONOUN, []),
    ("双方应当", SubjectKind.COLLECTIVE, []),
    ("修改内容应当", SubjectKind.OTHER, []),
    ("履行消费者权益保护义务", SubjectKind.OTHER, []),
]


@pytest.mark.parametrize(("text", "kind", "parties"), SUBJECTS)
def test_subjects(
    finder: PartyFinder, tokens_of: Tokens, text: str, kind: SubjectKind, parties: list[str]
) -> None:
    end = text.find("应当") if "应当" in text else len(text)
    parse = finder.subject(text, 0, end, tokens_of(text))
    assert (parse.kind, [p.text for p in parse.parties]) == (kind, parties)


def test_mentions_keep_surface_and_span(finder: PartyFinder, tokens_of: Tokens) -> None:
    text = "电子商务平台经营者应当向市场监督管理部门报送平台内经营者的身份信息。"
    found = [
        (p.text, p.label, text[p.start : p.end]) for p in finder.mentions(text, tokens_of(text))
    ]
    assert found == [
        ("电子商务平台经营者", "电子商务平台经营者", "电子商务平台经营者"),
        ("市场监督管理部门", "监管部门", "市场监督管理部门"),
        ("平台内经营者", "平台内经营者", "平台内经营者"),
    ]


def test_pronouns_are_not_mentions(finder: PartyFinder, tokens_of: Tokens) -> None:
    text = "我们认为他们应当承担责任。"
    assert finder.mentions(text, tokens_of(text)) == []
