"""The public API of the stage-1 modules is explicit: every name in ``__all__`` exists."""

from __future__ import annotations

import importlib

import pytest

MODULES = [
    "zhkg.extract.reading",
    "zhkg.extract.cleaning",
    "zhkg.extract.hanzi",
    "zhkg.extract.structure",
    "zhkg.extract.sentences",
    "zhkg.extract.document",
    "zhkg.extract.nlp",
]


@pytest.mark.parametrize("name", MODULES)
def test_all_is_explicit_and_resolvable(name: str) -> None:
    module = importlib.import_module(name)
    exported = module.__all__
    assert len(set(exported)) == len(exported)
    assert all(hasattr(module, item) for item in exported)
    public = {
        item
        for item, value in vars(module).items()
        if not item.startswith("_")
        and callable(value)
        and getattr(value, "__module__", None) == name
    }
    assert public <= set(exported)  # every public function/class defined here is exported


def test_pipeline_stage_one() -> None:
    from zhkg import pipeline

    assert callable(pipeline.read) and callable(pipeline.read_all)
