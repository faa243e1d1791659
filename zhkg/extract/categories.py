"""Responsibility categories from the lexicon's SKOS keywords.

A duty gets the category whose label or keyword it contains; the longest
(most specific) keyword wins, so 售后服务 beats 服务 and 个人信息 beats 信息.
"""

from __future__ import annotations

import re

from zhkg.extract.lexicon import Lexicon

__all__ = ["CategoryMatcher"]


class CategoryMatcher:
    """One compiled pattern over every category label and keyword."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._label_of: dict[str, str] = {}
        for category in lexicon.categories:
            for word in (category.label, *category.keywords):
                self._label_of.setdefault(word, category.label)
        words = sorted(self._label_of, key=lambda w: (-len(w), w))
        self._pattern = re.compile("|".join(re.escape(w) for w in words)) if words else None

    def categorise(self, duty: str) -> str | None:
        """The category label of the longest keyword in ``duty`` (first one on ties), or None."""
        if self._pattern is None:
            return None
        best = ""
        for match in self._pattern.finditer(duty):
            if len(match.group()) > len(best):
                best = match.group()
        return self._label_of[best] if best else None
