"""A stamp beside a built file: what made it, so a re-run with nothing changed keeps it.

``zhkg build DIR --out corpus.ttl`` run again on an unchanged corpus finds every
document in the cache, but merging a thousand cached parts and writing the Turtle
again took seconds for a file that would come out byte for byte the same. The stamp
(``.corpus.ttl.zhkg-build.json``) records a digest of the parts that made the file
(each document's cache key, which covers its bytes, its name and everything else
that decides its triples), the output format, and the file's size and modification
time. When a re-run would merge the same parts into the same format and the file is
as it was written, the file is kept; any edit of the file, any changed, added,
removed or reordered input, any new zhkg version, lexicon or ontology makes the
digest or the file differ, and the file is written again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

from zhkg.atomic import write_atomic
from zhkg.errors import ZhkgError

__all__ = ["parts_digest", "remove_stamp", "stamp_path", "unchanged_triples", "write_stamp"]

_LAYOUT = 1
"""Bumped when what a stamp records changes, so older stamps never match."""


def stamp_path(out: str | Path) -> Path:
    """Where the stamp of a built file is kept: a hidden file beside it."""
    target = Path(out)
    return target.with_name(f".{target.name}.zhkg-build.json")


def parts_digest(keys: Sequence[str], *, fmt: str, with_ontology: bool) -> str:
    """One digest of the ordered document keys and the options of the merge."""
    digest = hashlib.sha256(f"{_LAYOUT}\x00{fmt}\x00{with_ontology}".encode())
    for key in keys:
        digest.update(b"\x00" + key.encode())
    return digest.hexdigest()


def _file_state(out: Path) -> dict[str, int] | None:
    try:
        info = out.stat()
    except OSError:
        return None
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns}


def unchanged_triples(out: str | Path, digest: str) -> int | None:
    """The triple count of ``out`` if its stamp says ``digest`` made it and it is untouched."""
    target = Path(out)
    try:
        stamp = json.loads(stamp_path(target).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    state = _file_state(target)
    if not isinstance(stamp, dict) or state is None:
        return None
    if stamp.get("digest") != digest or stamp.get("file") != state:
        return None
    triples = stamp.get("triples")
    return triples if isinstance(triples, int) else None


def write_stamp(out: str | Path, digest: str, triples: int) -> None:
    """Record that ``digest`` made ``out`` as it is now (best effort: a stamp only saves time)."""
    target = Path(out)
    state = _file_state(target)
    if state is None:
        return
    record = {"digest": digest, "file": state, "triples": triples}
    with contextlib.suppress(ZhkgError):
        write_atomic(stamp_path(target), json.dumps(record).encode())


def remove_stamp(out: str | Path) -> None:
    """Forget what made ``out`` (it is about to be written by other means)."""
    with contextlib.suppress(FileNotFoundError):
        os.remove(stamp_path(out))
