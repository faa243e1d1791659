"""Character plausibility for Chinese text, derived from jieba's dictionary.

Encoding detection and mojibake detection both need to know how *likely* a
character is in ordinary Chinese prose. jieba ships a word-frequency dictionary of
about 350,000 words; summing the frequencies of the words a character occurs in
gives a robust per-character frequency without bundling another data file.
"""

from __future__ import annotations

import math
import re
import warnings
from functools import lru_cache
from pathlib import Path

with warnings.catch_warnings():  # jieba imports the deprecated pkg_resources
    warnings.simplefilter("ignore")
    import jieba

__all__ = [
    "CJK_RE",
    "HAN_WORD_RE",
    "char_frequencies",
    "common_chars",
    "is_rare",
    "likelihood",
    "plausibility",
    "plausible_chars",
    "word_frequencies",
]

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: A run of common Chinese characters (the basic block): a word, no punctuation or quote.
HAN_WORD_RE = re.compile(r"[\u4e00-\u9fff]+")

#: A character whose summed word frequency is below this is "rare": 砀, 咝, 搿 …
RARE_THRESHOLD = 2000
#: The characters that make up the bulk of running text (about 4,000 of them).
COMMON_THRESHOLD = 3000


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, int]:
    """Word -> frequency, as in jieba's dictionary."""
    path = Path(jieba.__file__).with_name("dict.txt")
    words: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split(" ", 2)
            if len(parts) >= 2:
                words[parts[0]] = int(parts[1])
    return words


@lru_cache(maxsize=1)
def char_frequencies() -> dict[str, int]:
    """Character -> summed frequency of the jieba dictionary words holding it."""
    freq: dict[str, int] = {}
    for word, count in word_frequencies().items():
        for char in set(word):
            freq[char] = freq.get(char, 0) + count
    return freq


@lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    """CJK characters frequent enough to be expected in ordinary prose."""
    return frozenset(ch for ch, count in char_frequencies().items() if count >= COMMON_THRESHOLD)


@lru_cache(maxsize=1)
def plausible_chars() -> frozenset[str]:
    """CJK characters frequent enough not to count as garbled (the complement of rare)."""
    return frozenset(
        ch
        for ch, count in char_frequencies().items()
        if count >= RARE_THRESHOLD and CJK_RE.match(ch)
    )


def is_rare(char: str) -> bool:
    """True for a CJK character that is rare or unknown to the dictionary."""
    return char_frequencies().get(char, 0) < RARE_THRESHOLD


def plausibility(text: str) -> float:
    """Share of the CJK characters of ``text`` that are common (0.0 when it has none).

    Correctly decoded Chinese scores around 0.95; GBK bytes read as Big5 (or the
    reverse) score far lower, because the wrong decoding picks characters at random.
    """
    cjk = CJK_RE.findall(text)
    if not cjk:
        return 0.0
    common = common_chars()
    return sum(1 for ch in cjk if ch in common) / len(cjk)


_SCORED_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ue000-\uf8ff\u0080-\u2fff]")


def likelihood(text: str) -> float:
    """Mean log frequency of the non-ASCII characters of ``text`` (0 for unknown ones).

    Finer than :func:`plausibility` for ranking decodings of a few bytes: 商家 and
    坝產 (the same two Big5 bytes pairs read as GB18030) are both "common", but not
    equally likely. Private-use and Latin-extended characters count as unknown.
    """
    chars = _SCORED_RE.findall(text)
    if not chars:
        return 0.0
    freq = char_frequencies()
    return sum(math.log1p(freq.get(ch, 0)) for ch in chars) / len(chars)
