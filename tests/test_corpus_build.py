"""Building a corpus: parallel workers, the document cache, streaming merge, Dask.

Every test runs the real stages (jieba, spaCy, the extractor, rdflib) on the
sample texts and compares canonicalised graphs: sorted N-Triples lines.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import to_isomorphic

from zhkg import pipeline
from zhkg.cache import DocumentCache
from zhkg.cli import main
from zhkg.errors import InputError
from zhkg.ontology.oxstore import data_triples, kept_store, store_path
from zhkg.ontology.sparql import query_files
from zhkg.pipeline import BuildSettings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four inputs: the two samples, a small regulation, and a file that fails."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(EXAMPLES / "live_commerce_stakeholders.txt", folder / "a_paper.txt")
    shutil.copy(EXAMPLES / "ecommerce_law_2018.txt", folder / "b_law.txt")
    shutil.copy(DATA / "tiny_regulation.txt", folder / "c_regulation.txt")
    (folder / "d_empty.txt").write_bytes(b"")
    return folder


def canonical(path: Path) -> list[str]:
    """The graph of an RDF file as sorted N-Triples lines (no blank nodes in zhkg graphs)."""
    graph = Graph()
    graph.parse(path)
    return sorted(graph.serialize(format="nt").splitlines())


@pytest.fixture(scope="module")
def one_worker(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("one") / "corpus.ttl"
    built = pipeline.build_file([corpus], out, settings=BuildSettings(workers=1))
    assert [o.path.name for o in built.failures] == ["d_empty.txt"]
    return out


def test_the_streamed_file_is_the_graph_of_the_in_memory_build(
    corpus: Path, one_worker: Path
) -> None:
    in_memory = pipeline.build_rdf([corpus]).graph
    streamed = Graph().parse(one_worker)
    assert len(streamed) == len(in_memory) > 1000
    assert to_isomorphic(streamed) == to_isomorphic(in_memory)


def test_two_workers_give_the_same_graph_as_one(
    corpus: Path, one_worker: Path, tmp_path: Path
) -> None:
    out = tmp_path / "two.ttl"
    seen: list[str] = []
    built = pipeline.build_file(
        [corpus], out, settings=BuildSettings(workers=2), on_file=lambda o: seen.append(o.path.name)
    )
    assert seen == ["a_paper.txt", "b_law.txt", "c_regulation.txt", "d_empty.txt"]  # input order
    assert [o.path.name for o in built.failures] == ["d_empty.txt"]
    assert canonical(out) == canonical(one_worker)


def test_a_second_run_takes_unchanged_files_from_the_cache(
    corpus: Path, one_worker: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    shutil.copytree(corpus, folder)
    settings = BuildSettings(workers=1, cache=True, cache_dir=tmp_path / "cache")
    first = pipeline.build_file([folder], tmp_path / "first.ttl", settings=settings)
    assert not any(o.cached for o in first.outcomes)
    second = pipeline.build_file([folder], tmp_path / "second.nt", settings=settings)
    assert [o.cached for o in second.outcomes] == [True, True, True, False]  # failures retried
    assert canonical(tmp_path / "second.nt") == canonical(one_worker)
    assert "(3 unchanged, from the cache)" in second.summary()
    # a changed file is extracted again, the others are not
    text = (folder / "c_regulation.txt").read_text(encoding="utf-8")
    (folder / "c_regulation.txt").write_text(text + "\n平台应当公示收费标准。\n", encoding="utf-8")
    third = pipeline.build_file([folder], tmp_path / "third.ttl", settings=settings)
    assert [o.cached for o in third.outcomes] == [True, True, False, False]
    assert canonical(tmp_path / "third.ttl") != canonical(one_worker)
    # without the cache everything is extracted again
    fresh = BuildSettings(workers=1, cache=False, cache_dir=tmp_path / "cache")
    fourth = pipeline.build_file([folder], tmp_path / "fourth.ttl", settings=fresh)
    assert not any(o.cached for o in fourth.outcomes)
    assert canonical(tmp_path / "fourth.ttl") == canonical(tmp_path / "third.ttl")


def test_a_rerun_with_nothing_changed_keeps_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(DATA / "tiny_regulation.txt", folder / "a.txt")
    (folder / "b.txt").write_text("第一条 物业公司应当定期检修电梯。\n", encoding="utf-8")
    out = tmp_path / "corpus.ttl"
    settings = BuildSettings(workers=1, cache=True, cache_dir=tmp_path / "cache")
    first = pipeline.build_file([folder], out, settings=settings)
    written = out.read_bytes(), out.stat().st_mtime_ns
    assert not first.kept

    again = pipeline.build_file([folder], out, settings=settings)
    assert again.kept and again.triples == first.triples
    assert all(o.cached for o in again.outcomes) and len(again.outcomes) == 2
    assert (out.read_bytes(), out.stat().st_mtime_ns) == written  # not written again

    # an edited output is written again, and so is the output of changed inputs
    out.write_bytes(written[0] + b"# edited\n")
    assert not pipeline.build_file([folder], out, settings=settings).kept
    assert out.read_bytes() == written[0]
    (folder / "c.txt").write_text("第一条 业主应当配合检修。\n", encoding="utf-8")
    grown = pipeline.build_file([folder], out, settings=settings)
    assert not grown.kept and grown.triples > first.triples
    # another format at another path, or no cache, is never taken as unchanged
    assert not pipeline.build_file([folder], tmp_path / "corpus.nt", settings=settings).kept
    fresh = BuildSettings(workers=1, cache=False, cache_dir=tmp_path / "cache")
    assert not pipeline.build_file([folder], out, settings=fresh).kept


def test_a_query_store_filled_during_the_build_holds_the_file(
    corpus: Path, one_worker: Path, tmp_path: Path
) -> None:
    out = tmp_path / "corpus.ttl"
    built = pipeline.build_file([corpus], out, settings=BuildSettings(workers=1), query_store=True)
    store = kept_store(out, build=False)  # fresh: stamped with the file as written
    assert store is not None
    assert data_triples(store) == built.triples == len(Graph().parse(one_worker))
    # the store's default graph is the file's graph, the generic types the merge drops included
    held = {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    file_triples = {str(t) for t in ox.parse(path=out, format=ox.RdfFormat.TURTLE)}
    assert held == file_triples
    del store
    assert query_files([out], "category-holders", {"category": "售后服务"}).rows == (
        query_files([out], "category-holders", {"category": "售后服务"}, engine="rdflib").rows
    )
    assert not [p for p in tmp_path.iterdir() if ".building-" in p.name]


def test_a_kept_build_rebuilds_a_missing_query_store(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("第一条 物业公司应当定期检修电梯。\n", encoding="utf-8")
    out = tmp_path / "corpus.ttl"
    settings = BuildSettings(workers=1, cache=True, cache_dir=tmp_path / "cache")
    pipeline.build_file([folder], out, settings=settings, query_store=True)
    stamp = (store_path(out) / "zhkg-stamp.json").read_bytes()
    assert pipeline.build_file([folder], out, settings=settings, query_store=True).kept
    assert (store_path(out) / "zhkg-stamp.json").read_bytes() == stamp  # left as it was
    shutil.rmtree(store_path(out))
    assert pipeline.build_file([folder], out, settings=settings, query_store=True).kept
    assert kept_store(out, build=False) is not None


def test_a_corpus_of_many_documents_gets_its_query_store_unless_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("第一条 物业公司应当定期检修电梯。\n", encoding="utf-8")
    (folder / "b.txt").write_text("第一条 业主不得占用消防通道。\n", encoding="utf-8")
    args = ["build", str(folder), "--no-cache", "--workers", "1", "--quiet"]
    monkeypatch.setattr(pipeline, "QUERY_STORE_FROM_DOCUMENTS", 3)
    assert main([*args, "--out", str(tmp_path / "few.ttl")]) == 0
    assert not store_path(tmp_path / "few.ttl").exists()
    monkeypatch.setattr(pipeline, "QUERY_STORE_FROM_DOCUMENTS", 2)
    assert main([*args, "--out", str(tmp_path / "many.ttl")]) == 0
    assert kept_store(tmp_path / "many.ttl", build=False) is not None
    assert main([*args, "--out", str(tmp_path / "refused.ttl"), "--no-query-store"]) == 0
    assert not store_path(tmp_path / "refused.ttl").exists()
    # the in-memory build (RDF/XML) follows the same rule
    assert main([*args, "--out", str(tmp_path / "many.rdf")]) == 0
    assert kept_store(tmp_path / "many.rdf", build=False) is not None


def test_the_build_help_states_when_the_query_store_is_filled(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"for {pipeline.QUERY_STORE_FROM_DOCUMENTS} documents or more" in help_text


def test_a_build_that_writes_nothing_leaves_no_query_store(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError):
        pipeline.build_file([empty], tmp_path / "g.ttl", query_store=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_an_extension_ontology_is_part_of_the_cache_key(tmp_path: Path) -> None:
    text = tmp_path / "t.txt"
    text.write_text("第一条 托育机构应当建立安全制度。\n", encoding="utf-8")
    extension = tmp_path / "ext.ttl"
    extension.write_text(
        "@prefix zhkg: <https://w3id.org/zhkg/ontology#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://example.org/care#Nursery> a owl:Class ; rdfs:subClassOf zhkg:Stakeholder ;\n"
        '    skos:prefLabel "托育机构"@zh .\n',
        encoding="utf-8",
    )
    settings = BuildSettings(cache=True, cache_dir=tmp_path / "cache")
    pipeline.build_file([text], tmp_path / "a.ttl", settings=settings)
    again = pipeline.build_file([text], tmp_path / "b.ttl", settings=settings)
    assert again.outcomes[0].cached
    extended = pipeline.build_file(
        [text], tmp_path / "c.ttl", extensions=[extension], settings=settings
    )
    assert not extended.outcomes[0].cached
    assert "example.org/care#Nursery" in (tmp_path / "c.ttl").read_text(encoding="utf-8")


def test_a_damaged_entry_or_a_killed_write_is_not_trusted(tmp_path: Path) -> None:
    text = tmp_path / "t.txt"
    text.write_text("第一条 平台应当建立安全制度。\n", encoding="utf-8")
    settings = BuildSettings(cache=True, cache_dir=tmp_path / "cache")
    pipeline.build_file([text], tmp_path / "a.nt", settings=settings)
    cache = DocumentCache(tmp_path / "cache")
    [entry] = list(cache.documents.rglob("*.nt"))
    entry.write_bytes(entry.read_bytes().split(b"\n", 1)[1])  # the header line lost
    (entry.parent / "half-written.tmp").write_bytes(b"<urn:a> <urn:b>")
    again = pipeline.build_file([text], tmp_path / "b.nt", settings=settings)
    assert not again.outcomes[0].cached
    assert (tmp_path / "a.nt").read_bytes() == (tmp_path / "b.nt").read_bytes()
    info = cache.info()
    assert (info.entries, info.leftovers) == (1, 1)
    assert cache.clear() == 1 and cache.info().entries == 0


def test_build_and_cache_commands(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "cache"
    out = tmp_path / "x.ttl"
    args = ["build", str(corpus / "c_regulation.txt"), "--out", str(out), "--cache-dir", str(cache)]
    assert main([*args, "--workers", "1"]) == 0
    assert not store_path(out).exists()  # only asked for
    assert main([*args, "--workers", "1", "--query-store"]) == 0
    assert "(1 unchanged, from the cache)" in capsys.readouterr().err
    assert kept_store(out, build=False) is not None
    assert main(["cache", "info", "--cache-dir", str(cache)]) == 0
    assert "documents: 1 " in capsys.readouterr().out
    assert main([*args, "--no-cache"]) == 0
    assert "unchanged" not in capsys.readouterr().err
    assert main(["cache", "clear", "--cache-dir", str(cache)]) == 0
    assert "removed 1 cached document" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*args, "--workers", "0"])
    assert "not a positive number of workers" in capsys.readouterr().err


def test_dask_local_cluster_gives_the_graph_of_the_local_build(
    corpus: Path, one_worker: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dask.ttl"
    settings = BuildSettings(workers=2, dask="local", cache=True, cache_dir=tmp_path / "shared")
    built = pipeline.build_file([corpus], out, settings=settings)
    assert [o.path.name for o in built.failures] == ["d_empty.txt"]
    assert canonical(out) == canonical(one_worker)
