"""Why a sentence gave the rows it gave: its clauses, their roles and the rules that fired.

``zhkg extract PATH --explain WHICH`` prints this for one sentence, so a researcher
who doubts a row (or misses one) sees where the reading went, without a debugger.
"""

from __future__ import annotations

from collections.abc import Iterator

from zhkg.errors import InputError
from zhkg.extract.extractor import doc_tokens, party_finder, pipeline_for
from zhkg.extract.lexicon import Lexicon
from zhkg.extract.model import Document, Extraction, Sentence
from zhkg.extract.responsibilities import ClauseTrace, analyse_sentence

__all__ = ["explain_lines", "find_sentence"]


def find_sentence(document: Document, which: str) -> Sentence:
    """The sentence numbered ``which`` (as in the outputs), else the first containing it."""
    if which.isdigit():
        index = int(which)
        if index < len(document.sentences):
            return document.sentences[index]
        raise InputError(
            document.source,
            f"has {len(document.sentences)} sentences, no sentence {index}",
            hint="give a sentence number from 0, or a phrase of the sentence",
        )
    for sentence in document.sentences:
        if which in sentence.text:
            return sentence
    raise InputError(
        document.source,
        f"no sentence contains {which!r}",
        hint="give a sentence number, or a phrase copied from the text (Simplified characters)",
    )


def explain_lines(extraction: Extraction, lexicon: Lexicon, sentence: Sentence) -> Iterator[str]:
    """Lines describing how ``sentence`` of ``extraction``'s document was read."""
    tokens = doc_tokens(pipeline_for(lexicon)(sentence.text))
    trace: list[ClauseTrace] = []
    analyse_sentence(sentence.text, tokens, party_finder(lexicon), trace=trace)
    yield f"sentence {sentence.index}: {sentence.text}"
    yield "tokens: " + " / ".join(sentence.text[s:e] for s, e in tokens)
    yield "clauses:"
    for clause in trace:
        text = sentence.text[clause.start : clause.end]
        detail = f"  [{clause.role}]"
        if clause.trigger:
            detail += f" trigger {clause.trigger}"
        if clause.holders:
            detail += f" holders {'、'.join(clause.holders)}"
        if clause.rule:
            detail += f" rule {clause.rule}"
        yield f"{detail}: {text}"
    yield "rows (after context: zero subjects, headings, list items):"
    rows = [r for r in extraction.responsibilities if r.sentence == sentence.index]
    for row in rows:
        yield f"  {row.holder.text}\t{row.modality.value}\t{row.duty}\t[{row.rule}]"
    relations = [r for r in extraction.relations if r.sentence == sentence.index]
    for relation in relations:
        yield (
            f"  {relation.subject.text} {relation.kind.value} {relation.object.text}"
            f"\t[{relation.rule}]"
        )
    if not rows and not relations:
        yield "  (none)"
