"""The public API is explicit: ``zhkg.__all__`` is sorted, complete and importable."""

from __future__ import annotations

import subprocess
import sys

import pytest

import zhkg


def test_all_is_sorted_and_unique() -> None:
    assert list(zhkg.__all__) == sorted(set(zhkg.__all__))


@pytest.mark.parametrize("name", zhkg.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(zhkg, name) is not None


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        _ = zhkg.nonexistent  # type: ignore[attr-defined]


def test_importing_the_errors_stays_light() -> None:
    """``zhkg.errors`` is what every caller needs; it must not pull in spaCy or rdflib."""
    code = "import sys, zhkg.errors; print('spacy' in sys.modules, 'rdflib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_errors_are_one_tree() -> None:
    from zhkg import errors

    for name in errors.__all__:
        assert issubclass(getattr(errors, name), zhkg.ZhkgError)
