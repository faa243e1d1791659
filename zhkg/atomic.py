"""Atomic file writing: a reader sees the old file or the whole new one, never half.

Why one module: RDF output, exports and reports all write user-named files; the
checks (a missing folder, a directory in the way) and the replace-with-fsync dance
are the same, only the error class differs by stage.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from zhkg.errors import ZhkgError

__all__ = ["write_atomic"]


def write_atomic(
    path: str | Path,
    data: bytes,
    *,
    error: type[ZhkgError] = ZhkgError,
    example: str = "",
) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    A replaced file keeps its mode; a new one gets what the umask allows. Problems
    raise ``error`` with a hint; ``example`` names a good file name in it.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if directory.exists() and not directory.is_dir():
        raise error(f"{target}: {directory} is not a directory", hint="give another path")
    if not directory.is_dir():
        raise error(f"{target}: directory {directory} does not exist", hint="create it first")
    if target.is_dir():
        raise error(f"{target}: is a directory", hint="give a file name" + example)
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=directory, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise error(
            f"{target}: cannot write in {directory} ({exc.strerror or exc})",
            hint="give a path in a writable directory",
        ) from exc
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _file_mode(target))
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise error(f"{target}: cannot write ({exc.strerror or exc})") from exc
    return target


def _file_mode(target: Path) -> int:
    """The replaced file's mode, or what a new file gets under the umask (mkstemp uses 0600)."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
