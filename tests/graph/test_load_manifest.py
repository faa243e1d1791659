"""Loading unchanged Turtle again is a look at the store: no parse, no SHACL check, no write."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg import pipeline
from zhkg.graph import stream
from zhkg.graph.config import EmbeddedSettings
from zhkg.pipeline import BuildSettings

SAMPLE_TTL = Path(__file__).resolve().parents[1] / "data" / "graph_sample.ttl"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    copy = tmp_path / "sample.ttl"
    copy.write_bytes(SAMPLE_TTL.read_bytes())
    return copy


def _load(path: Path, db: Path, cache: Path, **options: object) -> pipeline.GraphLoad:
    return pipeline.load_graph(
        [path], EmbeddedSettings(db), build=BuildSettings(cache=True, cache_dir=cache), **options
    )  # type: ignore[arg-type]


def _refuse(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"{name} was not expected")

    monkeypatch.setattr(stream.RDFDocuments, name, refuse)


def test_an_unchanged_file_in_a_store_that_holds_it_is_not_parsed(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, cache = tmp_path / "g.lbug", tmp_path / "cache"
    first = _load(sample, db, cache)
    assert (first.report.documents, first.report.skipped) == (2, 0)
    assert len(list((cache / "loads").glob("*.json"))) == 1
    _refuse("__init__", monkeypatch)
    again = _load(sample, db, cache)
    assert (again.report.documents, again.report.skipped) == (0, 2)
    assert again.counts == first.counts


def test_a_store_without_the_documents_is_loaded_without_checking_the_shapes_again(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = _load(sample, tmp_path / "one.lbug", cache)
    _refuse("validate", monkeypatch)
    other = _load(sample, tmp_path / "two.lbug", cache)
    assert (other.report.documents, other.counts) == (2, first.counts)


def test_a_changed_file_is_checked_and_loaded_again(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, cache = tmp_path / "g.lbug", tmp_path / "cache"
    _load(sample, db, cache)
    sample.write_text(
        sample.read_text(encoding="utf-8").replace("直播电商各方主体责任研究", "改过的标题"),
        encoding="utf-8",
    )
    checked = tmp_path / "checked"  # a file: the mapping runs in a child process
    original = stream.RDFDocuments.validate

    def validate(self: stream.RDFDocuments, *args: object, **kwargs: object) -> object:
        with checked.open("a", encoding="utf-8") as calls:
            calls.write("validate\n")
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(stream.RDFDocuments, "validate", validate)
    changed = _load(sample, db, cache)
    assert checked.read_text(encoding="utf-8") == "validate\n"
    assert (changed.report.documents, changed.report.skipped) == (1, 1)
    assert len(list((cache / "loads").glob("*.json"))) == 2


def test_force_and_no_cache_load_everything(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, cache = tmp_path / "g.lbug", tmp_path / "cache"
    _load(sample, db, cache)
    forced = _load(sample, db, cache, force=True)
    assert forced.report.documents == 2
    plain = pipeline.load_graph([sample], EmbeddedSettings(db), build=BuildSettings(cache=False))
    assert (plain.report.documents, plain.report.skipped) == (0, 2)  # by fingerprint, parsed


def test_prune_without_parsing_removes_what_the_input_no_longer_holds(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, cache = tmp_path / "g.lbug", tmp_path / "cache"
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix zhkg: <https://w3id.org/zhkg/ontology#> .\n"
        "<https://example.org/d9> a zhkg:Document .\n",
        encoding="utf-8",
    )
    pipeline.load_graph(
        [sample, extra], EmbeddedSettings(db), build=BuildSettings(cache=False), validate=False
    )
    _load(sample, db, cache)  # the manifest of the sample alone
    _refuse("__init__", monkeypatch)
    pruned = _load(sample, db, cache, prune=True)
    assert pruned.pruned == ("https://example.org/d9",)
