"""Sentences: splitting, sections, spans into the original file, script independence."""

from __future__ import annotations

import re

import pytest

from zhkg.extract import cleaning
from zhkg.extract.document import document_from_text, read_document
from zhkg.extract.model import Document
from zhkg.extract.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "平台应当公示。商家应当遵守！消费者呢？",
            ["平台应当公示。", "商家应当遵守！", "消费者呢？"],
        ),
        ("第一，公示规则；第二，保护数据。", ["第一，公示规则；", "第二，保护数据。"]),
        ("他说：“平台应当负责。”随后离开。", ["他说：“平台应当负责。”", "随后离开。"]),
        ("（平台应当负责。）商家也是。", ["（平台应当负责。）", "商家也是。"]),
        ("Platform rules!Next one?Yes;done", ["Platform rules!", "Next one?", "Yes;", "done"]),
        ("增长了1.5倍.下降了", ["增长了1.5倍.", "下降了"]),
        ("第一行没有句号\n第二行也没有\n\n", ["第一行没有句号", "第二行也没有"]),
        ("  ，前导的逗号被去掉。", ["前导的逗号被去掉。"]),
        ("。。。\n——\n", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_extra_breaks_start_sentences() -> None:
    text = "平台还应承担一定的（三）商家的责任商家应当负责。"
    spans = split_sentences(text, [text.index("（三）")])
    assert [text[a:b] for a, b in spans] == ["平台还应承担一定的", "（三）商家的责任商家应当负责。"]


@pytest.mark.parametrize("fixture", ["paper_document", "law_document"])
def test_original_spans_slice_the_sentence_as_written(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    document: Document = request.getfixturevalue(fixture)
    assert document.sentences
    for sentence in document.sentences:
        written = document.original[sentence.orig_start : sentence.orig_end]
        assert (sentence.orig_start, sentence.orig_end) == document.to_original(
            sentence.start, sentence.end
        )
        assert document.text[sentence.start : sentence.end] == sentence.text
        # What was written, once cleaned, is the sentence (mojibake inside dropped).
        assert cleaning.clean(written).view.text == sentence.text


def test_sentence_as_written_keeps_traditional_and_pinyin(paper_document: Document) -> None:
    (sentence,) = [s for s in paper_document.sentences if s.text.startswith("平台的主要责任是")]
    written = paper_document.original[sentence.orig_start : sentence.orig_end]
    assert written.startswith("平臺的主要責(zé)任是")
    assert re.search(r"\((?:zé|rèn)\)", written)


def test_mojibake_with_a_clause_boundary_starts_a_new_sentence(paper_document: Document) -> None:
    starts = [s.text for s in paper_document.sentences if s.text.startswith("消费者应当在做出")]
    assert starts == ["消费者应当在做出购买决策时,保持理性和审慎,避免冲动消费或盲目跟风。"]


def test_traditional_and_simplified_twins_give_the_same_sentences(data_dir: object) -> None:
    from pathlib import Path

    folder = Path(str(data_dir))
    traditional = read_document(folder / "ecommerce_law_ch1_traditional.txt")
    simplified = read_document(folder / "ecommerce_law_ch1_simplified.txt")
    assert traditional.original != simplified.original
    assert [s.text for s in traditional.sentences] == [s.text for s in simplified.sentences]
    assert [s.label for s in traditional.sections] == [s.label for s in simplified.sections]
    assert traditional.id != simplified.id


def test_every_sentence_has_its_innermost_section(law_document: Document) -> None:
    for sentence in law_document.sentences[2:]:  # title and adoption note precede 第一章
        section = law_document.sections[sentence.section]  # type: ignore[index]
        assert section.start <= sentence.start < max(section.body_end, section.end + 1)
        children = [s for s in law_document.sections if s.parent == section.index]
        assert not any(c.start <= sentence.start < c.body_end for c in children)


def test_document_id_is_deterministic() -> None:
    text = "一、总则\n平台应当公示规则。"
    assert document_from_text(text).id == document_from_text(text, source="other").id
    assert document_from_text(text).id != document_from_text(text + "\n补充。").id


def test_bare_article_numbers_are_not_part_of_the_sentence(law_document: Document) -> None:
    assert not any(
        re.match(r"第[一二三四五六七八九十百]+条", s.text) for s in law_document.sentences
    )
    first = next(s for s in law_document.sentences if s.text.startswith("为了保障电子商务"))
    article = law_document.sections[first.section]  # type: ignore[index]
    assert (article.number, article.kind) == ("第一条", "article")
    written = law_document.original[first.orig_start : first.orig_end]
    assert written.startswith("为了保障") and written.endswith("制定本法。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第五条 经营者应当守法。", ["经营者应当守法。"]),
        ("第六条\n（一）不得虚假宣传；\n（二）不得刷单。", ["不得虚假宣传；", "不得刷单。"]),
        ("一、总则\n1、加强监管是关键。", ["一、总则", "加强监管是关键。"]),
        ("成本高。2、平台的责任平台应当负责。", ["成本高。", "2、平台的责任平台应当负责。"]),
    ],
)
def test_titled_headings_stay_bare_numbers_go(text: str, expected: list[str]) -> None:
    assert [s.text for s in document_from_text(text).sentences] == expected


@pytest.mark.parametrize(
    "text",
    [
        "甲方应当浇水。乙方1.5小时内报告！",
        "见U.S.规则.下一句",
        "他说：“好。”然后走了；\n新行",
        "..。",
        "",
    ],
)
def test_sentence_spans_read_runs_of_plain_characters_at_once(text: str) -> None:
    """The sentence pattern reads a run of plain characters in one step; its sentences
    are those of reading them one character at a time."""
    from zhkg.extract.sentences import _SENTENCE_RE

    one_by_one = re.compile(
        r"(?:[^。！？；!?;.\n]|(?<=[\dA-Za-z])\.|\.(?=[\dA-Za-z]))*"
        r"(?:[。！？；!?;.]+[”’」』)）\]】》\"']*|\n|$)"
    )
    assert [m.span() for m in _SENTENCE_RE.finditer(text)] == [
        m.span() for m in one_by_one.finditer(text)
    ]
