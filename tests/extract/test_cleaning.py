"""Cleaning: Traditional->Simplified with an exact offset map, chrome, pinyin, mojibake."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from zhkg.extract import cleaning
from zhkg.extract.cleaning import TextView, clean, drop_spans, find_mojibake, to_simplified
from zhkg.extract.model import Document, NoticeKind


def garble(text: str) -> str:
    """What a UTF-8 text looks like when its bytes are read as GBK: real mojibake."""
    return text.encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", "?")


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("利益相關(guān)者", "利益相关者"),
        ("責(zé)任(rèn)分配", "责任分配"),
        ("平臺（tái）規則", "平台规则"),
        ("隨著技術的發展", "随着技术的发展"),
        ("顯著提高，接著說明", "显著提高，接着说明"),
        ("效果显著", "效果显著"),
        ("虛擬現實(VR)技術", "虚拟现实(VR)技术"),
        ("第(一)項與(二)項", "第(一)项与(二)项"),
        ("函數f(x)與g(yè)", "函数f(x)与g(yè)"),  # pinyin only after a Chinese character
        ("平台应当公示规则。", "平台应当公示规则。"),
        # no-break, thin and em spaces of web pages are plain spaces; the ideographic one stays
        ("第五条\u00a0平台\u2009应当\u2003公示。", "第五条 平台 应当 公示。"),
        ("第五条\u3000平台应当公示。", "第五条\u3000平台应当公示。"),
    ],
)
def test_normalised_text(original: str, expected: str) -> None:
    assert clean(original).view.text == expected


def test_offsets_point_at_the_original_characters() -> None:
    original = "利益相關(guān)者與責(zé)任"
    view = clean(original).view
    assert view.text == "利益相关者与责任"
    assert [original[i] for i in view.offsets[:-1]] == list("利益相關者與責任")
    assert view.offsets[-1] == len(original)
    assert view.original_span(2, 5) == (2, 11)  # 相关者 <- 相關(guān)者


def test_length_changing_conversion_is_mapped_proportionally(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No shipped OpenCC table changes lengths in these texts, so stand one in that
    # turns every "甲乙" into the single character "丙".
    monkeypatch.setattr(cleaning, "_convert", lambda text: text.replace("甲乙", "丙"))
    view = to_simplified(TextView.identity("前甲乙後，尾"))
    assert view.text == "前丙後，尾"
    assert len(view.offsets) == len(view.text) + 1
    assert view.offsets == [0, 1, 3, 4, 5, 6]


@pytest.mark.parametrize(
    ("spans", "text", "offsets"),
    [
        ([(1, 3)], "adef", [0, 3, 4, 5, 6]),
        ([(4, 6), (0, 1)], "bcd", [1, 2, 3, 6]),
        ([(1, 3), (2, 4)], "aef", [0, 4, 5, 6]),
        ([], "abcdef", [0, 1, 2, 3, 4, 5, 6]),
    ],
)
def test_drop_spans(spans: list[tuple[int, int]], text: str, offsets: list[int]) -> None:
    view = drop_spans(TextView.identity("abcdef"), spans)
    assert (view.text, view.offsets) == (text, offsets)


CHROME_PAGE = """某某研究报告_第1页
某某研究报告_第2页
已阅读2页,还剩18页未读, 继续免费阅读

付费下载

下载本文档

版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报
一、研究背景平台应当公示规则。本条所称下载服务应当免费提供。
本文仅供参考,不构成任何投资建议。某某咨询,专注课题申报及论文发表。
温馨提示

  • 1. 本站所有资源如无特殊说明,都需要本地电脑安装阅读器。
  • 2. 下载文件中如有侵权或不适当内容,请与我们联系。

提交评论
"""


def test_site_chrome_is_removed_and_reported() -> None:
    cleaned = clean(CHROME_PAGE)
    assert (
        cleaned.view.text.strip() == "一、研究背景平台应当公示规则。本条所称下载服务应当免费提供。"
    )
    assert cleaned.title == "某某研究报告"
    chrome = [notice for notice in cleaned.notices if notice.kind is NoticeKind.CHROME]
    assert chrome and all(CHROME_PAGE[n.start : n.end] == n.text for n in chrome)


@pytest.mark.parametrize(
    "phrase",
    ["_第1頁", "已閱讀", "還剩", "付費", "下載本文檔", "版權", "僅供參考", "申報", "溫馨提示",
     "本站", "提交評論", "0/150", "文檔簡介"],
)  # fmt: skip
def test_sample_chrome_is_not_body_text(paper_document: Document, phrase: str) -> None:
    assert phrase in paper_document.original
    normalised = cleaning._convert(phrase)
    assert normalised not in paper_document.text
    assert all(normalised not in sentence.text for sentence in paper_document.sentences)


def test_sample_pinyin_is_stripped(paper_document: Document) -> None:
    assert re.search(r"[\u4e00-\u9fff]\(guān\)", paper_document.original)
    assert not re.search(r"[āáǎàēéěèīíǐìōóǒòūúǔù]", paper_document.text)
    pinyin = [n for n in paper_document.notices if n.kind is NoticeKind.PINYIN]
    assert len(pinyin) == 1 and "pinyin annotations" in pinyin[0].message


def test_sample_mojibake_runs_are_reported_with_original_spans(paper_document: Document) -> None:
    runs = [n for n in paper_document.notices if n.kind is NoticeKind.MOJIBAKE]
    assert len(runs) >= 5
    for notice in runs:
        assert paper_document.original[notice.start : notice.end] == notice.text
        assert "?" in notice.text or re.search("[\ue000-\uf8ff]", notice.text)
    assert "?" not in paper_document.text
    assert not re.search("[\ue000-\uf8ff]", paper_document.text)


@pytest.mark.parametrize(
    ("before", "garbled", "after"),
    [
        ("从而为商家", "带来高效的销", "售转化。"),
        ("平台应当及时", "处理消费者投诉", "并反馈结果。"),
        ("监管部门", "应当加强对直播", "营销活动的监督。"),
    ],
)
def test_generated_mojibake_is_found_and_dropped(before: str, garbled: str, after: str) -> None:
    junk = garble(garbled)
    text = before + junk + after
    cleaned = clean(text)
    runs = [n for n in cleaned.notices if n.kind is NoticeKind.MOJIBAKE]
    assert runs, junk
    dropped = "".join(n.text for n in runs)
    assert len(dropped) >= len(junk) * 0.6
    assert cleaned.view.text.startswith(before[:3])
    assert cleaned.view.text.endswith(after[-3:])


@pytest.mark.parametrize(
    "text",
    [
        "砀山县的梨很有名，咝咝的风声。",  # two rare characters, far apart
        "真的吗??我不信。",
        "支持5G、VR和AI技术的应用。",
        "第八十九条 本法自2019年1月1日起施行。",
    ],
)
def test_plausible_text_is_not_mojibake(text: str) -> None:
    assert find_mojibake(text) == []


def test_law_has_nothing_to_clean(law_document: Document) -> None:
    assert law_document.text == law_document.original
    assert [n for n in law_document.notices if n.kind is not NoticeKind.TRUNCATION] == []


@pytest.mark.parametrize("fixture", ["paper_document", "law_document"])
def test_every_character_maps_to_its_original(fixture: str, request: pytest.FixtureRequest) -> None:
    document: Document = request.getfixturevalue(fixture)
    offsets = document.offsets
    assert len(offsets) == len(document.text) + 1
    assert all(a < b for a, b in pairwise(offsets))
    # Characters convert one for one; 著 alone stays 著 but reads 着 in 隨著 (context).
    converted = [cleaning._convert(document.original[i]) for i in offsets[:-1]]
    expected = [char if char != "着" else "著" for char in document.text]
    assert [char if char != "着" else "著" for char in converted] == expected


@pytest.mark.parametrize(
    "line",
    [
        "下载文档到电脑，查找使用更方便",
        "本文档共25页",
        "点击查看更多>>",
        "大小：2.3MB",
        "上传时间：2024-05-01",
        "某某行业报告 - 道客巴巴",
        "已读3页，还剩12页未读",
        "12/40",
    ],
)
def test_chrome_lines_of_other_sites(line: str) -> None:
    assert clean(f"{line}\n正文应当保留。").view.text == "正文应当保留。"


@pytest.mark.parametrize(
    "text",
    [
        "分享经济的发展\n正文。",
        "本文档适用于全市范围。",
        "以下数据仅供参考。",  # one chrome signal is not enough
        "大小不一的企业应当依法经营。",
        "消费者可以下载电子发票。",
    ],
)
def test_body_text_that_looks_a_little_like_chrome_is_kept(text: str) -> None:
    assert clean(text).view.text == text


def test_a_latex_circled_number_is_read_as_its_character() -> None:
    original = "分工如下：$\\textcircled{2}$ 街道的责任：负责巡查。$\\textcircled { 3 }$物业"
    view = clean(original).view
    assert view.text == "分工如下：② 街道的责任：负责巡查。③物业"
    for index, char in enumerate(view.text):
        if char not in "②③":
            assert original[view.offsets[index]] == char
    assert original[view.offsets[view.text.index("②")]] == "$"
    assert view.offsets[-1] == len(original)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("第五条\u00a0园丁应当浇水", "第五条 园丁应当浇水"),
        ("甲\u2002乙\u202f丙\u205f丁\u3000戊", "甲 乙 丙 丁\u3000戊"),
        ("没有特殊空格的句子。", "没有特殊空格的句子。"),
        ("", ""),
    ],
)
def test_unicode_spaces_read_as_plain_spaces(text: str, plain: str) -> None:
    view = cleaning.plain_spaces(TextView.identity(text))
    assert view.text == plain
    assert view.offsets == list(range(len(text) + 1))
