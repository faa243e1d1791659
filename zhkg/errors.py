"""One exception tree for zhkg.

Every message says what was found, what was expected and what to do, so the CLI
can print it as one line and exit non-zero instead of showing a traceback::

    ZhkgError
    ├── InputError              a file or directory zhkg cannot read
    │   ├── UnsupportedFormatError
    │   ├── EmptyInputError
    │   └── DecodingError
    ├── LexiconError            a lexicon / extension ontology that cannot be used
    ├── CacheError              the document cache cannot be read or written
    ├── DaskError               dask.distributed missing or its scheduler unreachable
    ├── GoldFileError           an evaluation gold file that cannot be read
    ├── RDFError                a graph that cannot be parsed, built or serialised
    │   └── ShapeViolationError SHACL validation failed
    ├── CorrectionsError        a corrections file that cannot be read or applied
    ├── GraphStoreError         a property-graph backend problem
    │   ├── StoreUnavailableError   cannot connect / authenticate
    │   └── LoadError               a document failed to load (nothing of it was kept)
    └── QueryError              an unknown, invalid or forbidden query
        └── ReadOnlyQueryError  a write clause in a read-only query
"""

from __future__ import annotations

from zhkg.display import readable

__all__ = [
    "CacheError",
    "CorrectionsError",
    "DaskError",
    "DecodingError",
    "EmptyInputError",
    "GoldFileError",
    "GraphStoreError",
    "InputError",
    "LexiconError",
    "LoadError",
    "QueryError",
    "RDFError",
    "ReadOnlyQueryError",
    "ShapeViolationError",
    "StoreUnavailableError",
    "UnsupportedFormatError",
    "ZhkgError",
]


class ZhkgError(Exception):
    """Base of every error zhkg raises on purpose; ``str(err)`` is a one-line message."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        message = readable(message)  # a file name of non-UTF-8 bytes prints as typed
        hint = readable(hint) if hint else hint
        self.message = message
        self.hint = hint
        super().__init__(f"{message} ({hint})" if hint else message)

    def __reduce__(self) -> tuple[object, ...]:
        # pickled whole, not re-made from ``args``: subclasses take other arguments
        # (InputError's path and reason), and an error raised in a child process
        # (zhkg.memory.run_apart) must reach the parent with its hint
        return (_remade, (type(self), self.args, self.__dict__))


def _remade(cls: type[ZhkgError], args: tuple[object, ...], state: dict[str, object]) -> ZhkgError:
    """An unpickled zhkg error: its class, message arguments and attributes as they were."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InputError(ZhkgError):
    """An input path that cannot be read as a document."""

    def __init__(self, path: object, reason: str, *, hint: str | None = None) -> None:
        self.path = readable(str(path))
        self.reason = reason
        super().__init__(f"{self.path}: {reason}", hint=hint)


class UnsupportedFormatError(InputError):
    """The file's type is not one zhkg reads."""


class EmptyInputError(InputError):
    """The file (or directory) holds no text."""


class DecodingError(InputError):
    """The bytes are binary or in no encoding zhkg can detect."""


class LexiconError(ZhkgError):
    """A lexicon or extension ontology that cannot be used."""


class CacheError(ZhkgError):
    """The document cache folder cannot be read or written."""


class DaskError(ZhkgError):
    """dask.distributed is not installed, or its scheduler cannot be reached."""


class GoldFileError(ZhkgError):
    """A gold TSV that does not have the expected columns."""


class RDFError(ZhkgError):
    """An RDF graph that cannot be parsed, built or serialised."""


class ShapeViolationError(RDFError):
    """SHACL validation found violations; ``report`` holds the readable text."""

    def __init__(self, message: str, *, report: str = "", hint: str | None = None) -> None:
        self.report = report
        super().__init__(message, hint=hint)


class CorrectionsError(ZhkgError):
    """A corrections file that cannot be read, or a correction that matches nothing."""


class GraphStoreError(ZhkgError):
    """A property-graph backend (Neo4j or the embedded store) failed."""


class StoreUnavailableError(GraphStoreError):
    """The store cannot be reached or refuses the credentials."""


class LoadError(GraphStoreError):
    """A document failed to load; its transaction was rolled back."""


class QueryError(ZhkgError):
    """An unknown named query, a missing parameter or a query the store rejected."""


class ReadOnlyQueryError(QueryError):
    """A query given to a read-only command contains a write clause."""
