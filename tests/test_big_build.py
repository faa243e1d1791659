"""Building one big text: windows extracted one by one, their triples streamed to the file.

The window size is made small (a few thousand characters) so the sample texts
span several windows; the real stages run on them (jieba, spaCy, the
extractor, rdflib, pyoxigraph's Turtle writer).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import to_isomorphic
from rdflib.namespace import RDF

from zhkg import pipeline
from zhkg.cache import DocumentCache
from zhkg.cli import main
from zhkg.extract import windows
from zhkg.extract.document import read_document_parts
from zhkg.ontology.builder import build_graph
from zhkg.ontology.lexicon import load_lexicon
from zhkg.ontology.namespace import ZHKG
from zhkg.ontology.ontology import TermIndex
from zhkg.ontology.validate import validate_graph
from zhkg.pipeline import BuildSettings, extract_chinese

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LAW = EXAMPLES / "ecommerce_law_2018.txt"  # Simplified: a slice of the file is the sentence text
WINDOW = 3000


@pytest.fixture
def small_windows(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(windows, "WINDOW_CHARS", WINDOW)
    return WINDOW


@pytest.fixture
def law_built(small_windows: int, tmp_path: Path) -> tuple[Path, pipeline.BuiltFile]:
    out = tmp_path / "law.ttl"
    built = pipeline.build_file([LAW], out, settings=BuildSettings(workers=1))
    return out, built


def _documents(graph: Graph) -> list[URIRef]:
    return [URIRef(node) for node in graph.subjects(RDF.type, ZHKG.Document)]


def test_the_streamed_windowed_build_is_the_graph_built_in_memory(
    law_built: tuple[Path, pipeline.BuiltFile],
) -> None:
    out, built = law_built
    streamed = Graph().parse(out)
    parts = list(read_document_parts(LAW, window_chars=WINDOW))
    assert len(parts) == len(windows.split_windows(LAW.read_text(encoding="utf-8"), WINDOW)) > 2
    lexicon = load_lexicon()
    in_memory = build_graph(
        (extract_chinese(part, lexicon) for part in parts), TermIndex.packaged()
    )
    assert len(streamed) == len(in_memory) > 1000
    assert to_isomorphic(streamed) == to_isomorphic(in_memory)
    assert len(_documents(streamed)) == len(parts)  # one document node per part
    outcome = built.outcomes[0]
    assert outcome.statements == sum(
        1 for _ in streamed.subjects(RDF.type, ZHKG.ResponsibilityStatement)
    )
    assert validate_graph(streamed).conforms  # valid by construction, as a short text's graph


def test_a_windowed_build_keeps_offsets_into_the_whole_file(
    law_built: tuple[Path, pipeline.BuiltFile], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out, _ = law_built
    graph = Graph().parse(out)
    original = LAW.read_text(encoding="utf-8")
    sentences = list(graph.subjects(RDF.type, ZHKG.Sentence))
    assert sentences
    starts = []
    for sentence in sentences:
        start = int(graph.value(sentence, ZHKG.startOffset))  # type: ignore[arg-type]
        end = int(graph.value(sentence, ZHKG.endOffset))  # type: ignore[arg-type]
        text = str(graph.value(sentence, ZHKG.text))
        assert re.sub(r"\s", "", original[start:end]) == re.sub(r"\s", "", text)
        starts.append(start)
    assert max(starts) > 2 * WINDOW  # sentences of later windows point past the first one
    # mentions point where a build of the whole text (one window) points
    monkeypatch.setattr(windows, "WINDOW_CHARS", len(original))
    whole = _whole_build(tmp_path)
    windowed_spans, whole_spans = _mention_spans(graph), _mention_spans(whole)
    assert len(windowed_spans) > 100
    assert len(windowed_spans & whole_spans) > 0.95 * len(whole_spans)  # edges may differ
    for start, end, surface in windowed_spans:
        # a pronoun resolved to its party (其 -> the party) is the one span that reads otherwise
        assert original[start:end] == surface or (start, end, surface) in whole_spans


def _whole_build(folder: Path) -> Graph:
    out = folder / "whole.ttl"
    pipeline.build_file([LAW], out, settings=BuildSettings(workers=1))
    return Graph().parse(out)


def _mention_spans(graph: Graph) -> set[tuple[int, int, str]]:
    spans = set()
    for mention in graph.subjects(RDF.type, ZHKG.Mention):
        start, end = graph.value(mention, ZHKG.startOffset), graph.value(mention, ZHKG.endOffset)
        if start is not None and end is not None:
            spans.add((int(start), int(end), str(graph.value(mention, ZHKG.surfaceForm))))
    return spans


def test_the_in_memory_build_of_a_big_text_matches_the_streamed_file(
    law_built: tuple[Path, pipeline.BuiltFile],
) -> None:
    out, _ = law_built
    corpus = pipeline.build_rdf([LAW])  # the route of RDF/XML, --corrections, load and run
    assert to_isomorphic(corpus.graph) == to_isomorphic(Graph().parse(out))


def test_a_text_of_one_line_is_built_in_windows_cut_at_its_sentences(
    small_windows: int, tmp_path: Path
) -> None:
    one_line = tmp_path / "one_line.txt"
    one_line.write_text(LAW.read_text(encoding="utf-8").replace("\n", ""), encoding="utf-8")
    out = tmp_path / "one_line.nt"
    built = pipeline.build_file([one_line], out, settings=BuildSettings(workers=1))
    graph = Graph().parse(out)
    assert len(_documents(graph)) > 2
    assert built.outcomes[0].statements > 20
    original = one_line.read_text(encoding="utf-8")
    for sentence in graph.subjects(RDF.type, ZHKG.Sentence):
        start = int(graph.value(sentence, ZHKG.startOffset))  # type: ignore[arg-type]
        end = int(graph.value(sentence, ZHKG.endOffset))  # type: ignore[arg-type]
        text = str(graph.value(sentence, ZHKG.text))
        assert re.sub(r"\s", "", original[start:end]) == re.sub(r"\s", "", text)


def test_a_stretch_without_breaks_is_cut_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(windows, "WINDOW_CHARS", 30)
    text = tmp_path / "no_breaks.txt"
    text.write_text("平台应当" + "审核主播资质" * 12 + "。\n", encoding="utf-8")  # 78 characters
    notices = [n for part in read_document_parts(text, window_chars=30) for n in part.notices]
    assert [n.start for n in notices if "was cut here" in n.message] == [30, 60]
    out = tmp_path / "x.ttl"
    assert main(["build", str(text), "--out", str(out), "--no-cache"]) == 0
    summary = capsys.readouterr().err
    assert f"{len(notices)} warnings" in summary and len(notices) >= 2
    assert len(_documents(Graph().parse(out))) == 3


def test_build_refuses_a_text_longer_than_max_chars_also_from_the_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "law.ttl"
    args = ["build", str(LAW), "--out", str(out), "--cache-dir", str(tmp_path / "cache")]
    assert main(args) == 0  # now the law is in the cache
    capsys.readouterr()
    out.unlink()
    assert main([*args, "--max-chars", "1000"]) == 1
    captured = capsys.readouterr()
    assert not out.exists()
    assert "more than --max-chars 1,000" in captured.err
    assert "Traceback" not in captured.err
    assert main([*args, "--max-chars", "1_000_000"]) == 0
    assert out.exists()


def test_a_part_that_fails_leaves_no_cache_entry(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path)

    def chunks() -> object:
        yield b"<urn:a> <urn:b> <urn:c> .\n"
        raise pipeline.InputError("x.txt", "broken in its second part")

    with pytest.raises(pipeline.InputError):
        cache.put_chunks("ab" * 32, chunks(), lambda: (1, 0, 0))  # type: ignore[arg-type]
    assert cache.get("ab" * 32) is None
    assert not any(cache.documents.rglob("*.tmp"))
    entry = cache.put_chunks("cd" * 32, [b"<urn:a> <urn:b> <urn:c> .\n"] * 2, lambda: (2, 1, 3))
    assert (entry.statements, entry.relations, entry.warnings) == (2, 1, 3)
    again = cache.get("cd" * 32)
    assert again is not None and (again.statements, again.relations, again.warnings) == (2, 1, 3)
