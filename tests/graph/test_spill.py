"""A Turtle file's documents are all mapped to rows, into a temporary file, before the store opens.

The rows come back from the file as they went in, in order; a file loaded this
way gives the store its parsed graph gives; and a mapping that fails part way
writes nothing, since no transaction starts before every document is mapped.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from rdflib import Graph

from zhkg import pipeline
from zhkg.errors import RDFError
from zhkg.graph import stream
from zhkg.graph.config import EmbeddedSettings
from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.graph.rows import DocumentRows, rows_from_graph
from zhkg.graph.schema import NODE_TABLES, REL_TABLES
from zhkg.graph.spill import SpilledGroups
from zhkg.ontology.ontology import load_ontology
from zhkg.pipeline import BuildSettings

SAMPLE_TTL = Path(__file__).resolve().parents[1] / "data" / "graph_sample.ttl"


def _groups() -> list[DocumentRows]:
    return rows_from_graph(Graph().parse(SAMPLE_TTL, format="turtle"), load_ontology(()))


def test_the_groups_come_back_as_they_went_in_in_order_and_twice(tmp_path: Path) -> None:
    groups = _groups()
    with closing(SpilledGroups(directory=tmp_path)) as spilled:
        assert spilled.write(iter(groups)) == len(groups)
        assert list(spilled) == groups
        assert list(spilled) == groups  # read again from the start
    assert list(tmp_path.iterdir()) == []  # nothing left behind


def test_an_empty_stream_gives_no_group() -> None:
    with closing(SpilledGroups()) as spilled:
        assert (spilled.write(iter(())), list(spilled)) == (0, [])


def _dump(db: Path) -> list[object]:
    """Every node and edge of a store with all its properties, sorted (to compare stores)."""
    with EmbeddedStore(EmbeddedSettings(db), read_only=True) as store:
        found: list[object] = []
        for node in NODE_TABLES:
            columns = ", ".join(f"n.{name} AS {name}" for name in node.names)
            found.append(sorted(map(repr, store.run(f"MATCH (n:{node.label}) RETURN {columns}"))))
        for rel in REL_TABLES:
            columns = "".join(f", e.{name} AS {name}" for name in rel.names if name != "source")
            rows = store.run(
                f"MATCH (a)-[e:{rel.type}]->(b) RETURN a.iri AS source, b.iri AS target{columns}"
            )
            found.append(sorted(map(repr, rows)))
        return found


def test_a_turtle_file_loads_as_its_parsed_graph_does(tmp_path: Path) -> None:
    streamed, parsed = tmp_path / "streamed.lbug", tmp_path / "parsed.lbug"
    pipeline.load_graph([SAMPLE_TTL], EmbeddedSettings(streamed), build=BuildSettings())
    pipeline.load_rdf(Graph().parse(SAMPLE_TTL, format="turtle"), EmbeddedSettings(parsed))
    assert _dump(streamed) == _dump(parsed)


def test_a_mapping_that_fails_part_way_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One transaction a document: without the file of rows the first would be written."""
    groups = _groups()

    def failing(self: object, vocabulary: Graph, *, size: int = 20) -> Iterator[DocumentRows]:
        yield groups[0]
        raise RDFError("broken in the middle")

    monkeypatch.setattr(stream.RDFDocuments, "groups", failing)
    db = tmp_path / "g.lbug"
    with pytest.raises(RDFError, match="broken in the middle"):
        pipeline.load_graph(
            [SAMPLE_TTL], EmbeddedSettings(db), build=BuildSettings(), transaction_rows=1
        )
    assert not db.exists()
