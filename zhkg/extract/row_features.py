"""What the row model sees of a responsibility row: general features, no text's words.

Why: the rules propose rows; whether a proposed row is one an annotator would write
depends on things no single rule sees at once (the rule, how far its holder was
carried, the part of the paper, the words the duty opens with, how crowded its
sentence is). The features are strings (``rule=deontic``, ``sec=abstract``), so a
linear model over them is a plain table of weights (``zhkg.extract.row_model``).
Words enter only as the first and last words of the duty (four characters at most)
and the last one or two characters of the holder (its head: 局, 企业, 医生 …), never
a holder's whole name nor a phrase of a text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from zhkg.extract.lang import lang_data
from zhkg.extract.model import Document, Extraction, ResponsibilityStatement, Sentence

__all__ = ["document_kind", "statement_features"]

#: Split a duty into words (the pipeline's segmenter; a stand-in in tests).
Segmenter = Callable[[str], Sequence[str]]

_MAX_WORD = 4
_ARTICLE_RE = re.compile(r"\s*第[一二三四五六七八九十百零〇\d]+条")
_ITEM_RE = re.compile(r"\s*[（(]?[一二三四五六七八九十\d]+[)）、.．]")
_CITATION_RE = re.compile(r"\[\d+")
_NEGATIONS = ("不", "没", "未", "无")
_END_MARKS = "。；;：:！？!?，,"
_QUOTE_MARKS = '“”"《'


def _bucket(value: float, edges: Sequence[float]) -> str:
    """``<=edge`` for the first edge ``value`` does not pass, else ``>last``."""
    for edge in edges:
        if value <= edge:
            return f"<={edge:g}"
    return f">{edges[-1]:g}"


def _word(word: str | None) -> str:
    return word if word is not None and len(word) <= _MAX_WORD else "<long>"


@lru_cache(maxsize=1)
def _word_classes() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    lang = lang_data()
    modals = tuple(sorted({entry.word for entry in lang.triggers}))
    return (
        lang.words("self_references"),
        lang.words("example_markers"),
        lang.words("epistemic_adverbs"),
        modals,
    )


def document_kind(document: Document) -> str:
    """``paper`` (it has an abstract, keywords or references), ``reg`` (it has articles)
    or ``other``: read from the text, as a file's name says nothing reliable."""
    if document.references or any(
        s.kind in ("abstract", "keywords", "references") for s in document.sections
    ):
        return "paper"
    if any(s.kind == "article" for s in document.sections):
        return "reg"
    return "other"


class _Counts:
    """Per-sentence and per-document counts that several features share."""

    def __init__(self, extraction: Extraction):
        statements = extraction.responsibilities
        self.rows = Counter(s.sentence for s in statements)
        self.mentions = Counter(m.sentence for m in extraction.mentions)
        self.duties = Counter(s.duty for s in statements)
        holders: dict[int, set[str]] = {}
        for s in statements:
            holders.setdefault(s.sentence, set()).add(s.holder.text)
        self.holders = {index: len(names) for index, names in holders.items()}
        self.sentences = max(1, len(extraction.document.sentences))
        self.density = len(statements) / self.sentences
        self.kind = document_kind(extraction.document)


def statement_features(extraction: Extraction, segment: Segmenter) -> list[list[str]]:
    """The features of each responsibility of ``extraction``, in order."""
    counts = _Counts(extraction)
    return [
        _features(extraction.document, statement, counts, segment)
        for statement in extraction.responsibilities
    ]


def _features(
    document: Document, statement: ResponsibilityStatement, counts: _Counts, segment: Segmenter
) -> list[str]:
    sentence = document.sentences[statement.sentence]
    features = _rule_features(statement, counts.kind)
    features += _duty_features(statement, segment)
    features += _holder_features(statement, sentence)
    features += _place_features(document, statement, sentence, counts)
    features += _sentence_features(sentence, statement)
    return features


def _rule_features(statement: ResponsibilityStatement, kind: str) -> list[str]:
    parts = statement.rule.split("+")
    modality = statement.modality.value
    features = [f"rule={part}" for part in parts]
    features += [f"rulehead={part.split('.')[0]}" for part in parts]
    features += [
        f"nrules={min(len(parts), 3)}",
        f"mod={modality}",
        f"rule0xmod={parts[0]}|{modality}",
        f"kind={kind}",
        f"kindxrule={kind}|{parts[0]}",
        f"kindxmod={kind}|{modality}",
        f"conf={statement.confidence:g}",
        f"cat={statement.category}",
    ]
    return features


def _duty_features(statement: ResponsibilityStatement, segment: Segmenter) -> list[str]:
    duty = statement.duty
    words = [w for w in segment(duty) if w.strip()]
    first = words[0] if words else None
    second = words[1] if len(words) > 1 else None
    features = [f"t1={_word(first)}", f"tlast={_word(words[-1] if words else None)}"]
    if first and second and len(first) <= _MAX_WORD and len(second) <= _MAX_WORD:
        features.append(f"t12={first}|{second}")
    _, _, _, modals = _word_classes()
    features += [
        f"dlen={_bucket(len(duty), (2, 4, 6, 9, 13, 20, 30, 45))}",
        f"dutyq={any(c in duty for c in '？?')}",
        f"dutyhasmodal={any(w in duty for w in modals)}",
        f"dutycomma={_bucket(duty.count('，') + duty.count('、'), (0, 1, 3))}",
        f"dutyde={duty.endswith('的')}",
        f"dutyneg={any(w in duty for w in _NEGATIONS)}",
        f"holderinduty={statement.holder.text in duty}",
    ]
    return features


def _holder_features(statement: ResponsibilityStatement, sentence: Sentence) -> list[str]:
    holder = statement.holder
    same = holder.sentence == statement.sentence
    features = [
        f"cls={holder.cls}",
        f"clsxmod={holder.cls}|{statement.modality.value}",
        f"hhead={holder.text[-1:]}",
        f"hlen={_bucket(len(holder.text), (2, 3, 4, 6, 8))}",
        f"samesent={same}",
        f"hdist={_bucket(statement.sentence - holder.sentence, (-1, 0, 1, 2, 5))}",
    ]
    if len(holder.text) >= 3:
        features.append(f"hhead2={holder.text[-2:]}")
    at = sentence.text.find(statement.duty)
    if same:
        start = holder.start - sentence.start
        features.append(f"hbefore={at >= 0 and start < at}")
        if at >= 0:
            features.append(
                f"gap={_bucket(at - (holder.end - sentence.start), (0, 1, 2, 4, 8, 15))}"
            )
            features.append(f"holderpos={_bucket(start, (0, 2, 6, 15, 30))}")
    return features


def _place_features(
    document: Document, statement: ResponsibilityStatement, sentence: Sentence, counts: _Counts
) -> list[str]:
    part = document.section_kind(sentence.section)
    same = statement.holder.sentence == statement.sentence
    position = statement.sentence / counts.sentences
    kind = counts.kind
    return [
        f"sec={part}",
        f"secxkind={part}|{kind}",
        f"kindxsame={kind}|{same}",
        f"nrow={_bucket(counts.rows[statement.sentence], (1, 2, 3, 4, 6, 9))}",
        f"nhold={_bucket(counts.holders.get(statement.sentence, 0), (1, 2, 3, 5))}",
        f"nment={_bucket(counts.mentions[statement.sentence], (0, 1, 2, 3, 5, 8))}",
        f"dupduty={_bucket(counts.duties[statement.duty], (1, 2, 3))}",
        f"pos={_bucket(position, (0.05, 0.15, 0.3, 0.5, 0.7, 0.85, 0.95))}",
        f"kindxpos={kind}|{_bucket(position, (0.05, 0.15, 0.5, 0.85))}",
        f"dens={_bucket(counts.density, (0.1, 0.2, 0.35, 0.5, 0.8))}",
        f"nsent={_bucket(counts.sentences, (30, 80, 150, 300, 600))}",
    ]


def _sentence_features(sentence: Sentence, statement: ResponsibilityStatement) -> list[str]:
    text = sentence.text
    selves, examples, hedges, _ = _word_classes()
    stripped = text.strip()
    end = stripped[-1:]
    features = [
        f"slen={_bucket(len(text), (15, 30, 50, 80, 120, 200))}",
        f"author={any(w in text for w in selves)}",
        f"sentq={any(c in text for c in '？?')}",
        f"hedge={any(w in text for w in hedges)}",
        f"example={any(w in text for w in examples)}",
        f"cite={bool(sentence.citations) or bool(_CITATION_RE.search(text))}",
        f"quote={any(c in text for c in _QUOTE_MARKS)}",
        f"article={_ARTICLE_RE.match(text) is not None}",
        f"listitem={_ITEM_RE.match(text) is not None}",
        f"endpunct={end if end and end in _END_MARKS else 'other'}",
    ]
    at = text.find(statement.duty)
    features.append(f"dutyfound={at >= 0}")
    if at > 0:
        before = text[max(0, at - 2) : at]
        after = text[at + len(statement.duty) : at + len(statement.duty) + 1]
        features += [
            f"pre2={before}",
            f"pre1={before[-1:]}",
            f"dutypos={_bucket(at / max(1, len(text)), (0.1, 0.25, 0.5, 0.75))}",
            f"post1={after or '<end>'}",
        ]
    return features
