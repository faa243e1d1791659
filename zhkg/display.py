"""Text as it can be shown: undecodable bytes of names and arguments made visible.

The OS hands Python the bytes of a file name or argument that are not UTF-8 as
lone surrogates (PEP 383). They open files fine but cannot be printed, stored
in RDF or passed to a database; ``readable`` shows them as the bytes the user
typed (``caf\\xe9.txt``).
"""

from __future__ import annotations

__all__ = ["has_surrogates", "readable"]


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds lone surrogates (undecodable bytes of a file name or argument)."""
    return any("\ud800" <= char <= "\udfff" for char in text)


def readable(text: str) -> str:
    r"""``text`` with lone surrogates shown as escapes, so it can be printed and stored.

    The OS hands Python a non-UTF-8 byte of a file name or argument as a surrogate
    (U+DC80-U+DCFF); it is shown as ``\xNN``, the byte the user typed. Any other
    lone surrogate is shown as ``\uNNNN``.
    """
    if not has_surrogates(text):
        return text
    return "".join(_shown(char) for char in text)


def _shown(char: str) -> str:
    if "\udc80" <= char <= "\udcff":
        return f"\\x{ord(char) - 0xDC00:02x}"
    if "\ud800" <= char <= "\udfff":
        return f"\\u{ord(char):04x}"
    return char
