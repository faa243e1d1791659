"""Output files: the suffix a format implies, and atomic writes.

A reader sees the old file or the whole new one, never half; an output path
whose suffix names another format is refused before any work, so that
``x.graphml`` never silently holds Turtle or CSV.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

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
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise OutputError(f"{target}: is a directory", hint="give a file name")
    if not directory.is_dir():
        raise OutputError(f"{target}: directory {directory} does not exist", hint="create it first")
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=directory, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise OutputError(
            f"{target}: cannot write in {directory} ({exc.strerror or exc})",
            hint="give a path in a writable directory",
        ) from exc
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    return target
