"""The only module that knows the order of the stages.

read (extract stage 1) -> extract (stage 2) -> build RDF (ontology) -> load (graph)
-> ask (queries). Each section below belongs to one stage; the CLI calls these.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.namespace import RDF

from zhkg.errors import EmptyInputError, InputError, RDFError, StoreUnavailableError
from zhkg.extract.document import document_to_dict, read_document, read_documents, unique_files
from zhkg.extract.evaluation import Score, read_gold, score
from zhkg.extract.export import eval_rows
from zhkg.extract.extractor import extract as extract_document
from zhkg.extract.lexicon import Lexicon
from zhkg.extract.model import Document, Extraction
from zhkg.extract.reading import iter_input_files
from zhkg.extract.relation_evaluation import (
    RelationScore,
    read_relation_gold,
    relation_rows,
    score_relations,
)
from zhkg.graph.config import StoreSettings
from zhkg.graph.rows import rows_from_graph
from zhkg.graph.store import (
    DEFAULT_BATCH_SIZE,
    GraphStore,
    LoadReport,
    QueryRows,
    StoreCounts,
    open_store,
)
from zhkg.ontology.builder import CorpusGraph, FileOutcome, build_corpus
from zhkg.ontology.corrections import (
    CorrectionReport,
    Corrections,
    apply_corrections,
    read_corrections,
)
from zhkg.ontology.lexicon import lexicon_from_graph, load_lexicon
from zhkg.ontology.namespace import ZHKG
from zhkg.ontology.ontology import TermIndex, load_ontology
from zhkg.ontology.serialize import parse_graph, write_graph
from zhkg.ontology.validate import ValidationReport, validate_graph
from zhkg.queries.ask import Answer, answer_question, interpret
from zhkg.queries.library import run_named
from zhkg.queries.readonly import check_parameters, check_read_only

# --- stage 1: read, clean, structure, segment --------------------------------


def read(path: str | Path) -> Document:
    """Stage 1 for one file: read, clean, structure and split it into sentences."""
    return read_document(path)


def read_all(paths: Iterable[str | Path]) -> Iterator[Document]:
    """Stage 1 for files and folders (folders sorted, recursive); bad paths fail first."""
    return read_documents(list(paths))


def document_as_dict(document: Document) -> dict[str, Any]:
    """A Document as JSON-ready data (what `zhkg segment --json` prints)."""
    return document_to_dict(document)


# --- stage 2: extract stakeholders, responsibilities, relations ---------------


def extract_paths(
    paths: str | Path | Iterable[str | Path], *, extensions: Iterable[str | Path] = ()
) -> Iterator[Extraction]:
    """Stages 1-2 for files and folders: one Extraction per document.

    ``extensions`` are extension ontologies (Turtle) adding parties, aliases and
    categories to the lexicon; it is loaded once for all documents.
    """
    lexicon = load_lexicon(extensions)
    for document in read_documents(paths):
        yield extract_chinese(document, lexicon)


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


def extract_chinese(document: Document, lexicon: Lexicon) -> Extraction:
    """Stage 2 for a document that has Chinese in it.

    The extractor finds nothing in an English (or wrongly decoded) text; saying
    so beats an empty result that looks like a document without duties.
    """
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

    lexicon = load_lexicon(extensions)
    document = read(path)
    sentence = find_sentence(document, which)
    return explain_lines(extract_chinese(document, lexicon), lexicon, sentence)


def evaluate(
    paths: str | Path | Iterable[str | Path],
    gold: str | Path,
    *,
    extensions: Iterable[str | Path] = (),
) -> Score:
    """Score the responsibilities extracted from ``paths`` against a gold TSV."""
    gold_rows = read_gold(gold)  # a bad gold file fails before any extraction
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
    """Score the relations extracted from ``paths`` against a relation gold TSV."""
    gold_rows = read_relation_gold(gold)  # a bad gold file fails before any extraction
    predictions = [
        row for ex in extract_paths(paths, extensions=extensions) for row in relation_rows(ex)
    ]
    return score_relations(predictions, gold_rows)


# --- stage 3: RDF ------------------------------------------------------------


def build_rdf(
    paths: Sequence[str | Path],
    *,
    extensions: Sequence[str | Path] = (),
    with_ontology: bool = False,
    on_file: Callable[[FileOutcome], None] | None = None,
    extract: Callable[[Path], Extraction] | None = None,
    corrections: str | Path | Corrections | None = None,
) -> CorpusGraph:
    """Stages 1-3 over files and directories: one merged RDF graph.

    Every path is expanded first, so a missing path fails before any work. A
    file that cannot be read or extracted is recorded in the outcome and
    skipped; the others still make the graph. ``extensions`` are extension
    ontologies: they extend the extractor's lexicon and the graph's classes alike.
    """
    fixes = read_corrections(corrections) if isinstance(corrections, str | Path) else corrections
    files = unique_files(file for path in paths for file in iter_input_files(path))
    ontology = load_ontology(extensions)
    if extract is None:
        lexicon = lexicon_from_graph(ontology)

        def extract(path: Path) -> Extraction:
            return extract_chinese(read(path), lexicon)

    corpus = build_corpus(files, extract, TermIndex.from_graph(ontology), on_file=on_file)
    if fixes is not None:
        apply_corrections(
            corpus.graph, fixes, lexicon_from_graph(ontology), TermIndex.from_graph(ontology)
        )
    if with_ontology:
        graph = corpus.graph
        graph += ontology
    return corpus


def correct_rdf(
    graph: Graph, corrections: Corrections | str | Path, *, extensions: Sequence[str | Path] = ()
) -> CorrectionReport:
    """Apply a corrections file (or parsed corrections) to a graph in place.

    See ``docs/corrections.md``: reject statements, relations or mentions, add
    missed ones with their evidence, merge or rename stakeholders.
    """
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
    return write_graph(graph, out, fmt)


def validate_rdf(
    paths: Sequence[str | Path], *, extensions: Sequence[str | Path] = ()
) -> ValidationReport:
    """Parse RDF files and check them against the zhkg SHACL shapes."""
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
        text = (
            f"loaded {self.report.documents} document group(s) into {self.store}: "
            f"{self.report.nodes} node rows and {self.report.relationships} relationship rows "
            f"merged; it now holds {self.counts.nodes} nodes and "
            f"{self.counts.relationships} relationships"
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
    try:
        yield from iter_input_files(folder)
    except EmptyInputError:
        return


def rdf_for_paths(
    paths: Sequence[str | Path],
    *,
    extensions: Sequence[str | Path] = (),
    on_file: Callable[[FileOutcome], None] | None = None,
) -> tuple[Graph, tuple[FileOutcome, ...]]:
    """RDF files parsed as they are, other files and directories through stages 1-3."""
    rdf_files, texts = _split_rdf_and_texts(paths)
    rdf_files = unique_files(rdf_files)
    graph = Graph()
    for path in rdf_files:
        graph += parse_zhkg_graph(path)
    failures: tuple[FileOutcome, ...] = ()
    if texts:
        corpus = build_rdf(texts, extensions=extensions, on_file=on_file)
        if len(corpus.failures) == len(corpus.outcomes) and not rdf_files:
            raise InputError(texts[0], "no input file could be read; nothing loaded")
        graph += corpus.graph
        failures = corpus.failures
    return graph, failures


def load_graph(
    paths: Sequence[str | Path],
    settings: StoreSettings,
    *,
    extensions: Sequence[str | Path] = (),
    on_file: Callable[[FileOutcome], None] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    prune: bool = False,
    corrections: str | Path | None = None,
) -> GraphLoad:
    """Load files into the property graph, one transaction per document.

    A document loaded again replaces what the store held of it. ``prune``
    removes the documents the store holds that are not in this input;
    ``corrections`` is a corrections file applied to the graph before loading.
    """
    fixes = read_corrections(corrections) if corrections is not None else None
    graph, failures = rdf_for_paths(paths, extensions=extensions, on_file=on_file)
    if fixes is not None:
        correct_rdf(graph, fixes, extensions=extensions)
    return load_rdf(
        graph,
        settings,
        extensions=extensions,
        failures=failures,
        batch_size=batch_size,
        prune=prune,
    )


def load_rdf(
    graph: Graph,
    settings: StoreSettings,
    *,
    extensions: Sequence[str | Path] = (),
    failures: tuple[FileOutcome, ...] = (),
    batch_size: int = DEFAULT_BATCH_SIZE,
    prune: bool = False,
) -> GraphLoad:
    """Load an RDF graph into the property graph, one transaction per document.

    Each document replaces what the store held of it; with ``prune`` the store's
    other documents are removed too (unless a file failed: its document would go).
    """
    groups = rows_from_graph(graph, load_ontology(extensions))
    with open_store(settings) as store:
        report = store.load(groups, batch_size=batch_size)
        pruned: list[str] = []
        if prune and not failures:
            loaded = {group.document for group in groups if group.document is not None}
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
    check_read_only(query)
    check_parameters(query, params or {})
    with open_store(settings, read_only=True) as store:
        rows = store.run(query, params)
        if on_notice is not None:
            for notice in store.notices:
                on_notice(notice)
        return rows


def run_named_query(
    settings: StoreSettings, name: str, params: Mapping[str, object] | None = None
) -> QueryRows:
    """Run one of the named queries of ``zhkg.queries`` on the configured store."""
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
    lexicon = load_lexicon(extensions)
    with open_store(settings, read_only=True) as store:
        _require_graph(store)
        return answer_question(store, question, lexicon)


# --- the main job: every stage on a corpus, then one question -------------------

DEFAULT_QUESTION = "谁负责售后？"
"""What the main job asks unless told otherwise: "who is responsible for after-sales"."""


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
    lexicon = load_lexicon(extensions)
    interpret(question, lexicon)  # an unanswerable question fails before the work
    fixes = read_corrections(corrections) if corrections is not None else None
    check_output(out, paths, create_dir=create_out_dir)
    target = Path(out)
    directory = target.parent if str(target.parent) else Path(".")
    corpus = build_rdf(paths, extensions=extensions, on_file=on_file, corrections=fixes)
    if len(corpus.failures) == len(corpus.outcomes):
        raise InputError(
            corpus.failures[0].path if corpus.failures else paths[0],
            f"none of the {len(corpus.outcomes)} input file(s) could be read; nothing was built",
            hint="give at least one readable .txt/.md/.html/.docx/.pdf file",
        )
    load = load_rdf(
        corpus.graph, settings, extensions=extensions, failures=corpus.failures, prune=prune
    )
    if create_out_dir:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RDFError(f"{directory}: cannot create ({exc.strerror or exc})") from exc
    turtle = write_rdf(corpus.graph, target, "turtle")
    answer = ask_graph(settings, question, extensions=extensions)
    return JobResult(corpus, turtle, load, answer)
