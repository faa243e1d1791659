"""The numbering of list items and run-in points, defined once for the extractor.

Why one place: an item number opens a list item (（一）…), must not become part of a
party's name (④家长…), and marks where a lead-in's items start; each rule that
needs it reads the same pattern, so a numbering style added here reaches them all.
"""

from __future__ import annotations

import re

from zhkg.extract.lang import lang_data

__all__ = ["ITEM_NUMBER", "ITEM_NUMBER_RE"]

_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

#: Bullets opening a list line (lang bullet_marks), as one regex character class.
_BULLETS = "".join(re.escape(mark) for mark in sorted(lang_data().chars("bullet_marks")))
#: Counters and units after a decimal number (1.5倍): a quantity, not an outline number.
_UNITS = "倍元万亿个年月日岁次人项%"
#: One item number: （一） (1) 1. 1、 1） 一、 ① 一是 (also before a quoted or titled word:
#: 三是“…”), and an outline number 3.2, 1.2.3 or 3.2. (agreements close it with a dot)
#: before a space or a character that is no unit (no surrounding space); or a bullet (dots,
#: squares, diamonds, stars, arrows, checks, dashes: • ○ ■ ◆ ★ ► ✓ – -) that no digit
#: follows: an unnumbered list's lines are items all the same.
ITEM_NUMBER = (
    rf"(?:[（(][{_CN}\d]+[)）]|\d+[.．、)）](?!\d)|[{_CN}]+、|[{_CIRCLED}]|[{_BULLETS}](?!\s*\d)"
    rf"|\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}[.．]?(?=\s|[\u4e00-\u9fff])(?![{_UNITS}])"
    rf"|[{_CN}]是(?=[\u4e00-\u9fff“‘《「]))"
)
#: An item number with the spaces around it, at the start of a match.
ITEM_NUMBER_RE = re.compile(rf"\s*{ITEM_NUMBER}\s*")
