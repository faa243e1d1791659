"""Rebuild the PDF fixtures in tests/data/pdf/ (see tests/data/README.md).

    .venv/bin/python tests/data/make_pdfs.py

A small typesetter on reportlab's canvas, so the layouts are exactly what the PDF
reader must undo: text wrapped at the column edge (a line break in the middle of a
sentence), a two-character first-line indent, running headers of two lines,
page numbers as "— N —", footnotes in a smaller size under a rule, superscript
footnote and citation markers, one- and two-column pages. The font is reportlab's
built-in CID font STSong-Light (Adobe-GB1, not embedded: the text layer maps to
Unicode through the UniGB-UCS2-H CMap, which every PDF reader knows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "pdf"
FONT = "STSong-Light"
BODY = 10.5
LEADING = 1.6
MARGIN_X = 48.0
BOTTOM = 70.0
GUTTER = 24.0
#: A superscript marker inside a paragraph: {^①} or {^[3]}.
_SUPER_RE = re.compile(r"\{\^([^}]+)\}")
#: Units of line breaking: a Latin word or number is never split, other characters are.
_TOKEN_RE = re.compile(r"[A-Za-z0-9\u00c0-\u024f\u0300-\u036f.,:()\-]+|.", re.S)


@dataclass
class Block:
    """A paragraph (or heading) to set: text, size, first-line indent, space before."""

    text: str
    size: float = BODY
    indent: int = 2
    before: float = 0.0
    centred: bool = False
    full_width: bool = False
    footnotes: list[str] = field(default_factory=list)


class Typesetter:
    """Flows blocks into one or two columns, with running headers, footers, footnotes."""

    def __init__(
        self,
        path: Path,
        *,
        title: str,
        headers: tuple[str, ...],
        columns: int,
        pagesize: tuple[float, float] = A4,
    ) -> None:
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        self.width, self.height = pagesize
        self.canvas = Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1)
        self.canvas.setTitle(title)
        self.headers = headers
        self.columns = columns
        self.page = 0
        self.pending_notes: list[str] = []
        self.notes_height = 0.0
        self._new_page()

    # page furniture -------------------------------------------------------------------
    def _new_page(self) -> None:
        if self.page:
            self._finish_page()
        self.page += 1
        c = self.canvas
        c.setFont(FONT, 8)
        y = self.height - 36
        for line in self.headers:
            c.drawCentredString(self.width / 2, y, line)
            y -= 11
        c.line(MARGIN_X, y + 6, self.width - MARGIN_X, y + 6)
        self.column = 0
        self.y = self.height - 72.0
        self.full_top = self.y
        self.pending_notes = []
        self.notes_height = 0.0

    def _finish_page(self) -> None:
        c = self.canvas
        if self.pending_notes:
            y = BOTTOM + self.notes_height
            c.line(MARGIN_X, y + 4, MARGIN_X + 120, y + 4)
            c.setFont(FONT, 8)
            for line in self.pending_notes:
                y -= 8 * 1.4
                c.drawString(MARGIN_X, y, line)
        c.setFont(FONT, 9)
        c.drawCentredString(self.width / 2, 40, f"— {self.page} —")
        c.showPage()

    def close(self) -> None:
        self._finish_page()
        self.canvas.save()

    # geometry ---------------------------------------------------------------------------
    def _frame(self, full: bool) -> tuple[float, float]:
        width = self.width - 2 * MARGIN_X
        if full or self.columns == 1:
            return MARGIN_X, width
        column_width = (width - GUTTER) / 2
        return MARGIN_X + self.column * (column_width + GUTTER), column_width

    def _floor(self) -> float:
        return BOTTOM + self.notes_height

    def _advance(self, height: float, full: bool) -> None:
        if self.y - height >= self._floor():
            return
        if not full and self.columns == 2 and self.column == 0:
            self.column = 1
            self.y = self.full_top
            return
        self._new_page()

    # text -------------------------------------------------------------------------------
    def _lines(self, text: str, size: float, width: float, indent: int) -> list[list[tuple]]:
        """Greedy character wrap; each line is a list of (text, is_superscript) runs."""
        runs: list[tuple[str, bool]] = []
        position = 0
        for match in _SUPER_RE.finditer(text):
            runs.extend((t, False) for t in _TOKEN_RE.findall(text[position : match.start()]))
            runs.append((match.group(1), True))
            position = match.end()
        runs.extend((t, False) for t in _TOKEN_RE.findall(text[position:]))
        lines: list[list[tuple]] = [[]]
        used = indent * size
        for piece, sup in runs:
            piece_width = pdfmetrics.stringWidth(piece, FONT, size * (0.6 if sup else 1.0))
            if used + piece_width > width and lines[-1] and not sup:
                lines.append([])
                used = 0.0
            lines[-1].append((piece, sup))
            used += piece_width
        return lines

    def add(self, block: Block) -> None:
        for note in block.footnotes:  # room for the notes before the text that cites them
            note_lines = self._lines(note, 8, self.width - 2 * MARGIN_X, 0)
            self.notes_height += len(note_lines) * 8 * 1.4 + (6 if not self.pending_notes else 0)
            self.pending_notes.extend("".join(p for p, _ in line) for line in note_lines)
        x, width = self._frame(block.full_width)
        leading = block.size * LEADING
        self.y -= block.before
        for number, line in enumerate(self._lines(block.text, block.size, width, block.indent)):
            self._advance(leading, block.full_width)
            x, width = self._frame(block.full_width)
            self.y -= leading
            c = self.canvas
            offset = block.indent * block.size if number == 0 else 0.0
            if block.centred:
                text_width = sum(
                    pdfmetrics.stringWidth(p, FONT, block.size * (0.6 if s else 1)) for p, s in line
                )
                offset = (width - text_width) / 2
            cursor = x + offset
            for piece, sup in _runs(line):
                size = block.size * (0.6 if sup else 1.0)
                rise = block.size * 0.4 if sup else 0.0
                c.setFont(FONT, size)
                c.drawString(cursor, self.y + rise, piece)
                cursor += pdfmetrics.stringWidth(piece, FONT, size)
        if block.full_width:
            self.full_top = self.y


def _runs(line: list[tuple]) -> list[tuple[str, bool]]:
    """Neighbouring pieces of the same kind drawn as one string, as a typesetter does."""
    runs: list[tuple[str, bool]] = []
    for piece, sup in line:
        if runs and runs[-1][1] == sup:
            runs[-1] = (runs[-1][0] + piece, sup)
        else:
            runs.append((piece, sup))
    return runs


def text_pdf(source: Path, target: Path, headers: tuple[str, ...]) -> None:
    """A plain text as a one-column PDF: each non-empty line one paragraph."""
    lines = source.read_text(encoding="utf-8").splitlines()
    setter = Typesetter(target, title=lines[0].strip(), headers=headers, columns=1)
    gap = 0.0
    for line in lines:
        if not line.strip():
            gap = BODY * 0.6
            continue
        setter.add(Block(line.strip(), before=gap))
        gap = 0.0
    setter.close()


# an invented research paper (no outside source) ---------------------------------------------
PAPER_TITLE = "社区团购中的平台与团长责任研究"
PAPER_HEADERS = ("城市治理评论  2023年第4期", PAPER_TITLE)
FRONT = [
    Block(PAPER_TITLE, size=16, indent=0, centred=True, full_width=True),
    Block("周明远  林晓雯", size=11, indent=0, centred=True, full_width=True, before=6),
    Block("（江城大学 法学院，江城 430072）", size=9, indent=0, centred=True, full_width=True),
    Block(
        "摘要：社区团购把线上订单和线下自提结合起来，团长既是销售者又是服务者。本文梳理平台、"
        "团长和供货商之间的关系，提出平台应当建立团长准入审核制度，团长应当如实说明商品来源。",
        size=9,
        indent=0,
        full_width=True,
        before=10,
    ),
    Block(
        "关键词：社区团购；团长；平台责任；消费者保护", size=9, indent=0, full_width=True, before=2
    ),
]
BODY_BLOCKS = [
    Block("一、引言", size=12, indent=0, before=8),
    Block(
        "近年来，社区团购在城市居民的日常消费中快速普及{^[1]}。与传统电商不同，团购订单"
        "先在微信群中汇集，再由团长在小区内组织自提，交易链条更短，责任边界却更模糊{^[2-3]}。"
        "已有研究多关注平台的定价行为，较少讨论团长在交易中的法律地位。"
    ),
    Block("二、团长的法律地位", size=12, indent=0, before=8),
    Block(
        "团长通常以个人身份与平台签订合作协议{^①}，按照订单金额获得佣金。团长在群内发布商品"
        "信息、收集订单并负责交付，实际承担了经营者的部分职能。团长应当如实说明商品的产地和"
        "保质期{^[4]}，不得虚构商品来源或者夸大商品功效。",
        footnotes=["① 参见江城市商务局《社区团购经营服务规范（试行）》第六条。"],
    ),
    Block(
        "团长发现商品存在质量问题的，应当及时告知平台并协助消费者退货{^[5,6]}。这一安排使团长"
        "成为连接平台与居民的关键节点，也使其责任需要在合作协议中写明。"
    ),
    Block("三、平台的审核与管理责任", size=12, indent=0, before=8),
    Block(
        "平台应当建立团长准入审核制度，核验团长的身份信息和经营场所{^[7]}。平台还应当对"
        "团长进行食品安全培训，并公示团长的联系方式。平台不得利用算法对同一商品实行"
        "不合理的差别定价{^②}。",
        footnotes=["② 此处所称差别定价，是指对交易条件相同的消费者收取不同价格。"],
    ),
    Block(
        "供货商应当保证所供商品符合食品安全标准，并向平台提供检验报告。监管部门应当加强对"
        "社区团购平台的抽查，对违规行为依法处理{^[8]}。"
    ),
    Block("四、结论", size=12, indent=0, before=8),
    Block(
        "社区团购的健康发展离不开各方责任的清晰划分。平台、团长与供货商各自承担不同层次的"
        "义务，通过合作协议和平台规则落实，才能在便利居民的同时保护消费者的合法权益。"
    ),
    Block("参考文献", size=12, indent=0, before=10),
]
REFERENCES = [
    "[1] 王明，李华. 社区团购的兴起与城市消费结构变化[J]. 城市问题研究，2021，38(2)：45-56.",
    "[2] 陈晨. 平台应当承担何种审核义务[J]. 网络法评论，2020(4)：12-30.",
    "[3] 刘洋. 团长不得擅自变更商品价格的法理分析[J]. 消费经济，2022，15(1)：33-41.",
    "[4] 赵敏. 电子商务法原理[M]. 北京：法律出版社，2019：101-120.",
    "[5] 孙立. 社区团购中的消费者权益保护研究[D]. 江城：江城大学，2021.",
    "[6] Smith J, Brown A. Group buying platforms and local intermediaries[J]. "
    "Journal of Retailing Studies, 2020, 12(3): 201-219.",
    "[7] 国家市场监督管理总局. 网络交易监督管理办法[S]. 2021.",
    "[8] 黄磊，周静. 数字平台治理的协同机制[C]//中国法学会. 数字法治论坛论文集. "
    "北京：中国法制出版社，2022：88-97.",
]


def paper_pdf(target: Path, columns: int) -> None:
    setter = Typesetter(
        target, title=PAPER_TITLE, headers=PAPER_HEADERS, columns=columns, pagesize=A5
    )
    for block in FRONT + BODY_BLOCKS:
        setter.add(block)
    for entry in REFERENCES:
        setter.add(Block(entry, size=9, indent=0))
    setter.close()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    examples = ROOT / "examples"
    text_pdf(
        examples / "ecommerce_law_2018.txt",
        OUT / "ecommerce_law_2018.pdf",
        ("中华人民共和国电子商务法", "法律法规汇编"),
    )
    text_pdf(
        examples / "live_commerce_stakeholders.txt",
        OUT / "live_commerce_stakeholders.pdf",
        ("直播電商中的利益相關者角色與責任分配", "研究報告"),
    )
    text_pdf(HERE / "tiny_regulation.txt", OUT / "tiny_regulation.pdf", ("社区托育服务管理规定",))
    paper_pdf(OUT / "paper_one_column.pdf", 1)
    paper_pdf(OUT / "paper_two_column.pdf", 2)


if __name__ == "__main__":
    main()
