"""The document cache: each document's triples, keyed by its content and what shapes the result.

A re-run over a corpus where little changed should redo little. A key is the
SHA-256 of the file's bytes and name together with a fingerprint of everything
else that changes the triples: zhkg's code and data files, the ontology and its
extensions, and the build options. An entry is one N-Triples file whose first
line, a comment, records the document's counts; it is written to a temporary
file and renamed into place, so a reader finds a whole entry or none, also when
a run is killed or two runs write the same entry at once.

Where it lives: ``ZHKG_CACHE_DIR``, else the user cache directory (``zhkg``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from zhkg.errors import CacheError

__all__ = [
    "CacheInfo",
    "DocumentCache",
    "Entry",
    "cache_directory",
    "code_digest",
    "fingerprint",
]

ENVIRONMENT = "ZHKG_CACHE_DIR"
_HEADER = "# zhkg-document "
_CODE_SUFFIXES = (".py", ".ttl", ".txt", ".json", ".tsv", ".cypher", ".rq")
_HEADER_WIDTH = 120
"""Bytes reserved for the header line (without its newline); the counts fit many times over."""


def _header(statements: int, relations: int, warnings: int) -> bytes:
    """The first line of an entry, padded with spaces to its reserved width."""
    counts = {"statements": statements, "relations": relations, "warnings": warnings}
    line = (_HEADER + json.dumps(counts)).encode("utf-8")
    return line.ljust(_HEADER_WIDTH) + b"\n"


def cache_directory(explicit: str | Path | None = None) -> Path:
    """The cache folder: the one given, else ``ZHKG_CACHE_DIR``, else the user cache dir."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENVIRONMENT):
        return Path(os.environ[ENVIRONMENT])
    from platformdirs import user_cache_path

    return user_cache_path("zhkg", appauthor=False)


@cache
def code_digest() -> str:
    """A digest of zhkg's own files: a new version, or an edited rule, is a new fingerprint."""
    digest = hashlib.sha256()
    root = resources.files("zhkg")
    for path in sorted(_walk(Path(str(root))), key=lambda p: p.as_posix()):
        digest.update(path.relative_to(Path(str(root))).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _walk(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        if path.suffix in _CODE_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
            yield path


def fingerprint(extensions: Iterable[str | Path] = (), **options: object) -> str:
    """What besides a document's own bytes decides its triples, as one hex digest.

    The extension ontologies are read here; a missing one gives a fingerprint
    that never matches (the build reports the file itself).
    """
    digest = hashlib.sha256(code_digest().encode())
    for extension in extensions:
        digest.update(b"\x00extension\x00")
        try:
            digest.update(Path(extension).read_bytes())
        except OSError:
            digest.update(f"unreadable {extension}".encode())
    digest.update(json.dumps(options, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def document_key(path: Path, job_fingerprint: str) -> str:
    """The cache key of one input file under a fingerprint (its bytes and its name count)."""
    digest = hashlib.sha256(job_fingerprint.encode())
    digest.update(os.fsencode(path.name))  # a name of non-UTF-8 bytes hashes as those bytes
    digest.update(b"\x00")
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Entry:
    """A cached document: its N-Triples file and the counts recorded with it."""

    path: Path
    statements: int
    relations: int
    warnings: int


@dataclass(frozen=True, slots=True)
class CacheInfo:
    """What ``zhkg cache info`` prints."""

    directory: Path
    entries: int
    bytes: int
    leftovers: int

    def text(self) -> str:
        size = self.bytes / (1 << 20)
        lines = [f"cache: {self.directory}", f"documents: {self.entries} ({size:.1f} MiB)"]
        if self.leftovers:
            lines.append(f"unfinished writes of killed runs: {self.leftovers} (zhkg cache clear)")
        return "\n".join(lines)


class DocumentCache:
    """Documents' N-Triples by key, in ``<directory>/documents/<k[:2]>/<key>.nt``."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = cache_directory(directory)
        self.documents = self.directory / "documents"

    def path(self, key: str) -> Path:
        return self.documents / key[:2] / f"{key}.nt"

    def get(self, key: str) -> Entry | None:
        """The entry of ``key``, or None when there is none (or only a damaged one)."""
        path = self.path(key)
        try:
            with path.open(encoding="utf-8") as handle:
                first = handle.readline()
        except OSError:
            return None
        if not first.startswith(_HEADER):
            return None
        try:
            counts = json.loads(first[len(_HEADER) :])
            return Entry(path, counts["statements"], counts["relations"], counts["warnings"])
        except (ValueError, KeyError, TypeError):
            return None

    def put(
        self, key: str, ntriples: bytes, *, statements: int, relations: int, warnings: int
    ) -> Entry:
        """Store one document's triples atomically (a temporary file renamed into place)."""
        return self.put_chunks(key, [ntriples], lambda: (statements, relations, warnings))

    def put_chunks(
        self, key: str, chunks: Iterable[bytes], counts: Callable[[], tuple[int, int, int]]
    ) -> Entry:
        """Store triples that arrive in chunks (a big text's windows) without joining them.

        ``counts()`` gives (statements, relations, warnings) once every chunk is
        written; its header line is reserved first and filled in then, so the
        entry never has to be held in memory. Atomic like ``put``.
        """
        path = self.path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        except OSError as exc:
            raise CacheError(
                f"{self.directory}: cannot write the cache ({exc.strerror or exc})",
                hint=f"set {ENVIRONMENT} to a writable folder, or build with --no-cache",
            ) from exc
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(b" " * _HEADER_WIDTH + b"\n")
                for chunk in chunks:
                    handle.write(chunk)
                statements, relations, warnings = counts()
                handle.seek(0)
                handle.write(_header(statements, relations, warnings))
            os.replace(temporary, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise CacheError(f"{path}: cannot write ({exc.strerror or exc})") from exc
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        return Entry(path, statements, relations, warnings)

    def info(self) -> CacheInfo:
        entries = size = leftovers = 0
        if self.documents.is_dir():
            for path in self.documents.rglob("*"):
                if path.suffix == ".nt":
                    entries += 1
                    size += path.stat().st_size
                elif path.suffix == ".tmp":
                    leftovers += 1
        return CacheInfo(self.directory, entries, size, leftovers)

    def clear(self) -> int:
        """Delete every entry (and unfinished writes); the number of entries removed."""
        removed = self.info().entries
        if self.documents.is_dir():
            shutil.rmtree(self.documents)
        loads = (
            self.directory / "loads"
        )  # what loads learnt about their inputs (zhkg.graph.manifest)
        if loads.is_dir():
            shutil.rmtree(loads)
        return removed
