"""The parts of a research paper: front matter, abstract, keywords, notes, references.

Journal papers name their parts with fixed words rather than numbers (摘要：…,
关键词：…, 参考文献, Abstract, Keywords, 致谢, 附录), cite with markers that are not
part of what a sentence says (…的义务[3]。, …的规定①。) and end with a reference list
in the GB/T 7714 style ([1] 作者. 题名[J]. 刊名, 年, 卷(期): 页码.). This module finds
the part headings (as :class:`~zhkg.extract.structure.Heading` with a paper kind),
the citation markers (to drop from the normalised text and keep as links), and
parses reference entries into :class:`~zhkg.extract.model.Reference` records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from zhkg.extract.lang import lang_data
from zhkg.extract.model import Reference, Section
from zhkg.extract.structure import Heading

__all__ = [
    "CitationMarker",
    "find_citation_markers",
    "front_matter_headings",
    "paper_headings",
    "parse_reference",
    "part_of_title",
    "reference_entries",
    "type_name",
]

_SPACE = r"[ \t\u3000]*"
#: Part names at a line start, with the kind of section they open. A run-in part
#: (摘要：本文…) needs its colon; a part alone on its line needs none.
_PARTS = (
    (r"摘\s*要|内容提要|提\s*要", "abstract"),
    (r"(?i:abstract)", "abstract"),
    (r"关\s*键\s*[词字]", "keywords"),
    (r"(?i:key\s*words?|index\s+terms)", "keywords"),
    (r"参\s*考\s*文\s*献|主要参考文献|(?i:references|bibliography)", "references"),
    (r"致\s*谢|(?i:acknowledge?ments?)", "acknowledgements"),
    (
        r"附\s*录(?:\s*[A-Z\d一二三四五六七八九十]{1,2})?|(?i:appendix(?:\s+[A-Z\d]{1,2})?)",
        "appendix",
    ),
    (r"脚\s*注|注\s*释|(?i:notes)", "footnotes"),
)  # fmt: skip
_PART_RE = re.compile(
    rf"^{_SPACE}[\[【〔]?(?:{'|'.join(f'(?P<k{i}>{p})' for i, (p, _) in enumerate(_PARTS))})"
    rf"[\]】〕]?(?:{_SPACE}(?P<colon>[:：])|{_SPACE}(?=\n|$)|(?P<gap>[ \t\u3000]+)(?=\S)"
    rf"|(?P<opener>)(?={lang_data().alternation('self_references')}))",
    re.M,
)
#: A numbered or Markdown heading whose title is a part name: 五、参考文献, # 参考文献：.
PART_TITLES = {
    "摘要": "abstract",
    "abstract": "abstract",
    "关键词": "keywords",
    "keywords": "keywords",
    "参考文献": "references",
    "主要参考文献": "references",
    "references": "references",
    "bibliography": "references",
    "致谢": "acknowledgements",
    "acknowledgements": "acknowledgements",
    "附录": "appendix",
    "appendix": "appendix",
    "注释": "footnotes",
    "脚注": "footnotes",
    "notes": "footnotes",
}


def part_of_title(title: str) -> str:
    """The part a heading title names (参考文献： -> references), or ""."""
    return PART_TITLES.get(re.sub(r"[\s:：]", "", title).lower(), "")


#: The name of a body authors work at (甲大学, 乙研究所) and a six-digit postcode.
_AFFILIATION_BODY_RE = re.compile(lang_data().alternation("affiliation_endings"))
_POSTCODE = r"\d{6}"
_AFFILIATION_RE = re.compile(rf"{_AFFILIATION_BODY_RE.pattern}|{_POSTCODE}")
_STANDALONE_POSTCODE_RE = re.compile(rf"(?<!\d){_POSTCODE}(?!\d)")


def affiliation_line(line: str) -> bool:
    """Whether a line past the front matter is an author's affiliation (1.甲大学图书馆
    北京 100871), which the structure may take for a numbered heading. It needs both the
    body's name and a postcode, where a line under a paper's title needs either: a
    heading in a text's body may state an amount (乙方缴纳100000元保证金)."""
    return (
        _AFFILIATION_BODY_RE.search(line) is not None
        and _STANDALONE_POSTCODE_RE.search(line) is not None
    )


_AUTHOR_LINE_RE = re.compile(
    r"^(?:[\u4e00-\u9fff·]{2,5}[\d,，*①-⑳\s]*)"
    r"(?:[ \t\u3000,，、]+[\u4e00-\u9fff·]{2,5}[\d,，*①-⑳]*)*$"
    r"|^[A-Z][a-z]+(?:[ -][A-Z][a-z]*\.?)+(?:\s*(?:,|and)\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]*\.?)+)*$"
)


def paper_headings(text: str, top_rank: int) -> list[Heading]:
    """Headings of a paper's named parts at a line start, at the body's top rank."""
    headings = []
    for match in _PART_RE.finditer(text):
        kind = next(
            _PARTS[int(name[1:])][1]
            for name, value in match.groupdict().items()
            if value and name.startswith("k")
        )
        word_end = match.end() - (1 if match.group("colon") else 0)
        word = re.sub(r"\s+", "", text[match.start() : word_end]).strip("[]【】〔〕")
        end = match.end()
        line_end = text.find("\n", end)
        rest = text[end : line_end if line_end >= 0 else len(text)].strip()
        if match.group("gap") and kind in ("abstract", "keywords"):
            pass  # 关键词 平台 责任 / Abstract Based on …: a space for the colon
        elif match.group("gap"):
            # 附录A 调查问卷: an appendix keeps its title on the heading line
            if kind != "appendix" or len(rest) > 30 or re.search(r"[。！？；，]", rest):
                continue
            end = end + len(text[end:].split("\n", 1)[0].rstrip())
            word = " ".join(text[match.start() : end].split())
        elif match.group("opener") is not None:
            pass  # 摘要本文…: the abstract's first words follow the part name directly
        elif not match.group("colon") and rest:
            continue  # a part name that starts a sentence, not a heading
        headings.append(
            Heading(match.start(), end, "", word, "paper", 0, rank_override=top_rank, kind=kind)
        )
    return headings


def front_matter_headings(text: str, first_part: int, top_rank: int) -> list[Heading]:
    """Title, author and affiliation lines before a paper's abstract (a handful of lines)."""
    lines = []
    position = 0
    for raw in text[:first_part].split("\n"):
        if raw.strip():
            start = position + len(raw) - len(raw.lstrip())
            lines.append((start, position + len(raw.rstrip()), raw.strip()))
        position += len(raw) + 1
    if not lines or len(lines) > 8:
        return []
    headings = []
    for number, (start, end, line) in enumerate(lines):
        if number == 0:
            kind = "title"
        elif _AFFILIATION_RE.search(line):
            kind = "affiliation"
            abstract = _run_in_abstract(line, start, top_rank)
            if abstract is not None:
                headings.append(
                    Heading(start, abstract.start, "", line[: abstract.start - start], "paper",
                            0, rank_override=top_rank, kind=kind)
                )  # fmt: skip
                headings.append(abstract)
                continue
        elif _AUTHOR_LINE_RE.match(line):
            kind = "authors"
        else:
            continue
        headings.append(
            Heading(start, end, "", line, "paper", 0, rank_override=top_rank, kind=kind)
        )
    return headings


#: An abstract run into the line before it (…大学，北京 100081摘要：本文…), as a paper
#: converted from print often gives it.
_RUN_IN_ABSTRACT_RE = re.compile(r"(?:摘\s*要|内容提要)[ \t\u3000]*[:：]?[ \t\u3000]*(?=\S)")


def _run_in_abstract(line: str, start: int, top_rank: int) -> Heading | None:
    """The heading of an abstract that starts inside an affiliation line, after the
    affiliation (甲大学管理学院 100872摘要：…): the rest of the line is the abstract."""
    affiliation = _AFFILIATION_RE.search(line)
    assert affiliation is not None
    found = _RUN_IN_ABSTRACT_RE.search(line, affiliation.end())
    if found is None:
        return None
    return Heading(
        start + found.start(), start + found.end(), "", "摘要", "paper", 0,
        rank_override=top_rank, kind="abstract",
    )  # fmt: skip


# --- citation markers -------------------------------------------------------------------------

_BRACKET_RE = re.compile(
    r"[\[［](?P<body>\d{1,3}(?:\s*[-–—~～,，、]\s*\d{1,3})*)[\]］]"
    r"(?:\s*[,，]?\s*[\[［]\d{1,3}(?:\s*[-–—~～,，、]\s*\d{1,3})*[\]］])*"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CIRCLED_RE = re.compile(f"[{_CIRCLED}]")
_NOT_BEFORE_MARK = set("：:；;，,、(（\n \t\u3000")


@dataclass(frozen=True, slots=True)
class CitationMarker:
    """A citation marker in a text: its span and the labels it cites ("2", "3", "①")."""

    start: int
    end: int
    labels: tuple[str, ...]


def find_citation_markers(text: str) -> list[CitationMarker]:
    """Bracketed numbers after text ([3], [1-3], [5,6]) and footnote marks (①) whose note
    appears later at a line start. A bracketed number at a line start is a reference
    entry's label, not a citation."""
    markers = []
    for match in _BRACKET_RE.finditer(text):
        before = text[match.start() - 1 : match.start()] if match.start() else "\n"
        if before in "\n" or not text[: match.start()].split("\n")[-1].strip():
            continue
        labels = tuple(
            label
            for body in re.findall(r"\d{1,3}(?:\s*[-–—~～,，、]\s*\d{1,3})*", match.group())
            for label in _expand(body)
        )
        markers.append(CitationMarker(match.start(), match.end(), labels))
    noted = {m.group() for m in re.finditer(rf"(?m)^{_SPACE}([{_CIRCLED}])", text)}
    for match in _CIRCLED_RE.finditer(text):
        mark = match.group()
        before = text[match.start() - 1 : match.start()] if match.start() else "\n"
        if mark not in noted or before in _NOT_BEFORE_MARK:
            continue
        if not re.search(rf"(?m)^{_SPACE}{mark}", text[match.end() :]):
            continue
        markers.append(CitationMarker(match.start(), match.end(), (mark,)))
    return sorted(markers, key=lambda m: m.start)


def _expand(body: str) -> list[str]:
    labels: list[str] = []
    for part in re.split(r"\s*[,，、]\s*", body):
        bounds = re.split(r"\s*[-–—~～]\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            low, high = int(bounds[0]), int(bounds[1])
            if 0 < high - low <= 50:
                labels.extend(str(n) for n in range(low, high + 1))
                continue
        labels.extend(b for b in bounds if b.isdigit())
    return labels


# --- reference entries --------------------------------------------------------------------------

_ENTRY_RE = re.compile(
    r"[ \t\u3000]*(?:[\[［](?P<n1>\d{1,3})[\]］]|(?P<n2>\d{1,3})[.．、)](?!\d)|(?P<n3>[①-⑳]))"
    r"[ \t\u3000]*(?P<body>\S.*)$",
)
_GBT_RE = re.compile(
    r"^(?:(?P<authors>[^.．。\[]{1,120}?)[.．。]\s*)?(?P<title>[^\[]+?)\s*"
    r"[\[［]\s*(?P<kind>[A-Z]{1,2}(?:\s*/\s*OL)?)\s*[\]］]\s*[.．。]?\s*(?P<rest>.*)$"
)
_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_VOLUME_RE = re.compile(r"[,，]\s*(?:19|20)\d\d\s*[,，]\s*(\d{1,4})\s*[(（]")
_ISSUE_RE = re.compile(r"[(（]\s*(\d{1,3}|[A-Za-z]\d?)\s*[)）]")
_PAGES_RE = re.compile(r"[:：]\s*(\d{1,5}\s*[-–—~]\s*\d{1,5}|\d{1,5})\s*[.．。]?\s*$")
_TYPE_NAMES = {
    "J": "journal article",
    "M": "book",
    "D": "thesis",
    "C": "conference paper",
    "N": "newspaper article",
    "S": "standard",
    "R": "report",
    "P": "patent",
    "G": "collection",
    "Z": "other",
    "DB": "database",
    "EB": "web page",
    "A": "part of a book",
}


def reference_entries(text: str, sections: Sequence[Section]) -> list[tuple[str, int, int]]:
    """(label, start, end) of every entry in the reference-list sections of ``text``.

    An entry opens with its label ([1], 1., ①); a line without one continues the
    entry before it (a long entry wrapped in the source). A list without labels has
    one entry per line.
    """
    entries: list[tuple[str, int, int]] = []
    for section in sections:
        if section.kind != "references":
            continue
        found: list[tuple[str, int, int]] = []
        body_start = section.end
        for line in re.finditer(
            r"(?m)^[ \t\u3000]*(\S.*?)[ \t\u3000]*$", text[body_start : section.body_end]
        ):
            start, end = body_start + line.start(1), body_start + line.end(1)
            match = _ENTRY_RE.match(text, start, end)
            if match:
                label = match.group("n1") or match.group("n2") or match.group("n3") or ""
                found.append((label, match.start("body"), end))
            elif found and _LABELLED_LIST_RE.search(text, body_start, section.body_end):
                label, entry_start, _ = found[-1]
                found[-1] = (label, entry_start, end)
            elif len(line.group(1)) >= 8:
                found.append((str(len(found) + 1), start, end))
        entries += found
    return entries


_LABELLED_LIST_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?:[\[［]\d{1,3}[\]］]|\d{1,3}[.．、)](?!\d)|[①-⑳])"
)


def parse_reference(label: str, text: str) -> Reference:
    """A reference entry's fields, GB/T 7714 style first, then what can be read of any entry."""
    text = _LINE_BREAK_RE.sub(_line_joint, text.strip())
    match = _GBT_RE.match(text)
    if match is None:
        years = _YEAR_RE.findall(text)
        title = re.search(r"《([^》]{2,80})》", text)
        return Reference(
            label=label,
            text=text,
            title=title.group(1) if title else "",
            year=years[-1] if years else "",
        )
    rest = match.group("rest").strip()
    kind = match.group("kind")
    venue, publisher = "", ""
    if kind in ("J", "N"):
        venue = re.split(r"[,，]", rest, maxsplit=1)[0].strip(" .．。")
    elif re.search(r"(?<!:)//", rest) and kind in ("C", "A", "G", "M"):
        # [C]//编者. 论文集名. 出版地: 出版者, 年: 页码 -> the collection's title
        collection = re.split(r"(?<!:)//", rest, maxsplit=1)[1]
        parts = [p.strip() for p in re.split(r"[.．。]\s*", collection) if p.strip()]
        titled = [p for p in parts if not re.search(r"[:：]|^\d", p)]
        venue = titled[-1] if titled else ""
    if kind in ("M", "D", "C", "R", "S", "G", "A"):
        place = re.search(r"(?:^|[.．。]\s*)(?P<pub>[^.．。:：]{1,20}[:：][^,，.．。]{1,40})", rest)
        if place:
            publisher = place.group("pub").split("：")[-1].split(":")[-1].strip()
    years = _YEAR_RE.findall(rest) or _YEAR_RE.findall(text)
    volume = _VOLUME_RE.search(rest)
    issue = _ISSUE_RE.search(rest)
    pages = _PAGES_RE.search(rest)
    return Reference(
        label=label,
        text=text,
        authors=_authors(match.group("authors") or ""),
        title=match.group("title").strip(" .．。"),
        kind=kind,
        venue=venue,
        year=years[0] if years else "",
        volume=volume.group(1) if volume else "",
        issue=issue.group(1) if issue and kind in ("J", "N") else "",
        pages=pages.group(1).replace(" ", "") if pages else "",
        publisher=publisher,
    )


_LINE_BREAK_RE = re.compile(r"(.)[ \t\u3000]*\n\s*(.)")
_WIDE_RE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _line_joint(match: re.Match[str]) -> str:
    """An entry wrapped over lines: Chinese joins directly, Latin with a space."""
    before, after = match.group(1), match.group(2)
    wide = _WIDE_RE.match(before) or _WIDE_RE.match(after)
    return before + ("" if wide else " ") + after


def type_name(kind: str) -> str:
    """The English name of a GB/T 7714 type code ("J" -> "journal article")."""
    return _TYPE_NAMES.get(kind.split("/")[0], "")


def _authors(text: str) -> tuple[str, ...]:
    names = re.split(r"\s*(?:[,，、;；]|\band\b)\s*", text.strip())
    cleaned = []
    for name in names:
        name = re.sub(r"\s*(?:等|et\s+al\.?)$", "", name.strip()).strip()
        if name:
            cleaned.append(name)
    return tuple(cleaned)
