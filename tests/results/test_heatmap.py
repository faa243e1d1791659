"""The heatmap: drawn with a font that has the Chinese glyphs, or a clear error."""

from __future__ import annotations

import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import matplotlib
import pytest
from matplotlib.ft2font import FT2Font

from zhkg.cli import main
from zhkg.views.fonts import FontNotFoundError, cjk_font
from zhkg.views.heatmap import heatmap_bytes
from zhkg.views.matrix import build_matrix
from zhkg.views.sources import Collected

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "live_commerce_stakeholders.txt"


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_heatmap_draws_every_label_without_a_missing_glyph(sample: Collected, fmt: str) -> None:
    matrix = build_matrix(sample.facts())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data = heatmap_bytes(matrix, fmt)
    glyphs = [w for w in caught if "missing from" in str(w.message) or "Glyph" in str(w.message)]
    assert glyphs == [], [str(w.message) for w in glyphs]
    if fmt == "png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    else:
        root = ET.fromstring(data)
        assert root.tag.endswith("svg")


def test_the_chosen_font_covers_the_labels(sample: Collected) -> None:
    matrix = build_matrix(sample.facts())
    labels = [*matrix.row_labels.values(), *matrix.column_labels.values()]
    font = cjk_font(labels)
    charmap = FT2Font(str(font)).get_charmap()
    assert all(ord(ch) in charmap for label in labels for ch in label if not ch.isspace())


def test_matplotlib_default_font_would_have_missed_glyphs(sample: Collected) -> None:
    """The check above can fail: with matplotlib's own font the labels lose their glyphs."""
    dejavu = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    charmap = FT2Font(str(dejavu)).get_charmap()
    assert ord("平") not in charmap


def test_no_chinese_font_is_a_clear_error(
    sample: Collected,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dejavu = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    monkeypatch.setenv("ZHKG_CJK_FONT", str(dejavu))
    with pytest.raises(FontNotFoundError, match="fonts-noto-cjk or fonts-wqy-microhei"):
        heatmap_bytes(build_matrix(sample.facts()), "png")
    out = tmp_path / "m.png"
    assert main(["matrix", str(SAMPLE), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "no installed font has the Chinese characters" in err and "Traceback" not in err
    assert not out.exists()


def test_matrix_command_writes_png_and_svg(tmp_path: Path) -> None:
    for name in ("m.png", "m.svg"):
        assert main(["matrix", str(SAMPLE), "--out", str(tmp_path / name), "--quiet"]) == 0
    assert (tmp_path / "m.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "m.svg").read_bytes()[:2000]
