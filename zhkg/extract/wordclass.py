"""Word classes from the segmenter's own dictionary, looked up without tagging.

jieba's dictionary carries a part-of-speech tag for every entry; reading it is a
dictionary lookup, far cheaper than running a tagger over each sentence, and it
is enough to tell a verb that opens a predicate (履行…) from a modifier that opens
a name (跨境…, 各级…). Words not in the dictionary (domain terms) count as nouns.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["in_dictionary", "word_class"]


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def word_class(word: str) -> str:
    """The dictionary's tag of ``word`` (e.g. "v", "n", "vn"), "n" when unknown."""
    return _tags().get(word, "n")


def in_dictionary(word: str) -> bool:
    """Whether the segmenter's dictionary lists ``word`` (需求 yes, 需承担 no)."""
    return word in _tags()
