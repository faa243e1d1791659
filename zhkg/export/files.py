"""Output files: the suffix a format implies, and atomic writes.

A reader sees the old file or the whole new one, never half; an output path
whose suffix names another format is refused before any work, so that
``x.graphml`` never silently holds Turtle or CSV.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from zhkg import atomic
from zhkg.errors import ZhkgError

__all__ = ["OutputError", "check_output_suffix", "write_atomic"]


class OutputError(ZhkgError):
    """An output path zhkg will not write (wrong suffix, missing folder, not writable)."""


def check_output_suffix(path: str | Path, fmt: str, suffixes: Mapping[str, Sequence[str]]) -> None:
    """Refuse ``path`` when its suffix belongs to another format than ``fmt``.

    ``suffixes`` maps each format the command writes to the suffixes it accepts
    (the first is the one hinted). A path without a suffix is accepted.
    """
    suffix = Path(path).suffix.lower()
    wanted = [s.lower() for s in suffixes[fmt]]
    if not suffix or suffix in wanted:
        return
    owner = next((name for name, known in suffixes.items() if suffix in known), None)
    said = f"is {owner}" if owner else "is not"
    raise OutputError(
        f"{path}: the suffix {suffix} {said} {fmt if owner else 'a ' + fmt + ' file'}"
        + ("" if owner else f" (expected {' or '.join(wanted)})"),
        hint=f"name the file *{wanted[0]} or give --format {owner}"
        if owner
        else f"name the file *{wanted[0]}",
    )


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    return atomic.write_atomic(path, data, error=OutputError)
