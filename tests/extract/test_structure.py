"""Headings, TOC and section tree: run-in headings, numbering schemes, regulations."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

from zhkg.extract.document import document_from_text
from zhkg.extract.model import Document, NoticeKind
from zhkg.extract.structure import chinese_numeral, find_headings, find_toc


def outline(text: str) -> list[str]:
    return [f"{h.number}{h.title}" for h in find_headings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # run-in headings, chained without a line break (texts written for the tests)
        (
            "污染问题突出。（二）企业的社会责任1、企业的环境责任企业应当减少排放，保护环境。",
            ["（二）企业的社会责任", "1、企业的环境责任"],
        ),
        ("一、研究背景随着数字经济的发展，平台治理成为热点。", ["一、研究背景"]),
        ("二、治理机制在多元共治框架下，政府负责监管。", ["二、治理机制"]),
        (
            "成本较高。2、数据的安全性问题用户数据一旦泄露，后果严重。",
            ["2、数据的安全性问题"],
        ),
        ("（三）学校的育人作用学校应当落实立德树人。", ["（三）学校的育人作用"]),
        # headings on their own lines
        (
            "一、研究背景\n正文第一句。\n（一）问题的提出\n正文。",
            ["一、研究背景", "（一）问题的提出"],
        ),
        ("1. 数据来源\n本文数据来自年鉴。\n(1)统计口径\n见附表。", ["1.数据来源", "(1)统计口径"]),
        ("第一章 总则\n第一条 为了规范管理，制定本办法。", ["第一章总则", "第一条"]),
        ("第三节 监督检查\n第二十条 市场监管部门负责监督。", ["第三节监督检查", "第二十条"]),
        # a numbered paragraph without a title
        ("成本较高。1、加强监管是关键。", ["1、"]),
        ("（一）消费者的知情权；\n（二）消费者的选择权；", ["（一）", "（二）"]),
        # a numbered sentence whose subject ends in a name's head: no title cuts the name
        (
            "前言。\n十一、证券经纪公司可以通过本公司营业网点向客户提供咨询服务。",
            ["十一、"],
        ),
        ("前言。\n（二）养老护理机构委托第三方开展评估的，应当签订协议。", ["（二）"]),
        # a lead phrase closed by a full stop is the title (policy documents)
        (
            "一、总体要求\n（一）指导思想。以法治为引领，规范市场秩序。\n"
            "（二）基本原则。坚持依法监管。",
            ["一、总体要求", "（一）指导思想", "（二）基本原则"],
        ),
        # journal-style outline numbers on their own lines, with or without a space
        (
            "1 引言\n正文。\n2 研究方法\n正文。\n2.1数据来源\n正文。",
            ["1引言", "2研究方法", "2.1数据来源"],
        ),
        # under a dotted outline number a title may join two phrases with a comma
        (
            "2 对策\n正文。\n2.1加强培训，解决人才短缺问题\n正文。\n2.2完善制度\n正文。",
            ["2对策", "2.1加强培训，解决人才短缺问题", "2.2完善制度"],
        ),
        ("1 引言\n正文。\n2 方法\n正文。\n3 样本较少，结论有限\n正文。", ["1引言", "2方法"]),
        # a single outline line, quantities and sentences are not
        ("3 对策建议\n正文。", []),
        ("1 年以后\n正文。\n2 个样本\n正文。", []),
        ("1 企业应当公示规则\n正文。\n2 用户可以投诉\n正文。", []),
        # not headings
        ("随着5G技术的普及，2019年市场增长了1.5倍。", []),
        ("依照本法第十条规定，经营者应当登记。", []),
        ("平台应当做到：1、公示规则；2、保护数据。", []),
        ("他说第一条路走不通，第二条路可以试试。", []),
        ("价格上涨了3.5%，利润下降（1）个百分点。", []),
        ("一、方法\n1、样本\n数据见图2、表3和第4、5项。", ["一、方法", "1、样本"]),
    ],
)
def test_headings(text: str, expected: list[str]) -> None:
    assert outline(text) == expected


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("八十九", 89), ("一百零三", 103),
     ("两", 2), ("12", 12)],
)  # fmt: skip
def test_chinese_numeral(numeral: str, value: int) -> None:
    assert chinese_numeral(numeral) == value


@pytest.mark.parametrize(
    ("text", "entries", "body_heading"),
    [
        (
            "前言。一、引言 二、研究方法 3三、实证结果 8四、结论 12正文从这里开始。",
            ["一、引言", "二、研究方法", "三、实证结果", "四、结论"],
            None,
        ),
        (
            "目录\n一、引言 1\n二、方法 3\n三、结果 5\n一、引言\n研究的问题是什么。",
            ["一、引言", "二、方法", "三、结果"],
            "一、引言",
        ),
    ],
)
def test_toc_is_recognised_and_kept_out_of_the_body(
    text: str, entries: list[str], body_heading: str | None
) -> None:
    toc = find_toc(text)
    assert toc is not None
    assert list(toc.titles()) == entries
    document = document_from_text(text)
    assert list(document.toc) == entries
    assert any(n.kind is NoticeKind.TOC for n in document.notices)
    labels = [section.label for section in document.sections if section.start < section.end]
    assert labels == ([body_heading] if body_heading else [])
    for entry in entries[1:]:
        assert entry not in document.text


@pytest.mark.parametrize(
    "text",
    [
        "（二）企业的责任1、环境责任2、社会责任3、经济责任",  # glued headings, no separators
        "第一章 总则\n\n第一节 一般规定\n\n第一条 为了规范管理，制定本法。",
    ],
)
def test_headings_without_body_are_not_a_toc(text: str) -> None:
    assert find_toc(text) is None


# --- the sample paper -------------------------------------------------------------------


def _children(document: Document, parent: int | None) -> list[str]:
    return [s.label for s in document.sections if s.parent == parent]


def test_paper_top_level_parts(paper_document: Document) -> None:
    assert _children(paper_document, None) == [
        "一、直播电商中的利益相关者角色与责任分配",
        "二、品牌影响力在直播电商生态中的作用",
        "三、直播电商生态的起源与发展趋势",
        "四、直播电商中的供应链协同与价值流动",
        "五、用户与平台在直播电商中的互动模式",
    ]
    assert {s.kind for s in paper_document.sections if s.parent is None} == {"part"}


def test_paper_part_one_comes_from_the_toc(paper_document: Document) -> None:
    part_one = paper_document.sections[0]
    assert part_one.start == part_one.end  # its heading page was skipped
    assert any(
        n.kind is NoticeKind.TRUNCATION and "table of contents" in n.message
        for n in paper_document.notices
    )
    assert _children(paper_document, 0) == [
        "(二)平台的角色与责任",
        "(三)商家的角色与责任",
        "(四)消费者的角色与责任",
    ]


@pytest.mark.parametrize(
    ("parent", "items"),
    [
        ("(二)平台的角色与责任", ["1、平台的运营责任", "2、平台的合规性责任"]),
        (
            "(四)消费者的角色与责任",
            ["1、消费者的购买决策责任", "2、消费者的信息反馈责任", "3、监管部门的行业引导责任"],
        ),
        (
            "(二)直播电商中的价值流动机制",
            [
                "1、价值流动的定义及其关键因素",
                "2、信息流与资金流在价值流动中的作用",
                "3、产品流动与消费者体验的关系",
            ],
        ),
        (
            "(二)直播电商的核心特点与机制",
            ["1、互动性与即时性", "2、内容创意与情感驱动", "3、社交化与社区化"],
        ),
    ],
)
def test_paper_items(paper_document: Document, parent: str, items: list[str]) -> None:
    (index,) = [s.index for s in paper_document.sections if s.label == parent]
    assert _children(paper_document, index) == items
    kinds = {s.kind for s in paper_document.sections if s.parent == index}
    assert kinds == {"item"}


def test_paper_toc(paper_document: Document) -> None:
    assert len(paper_document.toc) == 5
    toc = [n for n in paper_document.notices if n.kind is NoticeKind.TOC]
    assert len(toc) == 1
    assert paper_document.original[toc[0].start : toc[0].end] == toc[0].text
    for sentence in paper_document.sentences:
        assert sentence.orig_end <= toc[0].start or sentence.orig_start >= toc[0].end


def test_paper_sections_of_run_in_sentences(paper_document: Document) -> None:
    by_label = {s.label: s.index for s in paper_document.sections}
    glued = [s for s in paper_document.sentences if s.text.startswith("2、平台的合规性责任平台")]
    assert len(glued) == 1
    assert glued[0].section == by_label["2、平台的合规性责任"]
    # chained headings: each but the last is a sentence of its own, the last opens the body
    assert not [s for s in paper_document.sentences if s.text.startswith("(二)平台的角色与责任1、")]
    alone = [s for s in paper_document.sentences if s.text == "(二)平台的角色与责任"]
    assert len(alone) == 1
    assert alone[0].section == by_label["(二)平台的角色与责任"]
    body = [s for s in paper_document.sentences if s.text.startswith("1、平台的运营责任直播")]
    assert len(body) == 1
    assert body[0].section == by_label["1、平台的运营责任"]


# --- the E-Commerce Law ----------------------------------------------------------------


def test_law_chapters(law_document: Document) -> None:
    chapters = [s for s in law_document.sections if s.kind == "chapter"]
    assert [(s.number, s.title) for s in chapters] == [
        ("第一章", "总则"),
        ("第二章", "电子商务经营者"),
        ("第三章", "电子商务合同的订立与履行"),
        ("第四章", "电子商务争议解决"),
        ("第五章", "电子商务促进"),
        ("第六章", "法律责任"),
        ("第七章", "附则"),
    ]
    assert all(s.level == 1 and s.parent is None for s in chapters)


def test_law_articles(law_document: Document) -> None:
    articles = [s for s in law_document.sections if s.kind == "article"]
    assert len(articles) == 89
    assert [chinese_numeral(s.number[1:-1]) for s in articles] == list(range(1, 90))
    assert articles[0].number == "第一条" and articles[-1].number == "第八十九条"
    assert all(s.title == "" for s in articles)
    assert all(law_document.sections[s.parent].kind in ("chapter", "section") for s in articles)  # type: ignore[index]


def test_law_sections_and_items(law_document: Document) -> None:
    sections = [s for s in law_document.sections if s.kind == "section"]
    assert [s.label for s in sections] == ["第一节一般规定", "第二节电子商务平台经营者"]
    items = [s for s in law_document.sections if s.kind == "item"]
    assert items and all(law_document.sections[s.parent].kind == "article" for s in items)  # type: ignore[index]
    levels = {s.kind: s.level for s in law_document.sections}
    assert levels == {"chapter": 1, "section": 2, "article": 3, "item": 4}


def test_article_references_are_not_headings(law_document: Document) -> None:
    references = law_document.text.count("依照本法第")
    assert references > 0
    starts = {s.start for s in law_document.sections}
    for sentence in law_document.sentences:
        position = sentence.text.find("本法第")
        if position > 0:
            assert sentence.start + position + 2 not in starts


def test_markdown_headings_nest_by_depth() -> None:
    text = (
        "# 平台治理研究\n\n摘要：本文讨论平台责任。\n\n## 一、研究背景\n\n平台应当负责。\n\n"
        "### 1. 数据来源\n\n数据来自年鉴。\n\n## 结论\n\n完毕。"
    )
    document = document_from_text(text)
    tree = [(s.label, s.level, s.kind) for s in document.sections]
    assert tree == [
        ("平台治理研究", 1, "heading"),
        ("摘要", 2, "abstract"),
        ("一、研究背景", 2, "part"),
        ("1.数据来源", 3, "item"),
        ("结论", 2, "heading"),
    ]
    assert document.title == "平台治理研究"


def test_flat_markdown_headings_nest_by_their_outline_numbers() -> None:
    text = (
        "# 4 社区的作用\n\n社区很重要。\n\n# 4.1 组织居民\n\n社区应当组织居民。\n\n"
        "# 4.2 服务老人\n\n社区应当服务老人。\n\n# 5 结语\n\n完毕。"
    )
    document = document_from_text(text)
    tree = [(s.label, s.level, s.parent) for s in document.sections]
    assert tree == [
        ("4社区的作用", 1, None),
        ("4.1组织居民", 2, 0),
        ("4.2服务老人", 2, 0),
        ("5结语", 1, None),
    ]


def test_flat_markdown_items_nest_under_the_outline_heading_before_them() -> None:
    """# （1）… after # 4.2 …, all with one #: the items belong to section 4.2."""
    text = (
        "# 4 社区的作用\n\n社区很重要。\n\n# 4.2 服务老人\n\n社区应当服务老人。\n\n"
        "# （1）上门送餐\n\n社区可以送餐。\n\n# （2）定期探访\n\n社区应当探访。\n\n"
        "# 5 结语\n\n完毕。"
    )
    document = document_from_text(text)
    tree = [(s.label, s.level, s.parent) for s in document.sections]
    assert tree == [
        ("4社区的作用", 1, None),
        ("4.2服务老人", 2, 0),
        ("（1）上门送餐", 3, 1),
        ("（2）定期探访", 3, 1),
        ("5结语", 1, None),
    ]


@pytest.mark.parametrize(
    ("message", "written_start"),
    [
        ("text resumes mid-passage after the table of contents", "現(xiàn)的退換貨問題"),
        ("sentence cut off", "平臺的合規(guī)性不僅"),
        ("sentence cut off", "平臺利用用戶反饋"),
    ],
)
def test_paper_truncations(paper_document: Document, message: str, written_start: str) -> None:
    found = [
        n
        for n in paper_document.notices
        if n.kind is NoticeKind.TRUNCATION and message in n.message
    ]
    assert any(n.text.startswith(written_start) for n in found)
    for notice in found:
        assert paper_document.original[notice.start : notice.end] == notice.text


def test_law_has_no_truncation(law_document: Document) -> None:
    assert law_document.notices == ()


@pytest.mark.parametrize(
    "text",
    [
        "第三章 总则\n第十二条 甲方应当……\n一、基本要求\n（二）分工\n3、巡查\n(4) 记录",
        "版本1.2、图3、表4。A1、b2.值 12.5%，第2、3项；５、全角数字 ٣. 另一种数字",
        "十一、二十三、（十）(1)（12）1.2.3. 99、 100、一一、",
        "",
        "无编号的正文，没有任何标记。",
    ],
)
def test_markers_are_those_of_the_pattern_tried_everywhere(text: str) -> None:
    """The markers found where one can open are those of the pattern's own scan."""
    from zhkg.extract.structure import _MARKER_RE, _markers

    def spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int, dict[str, str | None]]]:
        return [(m.start(), m.end(), m.groupdict()) for m in matches]

    assert spans(_markers(text)) == spans(_MARKER_RE.finditer(text))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title broken over two lines: 关于 opens it, the next line closes it with a
        # noun of a document's kind
        (
            "某市人民政府关于加快发展\n社区体育产业的实施意见\n各区人民政府：\n",
            "某市人民政府关于加快发展社区体育产业的实施意见",
        ),
        # a whole first line, or one whose next line is no title's end, stands alone
        ("某市社区体育产业的实施意见\n各区人民政府：\n", "某市社区体育产业的实施意见"),
        ("关于社区体育的几点思考\n社区体育是全民健身的基础。\n", "关于社区体育的几点思考"),
        # an attachment's label on a line of its own is no title: the line after it is
        ("附件2：\n某市社区体育设施管理办法\n第一条 为了…\n", "某市社区体育设施管理办法"),
        ("附件\n关于加强社区体育工作的通知\n", "关于加强社区体育工作的通知"),
        # a salutation opens a covering letter: the document it issues is the text
        (
            "各区人民政府，市各部门：\n《某市社区体育设施管理办法》已经市政府同意，现印发给你们。\n",
            "某市社区体育设施管理办法",
        ),
        ("各区人民政府：\n某市社区体育工作要点\n一、…\n", "某市社区体育工作要点"),
    ],
)
def test_a_title_broken_over_two_lines_is_read_whole(text: str, title: str) -> None:
    assert document_from_text(text).title == title
