"""PDF layout: paragraphs, running headers, page numbers, footnotes, columns, pages.

The fixtures in tests/data/pdf/ are typeset by tests/data/make_pdfs.py (see
tests/data/README.md): the development texts, and an invented paper in one and in
two columns, with two-line running headers, "— N —" page numbers, footnotes and
superscript citation markers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zhkg.extract.document import read_document
from zhkg.extract.model import Document, NoticeKind
from zhkg.extract.pdf import _join_lines
from zhkg.pipeline import evaluate

PDF_DIR = Path(__file__).resolve().parents[1] / "data" / "pdf"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PAPERS = ("paper_one_column.pdf", "paper_two_column.pdf")
HEADER_LINES = ("城市治理评论", "— 1 —", "— 2 —")


@pytest.fixture(scope="module", params=PAPERS)
def paper(request: pytest.FixtureRequest) -> Document:
    return read_document(PDF_DIR / request.param)


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["平台应当建立", "审核制度。"], "平台应当建立审核制度。"),
        (["platform operators must be held account-", "able for it"], "platform operators must "
         "be held accountable for it"),
        (["Journal of", "Retailing Studies"], "Journal of Retailing Studies"),
        (["见第3", "页"], "见第3页"),
        (["数据来自", "Smith"], "数据来自Smith"),
    ],
)  # fmt: skip
def test_lines_of_a_paragraph_join(lines: list[str], joined: str) -> None:
    assert _join_lines(lines) == joined


def test_paper_parts_are_sections(paper: Document) -> None:
    kinds = [(s.kind, s.label) for s in paper.sections]
    assert kinds == [
        ("title", "社区团购中的平台与团长责任研究"),
        ("authors", "周明远 林晓雯"),
        ("affiliation", "（江城大学法学院，江城 430072）"),
        ("abstract", "摘要"),
        ("keywords", "关键词"),
        ("part", "一、引言"),
        ("part", "二、团长的法律地位"),
        ("part", "三、平台的审核与管理责任"),
        ("part", "四、结论"),
        ("references", "参考文献"),
        ("footnotes", "脚注"),
    ]
    assert paper.title == "社区团购中的平台与团长责任研究"


def test_no_header_footer_or_page_number_survives(paper: Document) -> None:
    for sentence in paper.sentences:
        assert not any(line in sentence.text for line in HEADER_LINES), sentence.text
        assert not re.fullmatch(r"[\s—\-\d]+", sentence.text)
    # the title appears once, as the paper's first line, not once per page
    assert sum(s.text == paper.title for s in paper.sentences) == 1
    removed = [n for n in paper.notices if n.kind is NoticeKind.LAYOUT]
    assert {n.text for n in removed} == {
        "城市治理评论 2023年第4期",
        "社区团购中的平台与团长责任研究",
        "page numbers (—N—)",
    }
    assert all("pages 1-2" in n.message for n in removed)


def test_lines_become_paragraphs_and_columns_are_read_in_order(paper: Document) -> None:
    texts = [s.text for s in paper.sentences]
    # wrapped at the column edge, across the column break and around a raised marker
    assert "团长应当如实说明商品的产地和保质期，不得虚构商品来源或者夸大商品功效。" in texts
    assert "团长发现商品存在质量问题的，应当及时告知平台并协助消费者退货。" in texts
    order = [texts.index(t) for t in texts if t.startswith(("一、", "二、", "三、", "四、"))]
    assert order == sorted(order) and len(order) == 4


def test_every_sentence_has_its_page(paper: Document) -> None:
    assert all(s.page in (1, 2) for s in paper.sentences)
    by_text = {s.text: s.page for s in paper.sentences}
    assert by_text["近年来，社区团购在城市居民的日常消费中快速普及。"] == 1
    assert by_text["参考文献"] == 2
    # footnotes are collected at the end but keep the page they were printed on
    note = next(s for s in paper.sentences if s.text.startswith("① 参见"))
    assert note.page == 1 and paper.section_kind(note.section) == "footnotes"


def test_citation_markers_leave_the_text_and_become_links(paper: Document) -> None:
    for sentence in paper.sentences:
        if paper.section_kind(sentence.section) not in ("references", "footnotes"):
            assert not re.search(r"\[\d|[①②]", sentence.text), sentence.text
    cites = {s.text[:8]: s.citations for s in paper.sentences if s.citations}
    assert cites["近年来，社区团购"] == ("1",)
    assert cites["与传统电商不同，"] == ("2", "3")
    assert cites["团长发现商品存在"] == ("5", "6")
    assert cites["团长通常以个人身"] == ("①",)


def test_reference_entries_are_parsed(paper: Document) -> None:
    refs = {r.label: r for r in paper.references}
    assert sorted(refs, key=int) == [str(n) for n in range(1, 9)]
    first = refs["1"]
    assert (first.authors, first.title, first.kind, first.venue) == (
        ("王明", "李华"),
        "社区团购的兴起与城市消费结构变化",
        "J",
        "城市问题研究",
    )
    assert (first.year, first.volume, first.issue, first.pages, first.page) == (
        "2021",
        "38",
        "2",
        "45-56",
        2,
    )
    assert (refs["4"].kind, refs["4"].publisher, refs["4"].year) == ("M", "法律出版社", "2019")
    assert refs["6"].authors == ("Smith J", "Brown A")
    assert refs["6"].venue == "Journal of Retailing Studies"
    assert refs["8"].venue == "数字法治论坛论文集"


@pytest.mark.parametrize(
    ("name", "gold"),
    [
        ("ecommerce_law_2018", "dianzi_shangwu_fa_2018_gold.tsv"),
        ("live_commerce_stakeholders", "000_2591329908875055_gold.tsv"),
    ],
)
def test_development_texts_score_as_pdf_as_they_do_as_text(
    name: str, gold: str, shared_dir: Path
) -> None:
    as_text = evaluate(EXAMPLES / f"{name}.txt", shared_dir / "dev" / gold)
    as_pdf = evaluate(PDF_DIR / f"{name}.pdf", shared_dir / "dev" / gold)
    assert as_pdf.f1 >= as_text.f1 - 0.02, (as_text.f1, as_pdf.f1)


def test_development_text_pdf_keeps_its_title_line_but_not_its_header() -> None:
    document = read_document(PDF_DIR / "ecommerce_law_2018.pdf")
    texts = [s.text for s in document.sentences]
    assert texts[0] == "中华人民共和国电子商务法"
    assert "法律法规汇编" not in " ".join(texts)
    assert document.sentences[-1].page == max(page for _, page in document.pages) > 5


def test_password_protected_pdf_is_a_clear_error(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    from zhkg.errors import InputError

    writer = PdfWriter(clone_from=PdfReader(PDF_DIR / "tiny_regulation.pdf"))
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(InputError, match="password-protected"):
        read_document(path)


def test_one_page_pdf_loses_its_running_header() -> None:
    """No repetition to go by: the header is the outermost line, repeating the title."""
    document = read_document(PDF_DIR / "tiny_regulation.pdf")
    texts = [s.text for s in document.sentences]
    assert texts[:2] == [
        "社区托育服务管理规定",
        "为了规范社区托育服务，保障婴幼儿健康，制定本规定。",
    ]
    assert {n.text for n in document.notices if n.kind is NoticeKind.LAYOUT} == {
        "社区托育服务管理规定",
        "page numbers (—N—)",
    }


def test_raised_small_numbers_are_citation_markers() -> None:
    from zhkg.extract.pdf import _Line, _Word

    line = _Line(
        [
            _Word("平台应当公示规则", 50, 134, 100, 110.5, 10.5),
            _Word("2,3", 134, 142, 97, 103.3, 6.3),
            _Word("。", 142, 152.5, 100, 110.5, 10.5),
        ],
        size=10.5,
    )
    assert line.text == "平台应当公示规则[2,3]。"
    inline = _Line([_Word("见第", 50, 71, 100, 110.5, 10.5), _Word("3", 71, 77, 100, 110.5, 10.5)])
    inline.size = 10.5
    assert inline.text == "见第3"
