"""Headings, the table of contents and the section tree of a normalised text.

Chinese documents number their headings in a handful of schemes (第一编/章/节/条,
一、, （一）, 1、/1., （1）). Research texts scraped from the web often run headings
into the body with no line break (…等问题。(二)商户的义务1、商户的安全义务商户作为…),
so a heading is recognised by its *position* (line start, after a sentence end,
right after the previous heading, or — when pages were skipped — anywhere, if its
number continues the sequence) and its title is delimited by general cues: the
next heading marker, a table-of-contents title, title-final nouns (责任, 机制 …), the
start of a new clause (a connective, a party noun, a word repeated from the title)
and length limits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from zhkg.extract.lang import lang_data
from zhkg.extract.model import Section

__all__ = [
    "Heading",
    "Toc",
    "build_sections",
    "chinese_numeral",
    "find_headings",
    "find_toc",
    "infer_from_toc",
]

_CN_DIGITS = "一二三四五六七八九十百千零〇两"
_MARKER_RE = re.compile(
    rf"(?P<law>第(?P<law_n>[{_CN_DIGITS}\d]{{1,6}})(?P<law_u>编|部分|篇|章|节|条))"
    r"|(?P<cn>(?P<cn_n>[一二三四五六七八九十]{1,3})[、．](?![\d]))"
    r"|(?P<pcn>[（(](?P<pcn_n>[一二三四五六七八九十]{1,3})[）)])"
    r"|(?P<num>(?<![\d.．A-Za-z])(?P<num_n>\d{1,2})(?:、|．(?!\d)|\.(?![\d.])))"
    r"|(?P<pnum>[（(](?P<pnum_n>\d{1,2})[）)])"
)
#: The characters a marker opens with (of its every branch): where ``_markers`` tries one.
_MARKER_FIRST_RE = re.compile(r"[第一二三四五六七八九十（(\d]")


def _markers(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_MARKER_RE.finditer(text)`` gives, tried only where a marker can open.

    Why: the alternation of five numbering schemes is tried at every character of the
    text by ``finditer``; a search for the characters that open them skips the rest
    (a branch's lookbehind still sees the text before the position tried).
    """
    search, match = _MARKER_FIRST_RE.search, _MARKER_RE.match
    position = 0
    while (first := search(text, position)) is not None:
        marker = match(text, first.start())
        if marker is None:
            position = first.start() + 1
            continue
        yield marker
        position = marker.end()


_LAW_STYLES = {"编": "bian", "部分": "bian", "篇": "bian", "章": "zhang", "节": "jie", "条": "tiao"}
#: Nesting order of the numbering schemes (lower = higher in the tree).
RANKS = {
    # Markdown headings without numbering (# … ######) sit above every numbered scheme.
    **{f"md{depth}": depth - 7 for depth in range(1, 7)},
    "bian": 0,
    "zhang": 1,
    "jie": 2,
    "tiao": 3,
    "cn": 4,
    "pcn": 5,
    "num": 6,
    "pnum": 7,
}
_KINDS = {
    **{f"md{depth}": "heading" for depth in range(1, 7)},
    "bian": "part",
    "zhang": "chapter",
    "jie": "section",
    "tiao": "article",
    "cn": "part",
    "pcn": "section",
    "num": "item",
    "pnum": "item",
}
_TERMINALS = "。！？!?"
_SOFT_TERMINALS = "；;"
_CLOSERS = "”’」』)）】》\"'"
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: Words before a number that make it a reference, not a heading (图2、表3、第2、3项).
_REFERENCE_WORDS = set("图表第附式款项号条章节页约近共余达至和与及或、")
_HARD_STOP_RE = re.compile(r"[。！？!?；;，,：:、\n]|\s")
#: Longest run-in title considered; longer headings are written on their own line.
MAX_TITLE = 36
#: Nouns that close headings (…的管理责任, …的协同治理机制, …的挑战).
TITLE_FINALS = (
    "责任", "角色", "作用", "模式", "趋势", "问题", "机制", "分析", "关系", "特点", "特征",
    "背景", "影响", "策略", "挑战", "建议", "对策", "措施", "原则", "意义", "现状", "概述",
    "路径", "框架", "体现", "因素", "需求", "发展", "展望", "演变", "普及", "结合", "整合",
    "治理", "完善", "提升", "推动", "创新", "优化", "建设", "管理", "控制", "目标", "方法",
    "内容", "定义", "概念", "构成", "类型", "价值", "功能", "效应", "互动", "协同", "流动",
    "义务", "权利", "规定", "要求", "程序", "规范", "体系", "制度", "保障", "保护", "监督",
    "评价", "研究", "探讨", "思考", "启示", "结论", "引言", "前言", "绪论", "总则", "附则",
    "分配", "选择", "转型", "风险", "效率", "服务", "现象", "理论", "方案", "决策", "连接",
    "联系", "驱动", "环境", "条件",
)  # fmt: skip
_TITLE_FINAL_CHARS = "性化度率"
#: Words that open a clause of running text rather than continue a title.
CLAUSE_OPENERS = (
    "在", "随着", "通过", "为了", "为保", "由于", "对于", "作为", "根据", "基于", "当前", "目前",
    "近年来", "如今", "首先", "其次", "此外", "同时", "因此", "然而", "但是", "与此同时",
    "一方面", "针对", "伴随", "面对", "鉴于", "本文", "本章", "本节", "我国", "这些", "这种",
    "这一", "该", "其", "如何", "如果", "若", "虽然", "尽管", "所谓", "所有", "任何", "从",
)  # fmt: skip
#: Party and subject nouns that typically start the body sentence after a heading.
SUBJECT_NOUNS = (
    "平台", "商家", "主播", "消费者", "用户", "企业", "政府", "部门", "品牌", "供应商", "国家",
    "社会", "行业", "市场", "直播", "电商", "我们", "他们", "经营者", "机构", "组织", "公司",
    "个人", "公众", "媒体", "产品", "观众",
)  # fmt: skip
_BAD_TITLE_END = set("的与和及或在对了着是把被从向为等之而并")
#: Heads that close an organisation's name and rarely stand alone as a subject: a body
#: opening with one after a title ending in a character cuts a name (甲保险|公司应当…).
_NAME_HEADS = tuple(lang_data().words("name_heads"))
_BAD_BODY_START = set("的与和及或之等中性化者们是了着过、上下里")
#: Far above the rounding of a score's sums, far below its steps (0.03 a character).
_EPSILON = 1e-9
#: A prepositional phrase closed by a comma: the body has surely begun (在网约车行业中,).
_OPENING_PHRASE_RE = re.compile(
    r"(?:在|随着|通过|为了|由于|对于|作为|根据|基于|针对|面对|伴随)[^，,。；;]{1,20}[，,]"
)
#: Clause verbs that do not occur in titles.
#: Modal triggers (应, 须, 要): a party right before one in a title makes it a clause.
_MODALS = tuple(
    sorted((t.word for t in lang_data().triggers if t.kind == "modal"), key=len, reverse=True)
)
_CLAUSE_IN_TITLE_RE = re.compile(r"是(?!否)|都能|能够|可以|应当|[，,；;]")
#: A modal after a word and before more words, not one of its non-deontic continuations
#: (甲馆应完善…, but 应用, 应急).
_MODAL_CLAUSE_RE = re.compile(
    "|".join(
        rf"(?<=\w){re.escape(t.word)}"
        + (f"(?!{'|'.join(map(re.escape, t.not_after))})" if t.not_after else "")
        + r"(?=\w)"
        for t in sorted(lang_data().triggers, key=lambda t: -len(t.word))
        if t.kind == "modal"
    )
)


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading found in the text: numbering as written, title, span, scheme."""

    start: int
    end: int
    number: str
    title: str
    style: str
    value: int
    inferred: bool = False
    #: Markdown depth (number of #) of the line the heading is on; 0 if none.
    depth: int = 0
    #: Nesting rank of an unnumbered heading (a paper's 摘要 or 参考文献 sits beside
    #: the body's top-level headings); None: from the depth or numbering scheme.
    rank_override: int | None = None
    #: Section kind when the numbering scheme does not tell it (abstract, references …).
    kind: str = ""

    @property
    def rank(self) -> int:
        """Nesting rank: a Markdown heading's depth wins over its numbering scheme."""
        if self.rank_override is not None:
            return self.rank_override
        return self.depth - 7 if self.depth else RANKS[self.style]


@dataclass(frozen=True, slots=True)
class Toc:
    """A table of contents: its span in the text and its entries (as headings)."""

    start: int
    end: int
    entries: tuple[Heading, ...]

    def titles(self) -> tuple[str, ...]:
        return tuple(f"{entry.number}{entry.title}" for entry in self.entries)


def chinese_numeral(numeral: str) -> int:
    """一 -> 1, 十二 -> 12, 八十九 -> 89, 一百零三 -> 103, 12 -> 12."""
    if numeral.isdigit():
        return int(numeral)
    digits = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
    digits.update({"六": 6, "七": 7, "八": 8, "九": 9})
    units = {"十": 10, "百": 100, "千": 1000}
    total, current = 0, 0
    for char in numeral:
        if char in digits:
            current = digits[char]
        elif char in units:
            total += (current or 1) * units[char]
            current = 0
    return total + current


def _marker(match: re.Match[str]) -> tuple[str, int]:
    """(style, value) of a numbering marker match."""
    if match.group("law"):
        return _LAW_STYLES[match.group("law_u")], chinese_numeral(match.group("law_n"))
    for style in ("cn", "pcn", "num", "pnum"):
        if match.group(style):
            return style, chinese_numeral(match.group(f"{style}_n"))
    raise AssertionError("unreachable: a marker match without a group")


# --- table of contents -------------------------------------------------------------------

_TOC_ENTRY_RE = re.compile(
    r"[ \t\u3000]*(?P<title>[^\s。！？；，,：:]{2,40}?)"
    r"(?P<sep>[ \t\u3000.·…_\-—]*\d{1,4}[ \t\u3000]*\n?|[ \t\u3000]+\n?|[ \t\u3000]*\n)"
)
_TOC_LABEL_RE = re.compile(r"(?:^|\n)[ \t\u3000]*目\s*录[ \t\u3000]*\n?\s*$")


def find_toc(text: str) -> Toc | None:
    """The first table of contents: ≥3 headings in a row with no body between them.

    Entries are separated by whitespace or page numbers ("…的作用 9三、…"); headings
    glued to each other in running text (…职责1、物业的管理责任) are not a TOC. A TOC
    whose entries sit on separate lines must show page numbers or a 目录 label.
    """
    markers = [m for m in _markers(text) if m.group("law_u") != "条"]
    run: list[tuple[re.Match[str], re.Match[str]]] = []
    for index, marker in enumerate(markers):
        entry = _TOC_ENTRY_RE.match(text, marker.end())
        next_start = markers[index + 1].start() if index + 1 < len(markers) else len(text)
        chained = bool(run) and run[-1][1].end() == marker.start()
        if entry is None or entry.end() > next_start:
            toc = _close_toc(text, run, None)
            if toc is not None:
                return toc
            run = []
            continue
        if not chained or (run and _restarts(run, marker)):
            toc = _close_toc(text, run, None)
            if toc is not None:
                return toc
            run = []
        run.append((marker, entry))
    return _close_toc(text, run, None)


def _restarts(run: Sequence[tuple[re.Match[str], re.Match[str]]], marker: re.Match[str]) -> bool:
    """True when ``marker`` numbers back (the body's 一、 after the TOC's 一、二、三、)."""
    style, value = _marker(marker)
    seen = [_marker(m)[1] for m, _ in run if _marker(m)[0] == style]
    return bool(seen) and value <= seen[-1]


def _close_toc(
    text: str, run: Sequence[tuple[re.Match[str], re.Match[str]]], _: object
) -> Toc | None:
    if len(run) < 3:
        return None
    on_lines = sum(1 for _, entry in run if "\n" in entry.group("sep"))
    with_pages = sum(1 for _, entry in run if re.search(r"\d", entry.group("sep")))
    labelled = bool(_TOC_LABEL_RE.search(text, 0, run[0][0].start()))
    if on_lines > len(run) // 2 and not labelled and with_pages * 2 < len(run):
        return None
    entries = []
    for marker, entry in run:
        style, value = _marker(marker)
        title = entry.group("title")
        entries.append(Heading(marker.start(), entry.end(), marker.group(), title, style, value))
    end = run[-1][1].end()
    start = run[0][0].start()
    label = re.search(r"目\s*录[ \t\u3000]*\n?[ \t\u3000]*$", text[max(0, start - 20) : start])
    if label:
        start = max(0, start - 20) + label.start()
    return Toc(start, end, tuple(entries))


# --- headings in the body ----------------------------------------------------------------


def find_headings(
    text: str,
    toc_titles: Iterable[str] = (),
    *,
    subject_nouns: Iterable[str] = SUBJECT_NOUNS,
) -> list[Heading]:
    """Every heading of ``text`` (a normalised text without its TOC), in order."""
    finder = _HeadingFinder(text, tuple(toc_titles), tuple(subject_nouns))
    numbered = finder.run()
    if "#" not in text:
        outline = _outline_headings(text, numbered)
        return sorted([*_heads_of_outline(numbered, outline), *outline], key=lambda h: h.start)
    marked = [_with_markdown_depth(text, heading) for heading in numbered]
    return _nest_items_under_outline(
        sorted([*marked, *_markdown_headings(text)], key=lambda h: h.start)
    )


#: Numbering schemes of items inside an outline-numbered section ((1), （一）).
_ITEM_STYLES = frozenset({"pnum", "pcn"})


def _nest_items_under_outline(headings: Sequence[Heading]) -> list[Heading]:
    """# （1）… after # 4.3 …: the item nests one below the outline-numbered heading.

    Why: converters write every heading of a paper with one #, so the Markdown depth
    puts the items of a section (（1）, （2）) beside its heading, and what the
    section's title says of them (…对策建议) never reaches them. An outline number
    keeps its depth (4.3 is two deep); an item is one deeper than the last such heading.
    """
    nested = []
    outline_depth = 0
    for heading in headings:
        if heading.style.startswith("md") and heading.number:
            outline_depth = heading.depth
        elif heading.style in _ITEM_STYLES and 0 < heading.depth <= outline_depth:
            heading = replace(heading, depth=min(6, outline_depth + 1))
        nested.append(heading)
    return nested


#: A line that is an outline-numbered title, the style of journal papers: "2 研究方法",
#: "3.1 数据来源", "4.2.1监管主体" (no terminal punctuation, short).
_OUTLINE_LINE_RE = re.compile(
    r"^[ \t\u3000]*(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})(?![\d.．%])[ \t\u3000]*"
    r"(?P<title>[\u3400-\u9fff][^\n。！？!?；;：:]{1," + str(MAX_TITLE - 1) + r"})[ \t\u3000]*$",
    re.M,
)
#: Clause verbs in an outline title; a comma joins two phrases only under a dotted number
#: (4.2强化甲，解决乙问题), where the number alone makes the line a heading.
_CLAUSE_VERB_IN_TITLE_RE = re.compile(r"是(?!否)|都能|能够|可以|应当|[；;]")
#: Units and counters after a number that make the line a quantity, not a heading.
_QUANTITY_START = set("年月日个次人家项条名岁元万亿倍种类级号份位")


def _outline_headings(text: str, numbered: Sequence[Heading]) -> list[Heading]:
    """Headings numbered in outline style on lines of their own (2 方法, 2.1 数据).

    Why: journal papers number their sections this way, with no 、 or ． after the
    number, so the numbering schemes above miss them. The depth of the outline
    number gives the nesting, as a Markdown heading's # does. Two such lines at
    least, so a stray numbered line is no heading.
    """
    taken = {heading.start for heading in numbered}
    found = []
    for match in _OUTLINE_LINE_RE.finditer(text):
        title = match.group("title").strip()
        if match.start("number") in taken or title[0] in _QUANTITY_START:
            continue
        number = match.group("number")
        if (_CLAUSE_VERB_IN_TITLE_RE if "." in number else _CLAUSE_IN_TITLE_RE).search(title):
            continue
        if title.count("，") + title.count(",") > 1:
            continue
        depth = min(6, 1 + number.count("."))
        found.append(
            Heading(match.start("number"), match.end(), number, title, f"md{depth}", 0, depth=depth)
        )
    return found if len(found) >= 2 else []


def _heads_of_outline(numbered: Sequence[Heading], outline: Sequence[Heading]) -> list[Heading]:
    """ "3." over "3.1", "3.2": a numbered heading whose number opens the outline numbers
    after it heads them, one level up (3.1 is two deep, so 3. is one deep).

    Why: "3.甲" ends its number with a dot, so the numbering schemes take it for a list
    item, ranked below the outline headings it heads; what its title says (…的对策)
    would then never reach the sections under it.
    """
    last_under: dict[str, int] = {}  # an outline number's first part: where it stands last
    for h in outline:
        first, dot, _ = h.number.partition(".")
        if dot:
            last_under[first] = max(last_under.get(first, -1), h.start)
    heads = []
    for heading in numbered:
        number = heading.number.rstrip(".．")
        if (
            heading.style == "num"
            and number.isdigit()
            and last_under.get(number, -1) > heading.start
        ):
            heading = replace(heading, depth=1)
        heads.append(heading)
    return heads


def _with_markdown_depth(text: str, heading: Heading) -> Heading:
    line_start = text.rfind("\n", 0, heading.start) + 1
    prefix = _MARKDOWN_PREFIX_RE.fullmatch(text, line_start, heading.start)
    return replace(heading, depth=len(prefix.group(1))) if prefix else heading


_MARKDOWN_PREFIX_RE = re.compile(r"(#{1,6})[ \t]+")
_MARKDOWN_RE = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<title>[^\n]*?)[ \t#]*$", re.M)


def _markdown_headings(text: str) -> list[Heading]:
    """Unnumbered Markdown headings (numbered ones are found by their numbering)."""
    headings = []
    for match in _MARKDOWN_RE.finditer(text):
        title = match.group("title").strip()
        if not title or _MARKER_RE.match(title):
            continue
        depth = len(match.group("hashes"))
        number = ""
        outline = _OUTLINE_RE.match(title)
        if outline:
            # "# 4.3 …" under "# 4 …": converters flatten every heading to one depth,
            # and the outline number still tells the nesting
            number, title = outline.group(1), title[outline.end() :]
            depth = min(6, depth + number.count("."))
        headings.append(
            Heading(
                match.start(),
                match.end("title"),
                number,
                title,
                f"md{depth}",
                0,
                depth=depth,
            )
        )
    return headings


#: An outline number opening a Markdown heading's title (4, 4.3, 4.3.1), not a year.
_OUTLINE_RE = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})(?![\d.．%年])\s*(?=[^\W\d_])")


class _HeadingFinder:
    """One pass over the numbering markers, keeping the sequence state per scheme."""

    def __init__(self, text: str, toc_titles: tuple[str, ...], subjects: tuple[str, ...]) -> None:
        self.text = text
        self.toc_titles: dict[tuple[str, int], list[str]] = {}
        for entry in toc_titles:
            match = _MARKER_RE.match(entry)
            title = entry[match.end() :].strip() if match else ""
            if match and len(title) >= 2:
                self.toc_titles.setdefault(_marker(match), []).append(title)
        self.subjects = subjects
        self.last: dict[str, int] = {}
        self.headings: list[Heading] = []
        self.in_article = False

    def run(self) -> list[Heading]:
        position = 0
        chain_end = -1
        for match in _markers(self.text):
            if match.start() < position:
                continue
            style, value = _marker(match)
            context = self._context(match.start(), chain_end)
            if not self._accept(style, value, context):
                continue
            heading = self._heading(match, style, value, context)
            self.headings.append(heading)
            self._update_state(heading)
            position = heading.end
            chain_end = heading.end
        return self.headings

    # where a marker stands decides how much evidence it needs
    def _context(self, start: int, chain_end: int) -> str:
        if start == chain_end:
            return "chain"
        # only the last few characters before the marker matter (lines can be long)
        window_start = max(0, start - 12)
        newline = self.text.rfind("\n", window_start, start)
        at_line = newline >= 0 or window_start == 0
        line_start = newline + 1 if newline >= 0 else window_start
        before = self.text[line_start:start]
        if at_line and not before.strip(" \t\u3000#>*-•·"):
            return "line"
        stripped = before.rstrip(" \t\u3000").rstrip(_CLOSERS)
        last = stripped[-1:] if stripped else ""
        if last in _TERMINALS:
            return "sentence"
        if last in _SOFT_TERMINALS:
            return "clause"
        if last in _REFERENCE_WORDS or not _CJK_RE.match(last or " "):
            return "reference"  # 图2、表3 / 第2、3项 / 、2、 are references or lists
        return "inline"

    def _accept(self, style: str, value: int, context: str) -> bool:
        if context == "chain":
            return True
        if style in ("bian", "zhang", "jie", "tiao"):
            return context == "line"
        if context in ("line", "sentence"):
            return True
        successor = value == self.last.get(style, 0) + 1
        if context == "clause":
            return successor and self.last.get(style, 0) > 0
        if context == "reference":
            return False
        # inline: only where a heading continues its sequence after skipped text
        return successor and value >= 2

    def _update_state(self, heading: Heading) -> None:
        self.last[heading.style] = heading.value
        for style, rank in RANKS.items():
            if rank > heading.rank:
                self.last.pop(style, None)
        if heading.style == "tiao":
            self.in_article = True
        elif heading.rank < RANKS["tiao"]:
            self.in_article = False

    # the title of a heading
    def _heading(self, match: re.Match[str], style: str, value: int, context: str) -> Heading:
        start, marker_end = match.start(), match.end()
        number = match.group()
        if style == "tiao" or (self.in_article and RANKS[style] > RANKS["tiao"]):
            return Heading(start, marker_end, number, "", style, value)
        title_start = marker_end
        while title_start < len(self.text) and self.text[title_start] in " \t\u3000":
            title_start += 1
        title_end = self._title_end(title_start, style, value, context)
        if title_end <= title_start:
            return Heading(start, marker_end, number, "", style, value)
        return Heading(start, title_end, number, self.text[title_start:title_end], style, value)

    def _title_end(self, start: int, style: str, value: int, context: str) -> int:
        text = self.text
        window = text[start : start + MAX_TITLE + 1]
        for title in self.toc_titles.get((style, value), ()):
            if window.startswith(title):
                return start + len(title)
        stop = _HARD_STOP_RE.search(window)
        cut = stop.start() if stop else len(window)
        nested = self._next_marker(start, start + len(window), style, value)
        if nested is not None and 2 <= nested - start <= cut:
            return nested
        stop_char = window[cut : cut + 1]
        if stop_char == "\n" or (not stop_char and start + cut >= len(text)):
            return start + cut if cut <= MAX_TITLE else start
        if stop_char.isspace() and cut >= 2:
            return start + cut
        if stop_char in _TERMINALS and cut <= 20 and not _CLAUSE_IN_TITLE_RE.search(window[:cut]):
            # A lead phrase closed by a full stop is the title: （一）指导思想。以…
            return start + cut
        if context == "line" and stop_char in "。！？!?；;" and cut <= 12:
            # A numbered sentence or list clause (1、加强监管是关键。) has no title.
            return start
        return self._split_run_in(start, window[: cut + 1], cut)

    def _next_marker(self, start: int, end: int, style: str, value: int) -> int | None:
        """A marker inside the title window that continues the numbering: a child
        (value 1 of a deeper scheme) or the next number of this or a higher scheme."""
        for match in _MARKER_RE.finditer(self.text, start, end):
            if match.start() == start:
                continue
            m_style, m_value = _marker(match)
            if m_style in ("bian", "zhang", "jie", "tiao"):
                continue
            if not _CJK_RE.match(self.text, match.start() - 1):
                continue
            deeper = RANKS[m_style] > RANKS[style]
            # a child may start at 2 or 3 when the text of the first ones was skipped
            child = deeper and (m_value == 1 or (m_value <= 3 and match.start() - start >= 4))
            if child or m_value == self.last_value(m_style, style, value) + 1:
                return match.start()
        return None

    def last_value(self, m_style: str, style: str, value: int) -> int:
        if m_style == style:
            return value
        if RANKS[m_style] < RANKS[style]:
            return self.last.get(m_style, 0)
        return -99  # a deeper scheme restarts at 1 under a new heading

    def _split_run_in(self, start: int, window: str, cut: int) -> int:
        """Best end of a title run into its body, or ``start`` (no title) if none fits.

        ``window[:cut]`` holds the candidates; ``window[cut:]`` is the stop after it.
        """
        best_score, best_end = 1.0, start
        opening = _OPENING_PHRASE_RE.search(window, 4)
        for length in range(2, cut - 1):
            title, body = window[:length], window[length:]
            fragment = window[length : opening.start()] if opening else ""
            cut_off = bool(fragment) and len(fragment) <= 6 and fragment not in self.subjects
            penalty = 1.0 if cut_off else 0.0  # the body would open with a fragment before 在…中,
            # the clause tests only lower a score: a title that cannot win without them is
            # not tested (they search every candidate title, each a prefix of the window)
            if self._score(title, body, clause_tests=False) - penalty <= best_score - _EPSILON:
                continue
            score = self._score(title, body) - penalty
            if score > best_score:
                best_score, best_end = score, start + length
        return best_end

    def _party_bound(self, title: str) -> bool:
        """A known party right before a modal (甲公司应…) in a title: a duty, no title.

        Why: asked of every candidate title of a run-in heading; a modal is looked for at
        each position, and only where one starts is a party looked for before it, in
        place of finding every party's every occurrence.
        """
        subjects = self.subjects
        return any(
            title.startswith(_MODALS, at) and title.endswith(subjects, 0, at)
            for at in range(len(title))
        )

    def _score(self, title: str, body: str, *, clause_tests: bool = True) -> float:
        """How well ``title`` reads as a run-in title before ``body``; without
        ``clause_tests`` an upper bound of it (the tests of a clause in the title only lower it)."""
        score = -0.03 * len(title) - (0.05 * (len(title) - 20) if len(title) > 20 else 0)
        if title.endswith(TITLE_FINALS):
            score += 2.0
        elif title[-1] in _TITLE_FINAL_CHARS:
            score += 1.2
        elif title[-1] in _BAD_TITLE_END or title[-1].isdigit():
            score -= 3.0
        if body[0] in _BAD_BODY_START:
            score -= 2.0
        if body.startswith(TITLE_FINALS):
            score -= 1.5  # 售后服务|责任: the title goes on
        cuts_name = body.startswith(_NAME_HEADS) and _CJK_RE.match(title[-1]) is not None
        if cuts_name and not body.startswith(TITLE_FINALS):
            score -= 2.0  # 甲保险|公司: the body's head closes a name the title opens
        if clause_tests and (_CLAUSE_IN_TITLE_RE.search(title) or self._party_bound(title)):
            score -= 2.0
        if clause_tests and (title.endswith(_MODALS) or body.startswith(_MODALS)):
            score -= 2.0  # 甲可|从…入手, 乙|方可…: a modal binds the title into the body's clause
        if title[:2] == body[:2]:
            score += 1.0  # the body restates the title's subject: 品牌…|品牌影响…
        if _OPENING_PHRASE_RE.match(body):
            score += 2.5
        elif body.startswith(CLAUSE_OPENERS) or (body.startswith(self.subjects) and not cuts_name):
            score += 1.5
        elif any(body[:n] in title for n in (4, 3, 2) if len(body) >= n):
            score += 1.3
        if len(title) < 3:
            score -= 1.0
        if clause_tests and _modal_clause(title):
            return min(score, 0.0)  # 甲馆应完善|甲馆制度: a duty whose object restates its party
        return score


def _modal_clause(title: str) -> bool:
    """A modal and its verb in a title (甲馆应完善) make it a clause, unless a title noun
    after the verb closes a noun phrase or a question (甲馆应承担的责任, 乙应如何履行义务);
    a title noun alone after the verb is its object (甲可从技术和环境|两方面入手)."""
    modal = _MODAL_CLAUSE_RE.search(title)
    return modal is not None and not any(
        title.endswith(final)
        and _NOUN_PHRASE_OR_QUESTION_RE.search(title, modal.end(), len(title) - len(final))
        for final in TITLE_FINALS
    )


#: 的 closing a relative clause, or a word asking how: the title after a modal names a
#: thing or asks a question (甲应承担的责任, 乙应如何…).
_NOUN_PHRASE_OR_QUESTION_RE = re.compile(f"的|{lang_data().alternation('manner_interrogatives')}")


# --- the section tree -------------------------------------------------------------------------


def infer_from_toc(headings: Sequence[Heading], toc: Toc | None, body_start: int) -> list[Heading]:
    """Add the top-level heading of a part whose heading page was skipped.

    When body text (or deeper headings) comes before the first top-level heading of
    the body, and the TOC lists the part just before it, that part is where the text
    belongs: an *inferred* heading (empty span at ``body_start``) stands for it.
    """
    if toc is None or not headings:
        return list(headings)
    top_rank = min(entry.rank for entry in toc.entries)
    top = [h for h in headings if h.rank == top_rank]
    first_top = top[0] if top else None
    orphans = [h for h in headings if first_top is None or h.start < first_top.start]
    if not orphans or first_top is None:
        return list(headings)
    wanted = first_top.value - 1
    for entry in toc.entries:
        if entry.rank == top_rank and entry.value == wanted and entry.style == first_top.style:
            inferred = replace(entry, start=body_start, end=body_start, inferred=True)
            return [inferred, *headings]
    return list(headings)


def build_sections(headings: Sequence[Heading], text_end: int) -> tuple[Section, ...]:
    """The section tree: levels from the schemes present, parents by nesting."""
    ordered = sorted(headings, key=lambda h: (h.start, h.rank))
    ranks = [h.rank for h in ordered]
    level_of = {rank: level for level, rank in enumerate(sorted(set(ranks)), start=1)}
    # body_end: the start of the next heading of the same or a higher rank
    body_ends = [text_end] * len(ordered)
    open_sections: list[int] = []
    for index, rank in enumerate(ranks):
        while open_sections and ranks[open_sections[-1]] >= rank:
            body_ends[open_sections.pop()] = ordered[index].start
        open_sections.append(index)
    sections: list[Section] = []
    stack: list[int] = []
    for index, heading in enumerate(ordered):
        while stack and ranks[stack[-1]] >= ranks[index]:
            stack.pop()
        parent = stack[-1] if stack else None
        body_end = body_ends[index]
        kind = heading.kind or _KINDS[heading.style]
        if heading.style == "pcn" and parent is not None and ordered[parent].style == "tiao":
            kind = "item"
        sections.append(
            Section(
                index=index,
                number=heading.number,
                title=heading.title,
                level=level_of[heading.rank],
                kind=kind,
                parent=parent,
                start=heading.start,
                end=heading.end,
                body_end=max(body_end, heading.end),
            )
        )
        stack.append(index)
    return tuple(sections)
