"""What a load learnt about its input files, so loading them again unchanged is a check.

Loading a corpus file that has not changed should cost a look at the store, not
a parse, a SHACL check and a mapping of every document. After a load of
Turtle/N-Triples files, a manifest is kept in the cache folder (``loads/``), keyed
by the files' bytes and names and by everything else that decides the rows
(zhkg's code and data, the extension ontologies): whether the files conform to
the shapes, and each document's fingerprint. Loading the same files again finds
the manifest; if the store holds every one of those documents with the same
fingerprint, nothing is parsed or written. A store that lacks any of them is
loaded as usual (without checking the shapes again). Manifests are written
atomically, so a killed run leaves none or a whole one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from zhkg.atomic import write_atomic
from zhkg.cache import cache_directory, document_key, fingerprint
from zhkg.errors import CacheError

__all__ = ["LoadManifest", "manifest_key", "read_manifest", "write_manifest"]

FOLDER = "loads"


@dataclass(frozen=True, slots=True)
class LoadManifest:
    """The files conform to the shapes (``valid``), their documents' fingerprints, and
    whether they hold facts of no document (``homeless``: those are always loaded)."""

    valid: bool
    documents: dict[str, str] = field(default_factory=dict)
    homeless: bool = False


def manifest_key(files: Sequence[Path], extensions: Sequence[str | Path]) -> str:
    """The key of a set of input files: their bytes and names, and the fingerprint."""
    job = fingerprint(tuple(str(Path(e)) for e in extensions), purpose="load")
    digest = hashlib.sha256(job.encode())
    for key in sorted(document_key(Path(file), job) for file in files):
        digest.update(key.encode())
    return digest.hexdigest()


def _path(directory: str | Path | None, key: str) -> Path:
    return cache_directory(directory) / FOLDER / f"{key}.json"


def read_manifest(directory: str | Path | None, key: str) -> LoadManifest | None:
    """The manifest of ``key``, or None (none kept, or unreadable: then it is rebuilt)."""
    try:
        data = json.loads(_path(directory, key).read_text(encoding="utf-8"))
        return LoadManifest(
            valid=bool(data["valid"]),
            documents={str(k): str(v) for k, v in dict(data["documents"]).items()},
            homeless=bool(data["homeless"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_manifest(directory: str | Path | None, key: str, manifest: LoadManifest) -> None:
    """Keep ``manifest`` for ``key`` (atomically)."""
    path = _path(directory, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CacheError(
            f"{path.parent}: cannot create the cache folder ({exc.strerror or exc})",
            hint="give a writable --cache-dir, or --no-cache",
        ) from exc
    data = {
        "valid": manifest.valid,
        "documents": manifest.documents,
        "homeless": manifest.homeless,
    }
    write_atomic(path, json.dumps(data, sort_keys=True).encode(), error=CacheError)
