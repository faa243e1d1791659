"""The only module that knows the order of the stages.

read (extract stage 1) -> extract (stage 2) -> build RDF (ontology) -> load (graph)
-> ask (queries). Each section below belongs to one stage; the CLI calls these.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zhkg.errors import EmptyInputError, InputError, RDFError, StoreUnavailableError
from zhkg.queries.questions import DEFAULT_QUESTION

# Heavy libraries (spaCy, jieba, rdflib, the store drivers) are imported inside the
# functions that use them, so a command pays only for the stages it runs.
if TYPE_CHECKING:
    from rdflib import Graph

    from zhkg.extract.evaluation import Score
    from zhkg.extract.lexicon import Lexicon
    from zhkg.extract.model import Document, Extraction
    from zhkg.extract.relation_evaluation import RelationScore
    from zhkg.extract.set_evaluation import SetScore
    from zhkg.graph.config import StoreSettings
    from zhkg.graph.rows import DocumentRows
    from zhkg.graph.spill import SpilledGroups
    from zhkg.graph.store import GraphStore, LoadProgress, LoadReport, QueryRows, StoreCounts
    from zhkg.ontology.builder import CorpusGraph, FileOutcome
    from zhkg.ontology.corrections import CorrectionReport, Corrections
    from zhkg.ontology.oxstore import StoreBuilder
    from zhkg.ontology.validate import ValidationReport
    from zhkg.parts import DocumentPart, PartTask
    from zhkg.queries.ask import Answer

DEFAULT_BATCH_SIZE = 1000
"""Rows per UNWIND statement when loading (the graph stores' default)."""
DEFAULT_TRANSACTION_ROWS = 5000
"""Rows per load transaction: small documents share one, none is ever split."""

QUERY_STORE_FROM_DOCUMENTS = 100
"""Documents from which ``zhkg build`` fills the query store by default. Below, the
first ``zhkg sparql`` builds it in about a second; above, parsing a corpus file costs
that query seconds to a minute, and filling the store while the documents are merged
costs the build far less (the triples are at hand as N-Triples)."""


def wants_query_store(asked: bool | None, documents: int) -> bool:
    """Whether a build fills the query store: as asked, else by the corpus's size."""
    return documents >= QUERY_STORE_FROM_DOCUMENTS if asked is None else asked


# --- stage 1: read, clean, structure, segment --------------------------------


def read(path: str | Path) -> Document:
    """Stage 1 for one file: read, clean, structure and split it into sentences."""
    from zhkg.extract.document import read_document

    return read_document(path)


def read_all(paths: Iterable[str | Path], *, max_chars: int | None = None) -> Iterator[Document]:
    """Stage 1 for files and folders (folders sorted, recursive); bad paths fail first.

    A text longer than ``max_chars`` is refused; a big one comes as bounded parts
    (``zhkg.extract.windows``).
    """
    from zhkg.extract.document import read_documents

    return read_documents(list(paths), max_chars=max_chars)


def document_as_dict(document: Document) -> dict[str, Any]:
    """A Document as JSON-ready data (what `zhkg segment --json` prints)."""
    from zhkg.extract.document import document_to_dict

    return document_to_dict(document)


# --- stage 2: extract stakeholders, responsibilities, relations ---------------


def extract_paths(
    paths: str | Path | Iterable[str | Path],
    *,
    extensions: Iterable[str | Path] = (),
    max_chars: int | None = None,
) -> Iterator[Extraction]:
    """Stages 1-2 for files and folders: one Extraction per document (or part).

    ``extensions`` are extension ontologies (Turtle) adding parties, aliases and
    categories to the lexicon; it is loaded once for all documents. A big text is
    read and extracted one bounded part at a time (``zhkg.extract.windows``).
    """
    from zhkg.extract.document import read_documents
    from zhkg.ontology.lexicon import load_lexicon

    lexicon = load_lexicon(extensions)
    for document in read_documents(paths, max_chars=max_chars):
        yield extract_chinese(document, lexicon)


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


def extract_chinese(document: Document, lexicon: Lexicon) -> Extraction:
    """Stage 2 for a document that has Chinese in it.

    The extractor finds nothing in an English (or wrongly decoded) text; saying
    so beats an empty result that looks like a document without duties.
    """
    from zhkg.extract.extractor import extract as extract_document

    if not _HAN.search(document.text):
        raise InputError(
            document.source,
            "no Chinese text in it, so nothing to extract",
            hint="zhkg extracts from Chinese documents; if the file is Chinese, save it as UTF-8",
        )
    return extract_document(document, lexicon)


def explain(
    path: str | Path, which: str, *, extensions: Iterable[str | Path] = ()
) -> Iterator[str]:
    """How one sentence of the document at ``path`` was read (``zhkg extract --explain``)."""
    from zhkg.extract.explain import explain_lines, find_sentence
    from zhkg.ontology.lexicon import load_lexicon

    lexicon = load_lexicon(extensions)
    document = read(path)
    sentence = find_sentence(document, which)
    return explain_lines(extract_chinese(document, lexicon), lexicon, sentence)


def _rows_tsv(paths: str | Path | Iterable[str | Path]) -> Path | None:
    """``paths`` when it is one gold-format TSV to score as it stands (a second
    annotator's rows, or a saved ``zhkg extract --format tsv``), else None: the
    documents to extract."""
    if isinstance(paths, str | Path) and Path(paths).suffix.lower() == ".tsv":
        return Path(paths)
    return None


def evaluate(
    paths: str | Path | Iterable[str | Path],
    gold: str | Path,
    *,
    extensions: Iterable[str | Path] = (),
) -> Score:
    """Score the responsibilities extracted from ``paths`` against a gold TSV.

    ``paths`` may instead be a TSV in the gold format, whose rows are scored as they
    stand: two annotations of one text give the annotators' agreement, the ceiling
    any extractor is measured under.
    """
    from zhkg.extract.evaluation import read_gold, score
    from zhkg.extract.export import eval_rows

    gold_rows = read_gold(gold)  # a bad gold file fails before any extraction
    if (rows := _rows_tsv(paths)) is not None:
        return score(read_gold(rows), gold_rows)
    predictions = [
        row for ex in extract_paths(paths, extensions=extensions) for row in eval_rows(ex)
    ]
    return score(predictions, gold_rows)


def evaluate_relations(
    paths: str | Path | Iterable[str | Path],
    gold: str | Path,
    *,
    extensions: Iterable[str | Path] = (),
) -> RelationScore:
    """Score the relations extracted from ``paths`` against a relation gold TSV
    (``paths`` may be a relation TSV in the gold format, scored as it stands)."""
    from zhkg.extract.relation_evaluation import (
        read_relation_gold,
        relation_rows,
        score_relations,
    )

    gold_rows = read_relation_gold(gold)  # a bad gold file fails before any extraction
    if (rows := _rows_tsv(paths)) is not None:
        return score_relations(read_relation_gold(rows), gold_rows)
    predictions = [
        row for ex in extract_paths(paths, extensions=extensions) for row in relation_rows(ex)
    ]
    return score_relations(predictions, gold_rows)


def evaluate_set(folder: str | Path, *, extensions: Iterable[str | Path] = ()) -> SetScore:
    """Score every text of an annotated set (NAME.txt with NAME_gold.tsv and/or
    NAME_relations_gold.tsv beside it): per text, and micro-summed."""
    from zhkg.extract.set_evaluation import score_set, set_texts

    chosen = tuple(extensions)
    return score_set(set_texts(Path(folder)), lambda path: extract_paths(path, extensions=chosen))


# --- stage 3: RDF ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BuildSettings:
    """How stages 1-3 run over many files: where, in how many processes, with what cache.

    ``workers`` processes each load spaCy, jieba and the lexicon once (1: in this
    process); ``dask`` is the address of a dask.distributed scheduler (or
    "local" for a cluster on this machine) and replaces the process pool.
    ``cache`` keeps each document's triples by content (``cache_dir``, else
    ``ZHKG_CACHE_DIR``, else the user cache directory) so an unchanged file is
    not extracted again; without it a temporary folder is used and removed.
    ``max_chars`` refuses a longer text (that file fails); a big one is read in
    bounded windows either way.
    """

    workers: int = 1
    cache: bool = False
    cache_dir: str | Path | None = None
    dask: str | None = None
    max_chars: int | None = None


def default_workers() -> int:
    """The machine's cores (the processes this process may use)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def input_files(paths: Sequence[str | Path]) -> list[Path]:
    """Every input file of files and folders, once each; a missing path fails here."""
    from zhkg.extract.document import unique_files
    from zhkg.extract.reading import iter_input_files

    return unique_files(file for path in paths for file in iter_input_files(path))


def build_parts(
    files: Sequence[Path],
    *,
    extensions: Sequence[str | Path] = (),
    settings: BuildSettings = BuildSettings(),
    cache_dir: Path,
    on_file: Callable[[FileOutcome], None] | None = None,
    extract: Callable[[Path], Extraction] | None = None,
) -> list[tuple[FileOutcome, DocumentPart]]:
    """Stages 1-3 of every file into per-document N-Triples in ``cache_dir``, in input order.

    The loop over files lives here: cached documents are taken as they are,
    the others go to the process pool (or Dask) and come back in input order.
    A file that fails is recorded in its outcome and skipped. ``extract`` (a
    caller's own stages 1-2, run in this process) bypasses the cache and workers.
    """
    return list(
        iter_parts(
            files,
            extensions=extensions,
            settings=settings,
            cache_dir=cache_dir,
            on_file=on_file,
            extract=extract,
        )
    )


def iter_parts(
    files: Sequence[Path],
    *,
    extensions: Sequence[str | Path] = (),
    settings: BuildSettings = BuildSettings(),
    cache_dir: Path,
    on_file: Callable[[FileOutcome], None] | None = None,
    extract: Callable[[Path], Extraction] | None = None,
    keys: Sequence[str] | None = None,
) -> Iterator[tuple[FileOutcome, DocumentPart]]:
    """``build_parts`` one file at a time, as each is done (the workers run meanwhile).

    ``keys`` are the files' cache keys when the caller has computed them already.
    """
    from zhkg.cache import DocumentCache, document_key
    from zhkg.ontology.builder import FileOutcome
    from zhkg.parts import DocumentPart, PartTask, build_part

    load_ontology_checked(extensions)  # a bad extension fails once, before any work
    ext = tuple(str(Path(e)) for e in extensions)
    job = _job_fingerprint(extensions, settings)
    cache = DocumentCache(cache_dir)
    known: dict[int, DocumentPart] = {}
    pending: list[tuple[int, PartTask]] = []
    for index, path in enumerate(files):
        try:
            key = keys[index] if keys is not None else document_key(path, job)
        except OSError as exc:
            known[index] = DocumentPart(path, None, error=f"{path}: cannot read ({exc.strerror})")
            continue
        entry = cache.get(key) if settings.cache and extract is None else None
        if entry is not None:
            known[index] = DocumentPart(
                path, entry.path, entry.statements, entry.relations, entry.warnings, cached=True
            )
        else:
            pending.append((index, PartTask(path, key, cache.directory, ext, settings.max_chars)))
    tasks = [task for _, task in pending]
    if extract is not None:
        built: Iterator[DocumentPart] = (build_part(task, extract) for task in tasks)
    else:
        built = _run_tasks(tasks, settings, ext)
    order = iter(pending)
    for index, path in enumerate(files):
        if index in known:
            part = known[index]
        else:
            _, _task = next(order)
            part = next(built)
        outcome = FileOutcome(
            path,
            index + 1,
            len(files),
            statements=part.statements,
            relations=part.relations,
            warnings=part.warnings,
            error=part.error,
            cached=part.cached,
        )
        if on_file is not None:
            on_file(outcome)
        yield outcome, part


def _job_fingerprint(extensions: Sequence[str | Path], settings: BuildSettings) -> str:
    """What besides a document's bytes decides its part (the cache keys' common half)."""
    from zhkg.cache import fingerprint

    ext = tuple(str(Path(e)) for e in extensions)
    # a limit decides which files fail, so entries made without it must not pass it by
    if settings.max_chars is None:
        return fingerprint(ext)
    return fingerprint(ext, max_chars=settings.max_chars)


def load_ontology_checked(extensions: Sequence[str | Path]) -> Graph:
    """The ontology with the extensions (LexiconError for a missing or broken one)."""
    from zhkg.ontology.ontology import load_ontology

    return load_ontology(extensions)


def _run_tasks(
    tasks: list[PartTask], settings: BuildSettings, extensions: tuple[str, ...]
) -> Iterator[DocumentPart]:
    """Run the tasks where ``settings`` say; results in the order of the tasks."""
    from zhkg.parts import build_part

    if not tasks:
        return iter(())
    if settings.dask:
        from zhkg.distributed import run_on_dask

        return run_on_dask(tasks, settings.dask, workers=settings.workers)
    workers = min(settings.workers, len(tasks))
    if workers <= 1:
        return map(build_part, tasks)
    return _run_in_pool(tasks, workers, extensions)


def _run_in_pool(
    tasks: list[PartTask], workers: int, extensions: tuple[str, ...]
) -> Iterator[DocumentPart]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from zhkg.parts import build_part, warm_up

    # spawn: a worker starts clean (no threads or open stores of this process)
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=warm_up,
        initargs=(extensions,),
    ) as pool:
        yield from pool.map(build_part, tasks, chunksize=1)


@contextlib.contextmanager
def _parts_folder(settings: BuildSettings) -> Iterator[Path]:
    """The cache folder, or a temporary one removed afterwards (no cache)."""
    from zhkg.cache import cache_directory

    if settings.cache:
        yield cache_directory(settings.cache_dir)
        return
    base = Path(settings.cache_dir) if settings.cache_dir else None
    with tempfile.TemporaryDirectory(prefix="zhkg-build-", dir=base) as folder:
        yield Path(folder)


def build_rdf(
    paths: Sequence[str | Path],
    *,
    extensions: Sequence[str | Path] = (),
    with_ontology: bool = False,
    on_file: Callable[[FileOutcome], None] | None = None,
    settings: BuildSettings = BuildSettings(),
    extract: Callable[[Path], Extraction] | None = None,
    corrections: str | Path | Corrections | None = None,
) -> CorpusGraph:
    """Stages 1-3 over files and directories: one merged rdflib graph.

    Every path is expanded first, so a missing path fails before any work. A
    file that cannot be read or extracted is recorded in the outcome and
    skipped; the others still make the graph. ``extensions`` are extension
    ontologies: they extend the extractor's lexicon and the graph's classes alike.
    ``extract`` replaces stages 1-2 for each file (run in this process). (``build_file``
    writes a corpus to a file without holding its graph.)
    """
    from rdflib import Graph

    from zhkg.ontology.corrections import apply_corrections, read_corrections
    from zhkg.ontology.lexicon import lexicon_from_graph
    from zhkg.ontology.ontology import TermIndex

    fixes = read_corrections(corrections) if isinstance(corrections, str | Path) else corrections

    from zhkg.ontology.builder import CorpusGraph
    from zhkg.ontology.serialize import bind_prefixes
    from zhkg.ontology.streaming import merge_ntriples

    files = input_files(paths)
    with _parts_folder(settings) as folder:
        results = build_parts(
            files,
            extensions=extensions,
            settings=settings,
            cache_dir=folder,
            on_file=on_file,
            extract=extract,
        )
        buffer = io.BytesIO()
        merge_ntriples((part.ntriples for _, part in results if part.ntriples), buffer)
    graph = bind_prefixes(Graph())
    graph.parse(data=buffer.getvalue(), format="nt")
    if fixes is not None:
        ontology = load_ontology_checked(extensions)
        apply_corrections(
            graph, fixes, lexicon_from_graph(ontology), TermIndex.from_graph(ontology)
        )
    if with_ontology:
        graph += load_ontology_checked(extensions)
    return CorpusGraph(graph, tuple(outcome for outcome, _ in results))


@dataclass(frozen=True, slots=True)
class BuiltFile:
    """What ``build_file`` wrote: the file, its triple count and each input's outcome."""

    path: Path
    triples: int
    outcomes: tuple[FileOutcome, ...]
    kept: bool = False
    """True when nothing changed since the file was written, so it was left as it was."""

    @property
    def failures(self) -> tuple[FileOutcome, ...]:
        return tuple(outcome for outcome in self.outcomes if outcome.error is not None)

    def summary(self) -> str:
        built = len(self.outcomes) - len(self.failures)
        failed = f", {len(self.failures)} failed" if self.failures else ""
        cached = sum(1 for outcome in self.outcomes if outcome.cached)
        reused = f" ({cached} unchanged, from the cache)" if cached else ""
        statements = sum(outcome.statements for outcome in self.outcomes)
        relations = sum(outcome.relations for outcome in self.outcomes)
        warnings = sum(outcome.warnings for outcome in self.outcomes)
        return (
            f"{built}/{len(self.outcomes)} files{failed}: {statements} statements, "
            f"{relations} relations, {warnings} warnings, {self.triples} triples{reused}"
        )


def build_file(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    fmt: str | None = None,
    extensions: Sequence[str | Path] = (),
    with_ontology: bool = False,
    on_file: Callable[[FileOutcome], None] | None = None,
    settings: BuildSettings = BuildSettings(),
    query_store: bool | None = None,
) -> BuiltFile:
    """Stages 1-3 over files and directories, written to ``out`` as they are merged.

    Each document's triples are written as N-Triples when it is built and the
    parts are merged by streaming, so memory does not grow with the corpus.
    Nothing is written when no file could be built (InputError). ``query_store``
    also fills the store that ``zhkg sparql``, ``load`` and ``validate`` keep beside
    the file, as the parts are merged (see ``oxstore.StoreBuilder``); None fills it
    for a corpus of ``QUERY_STORE_FROM_DOCUMENTS`` or more.
    """
    from zhkg import buildstamp
    from zhkg.ontology.formats import format_for_path, rdf_format
    from zhkg.ontology.serialize import PREFIXES
    from zhkg.ontology.streaming import write_merged

    files = input_files(paths)
    query_store = wants_query_store(query_store, len(files))
    outcomes: list[FileOutcome] = []
    keys = _cache_keys(files, extensions, settings)
    digest = None
    if keys is not None:
        chosen = format_for_path(Path(out)) if fmt is None else rdf_format(fmt)
        digest = buildstamp.parts_digest(keys, fmt=chosen.name, with_ontology=with_ontology)

    def built(folder: Path) -> Iterator[tuple[FileOutcome, DocumentPart]]:
        return iter_parts(
            files,
            extensions=extensions,
            settings=settings,
            cache_dir=folder,
            on_file=on_file,
            keys=keys,
        )

    if digest is not None and (kept := buildstamp.unchanged_triples(out, digest)) is not None:
        with _parts_folder(settings) as folder:
            outcomes.extend(outcome for outcome, _part in built(folder))
        if all(outcome.cached for outcome in outcomes):
            if query_store:
                keep_query_store(out, extensions)
            return BuiltFile(Path(out), kept, tuple(outcomes), kept=True)
        outcomes.clear()  # an entry vanished meanwhile: merge as usual (now from the cache)

    def parts(folder: Path) -> Iterator[Path | bytes]:
        """Each document's part as it is done, merged while the workers build the next."""
        for outcome, part in built(folder):
            outcomes.append(outcome)
            if part.ntriples:
                yield part.ntriples
        if with_ontology:
            yield load_ontology_checked(extensions).serialize(format="nt", encoding="utf-8")

    def check(triples: int) -> None:
        if all(outcome.error is not None for outcome in outcomes):
            raise InputError(paths[0], "no input file could be built; nothing written")

    buildstamp.remove_stamp(out)
    with _parts_folder(settings) as folder, _store_builder(out, query_store) as builder:
        triples = write_merged(
            parts(folder),
            out,
            fmt,
            prefixes=dict(PREFIXES),
            check=check,
            sink=None if builder is None else builder.add_ntriples,
        )
        if builder is not None:
            builder.finish(extensions=extensions)
    if digest is not None and all(outcome.error is None for outcome in outcomes):
        buildstamp.write_stamp(out, digest, triples)
    return BuiltFile(Path(out), triples, tuple(outcomes))


@contextlib.contextmanager
def _store_builder(out: str | Path, wanted: bool) -> Iterator[StoreBuilder | None]:
    """The query store to fill beside ``out`` (None when not wanted)."""
    if not wanted:
        yield None
        return
    from zhkg.ontology.oxstore import StoreBuilder

    try:
        builder = StoreBuilder(out)
    except OSError as exc:
        raise RDFError(
            f"{out}: cannot write its query store beside it ({exc.strerror or exc})",
            hint="give a path in a writable directory, or add --no-query-store",
        ) from exc
    with builder:
        yield builder


def keep_query_store(out: str | Path, extensions: Sequence[str | Path] = ()) -> None:
    """Build the query store kept beside a written graph file when it is missing or stale."""
    from zhkg.ontology.oxstore import kept_store

    kept_store(Path(out), extensions=extensions)


def _cache_keys(
    files: Sequence[Path], extensions: Sequence[str | Path], settings: BuildSettings
) -> list[str] | None:
    """The files' cache keys, computed once for the stamp and the build (None without a
    cache, or when a file cannot be read: the build then reports it)."""
    from zhkg.cache import document_key

    if not settings.cache:
        return None
    job = _job_fingerprint(extensions, settings)
    try:
        return [document_key(path, job) for path in files]
    except OSError:
        return None


def correct_rdf(
    graph: Graph, corrections: Corrections | str | Path, *, extensions: Sequence[str | Path] = ()
) -> CorrectionReport:
    """Apply a corrections file (or parsed corrections) to a graph in place.

    See ``docs/corrections.md``: reject statements, relations or mentions, add
    missed ones with their evidence, merge or rename stakeholders.
    """
    from zhkg.ontology.corrections import Corrections, apply_corrections, read_corrections
    from zhkg.ontology.lexicon import lexicon_from_graph
    from zhkg.ontology.ontology import TermIndex, load_ontology

    fixes = corrections if isinstance(corrections, Corrections) else read_corrections(corrections)
    ontology = load_ontology(extensions)
    return apply_corrections(
        graph, fixes, lexicon_from_graph(ontology), TermIndex.from_graph(ontology)
    )


def check_output(out: str | Path, paths: Sequence[str | Path], *, create_dir: bool = False) -> None:
    """Refuse, before any work, an output path the graph could not or should not go to.

    A directory, a folder that does not exist (unless ``create_dir``) or one of
    the input files (the text would be replaced by Turtle) fail here rather than
    after minutes of extraction.
    """
    from zhkg.extract.reading import iter_input_files

    target = Path(out)
    directory = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise RDFError(f"{target}: is a directory", hint="give a file name, e.g. corpus.ttl")
    if directory.exists() and not directory.is_dir():
        raise RDFError(f"{target}: {directory} is not a directory", hint="give another path")
    if not create_dir and not directory.is_dir():
        raise RDFError(f"{target}: directory {directory} does not exist", hint="create it first")
    if not target.is_file():
        return
    for path in paths:
        for file in iter_input_files(path):
            if file.is_file() and os.path.samefile(file, target):
                raise InputError(
                    target,
                    "is one of the input files; writing the graph there would overwrite it",
                    hint="give another output path, e.g. corpus.ttl",
                )


def write_rdf(graph: Graph, out: str | Path, fmt: str | None = None) -> Path:
    """Write a graph atomically in a named format (or the one ``out``'s suffix implies)."""
    from zhkg.ontology.serialize import write_graph

    return write_graph(graph, out, fmt)


def validate_rdf(
    paths: Sequence[str | Path], *, extensions: Sequence[str | Path] = ()
) -> ValidationReport:
    """Parse RDF files and check them against the zhkg SHACL shapes.

    Turtle and N-Triples files are checked a batch of documents at a time
    (``zhkg.graph.stream``), so a big corpus file needs little memory.
    """
    from rdflib import Graph

    from zhkg.graph.stream import STREAMED_SUFFIXES, RDFDocuments
    from zhkg.ontology.validate import validate_graph

    if paths and all(Path(path).suffix.lower() in STREAMED_SUFFIXES for path in paths):
        with RDFDocuments(paths, extensions=extensions) as documents:
            return documents.validate(extensions)

    data = Graph()
    for path in paths:
        data += parse_zhkg_graph(path)
    return validate_graph(data, extensions=extensions)


def parse_zhkg_graph(path: str | Path) -> Graph:
    """Parse an RDF file that must hold zhkg data, so a wrong file is not "valid" or "loaded".

    An empty graph conforms to every shape and loads as nothing; a file without
    a single zhkg term (another vocabulary, an extension ontology given as data)
    is almost always the wrong file.
    """
    from rdflib.namespace import RDF

    from zhkg.ontology.namespace import ZHKG
    from zhkg.ontology.serialize import parse_graph

    graph = parse_graph(path)
    namespace = str(ZHKG)
    if not any(str(p).startswith(namespace) for p in graph.predicates(unique=True)) and not any(
        str(o).startswith(namespace) for o in graph.objects(None, RDF.type)
    ):
        raise RDFError(
            f"{path}: holds no zhkg data ({len(graph)} triples, none in the zhkg vocabulary)",
            hint="give RDF written by `zhkg build`; extension ontologies go to --ontology",
        )
    return graph


# --- stage 4: property graph and questions ------------------------------------

RDF_SUFFIXES = frozenset({".ttl", ".nt", ".jsonld", ".json", ".trig", ".n3"})
"""Files ``load_graph`` parses as RDF; every other file goes through stages 1-3."""


@dataclass(frozen=True, slots=True)
class GraphLoad:
    """What ``load_graph`` did: rows merged, what the store now holds, files that failed."""

    store: str
    report: LoadReport
    counts: StoreCounts
    failures: tuple[FileOutcome, ...] = ()
    pruned: tuple[str, ...] = ()
    """Documents removed by ``prune`` because the input no longer holds them."""
    prune_skipped: bool = False
    """``prune`` was asked for but not done, because some input files failed."""

    def summary(self) -> str:
        unchanged = (
            f" ({self.report.skipped} unchanged document(s) skipped)" if self.report.skipped else ""
        )
        text = (
            f"loaded {self.report.documents} document group(s) into {self.store}{unchanged}: "
            f"{self.report.nodes} node rows and {self.report.relationships} relationship rows "
            f"merged in {self.report.transactions} transaction(s); it now holds "
            f"{self.counts.nodes} nodes and {self.counts.relationships} relationships"
        )
        if self.pruned:
            text += f"; pruned {len(self.pruned)} document(s) no longer in the input"
        if self.prune_skipped:
            text += "; nothing pruned, because some input files failed (their documents stay)"
        return text


def _split_rdf_and_texts(paths: Sequence[str | Path]) -> tuple[list[Path], list[Path]]:
    """RDF files (also inside folders) apart from the files and folders for stages 1-3."""
    rdf_files: list[Path] = []
    texts: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            inside = sorted(
                child
                for child in path.rglob("*")
                if child.is_file()
                and child.suffix.lower() in RDF_SUFFIXES
                and not any(part.startswith(".") for part in child.relative_to(path).parts)
            )
            rdf_files.extend(inside)
            has_texts = any(True for _ in _texts_in(path)) if inside else True
            if has_texts:
                texts.append(path)
        elif path.suffix.lower() in RDF_SUFFIXES:
            rdf_files.append(path)
        else:
            texts.append(path)
    return rdf_files, texts


def _texts_in(folder: Path) -> Iterator[Path]:
    """The folder's files for stages 1-3, or none (a folder of RDF files only)."""
    from zhkg.extract.reading import iter_input_files

    try:
        yield from iter_input_files(folder)
    except EmptyInputError:
        return


def rdf_for_paths(
    paths: Sequence[str | Path],
    *,
    extensions: Sequence[str | Path] = (),
    on_file: Callable[[FileOutcome], None] | None = None,
    build: BuildSettings = BuildSettings(),
    validate: bool = False,
) -> tuple[Graph, tuple[FileOutcome, ...]]:
    """RDF files parsed as they are, other files and directories through stages 1-3.

    ``validate`` checks the parsed RDF files against the shapes (the same report
    as ``zhkg validate``) and raises ShapeViolationError before anything else runs.
    The graph built from texts is not checked: the builder only writes what the
    shapes allow (a test validates what it builds).
    """
    from rdflib import Graph

    from zhkg.extract.document import unique_files

    rdf_files, texts = _split_rdf_and_texts(paths)
    rdf_files = unique_files(rdf_files)
    graph = Graph()
    for path in rdf_files:
        graph += parse_zhkg_graph(path)
    if validate and rdf_files:
        _require_valid(graph, rdf_files, extensions)
    failures: tuple[FileOutcome, ...] = ()
    if texts:
        corpus = build_rdf(texts, extensions=extensions, on_file=on_file, settings=build)
        if len(corpus.failures) == len(corpus.outcomes) and not rdf_files:
            raise InputError(texts[0], "no input file could be read; nothing loaded")
        graph += corpus.graph
        failures = corpus.failures
    return graph, failures


def _require_valid(graph: Graph, files: Sequence[Path], extensions: Sequence[str | Path]) -> None:
    """Refuse RDF that ``zhkg validate`` would reject, before any of it is loaded."""
    from zhkg.ontology import validate

    _refuse_invalid(validate.validate_graph(graph, extensions=extensions), files)


def _refuse_invalid(report: ValidationReport, files: Sequence[Path]) -> None:
    """ShapeViolationError for a report with violations, naming the files; nothing is loaded."""
    from zhkg.errors import ShapeViolationError

    if not report.conforms:
        errors = [v for v in report.violations if v.severity == "Violation"]
        named = str(files[0]) if len(files) == 1 else f"{len(files)} RDF files"
        raise ShapeViolationError(
            f"{named}: {len(errors)} shape violation(s), first: {errors[0].line()}; "
            "nothing was loaded",
            report=report.text(),
            hint="fix the data (zhkg validate lists every violation), "
            "or load it anyway with --no-validate",
        )


def load_graph(
    paths: Sequence[str | Path],
    settings: StoreSettings,
    *,
    extensions: Sequence[str | Path] = (),
    on_file: Callable[[FileOutcome], None] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    prune: bool = False,
    corrections: str | Path | None = None,
    build: BuildSettings = BuildSettings(),
    validate: bool = True,
    transaction_rows: int = DEFAULT_TRANSACTION_ROWS,
    force: bool = False,
    on_progress: Callable[[LoadProgress], None] | None = None,
) -> GraphLoad:
    """Load files into the property graph, whole documents per transaction.

    A document loaded again replaces what the store held of it; one the store
    holds unchanged (same fingerprint) is skipped unless ``force``. ``prune``
    removes the documents the store holds that are not in this input;
    ``corrections`` is a corrections file applied to the graph before loading.
    ``build`` says how text files go through stages 1-3 (workers, cache, Dask).
    RDF files are checked against the SHACL shapes first (``validate=False``
    skips that); texts go through stages 1-3 and are valid by construction.
    """
    from zhkg.graph.stream import STREAMED_SUFFIXES
    from zhkg.ontology.corrections import read_corrections

    fixes = read_corrections(corrections) if corrections is not None else None
    rdf_files, texts = _split_rdf_and_texts(paths)
    if (
        fixes is None
        and rdf_files
        and not texts
        and all(path.suffix.lower() in STREAMED_SUFFIXES for path in rdf_files)
    ):
        from zhkg.extract.document import unique_files

        return _load_rdf_files(
            unique_files(rdf_files),
            settings,
            extensions=extensions,
            build=build,
            validate=validate,
            batch_size=batch_size,
            prune=prune,
            transaction_rows=transaction_rows,
            force=force,
            on_progress=on_progress,
        )
    graph, failures = rdf_for_paths(
        paths, extensions=extensions, on_file=on_file, build=build, validate=validate
    )
    if fixes is not None:
        correct_rdf(graph, fixes, extensions=extensions)
    return load_rdf(
        graph,
        settings,
        extensions=extensions,
        failures=failures,
        batch_size=batch_size,
        prune=prune,
        transaction_rows=transaction_rows,
        force=force,
        on_progress=on_progress,
    )


def _load_rdf_files(
    files: Sequence[Path],
    settings: StoreSettings,
    *,
    extensions: Sequence[str | Path],
    build: BuildSettings,
    validate: bool,
    force: bool,
    on_progress: Callable[[LoadProgress], None] | None,
    **loading: Any,
) -> GraphLoad:
    """Turtle/N-Triples files batch by batch (``zhkg.graph.stream``), skipped when unchanged.

    Every document is mapped to rows, into a temporary file, before the property
    graph opens (``zhkg.graph.spill``), and in a child process of its own
    (``zhkg.memory.run_apart``): the parse and the mapping's millions of small
    objects leave with the child instead of fragmenting the heap the writing then
    grows on, so the peak does not grow with the corpus.

    With the cache on, the manifest of these files (``zhkg.graph.manifest``) says
    whether they conform to the shapes and which documents they hold: a store
    that holds all of them unchanged needs no parse at all.
    """
    from zhkg.graph.manifest import LoadManifest, manifest_key, read_manifest, write_manifest
    from zhkg.graph.spill import SpilledGroups
    from zhkg.memory import run_apart

    key = manifest_key(files, extensions) if build.cache else None
    known = read_manifest(build.cache_dir, key) if key is not None else None
    if known is not None and not force and not known.homeless:
        unchanged = _load_unchanged(known.documents, settings, on_progress, loading["prune"])
        if unchanged is not None:
            return unchanged
    checked = known is not None and known.valid
    with contextlib.closing(SpilledGroups()) as spilled:
        mapped = run_apart(
            functools.partial(_map_rdf_files, files, spilled, extensions, validate and not checked)
        )
        result = _load_groups(
            spilled, settings, total=mapped.total, force=force, on_progress=on_progress, **loading
        )
    if key is not None:
        manifest = LoadManifest(checked or mapped.validated, mapped.fingerprints, mapped.homeless)
        write_manifest(build.cache_dir, key, manifest)
    return result


@dataclass(frozen=True)
class _MappedFiles:
    """What mapping RDF files to rows learnt, handed back from the child process."""

    total: int  # documents in the files
    validated: bool  # the files were checked against the shapes here (and conform)
    fingerprints: dict[str, str]  # document IRI -> fingerprint of its rows
    homeless: bool  # some rows belong to no document


def _map_rdf_files(
    files: Sequence[Path],
    spilled: SpilledGroups,
    extensions: Sequence[str | Path],
    validate: bool,
) -> _MappedFiles:
    """Validate (if asked) and map every document of ``files`` to rows, into ``spilled``."""
    from zhkg.graph.store import document_fingerprint
    from zhkg.graph.stream import RDFDocuments
    from zhkg.memory import release_memory

    fingerprints: dict[str, str] = {}
    homeless = False

    def noted(groups: Iterable[DocumentRows]) -> Iterator[DocumentRows]:
        nonlocal homeless
        for group in groups:
            if group.document is None:
                homeless = True
            else:
                fingerprints[group.document] = document_fingerprint(group)
            yield group

    with RDFDocuments(files, extensions=extensions) as documents:
        if validate:
            _refuse_invalid(documents.validate(extensions), files)
            release_memory()  # the validation's graphs and reports, before the mapping
        total = len(documents.documents())
        spilled.write(noted(documents.groups(documents.ontology())))
    return _MappedFiles(total, validate, fingerprints, homeless)


def _load_unchanged(
    documents: Mapping[str, str],
    settings: StoreSettings,
    on_progress: Callable[[LoadProgress], None] | None,
    prune: bool,
) -> GraphLoad | None:
    """The load of files whose documents the store holds unchanged, or None if it does not."""
    from zhkg.errors import ZhkgError
    from zhkg.graph.store import LoadProgress, LoadReport, open_store

    try:  # read-only: a store that does not exist yet is not created here
        with open_store(settings, read_only=True) as store:
            stored = store.fingerprints()
            if any(stored.get(document) != value for document, value in documents.items()):
                return None
            stale = [d for d in store.documents() if d not in documents] if prune else []
            counts = store.counts()
            where = store.describe()
    except ZhkgError:  # no store yet, or one made before fingerprints: load as usual
        return None
    if stale:
        with open_store(settings) as store:
            for document in stale:
                store.remove_document(document)
            counts = store.counts()
    if on_progress is not None:
        on_progress(LoadProgress(len(documents), len(documents), 0, len(documents)))
    return GraphLoad(
        where, LoadReport(0, 0, 0, skipped=len(documents)), counts, pruned=tuple(stale)
    )


def load_rdf(
    graph: Graph,
    settings: StoreSettings,
    *,
    extensions: Sequence[str | Path] = (),
    failures: tuple[FileOutcome, ...] = (),
    batch_size: int = DEFAULT_BATCH_SIZE,
    prune: bool = False,
    transaction_rows: int = DEFAULT_TRANSACTION_ROWS,
    force: bool = False,
    on_progress: Callable[[LoadProgress], None] | None = None,
) -> GraphLoad:
    """Load an RDF graph into the property graph, whole documents per transaction.

    Documents share a transaction up to ``transaction_rows`` rows and are never
    split; each replaces what the store held of it, and one the store already
    holds with the same fingerprint is skipped (unless ``force``). With
    ``prune`` the store's other documents are removed too (unless a file
    failed: its document would go). ``on_progress`` hears after each transaction.
    """
    from zhkg.graph.rows import rows_from_graph
    from zhkg.ontology.ontology import load_ontology

    return _load_groups(
        rows_from_graph(graph, load_ontology(extensions)),
        settings,
        failures=failures,
        batch_size=batch_size,
        prune=prune,
        transaction_rows=transaction_rows,
        force=force,
        on_progress=on_progress,
    )


def _load_groups(
    groups: Iterable[DocumentRows],
    settings: StoreSettings,
    *,
    failures: tuple[FileOutcome, ...] = (),
    total: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    prune: bool = False,
    transaction_rows: int = DEFAULT_TRANSACTION_ROWS,
    force: bool = False,
    on_progress: Callable[[LoadProgress], None] | None = None,
) -> GraphLoad:
    """Load document groups (a list or a stream), then prune what the input no longer holds."""
    from zhkg.graph.store import open_store

    loaded: set[str] = set()

    def noted() -> Iterator[DocumentRows]:
        for group in groups:
            if group.document is not None:
                loaded.add(group.document)
            yield group

    with open_store(settings) as store:
        report = store.load(
            noted(),
            batch_size=batch_size,
            transaction_rows=transaction_rows,
            force=force,
            total=total if total is not None else _length(groups),
            on_progress=on_progress,
        )
        pruned: list[str] = []
        if prune and not failures:
            for document in store.documents():
                if document not in loaded:
                    store.remove_document(document)
                    pruned.append(document)
        counts = store.counts()
        return GraphLoad(
            store.describe(),
            report,
            counts,
            failures,
            pruned=tuple(pruned),
            prune_skipped=prune and bool(failures),
        )


def _length(groups: Iterable[DocumentRows]) -> int | None:
    """How many documents a list of groups holds (the group of no document not counted)."""
    if isinstance(groups, list):
        return sum(1 for group in groups if group.document is not None)
    return None


def query_graph(
    settings: StoreSettings,
    query: str,
    params: Mapping[str, object] | None = None,
    *,
    on_notice: Callable[[str], None] | None = None,
) -> QueryRows:
    """Run an ad-hoc Cypher query read-only (write clauses refused, read access mode).

    ``on_notice`` receives the store's warnings about the query (an unknown label …).
    """
    from zhkg.graph.store import open_store
    from zhkg.queries.readonly import check_parameters, check_read_only

    check_read_only(query)
    check_parameters(query, params or {})
    with open_store(settings, read_only=True) as store:
        rows = store.run_read_only(query, params)
        if on_notice is not None:
            for notice in store.notices:
                on_notice(notice)
        return rows


def run_named_query(
    settings: StoreSettings, name: str, params: Mapping[str, object] | None = None
) -> QueryRows:
    """Run one of the named queries of ``zhkg.queries`` on the configured store."""
    from zhkg.graph.store import open_store
    from zhkg.queries.library import run_named

    with open_store(settings, read_only=True) as store:
        rows = run_named(store, name, params)
        if not rows:
            _require_graph(store)
        return rows


def _require_graph(store: GraphStore) -> None:
    """An empty store answers every question with nothing: say it is empty instead."""
    if store.counts().nodes == 0:
        raise StoreUnavailableError(
            f"{store.describe()} holds no graph (it is empty)",
            hint="load one first with zhkg load FILE.ttl or zhkg run FILE.txt",
        )


def ask_graph(
    settings: StoreSettings, question: str, *, extensions: Sequence[str | Path] = ()
) -> Answer:
    """Answer a Chinese question with a named query chosen through the ontology's labels."""
    from zhkg.graph.store import open_store
    from zhkg.ontology.lexicon import load_lexicon
    from zhkg.queries.ask import answer_question

    lexicon = load_lexicon(extensions)
    with open_store(settings, read_only=True) as store:
        _require_graph(store)
        return answer_question(store, question, lexicon)


# --- the main job: every stage on a corpus, then one question -------------------


@dataclass(frozen=True, slots=True)
class JobResult:
    """What ``run_job`` produced: the RDF build, the Turtle file, the load and the answer."""

    corpus: CorpusGraph
    turtle: Path
    load: GraphLoad
    answer: Answer


def run_job(
    paths: Sequence[str | Path],
    *,
    out: str | Path,
    settings: StoreSettings,
    question: str = DEFAULT_QUESTION,
    extensions: Sequence[str | Path] = (),
    on_file: Callable[[FileOutcome], None] | None = None,
    create_out_dir: bool = False,
    corrections: str | Path | None = None,
    prune: bool = False,
    build: BuildSettings = BuildSettings(),
    on_progress: Callable[[LoadProgress], None] | None = None,
) -> JobResult:
    """Segment, extract, build RDF, load the property graph, write Turtle, answer a question.

    Stages 1-3 run once; the same graph is loaded and written, so the Turtle
    file and the store always agree. What can be checked cheaply is checked
    before any work: the question (is it one zhkg understands?) and the output
    directory (``create_out_dir`` makes it). The store is loaded before the
    Turtle file is written, so a store that cannot be reached leaves no file
    behind. Files that fail are skipped (see ``JobResult.corpus.failures``); if
    none can be read the job stops before writing anything.
    """
    from zhkg.ontology.lexicon import load_lexicon
    from zhkg.queries.ask import interpret

    lexicon = load_lexicon(extensions)
    interpret(question, lexicon)  # an unanswerable question fails before the work
    from zhkg.ontology.corrections import read_corrections

    fixes = read_corrections(corrections) if corrections is not None else None
    check_output(out, paths, create_dir=create_out_dir)
    target = Path(out)
    directory = target.parent if str(target.parent) else Path(".")
    corpus = build_rdf(
        paths, extensions=extensions, on_file=on_file, corrections=fixes, settings=build
    )
    if len(corpus.failures) == len(corpus.outcomes):
        raise InputError(
            corpus.failures[0].path if corpus.failures else paths[0],
            f"none of the {len(corpus.outcomes)} input file(s) could be read; nothing was built",
            hint="give at least one readable .txt/.md/.html/.docx/.pdf file",
        )
    load = load_rdf(
        corpus.graph,
        settings,
        extensions=extensions,
        failures=corpus.failures,
        prune=prune,
        on_progress=on_progress,
    )
    if create_out_dir:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RDFError(f"{directory}: cannot create ({exc.strerror or exc})") from exc
    turtle = write_rdf(corpus.graph, target, "turtle")
    answer = ask_graph(settings, question, extensions=extensions)
    return JobResult(corpus, turtle, load, answer)
