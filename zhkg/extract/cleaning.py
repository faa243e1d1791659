"""Original text -> normalised text with an exact offset map, plus notices.

Every step works on a :class:`TextView` (a text and, for each of its characters,
the index of the original character it came from) and only ever *drops* spans or
replaces characters one for one (a LaTeX circled number, ``$\\textcircled{2}$``, is
read as ② at its ``$``), so the map stays exact:

1. Traditional -> Simplified (OpenCC ``t2s``, then 著 -> 着 where the dictionary
   prefers it: 隨著 -> 随着 but 显著 stays), aligned character by character;
   where a phrase conversion changes the length, the unchanged head and tail of
   the segment keep their positions and the rest is mapped proportionally.
2. Document-sharing-site chrome (page-title lines, download buttons, copyright and
   disclaimer blocks, advertising, tips lists, comment boxes, the site's preview
   blurb) is dropped, by general patterns of such sites, and reported.
3. Pinyin annotations after characters (关(guān)) are dropped.
4. Mojibake runs (UTF-8 bytes read as GBK and similar: 为商家?guī)砀咝У匿N售) are
   found by character plausibility, dropped and reported with their original span.
5. U+FFFD replacement characters are dropped and reported.

Patterns match the Simplified text, so one pattern covers both scripts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from zhkg.extract import hanzi
from zhkg.extract.lang import lang_data
from zhkg.extract.model import Notice, NoticeKind

__all__ = [
    "Cleaned",
    "TextView",
    "circled_numbers",
    "clean",
    "drop_spans",
    "find_chrome",
    "find_mojibake",
    "find_pinyin",
    "plain_spaces",
    "to_simplified",
]


@dataclass(frozen=True, slots=True)
class TextView:
    """A derived text and, per character, its index in the original text.

    ``offsets`` has ``len(text) + 1`` entries; the last is the end position.
    """

    text: str
    offsets: list[int]

    @classmethod
    def identity(cls, text: str) -> TextView:
        return cls(text, list(range(len(text) + 1)))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span a span of this view came from."""
        if start >= end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The cleaning result: the normalised view, notices and what was learnt."""

    view: TextView
    notices: tuple[Notice, ...] = ()
    #: Title found in site chrome (the page-title lines), Simplified; "" if none.
    title: str = ""
    #: Positions in ``view.text`` where a dropped mojibake run swallowed a clause
    #: boundary: sentence splitting starts a new sentence there.
    breaks: tuple[int, ...] = field(default=())


# --- 0. Unicode spaces -------------------------------------------------------------------

#: Spaces of web pages and word processors (no-break, thin, en, em …) read as a plain
#: space: one character for one, so the offset map stays the identity. A no-break space
#: after an article number (第五条\u00a0甲方应当…) otherwise sits before the party.
_SPACE_CHARACTERS = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
)
_SPACES = str.maketrans(dict.fromkeys(_SPACE_CHARACTERS, " "))
_SPACES_RE = re.compile(f"[{_SPACE_CHARACTERS}]")


def plain_spaces(view: TextView) -> TextView:
    """``view`` with every Unicode space but the ideographic one read as " " (a text
    without one is not translated: a search for them is much faster than a translation)."""
    if _SPACES_RE.search(view.text) is None:
        return TextView(view.text, view.offsets)
    return TextView(view.text.translate(_SPACES), view.offsets)


#: A circled item number as a PDF-to-text converter writes it in LaTeX ($\\textcircled{2}$).
_LATEX_CIRCLED_RE = re.compile(r"\$\s*\\textcircled\s*\{\s*(\d{1,2})\s*\}\s*\$")


def circled_numbers(view: TextView) -> TextView:
    """``view`` with each LaTeX circled number read as its character (② for
    ``$\\textcircled{2}$``), mapped to the span's first original character: converted
    papers number their run-in points so, and the extractor knows ① as an item number."""
    text, offsets = view.text, view.offsets
    parts: list[str] = []
    kept: list[int] = []
    position = 0
    for match in _LATEX_CIRCLED_RE.finditer(text):
        number = int(match.group(1))
        if not 1 <= number <= 20:
            continue
        parts += (text[position : match.start()], chr(0x245F + number))
        kept += (*offsets[position : match.start()], offsets[match.start()])
        position = match.end()
    if not position:
        return view
    parts.append(text[position:])
    kept += offsets[position:]
    return TextView("".join(parts), kept)


# --- 1. Traditional -> Simplified -------------------------------------------------------


@lru_cache(maxsize=1)
def _converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def _convert(text: str) -> str:
    converted: str = _converter().convert(text)  # type: ignore[attr-defined]
    if "著" in converted:
        converted = _ZHU_RE.sub(_zhe_or_zhu, converted)
    return converted


#: OpenCC's t2s keeps 著 (Traditional texts write the aspect particle 着 as 著, as in
#: 隨著), so 随著 would reach jieba; the dictionary decides per occurrence by the
#: words it forms with its neighbours (随着 vs 随著, 显著 vs 显着); alone it stays 著.
_ZHU_RE = re.compile("著")


def _zhe_or_zhu(match: re.Match[str]) -> str:
    text, position = match.string, match.start()
    before = text[position - 1 : position]
    after = text[position + 1 : position + 2]
    freq = hanzi.word_frequencies()
    zhe = zhu = 0
    for left, right in ((before, ""), ("", after)):
        if left or right:
            zhe += freq.get(f"{left}着{right}", 0)
            zhu += freq.get(f"{left}著{right}", 0)
    return "着" if zhe > zhu else "著"


_SEGMENT_RE = re.compile(r"[^\n]*\n?")
_PIECE_RE = re.compile(r"[^，。！？；、,.!?;:\s]*[，。！？；、,.!?;:\s]?")


def to_simplified(view: TextView) -> TextView:
    """Convert ``view`` to Simplified Chinese, keeping the offset map exact.

    OpenCC converts large chunks at once (fast); only the rare chunk whose length
    changes is redone piece by piece, and a piece whose length changes is mapped
    proportionally onto its original span.
    """
    converted = _convert(view.text)
    if len(converted) == len(view.text):
        return TextView(converted, view.offsets)
    texts: list[str] = []
    offsets: list[int] = []
    for line in _SEGMENT_RE.finditer(view.text):
        _convert_piece(view, line.start(), line.end(), texts, offsets, _PIECE_RE)
    offsets.append(view.offsets[-1])
    return TextView("".join(texts), offsets)


def _convert_piece(
    view: TextView,
    start: int,
    end: int,
    texts: list[str],
    offsets: list[int],
    finer: re.Pattern[str] | None,
) -> None:
    if start == end:
        return
    source = view.text[start:end]
    converted = _convert(source)
    if len(converted) == len(source):
        texts.append(converted)
        offsets.extend(view.offsets[start:end])
        return
    if finer is not None:
        for piece in finer.finditer(source):
            if piece.start() != piece.end():
                s, e = start + piece.start(), start + piece.end()
                _convert_piece(view, s, e, texts, offsets, None)
        return
    # A phrase conversion changed the length: keep the unchanged head and tail
    # character for character and map the rest of the piece proportionally.
    head = 0
    while head < min(len(source), len(converted)) and converted[head] == _convert(source[head]):
        head += 1
    tail = 0
    limit = min(len(source), len(converted)) - head
    while tail < limit and converted[-1 - tail] == _convert(source[-1 - tail]):
        tail += 1
    texts.append(converted)
    offsets.extend(view.offsets[start : start + head])
    middle = len(converted) - head - tail
    if middle:
        orig_start, orig_end = view.original_span(start + head, end - tail)
        width = max(orig_end - orig_start, 1)
        offsets.extend(orig_start + (i * width) // middle for i in range(middle))
    offsets.extend(view.offsets[end - tail : end])


# --- span dropping ---------------------------------------------------------------------------


def drop_spans(view: TextView, spans: Iterable[tuple[int, int]]) -> TextView:
    """``view`` without the given spans (overlapping or unsorted spans are fine)."""
    merged = _merge(spans)
    if not merged:
        return view
    texts: list[str] = []
    offsets: list[int] = []
    position = 0
    for start, end in merged:
        if start > position:
            texts.append(view.text[position:start])
            offsets.extend(view.offsets[position:start])
        position = max(position, end)
    texts.append(view.text[position:])
    offsets.extend(view.offsets[position:])
    return TextView("".join(texts), offsets)


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(span for span in spans if span[1] > span[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# --- 2. site chrome ---------------------------------------------------------------------------

#: A page-title line of a paginated preview: "<title>_第3页" / "<title> - 第3页".
_PAGE_TITLE_RE = re.compile(r"^[ \t]*(?P<title>\S.{1,120}?)\s*[_\-—|]\s*第\s*\d+\s*页[ \t]*$", re.M)
#: Whole lines that are site chrome: buttons, counters, labels of site widgets.
_CHROME_LINE_RE = re.compile(
    r"^[ \t•·●◆■\-*]*(?:"
    r".{0,40}(?:已阅读|已读)\s*\d+\s*页.*"
    r"|.{0,40}还剩\s*\d+\s*页(?:未读)?.*"
    r"|(?:本文档|全文|文档)共\s*\d+\s*页.{0,20}"
    r"|.{0,12}(?:下载|阅读|预览|打印)(?:文档|本文档?|全文|原文|完整版).{0,16}"
    r"|(?:继续|免费|付费|立即|点击)?(?:免费|付费)?(?:阅读|下载|预览|查看)(?:全文|本文档?|文档|更多|全部)?"
    r"(?:\s*>+)?"
    rf"|(?:{lang_data().alternation('site_widget_labels')})"
    r"(?:\s*[:：]\s*[^\n]{0,24}|\s*[(（]?\d+[)）]?)?"
    r"|\d+\s*/\s*\d+"
    r"|(?:\d+\s*[.、．]\s*)?(?:版权说明|版权声明|免责声明|本站|本网站|[^\s，,。]{1,6}文库网?)[^\n]*"
    r"|[^\n]{0,80}(?:侵权(?:请)?(?:联系|举报)|请进行举报|收益归属|用户(?:提供|上传)并?上传|上传者)[^\n]{0,80}"
    rf"|.{{2,80}}\s*[-_|—]\s*(?:{lang_data().alternation('document_sites')})[^\n]*"
    r")[ \t]*$",
    re.M,
)
#: Signals of site chrome inside running text (disclaimers, advertising); a sentence
#: is chrome when it shows two of them, so one "仅供参考" in a report survives.
_CHROME_SIGNALS = tuple(
    re.compile(pattern)
    for pattern in (
        r"仅供(?:参考|学习|交流)",
        r"不[作做]任何(?:保证|担保)|不承担任何(?:法律)?责任",
        r"不构成.{0,12}(?:建议|依据)",
        r"版权归.{0,10}所有|转载请注明",
        r"专注.{0,12}(?:申报|发表|写作|代写|辅导|咨询)",
        lang_data().alternation("academic_service_offers"),
        lang_data().alternation("academic_service_slogans"),
        r"(?:关注|添加).{0,6}(?:公众号|微信)|扫码|二维码",
        lang_data().alternation("customer_service_words"),
        lang_data().alternation("site_self_references"),
    )
)
_SENTENCE_RE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|(?=\n)|$)")
#: Label of a site's preview blurb; the blurb is the document's own text repeated.
_PREVIEW_LABEL_RE = re.compile(
    rf"^[ \t]*(?:{lang_data().alternation('preview_labels')})[ \t]*[:：]?[ \t]*$", re.M
)
#: Label of a site's list of notices (tips, terms); the list items below it are chrome.
_BLOCK_LABEL_RE = re.compile(
    rf"^[ \t]*(?:{lang_data().alternation('notice_labels')})"
    r"[ \t]*[:：]?[ \t]*$",
    re.M,
)
_LIST_ITEM_RE = re.compile(r"[ \t]*(?:[•·●◆■▪\-*]|\d{1,2}[.、．])[^\n]*\n?|[ \t]*\n")


def find_chrome(text: str) -> tuple[list[tuple[int, int, str]], str]:
    """Spans of site chrome in Simplified ``text`` (with a reason) and the page title."""
    found: list[tuple[int, int, str]] = []
    titles: list[str] = []
    for match in _PAGE_TITLE_RE.finditer(text):
        titles.append(match.group("title").strip())
        found.append((match.start(), _line_end(text, match.end()), "page-title line"))
    for match in _CHROME_LINE_RE.finditer(text):
        if match.end() > match.start() and match.group().strip():
            found.append((match.start(), _line_end(text, match.end()), "site chrome line"))
    chrome_sentences: list[tuple[int, int]] = []
    signals = _signals_in(text)
    for match in _SENTENCE_RE.finditer(text) if len(signals) >= 2 else ():
        sentence = match.group()
        if sentence.strip() and _is_chrome_sentence(sentence, signals):
            chrome_sentences.append((match.start(), match.end()))
            found.append((match.start(), match.end(), "disclaimer or advertising"))
    for match in _BLOCK_LABEL_RE.finditer(text):
        found.append((match.start(), _list_end(text, match.end()), "site notice list"))
    for match in _PREVIEW_LABEL_RE.finditer(text):
        blurb_end = _preview_end(text, match.end(), chrome_sentences)
        if blurb_end is not None:
            found.append((match.start(), blurb_end, "site preview of the document"))
    return found, _PINYIN_RE.sub("", titles[0]) if titles else ""


def _signals_in(text: str) -> tuple[re.Pattern[str], ...]:
    """The chrome signals found anywhere in ``text``.

    Why: a signal that matches inside a sentence matches in the text (the patterns
    look at nothing outside their match), so a text with fewer than two has no chrome
    sentence, and a sentence need only be tested for these; most texts have none.
    """
    return tuple(signal for signal in _CHROME_SIGNALS if signal.search(text))


def _is_chrome_sentence(sentence: str, signals: Sequence[re.Pattern[str]]) -> bool:
    """Whether ``sentence`` shows two of ``signals``."""
    found = 0
    for signal in signals:
        if signal.search(sentence):
            found += 1
            if found == 2:
                return True
    return False


def _list_end(text: str, position: int) -> int:
    """End of the list of items (and blank lines) that follows a chrome label."""
    end = _line_end(text, position)
    while end < len(text):
        item = _LIST_ITEM_RE.match(text, end)
        if item is None or item.end() == end:
            break
        end = item.end()
    return end


def _line_end(text: str, position: int) -> int:
    return position + 1 if text.startswith("\n", position) else position


def _preview_end(text: str, start: int, chrome: Sequence[tuple[int, int]]) -> int | None:
    """End of a preview blurb: the last chrome sentence of the paragraph after its label.

    Preview blurbs repeat the document and are closed by the site's disclaimer or
    advertising; without such a closing the blurb cannot be told from the document,
    so nothing is dropped.
    """
    paragraph_start = start
    while paragraph_start < len(text) and text[paragraph_start] in " \t\r\n":
        paragraph_start += 1
    newline = text.find("\n", paragraph_start)
    paragraph_end = len(text) if newline < 0 else newline
    closing = [end for s, end in chrome if paragraph_start <= s < paragraph_end]
    return max(closing) if closing else None


# --- 3. pinyin annotations ------------------------------------------------------------------

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_SYLLABLE = rf"[a-z{_TONED}]*[{_TONED}][a-z{_TONED}]*"
_PINYIN_RE = re.compile(
    rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（]{_SYLLABLE}(?:\s+{_SYLLABLE})*[)）]"
)


def find_pinyin(text: str) -> list[tuple[int, int]]:
    """Spans of toned-pinyin annotations that follow a Chinese character."""
    return [match.span() for match in _PINYIN_RE.finditer(text)]


# --- 4. mojibake ------------------------------------------------------------------------------

#: Characters that never belong in Chinese prose: stray ?, toned Latin outside a
#: pinyin annotation, Cyrillic/Greek, private-use, replacement and box characters.
_ALIEN_RE = re.compile(
    rf"[?{_TONED}\u0370-\u03ff\u0400-\u04ff\ue000-\uf8ff\ufffd\u2500-\u257f\u0080-\u00bf]"
)


@lru_cache(maxsize=1)
def _rare_re() -> re.Pattern[str]:
    """A CJK character that is not plausible (one regex instead of a per-character loop)."""
    plausible = "".join(sorted(hanzi.plausible_chars()))
    return re.compile(f"(?![{plausible}])[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


#: How far apart two implausible characters may be and still belong to one run.
_RUN_GAP = 2
_ASCII_JUNK_RE = re.compile(rf"(?:[A-Za-z]{{1,3}}|[(（]?{_SYLLABLE}[)）]|[()（）])+")


def find_mojibake(text: str) -> list[tuple[int, int]]:
    """Runs of implausible characters: rare CJK, stray ?, toned Latin, PUA …

    A single rare character is normal (names, terms); garbled text shows as a
    *cluster*: at least three implausible characters with at most two others between
    neighbours, including at least one alien (non-CJK) character or four rare ones.
    Letters glued to a run's edges (the ``N`` of 匿N售) belong to it.
    """
    marks = [(match.start(), True) for match in _ALIEN_RE.finditer(text)]
    marks.extend((match.start(), False) for match in _rare_re().finditer(text))
    marks.sort()
    runs: list[tuple[int, int]] = []
    group: list[tuple[int, bool]] = []
    for mark in [*marks, (len(text) + _RUN_GAP + 10, False)]:
        if group and mark[0] - group[-1][0] > _RUN_GAP + 1:
            if _is_garbled(text, group):
                runs.append(_widen(text, group[0][0], group[-1][0] + 1))
            group = []
        group.append(mark)
    return _merge_close(runs)


def _merge_close(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join runs separated by at most ``_RUN_GAP`` characters: one garbled stretch."""
    merged: list[tuple[int, int]] = []
    for start, end in runs:
        if merged and start - merged[-1][1] <= _RUN_GAP:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _is_garbled(text: str, group: Sequence[tuple[int, bool]]) -> bool:
    aliens = {text[position] for position, alien in group if alien}
    count = sum(1 for _, alien in group if alien)
    if len(group) >= 4 or (len(group) >= 3 and count >= 1):
        return True
    # Two alien characters of which one is not "?": "?yàn)" (a lone "??" is prose).
    return count >= 2 and bool(aliens - {"?"})


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in Latin letters and stray pinyin glued to the run's end (匿N售, 崿F(xiàn))."""
    after = _ASCII_JUNK_RE.match(text, end)
    if after and (after.end() == len(text) or not text[after.end()].isascii()):
        end = after.end()
    return start, end


# --- the whole step ------------------------------------------------------------------------

_CLAUSE_PUNCT = "，,；;"


def clean(original: str) -> Cleaned:
    """Normalise ``original`` and report what was dropped, with original spans."""
    view = circled_numbers(to_simplified(plain_spaces(TextView.identity(original))))
    notices: list[Notice] = []

    pinyin = find_pinyin(view.text)
    if pinyin:
        notices.append(
            _notice(
                view,
                original,
                NoticeKind.PINYIN,
                pinyin[0][0],
                pinyin[-1][1],
                f"{len(pinyin)} pinyin annotations after characters removed",
                excerpt=False,
            )
        )
    view = drop_spans(view, pinyin)

    chrome, title = find_chrome(view.text)
    for start, end in _merge((s, e) for s, e, _ in chrome):
        reasons = sorted({r for s, e, r in chrome if start <= s < end})
        notices.append(_notice(view, original, NoticeKind.CHROME, start, end, ", ".join(reasons)))
    view = drop_spans(view, [(s, e) for s, e, _ in chrome])

    mojibake = find_mojibake(view.text)
    breaks: list[int] = []
    removed = 0
    for start, end in mojibake:
        notices.append(
            _notice(view, original, NoticeKind.MOJIBAKE, start, end, "garbled characters removed")
        )
        if view.text[end : end + 1] in tuple(_CLAUSE_PUNCT):
            breaks.append(start - removed)
        removed += end - start
    view = drop_spans(view, mojibake)

    replacement = [(m.start(), m.end()) for m in re.finditer("\ufffd+", view.text)]
    for start, end in replacement:
        notices.append(
            _notice(
                view,
                original,
                NoticeKind.ENCODING,
                start,
                end,
                "replacement character: bytes were lost when the text was decoded",
            )
        )
    view = drop_spans(view, replacement)
    notices.sort(key=lambda notice: (notice.start, notice.end))
    return Cleaned(view, tuple(notices), title, tuple(breaks))


def _notice(
    view: TextView,
    original: str,
    kind: NoticeKind,
    start: int,
    end: int,
    message: str,
    *,
    excerpt: bool = True,
) -> Notice:
    orig_start, orig_end = view.original_span(start, end)
    text = original[orig_start:orig_end] if excerpt else ""
    return Notice(kind, message, orig_start, orig_end, text)
