"""Reading files: encodings detected (never assumed), formats, folders, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from stage1_inputs import write_docx, write_text_pdf

from zhkg.errors import DecodingError, EmptyInputError, InputError, UnsupportedFormatError
from zhkg.extract import extractor
from zhkg.extract.document import document_from_text
from zhkg.extract.model import Extraction, Sentence
from zhkg.extract.reading import decode_bytes, iter_input_files, read_file
from zhkg.extract.responsibilities import DutyCandidate
from zhkg.ontology.lexicon import Lexicon

# Written for these tests: ordinary Simplified prose, and a Traditional twin for Big5
# (Big5 has no Simplified characters).
LONG_SIMPLIFIED = (
    "第一章 总则\n"
    "电子商务平台经营者应当建立健全信用评价制度，公示信用评价规则，为消费者提供对平台内"
    "销售的商品或者提供的服务进行评价的途径。平台内经营者应当依法履行消费者权益保护义务，"
    "不得以虚构交易、编造用户评价等方式进行虚假或者引人误解的商业宣传。"
)
LONG_TRADITIONAL = (
    "第一章 總則\n"
    "電子商務平臺經營者應當建立健全信用評價制度，公示信用評價規則，為消費者提供對平臺內"
    "銷售的商品或者提供的服務進行評價的途徑。平臺內經營者應當依法履行消費者權益保護義務，"
    "不得以虛構交易、編造用戶評價等方式進行虛假或者引人誤解的商業宣傳。"
)
SHORT_SIMPLIFIED = "平台应当保护消费者。"
SHORT_TRADITIONAL = "平臺應當保護消費者。"


@pytest.mark.parametrize(
    ("text", "encoding", "detected"),
    [
        (LONG_SIMPLIFIED, "utf-8", "utf-8"),
        (LONG_SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (LONG_SIMPLIFIED, "gb18030", "gb18030"),
        (LONG_SIMPLIFIED, "gbk", "gb18030"),
        (LONG_TRADITIONAL, "big5", "big5"),
        (LONG_TRADITIONAL, "utf-8", "utf-8"),
        (SHORT_SIMPLIFIED, "utf-8", "utf-8"),
        (SHORT_SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SHORT_SIMPLIFIED, "gb18030", "gb18030"),
        (SHORT_SIMPLIFIED, "gbk", "gb18030"),
        (SHORT_TRADITIONAL, "big5", "big5"),
        (SHORT_TRADITIONAL, "gb18030", "gb18030"),
        # a few bytes that are valid in several encodings
        ("平台", "gb18030", "gb18030"),  # also valid two-byte UTF-8 (ƽ̨)
        ("商家", "big5", "big5"),  # also valid GB18030 (坝產)
        ("第一條", "big5", "big5"),
        ("总则", "gbk", "gb18030"),
        ("é café", "utf-8", "utf-8"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, text: str, encoding: str, detected: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    raw = read_file(path)
    assert raw.text == text
    assert raw.encoding == detected


def test_crlf_and_markdown_are_read_as_written(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes("# 标题\r\n正文。\r\n".encode())
    assert read_file(path).text == "# 标题\r\n正文。\r\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Съешь же ещё этих мягких французских булок, да выпей чаю. " * 3, "cp1251"),
        ("Größere Übungen für Bäcker: Käse, Öl und Süßigkeiten überall. " * 3, "latin-1"),
    ],
)
def test_non_chinese_legacy_text_goes_to_charset_normalizer(text: str, encoding: str) -> None:
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded == text


def test_html_gives_visible_text_only(tmp_path: Path) -> None:
    page = (
        "<html><head><title>平台规则</title><style>p {color: red}</style>"
        "<script>var x = '不可见';</script></head><body>"
        "<h1>第一章 总则</h1><p>平台应当<b>公示</b>规则。</p>"
        "<noscript>请启用脚本</noscript><ul><li>第一项</li><li>第二项</li></ul>"
        "</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gb18030"))
    raw = read_file(path)
    assert raw.text.splitlines() == ["第一章 总则", "平台应当公示规则。", "第一项", "第二项"]
    assert raw.title == "平台规则"
    assert raw.encoding == "gb18030"


def test_docx_gives_paragraphs_and_tables(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "report.docx",
        ["一、平台的责任", "平台应当保护消费者。"],
        [["主体", "责任"], ["商家", "售后服务"]],
    )
    assert read_file(path).text.splitlines() == [
        "一、平台的责任",
        "平台应当保护消费者。",
        "主体\t责任",
        "商家\t售后服务",
    ]


def test_pdf_gives_its_text_layer(tmp_path: Path) -> None:
    lines = ["第一章 总则", "平台经营者应当遵守法律。"]
    path = write_text_pdf(tmp_path / "law.pdf", lines)
    assert read_file(path).text.splitlines() == lines


def test_directory_yields_supported_files_sorted_and_recursive(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.html", "sub/deeper/d.txt", "skip.xlsx", ".hidden/e.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("内容。", encoding="utf-8")
    found = [path.relative_to(tmp_path).as_posix() for path in iter_input_files(tmp_path)]
    assert found == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.txt"]


@pytest.mark.parametrize(
    ("bad_input", "error", "reason"),
    [
        ("empty file", EmptyInputError, "file is empty"),
        ("whitespace only", EmptyInputError, "file is empty"),
        ("binary file", DecodingError, "binary data"),
        ("unsupported extension", UnsupportedFormatError, "unsupported file type '.xlsx'"),
        ("corrupt docx", DecodingError, "not a readable DOCX"),
        ("corrupt pdf", DecodingError, "not a readable PDF"),
        ("pdf without text", EmptyInputError, "PDF has no text layer"),
        ("missing path", InputError, "no such file or directory"),
    ],
    indirect=["bad_input"],
)
def test_bad_files_raise_errors_naming_file_and_reason(
    bad_input: Path, error: type[InputError], reason: str
) -> None:
    with pytest.raises(error) as caught:
        read_file(bad_input)
    assert caught.value.path == str(bad_input)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("bad_input", ["empty directory"], indirect=True)
def test_directory_without_supported_files_is_an_error(bad_input: Path) -> None:
    with pytest.raises(EmptyInputError, match="no supported file"):
        list(iter_input_files(bad_input))


def test_formats_read_into_structured_documents(tmp_path: Path) -> None:
    from zhkg.extract.document import read_document

    page = tmp_path / "rules.html"
    page.write_text(
        "<html><body><h2>第一章 总则</h2><p>第一条 平台应当公示规则。</p>"
        "<script>document.write('第二条 不可见')</script></body></html>",
        encoding="utf-8",
    )
    report = write_docx(
        tmp_path / "report.docx", ["一、平台的责任", "平台应当保护消费者。"], [["甲", "乙"]]
    )
    pdf = write_text_pdf(tmp_path / "law.pdf", ["第一章 总则", "第一条 平台应当公示规则。"])
    labels = {
        path.suffix: [s.label for s in read_document(path).sections] for path in (page, report, pdf)
    }
    assert labels == {
        ".html": ["第一章总则", "第一条"],
        ".docx": ["一、平台的责任"],
        ".pdf": ["第一章总则", "第一条"],
    }


def test_a_heading_duty_is_placed_where_its_title_stands(
    lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A duty a numbered heading states is read from the title alone; at its sentence
    its holders and span stand after the number, where the checks of the whole
    sentence (a recommendation before the party, the party's own clause) look."""
    candidates: list[tuple[Sentence, DutyCandidate]] = []
    build = extractor._DocumentReading.build

    def keep(reading: extractor._DocumentReading) -> Extraction:
        candidates.extend((sentence, duty) for sentence, duty, _, _ in reading.candidates)
        return build(reading)

    monkeypatch.setattr(extractor._DocumentReading, "build", keep)
    text = (
        "甲市物业管理研究\n\n摘要：本文研究物业管理。\n\n3 对策建议\n\n"
        "3.1.2 物业企业要设立投诉热线\n\n物业企业是服务的主体。\n"
    )
    extractor.extract(document_from_text(text), lexicon)
    headed = [(s, d) for s, d in candidates if s.text.startswith("3.1.2")]
    assert headed
    for sentence, duty in headed:
        assert [sentence.text[h.start : h.end] for h in duty.holders] == ["物业企业"]
        assert sentence.text[duty.start : duty.end].startswith("设立投诉热线")
