"""Paper parts, citation markers and reference entries, on texts written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal, Namespace
from rdflib.namespace import DCTERMS, RDF

from zhkg.cli import main
from zhkg.extract.document import document_from_text, document_to_dict, read_document
from zhkg.extract.extractor import extract
from zhkg.extract.model import Document, Extraction
from zhkg.extract.paper import find_citation_markers, parse_reference
from zhkg.ontology.builder import build_graph
from zhkg.ontology.lexicon import load_lexicon
from zhkg.ontology.namespace import ZHKG

BIBO = Namespace("http://purl.org/ontology/bibo/")
PDF_DIR = Path(__file__).resolve().parents[1] / "data" / "pdf"

PAPER_TEXT = """数字社区治理中的物业责任
李青 王海
（江城大学 公共管理学院，江城 430070）
摘要：物业服务企业应当公开收费标准[1]。本文讨论业主委员会的监督作用。
关键词：物业服务；业主委员会；社区治理
一、问题的提出
物业服务企业应当建立维修资金使用台账[2-3]，不得挪用公共收益①。
业主委员会应当定期公布监督结果[4]。
参考文献
[1] 张伟. 物业企业应当如何公开收费[J]. 城市管理，2019，12(3)：10-18.
[2] 陈丽. 社区治理导论[M]. 北京：人民出版社，2020.
[3] 赵强. 业主委员会不得干预日常经营吗[D]. 江城：江城大学，2021.
[4] Li Q, Wang H. Property management and residents[J]. Urban Studies Review, 2022, 8(1): 5-20.
脚注
① 公共收益指利用共有部分经营所得的收入。
"""


def extract_document(document: Document) -> Extraction:
    return extract(document, load_lexicon())


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return extract_document(document_from_text(PAPER_TEXT))


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("平台应当公示规则[3]。", [("3",)]),
        ("见已有研究[1-3]与[5, 7]。", [("1", "2", "3"), ("5", "7")]),
        ("相关讨论[2][4]。", [("2", "4")]),
        ("[1] 张伟. 题名[J]. 刊名，2019.", []),  # a reference entry's own label
        ("分三步：①登记；②审核。", []),  # an enumeration, no note under it
        ("协议中写明①。\n① 参见某规定。", [("①",)]),
    ],
)
def test_citation_markers(text: str, labels: list[tuple[str, ...]]) -> None:
    assert [m.labels for m in find_citation_markers(text)] == labels


@pytest.mark.parametrize(
    ("entry", "fields"),
    [
        (
            "刘洋，陈晨. 平台责任的边界[J]. 法学研究，2020，42(5)：33-51.",
            {"authors": ("刘洋", "陈晨"), "title": "平台责任的边界", "kind": "J",
             "venue": "法学研究", "year": "2020", "volume": "42", "issue": "5", "pages": "33-51"},
        ),
        (
            "王强. 网络法原理[M]. 2版. 北京：法律出版社，2018：20-35.",
            {"authors": ("王强",), "title": "网络法原理", "kind": "M", "year": "2018",
             "publisher": "法律出版社"},
        ),
        (
            "Smith J, Doe A, et al. Platform liability[J]. Law Review, 2019, 7(2): 1-9.",
            {"authors": ("Smith J", "Doe A"), "title": "Platform liability",
             "venue": "Law Review", "year": "2019"},
        ),
        (
            "国家互联网信息办公室. 网络信息内容生态治理规定[EB/OL]. (2019-12-20)[2023-01-05].",
            {"title": "网络信息内容生态治理规定", "kind": "EB/OL", "year": "2019"},
        ),
        ("张三：《平台治理论》，载《法学》2021年第2期。", {"title": "平台治理论", "year": "2021"}),
    ],
)  # fmt: skip
def test_reference_entries_parse(entry: str, fields: dict[str, object]) -> None:
    reference = parse_reference("1", entry)
    assert {name: getattr(reference, name) for name in fields} == fields


def test_paper_text_parts(extraction: Extraction) -> None:
    document = extraction.document
    assert [s.kind for s in document.sections] == [
        "title", "authors", "affiliation", "abstract", "keywords", "part", "references",
        "footnotes",
    ]  # fmt: skip
    assert [r.label for r in document.references] == ["1", "2", "3", "4"]


def test_no_fact_comes_from_a_reference_entry(extraction: Extraction) -> None:
    document = extraction.document
    kinds = {document.section_kind(document.sentences[r.sentence].section)
             for r in extraction.responsibilities}  # fmt: skip
    assert kinds <= {"abstract", "body", "footnotes"}
    assert "abstract" in kinds  # abstract sentences are mined, and say so
    parties = {m.text for m in extraction.mentions}
    for mention in extraction.mentions:
        sentence = document.sentences[mention.sentence]
        assert document.section_kind(sentence.section) != "references", mention
    assert "物业服务企业" in parties
    for relation in extraction.relations:
        sentence = document.sentences[relation.sentence]
        assert document.section_kind(sentence.section) != "references"


def test_no_duty_text_carries_a_citation_marker(extraction: Extraction) -> None:
    duties = {r.duty for r in extraction.responsibilities}
    assert "建立维修资金使用台账" in duties and "挪用公共收益" in duties
    assert not [d for d in duties if any(mark in d for mark in "[]①")]


def test_references_and_pages_in_rdf_and_json(tmp_path: Path) -> None:
    document = read_document(PDF_DIR / "paper_one_column.pdf")
    graph = build_graph([extract_document(document)])
    refs = list(graph.objects(None, DCTERMS.references))
    assert len(refs) == 8
    kinds = {graph.value(ref, RDF.type) for ref in refs}
    assert {BIBO.AcademicArticle, BIBO.Book, BIBO.Thesis, BIBO.BookSection} <= kinds
    titles = {graph.value(ref, DCTERMS.title) for ref in refs}
    assert Literal("电子商务法原理") in titles
    pages = {int(page) for page in graph.objects(None, ZHKG.page)}
    assert pages == {1, 2}
    cited = {graph.value(ref, ZHKG.referenceLabel) for ref in graph.objects(None, ZHKG.cites)}
    assert {Literal("1"), Literal("7")} <= cited
    as_json = document_to_dict(document)
    assert as_json["references"][0]["authors"] == ["王明", "李华"]
    assert as_json["references"][0]["type"] == "J"


def test_extract_jsonl_gives_every_fact_its_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(PDF_DIR / "paper_two_column.pdf"), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    facts = [r for r in records if r["type"] in ("responsibility", "relation")]
    assert facts and all(isinstance(r["page"], int) for r in records)
    assert {r["section_kind"] for r in facts} <= {"abstract", "body", "footnotes"}
    verify = next(r for r in facts if r["responsibility"] == "核验团长的身份信息和经营场所")
    assert verify["page"] == 1 and verify["citations"] == ["7"]


def test_segment_shows_the_paper_parts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segment", str(PDF_DIR / "paper_two_column.pdf")]) == 0
    out = capsys.readouterr().out
    for line in ("摘要  [2]  (abstract)", "关键词  [4]  (keywords)", "一、引言  [4]",
                 "参考文献", "(references)", "脚注  [3]  (footnotes)",
                 "references (8 entries parsed):", "removed (3):"):  # fmt: skip
        assert line in out, line


def test_docx_sentences_carry_their_paragraph(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("社区养老服务规定")
    document.add_paragraph("")
    document.add_paragraph("养老机构应当建立服务档案。养老机构不得泄露老人信息。")
    document.add_paragraph("街道办事处应当定期检查。")
    path = tmp_path / "rules.docx"
    document.save(str(path))
    read = read_document(path)
    assert [(s.text, s.paragraph) for s in read.sentences] == [
        ("社区养老服务规定", 1),
        ("养老机构应当建立服务档案。", 3),
        ("养老机构不得泄露老人信息。", 3),
        ("街道办事处应当定期检查。", 4),
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Abstract: Platforms must verify sellers.\nKey words: platform; liability\n",
         ["abstract", "keywords"]),
        ("摘 要：本文讨论平台责任。\n关键字：平台\n", ["abstract", "keywords"]),
        ("正文。\nReferences\n[1] Smith J. Title[J]. Journal, 2020.\n", ["references"]),
        ("正文。\n致谢\n感谢评审专家。\n附录A 调查问卷\n", ["acknowledgements", "appendix"]),
        ("摘要部分的写法有三种。\n参考文献的格式见附录。\n", []),  # words in running text
    ],
)  # fmt: skip
def test_named_paper_parts(text: str, kinds: list[str]) -> None:
    from zhkg.extract.paper import paper_headings

    assert [h.kind for h in paper_headings(text, 4)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("标题\n摘要本文讨论平台责任。\n关键词 平台 责任\n# 1引言\n正文。\n"
         "# 参考文献：\n[1] 张伟. 题名[J]. 刊名，2019.\n",
         ["title", "abstract", "keywords", "heading", "references"]),
        ("一、引言\n正文。\n二、参考文献\n[1] 张伟. 题名[J]. 刊名，2019.\n",
         ["part", "references"]),
    ],
)  # fmt: skip
def test_parts_named_in_markdown_or_numbered_headings(text: str, kinds: list[str]) -> None:
    document = document_from_text(text)
    assert [s.kind for s in document.sections] == kinds
    assert [r.title for r in document.references] == ["题名"]


@pytest.mark.parametrize(
    ("text", "keyword_lines"),
    [
        # the introduction runs on from the keywords without a heading
        ("社区食堂的治理研究\n\n摘要：本文讨论社区食堂的责任分配。\n\n"
         "关键词：社区食堂；责任；治理\n\n分类号：D63\n\n"
         "社区食堂近年来发展迅速，服务了大量老年居民，也带来了食品安全方面的新问题。"
         "街道办事处应当定期检查社区食堂的卫生状况。\n\n"
         "参考文献\n\n[1]王明.社区治理[J].城市研究,2020.\n",
         ["分类号：D63"]),
        # an excerpt cuts from the keywords to a subsection numbered below the top-level
        # headings that come later: it opens the body, it is no keyword line
        ("社区食堂的治理研究\n摘要：本文讨论社区食堂的责任分配。\n"
         "关键词：社区食堂；责任；治理\n2.3.1食堂卫生的检查\n"
         "街道办事处应当定期检查社区食堂的卫生状况。\n3结论\n社区食堂的治理需要多方参与。\n"
         "参考文献\n[1]王明.社区治理[J].城市研究,2020.\n",
         []),
    ],
)  # fmt: skip
def test_the_body_after_the_keywords_is_read(text: str, keyword_lines: list[str]) -> None:
    document = document_from_text(text)
    kinds = {s.text: document.section_kind(s.section) for s in document.sentences}
    assert all(kinds[line] == "keywords" for line in keyword_lines)
    assert kinds["街道办事处应当定期检查社区食堂的卫生状况。"] == "body"
    rows = [(r.holder.text, r.duty) for r in extract(document, load_lexicon()).responsibilities]
    assert ("街道办事处", "定期检查社区食堂的卫生状况") in rows


def test_an_abstract_run_into_the_affiliation_line_is_read() -> None:
    text = (
        "校园快递站的管理对策\n"
        "陈立 赵敏\n"
        "江城师范学院后勤管理处，江城 430080摘要：本文讨论校园快递站的管理。"
        "认为驿站经营者应当核验取件人身份。\n"
        "关键词：快递站；校园；管理\n"
        "一、引言\n"
        "校园快递量逐年增长。\n"
    )
    document = document_from_text(text)
    kinds = {s.text: document.section_kind(s.section) for s in document.sentences}
    assert kinds["认为驿站经营者应当核验取件人身份。"] == "abstract"
    rows = [(r.holder.text, r.duty) for r in extract(document, load_lexicon()).responsibilities]
    assert ("驿站经营者", "核验取件人身份") in rows
