"""The row model: its features, its fitting, the shipped weights, and how extraction uses it.

The shipped weights are trained by ``scripts/train-row-model`` on the annotated texts;
these tests check what must hold of any such model, on real extractions.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zhkg.extract.document import read_document
from zhkg.extract.evaluation import read_gold
from zhkg.extract.extractor import extract, pipeline_for, segment_words
from zhkg.extract.model import Extraction
from zhkg.extract.row_features import document_kind, statement_features
from zhkg.extract.row_model import RowModel, fit_row_model, shipped_row_model
from zhkg.extract.row_training import (
    THRESHOLDS,
    choose_threshold,
    counts,
    f1_of,
    labelled_rows,
)
from zhkg.ontology.lexicon import load_lexicon

DATA = Path(__file__).resolve().parents[1] / "data"
TUNED_TEXT = DATA / "tuned" / "food_safety_rules.txt"

#: the feature families of zhkg.extract.row_features (the part before "=")
FAMILIES = {
    "rule", "rulehead", "nrules", "mod", "rule0xmod", "kind", "kindxrule", "kindxmod",
    "conf", "cat", "t1", "t12", "tlast", "dlen", "dutyq", "dutyhasmodal", "dutycomma",
    "dutyde", "dutyneg", "holderinduty", "cls", "clsxmod", "hhead", "hhead2", "hlen",
    "samesent", "hdist", "hbefore", "gap", "holderpos", "sec", "secxkind", "kindxsame",
    "nrow", "nhold", "nment", "dupduty", "pos", "kindxpos", "dens", "nsent", "slen",
    "author", "sentq", "hedge", "example", "cite", "quote", "article", "listitem",
    "endpunct", "dutyfound", "pre2", "pre1", "dutypos", "post1",
}  # fmt: skip


@pytest.fixture(scope="module")
def unchecked() -> Extraction:
    lexicon = load_lexicon()
    return extract(read_document(TUNED_TEXT), lexicon, checked=False)


def test_every_row_gets_features_of_known_families(unchecked: Extraction) -> None:
    pipeline = pipeline_for(load_lexicon())
    rows = statement_features(unchecked, lambda text: segment_words(pipeline, text))
    assert len(rows) == len(unchecked.responsibilities) > 10
    for features in rows:
        assert {f.partition("=")[0] for f in features} <= FAMILIES
        assert "kind=reg" in features


def test_features_hold_no_whole_holder_name_nor_long_phrase(unchecked: Extraction) -> None:
    pipeline = pipeline_for(load_lexicon())
    rows = statement_features(unchecked, lambda text: segment_words(pipeline, text))
    for statement, features in zip(unchecked.responsibilities, rows, strict=True):
        for f in features:
            family, _, value = f.partition("=")
            if family in {"rule", "rulehead", "rule0xmod", "kindxrule", "cat"}:
                continue
            assert len(re.findall(r"[\u4e00-\u9fff]", value)) <= 8, f
        if len(statement.holder.text) > 2:
            assert not any(f.endswith("=" + statement.holder.text) for f in features)


def test_document_kind_read_from_the_text(paper_document, law_document) -> None:  # type: ignore[no-untyped-def]
    assert document_kind(law_document) == "reg"
    assert document_kind(paper_document) in {"paper", "other"}


def test_fitting_learns_which_features_mark_right_rows() -> None:
    examples = (
        [["rule=a", "t1=建立"]] * 30 + [["rule=b", "t1=是"]] * 30 + [["rule=a", "t1=是"]] * 10
    )
    labels = [True] * 30 + [False] * 30 + [True] * 6 + [False] * 4
    weights, bias = fit_row_model(examples, labels, l2=1.0)
    model = RowModel(weights, bias, 0.5)
    assert model.probability(["rule=a", "t1=建立"]) > 0.8
    assert model.probability(["rule=b", "t1=是"]) < 0.2
    assert model.probability(["never-seen"]) == pytest.approx(1 / (1 + 2.718281828**-bias))
    assert fit_row_model(examples, labels, l2=1.0) == (weights, bias)  # deterministic


def test_rare_features_get_no_weight() -> None:
    examples = [["common"]] * 10 + [["common", "once"]]
    weights, _ = fit_row_model(examples, [True] * 5 + [False] * 6, min_count=3)
    assert "once" not in weights


def test_model_round_trips_through_json() -> None:
    model = RowModel({"rule=a": 1.25, "t1=是": -0.5}, 0.125, 0.4, {"made by": "a test"})
    again = RowModel.from_json(model.to_json())
    assert again == model


def test_shipped_model_is_a_trained_one() -> None:
    model = shipped_row_model()
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 1000
    assert {f.partition("=")[0] for f in model.weights} <= FAMILIES
    measured = model.about["measured"]
    # on the sets no choice saw, the checked rows score no lower than every row
    assert measured["F1 checked"] >= measured["F1 every row"]


def test_checked_rows_are_the_unchecked_rows_the_model_keeps(unchecked: Extraction) -> None:
    lexicon = load_lexicon()
    document = read_document(TUNED_TEXT)
    checked = extract(document, lexicon)
    assert set(checked.responsibilities) <= set(unchecked.responsibilities)
    keep_all = RowModel({}, 0.0, 0.0)
    drop_all = RowModel({}, 0.0, 0.99)
    assert extract(document, lexicon, row_model=keep_all).responsibilities == (
        unchecked.responsibilities
    )
    dropped = extract(document, lexicon, row_model=drop_all)
    assert dropped.responsibilities == ()
    assert dropped.relations == unchecked.relations  # relations are not the row model's


def test_labelled_rows_follow_the_gold_and_a_threshold_is_chosen() -> None:
    rows, gold = labelled_rows(TUNED_TEXT, load_lexicon())
    assert gold == read_gold(TUNED_TEXT.with_name(TUNED_TEXT.stem + "_gold.tsv"))
    assert sum(r.right for r in rows) / len(rows) > 0.8
    golds = {TUNED_TEXT.stem: gold}
    every = counts(rows, golds, None)
    assert every[0] == len(gold) and every[1] == len(rows)
    weights, bias = fit_row_model([r.features for r in rows], [r.right for r in rows])
    threshold, f1 = choose_threshold([(RowModel(weights, bias, 0.5), rows, golds)])
    assert threshold == 0.0 or threshold in THRESHOLDS
    assert f1 >= f1_of(every)
