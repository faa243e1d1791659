"""A font that has every glyph of the text to draw: matplotlib's default has no Chinese.

Looked for in this order: the ``ZHKG_CJK_FONT`` environment variable (a font
file), the fonts matplotlib knows, then the system's Chinese fonts as fontconfig
lists them (``fc-list :lang=zh``). A font counts only when its character map
covers every character of the labels, so a heatmap never shows empty boxes.
With none, the error says which packages bring one (Debian: fonts-noto-cjk or
fonts-wqy-microhei).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from zhkg.errors import ZhkgError

__all__ = ["FontNotFoundError", "cjk_font"]

PREFERRED_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Sarasa Gothic SC",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Hiragino Sans GB",
)
"""Families tried first, in this order (sans-serif Simplified Chinese before the rest)."""


class FontNotFoundError(ZhkgError):
    """No installed font covers the characters to draw."""


@cache
def _charmap(path: str) -> frozenset[int]:
    from matplotlib.ft2font import FT2Font

    try:
        return frozenset(FT2Font(path).get_charmap())
    except (OSError, RuntimeError, ValueError):
        return frozenset()


def _fontconfig_files() -> list[str]:
    if shutil.which("fc-list") is None:
        return []
    try:
        found = subprocess.run(
            ["fc-list", ":lang=zh", "file"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({line.split(":", 1)[0].strip() for line in found.stdout.splitlines() if line})


def _candidates() -> Iterator[str]:
    from matplotlib import font_manager

    override = os.environ.get("ZHKG_CJK_FONT")
    if override:
        if not Path(override).is_file():
            raise FontNotFoundError(
                f"ZHKG_CJK_FONT={override}: no such font file",
                hint="point it at a .ttf/.otf/.ttc file, or unset it",
            )
        yield override
        return
    known = {entry.name: entry.fname for entry in font_manager.fontManager.ttflist}
    for family in PREFERRED_FAMILIES:
        if family in known:
            yield known[family]
    yield from _fontconfig_files()


def _needed(texts: Iterable[str]) -> set[int]:
    return {ord(ch) for text in texts for ch in text if not ch.isspace()}


def cjk_font(texts: Iterable[str] = ("中文",)) -> Path:
    """The file of the first font that has a glyph for every character of ``texts``."""
    needed = _needed(texts) | _needed(["中文"])
    for path in _candidates():
        if needed <= _charmap(path):
            return Path(path)
    raise FontNotFoundError(
        "no installed font has the Chinese characters to draw "
        "(looked in ZHKG_CJK_FONT, matplotlib's fonts and fc-list :lang=zh)",
        hint="install one (Debian: apt-get install fonts-noto-cjk or fonts-wqy-microhei) "
        "or set ZHKG_CJK_FONT=/path/to/font.ttc",
    )
