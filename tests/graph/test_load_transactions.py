"""Loading many documents, on both backends: several whole documents per transaction,
none kept from a failed transaction, unchanged documents skipped, progress reported.
"""

from __future__ import annotations

import copy
from pathlib import Path

import ladybug
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from zhkg.errors import GraphStoreError, LoadError
from zhkg.graph.config import EmbeddedSettings
from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.graph.rows import DocumentRows, rows_from_graph
from zhkg.graph.store import GraphStore, LoadProgress, document_fingerprint, transactions


def _group(name: str, rows: int) -> DocumentRows:
    group = DocumentRows(document=f"https://example.org/{name}")
    for number in range(rows):
        group.add_node("Sentence", {"iri": f"https://example.org/{name}/s{number}"})
    return group


@pytest.mark.parametrize(
    ("sizes", "limit", "expected"),
    [
        ([3, 3, 3], 10, [[0, 1, 2]]),
        ([3, 3, 3], 6, [[0, 1], [2]]),
        ([3, 3, 3], 5, [[0], [1], [2]]),
        ([2, 12, 2, 2], 5, [[0], [1], [2, 3]]),  # a document above the bound goes alone
        ([12], 5, [[0]]),
        ([], 5, []),
    ],
)
def test_documents_share_a_transaction_up_to_the_bound_and_are_never_split(
    sizes: list[int], limit: int, expected: list[list[int]]
) -> None:
    groups = [_group(f"d{index}", size) for index, size in enumerate(sizes)]
    got = [[groups.index(group) for group in batch] for batch in transactions(groups, limit)]
    assert got == expected


def _documents(store: GraphStore) -> set[str]:
    return set(store.documents())


def _all_groups(
    sample_groups: list[DocumentRows], pipeline_groups: list[DocumentRows]
) -> list[DocumentRows]:
    """Four documents: the two of the hand-written sample and the two sample texts."""
    groups = [*sample_groups, *pipeline_groups]
    assert len({group.document for group in groups}) == 4 and None not in {
        group.document for group in groups
    }
    return groups


def test_one_transaction_holds_many_documents_and_writes_what_one_each_writes(
    store: GraphStore,
    sample_groups: list[DocumentRows],
    pipeline_groups: list[DocumentRows],
    tmp_path: Path,
) -> None:
    groups = _all_groups(sample_groups, pipeline_groups)
    report = store.load(groups, transaction_rows=1_000_000)
    assert (report.documents, report.transactions) == (4, 1)
    one_each = EmbeddedStore(EmbeddedSettings(tmp_path / "one-each.lbug"))
    with one_each:
        alone = one_each.load(groups, transaction_rows=1)
        assert (alone.documents, alone.transactions) == (4, 4)
        assert store.counts() == one_each.counts()
        assert _documents(store) == _documents(one_each)
        shared = "MATCH (s:Stakeholder) RETURN s.iri AS iri, s.name AS n, s.kind AS k ORDER BY iri"
        assert store.run(shared) == one_each.run(shared)


def test_a_failed_transaction_keeps_none_of_its_documents(
    store: GraphStore,
    sample_groups: list[DocumentRows],
    pipeline_groups: list[DocumentRows],
) -> None:
    """The store itself rejects a row of the last document; the batch's first one goes too."""
    store.load(sample_groups)
    before = store.counts()
    first, second = copy.deepcopy(pipeline_groups)
    second.nodes["Sentence"]["zz-broken"] = {"iri": None, "text": "no IRI", "position": 99}
    with pytest.raises(LoadError, match="were not loaded") as info:
        store.load([first, second], transaction_rows=1_000_000)
    message = str(info.value)
    assert str(first.document) in message and str(second.document) in message
    assert "\n" not in message
    assert store.counts() == before
    assert _documents(store) == {str(group.document) for group in sample_groups}


def test_documents_of_earlier_transactions_stay_when_a_later_one_fails(
    store: GraphStore,
    sample_groups: list[DocumentRows],
    pipeline_groups: list[DocumentRows],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    groups = _all_groups(sample_groups, pipeline_groups)
    bound = max(g.node_count + g.relationship_count for g in groups[:2]) * 2
    assert [len(batch) for batch in transactions(groups, bound)][:1] == [2]
    original = store._execute_batch  # type: ignore[attr-defined]

    def fail_in_the_second_transaction(*args: object) -> None:
        rows = args[-1]
        assert isinstance(rows, list)
        # node rows are maps; a statement may also unwind rows of positional lists
        iris = (str(row.get("iri", "")) for row in rows if isinstance(row, dict))
        if any(iri.startswith(str(groups[2].document)) for iri in iris):
            raise RuntimeError("injected failure in the second transaction")
        original(*args)

    monkeypatch.setattr(store, "_execute_batch", fail_in_the_second_transaction)
    with pytest.raises(LoadError, match="injected failure"):
        store.load(groups, transaction_rows=bound)
    monkeypatch.undo()
    assert _documents(store) == {str(group.document) for group in groups[:2]}


def test_unchanged_documents_are_skipped_and_a_changed_one_is_replaced(
    store: GraphStore, pipeline_graph: Graph, vocabulary: Graph
) -> None:
    groups = rows_from_graph(pipeline_graph, vocabulary)
    first = store.load(groups)
    assert (first.documents, first.skipped) == (2, 0)
    loaded = store.counts()
    again = store.load(rows_from_graph(pipeline_graph, vocabulary))
    assert (again.documents, again.skipped, again.transactions) == (0, 2, 0)
    assert store.counts() == loaded
    edited = Graph()
    edited += pipeline_graph
    document = min(str(group.document) for group in groups)
    edited.set((URIRef(document), DCTERMS.title, Literal("改过的标题", lang="zh")))
    changed = store.load(rows_from_graph(edited, vocabulary))
    assert (changed.documents, changed.skipped) == (1, 1)
    titles = store.run(
        "MATCH (d:Document) WHERE d.iri = $iri RETURN d.title AS title", {"iri": document}
    )
    assert titles == [{"title": "改过的标题"}]
    forced = store.load(rows_from_graph(edited, vocabulary), force=True)
    assert (forced.documents, forced.skipped) == (2, 0)
    assert store.counts() == loaded


def test_a_document_loaded_without_a_fingerprint_is_written_again(
    store: GraphStore, sample_groups: list[DocumentRows]
) -> None:
    store.load(sample_groups)
    stored = store.fingerprints()
    assert stored == {str(g.document): document_fingerprint(g) for g in sample_groups}
    store.load_documents(sample_groups)  # a plain write stores no fingerprint
    assert store.fingerprints() == {}
    report = store.load(sample_groups)
    assert (report.documents, report.skipped) == (2, 0)
    assert store.fingerprints() == stored


def test_progress_counts_every_document_once(
    store: GraphStore, sample_groups: list[DocumentRows], pipeline_groups: list[DocumentRows]
) -> None:
    groups = _all_groups(sample_groups, pipeline_groups)
    seen: list[LoadProgress] = []
    store.load(iter(groups[:2]), transaction_rows=1, on_progress=seen.append)
    assert [(p.done, p.total, p.written, p.skipped) for p in seen] == [
        (1, None, 1, 0),
        (2, None, 2, 0),
    ]
    seen.clear()
    store.load(groups, transaction_rows=1, on_progress=seen.append)
    assert [(p.done, p.total) for p in seen] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert (seen[-1].written, seen[-1].skipped) == (2, 2)


@pytest.mark.parametrize("rows", [0, -5])
def test_a_transaction_size_below_one_is_refused(
    embedded_store: EmbeddedStore, sample_groups: list[DocumentRows], rows: int
) -> None:
    with pytest.raises(GraphStoreError, match="--transaction-size 1 or more"):
        embedded_store.load(sample_groups, transaction_rows=rows)


def test_an_embedded_store_made_before_fingerprints_gets_the_column(
    tmp_path: Path, sample_groups: list[DocumentRows]
) -> None:
    path = tmp_path / "old.lbug"
    database = ladybug.Database(str(path))
    connection = ladybug.Connection(database)
    connection.execute(
        "CREATE NODE TABLE Document(iri STRING PRIMARY KEY, title STRING, source STRING)"
    )
    connection.execute("CREATE (:Document {iri: 'https://example.org/old', title: 'old'})")
    connection.close()
    database.close()
    with EmbeddedStore(EmbeddedSettings(path)) as store:
        report = store.load(sample_groups)
        assert report.documents == 2
        assert len(store.fingerprints()) == 2
        assert "https://example.org/old" in store.documents()


def test_only_documents_the_store_holds_are_replaced(
    store: GraphStore, sample_groups: list[DocumentRows], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new document has nothing to replace, so it costs no replace queries."""
    import sys

    module = sys.modules[type(store).__module__]
    original = module.replace_documents
    replaced: list[list[str | None]] = []

    def spy(execute: object, documents: list[str | None], write: object) -> None:
        replaced.append(list(documents))
        original(execute, documents, write)

    monkeypatch.setattr(module, "replace_documents", spy)
    store.load(sample_groups, transaction_rows=1)
    assert replaced == [[], []]
    replaced.clear()
    store.load(sample_groups, transaction_rows=1, force=True)
    assert replaced == [[str(sample_groups[0].document)], [str(sample_groups[1].document)]]


def test_the_embedded_store_reopens_its_database_during_a_long_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing hands back what the engine keeps between transactions; nothing is lost."""
    import zhkg.graph.embedded_store as embedded

    monkeypatch.setattr(embedded, "_TRANSACTIONS_PER_OPENING", 2)
    opened: list[object] = []
    original = ladybug.Database

    def counting(*args: object, **kwargs: object) -> ladybug.Database:
        opened.append(kwargs.get("buffer_pool_size"))
        return original(*args, **kwargs)

    monkeypatch.setattr(embedded.ladybug, "Database", counting)
    groups = [_group(f"d{index}", 3) for index in range(5)]
    with EmbeddedStore(EmbeddedSettings(tmp_path / "g.lbug")) as store:
        report = store.load(groups, transaction_rows=1)
        assert report.transactions == 5
        assert store.counts().nodes == 15
    assert len(opened) == 3  # closed and reopened before transactions 3 and 5
    assert set(opened) == {embedded._BUFFER_POOL_BYTES}


def test_a_transaction_too_big_for_the_capped_page_cache_is_retried_without_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zhkg.graph.embedded_store as embedded

    monkeypatch.setattr(embedded, "_BUFFER_POOL_BYTES", 16 * 1024 * 1024)
    big = _group("big", 60_000)
    for iri, row in big.nodes["Sentence"].items():
        row["text"] = "长" * 200 + iri
    with EmbeddedStore(EmbeddedSettings(tmp_path / "g.lbug")) as store:
        store.load([big], batch_size=5_000)
        assert store._pool_bytes == 0  # the retry ran with the engine's default
        assert store.counts().nodes == 60_000
