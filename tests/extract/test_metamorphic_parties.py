"""Metamorphic tests: parties renamed to unseen nouns of the same kind score the same.

Why: a party that is found only because its name is listed somewhere fails on the
next text, which names its parties differently. Replacing party nouns in a text
and its gold alike (a visitor for a tourist, a named firm for a known one, a
county office for a city one) must keep F1 within 0.03 of the original.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.extract.document import document_from_text
from zhkg.extract.evaluation import parse_gold, score
from zhkg.extract.export import eval_rows
from zhkg.extract.extractor import extract
from zhkg.extract.lexicon import Lexicon

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

#: (text, renamings applied to the text and its gold alike)
CASES = [
    ("tuned/blind2_b_jingqu", {"游客": "访客", "导游": "向导", "讲解员": "解说员"}),
    ("tuned/f_zhuyuan_tanshi_zhiyin", {"保卫科": "安保部", "陪护": "看护"}),
    ("tuned/l_bowuguan_kaifang_guiding", {"讲解员": "解说员", "安保人员": "巡查人员"}),
    ("tuned/i_shujia_anquan_tongzhi", {"教育局": "教育和体育局", "学校": "学院"}),
    ("tuned/delivery_platform_essay", {"骑手": "配送员", "外卖平台": "配送平台"}),
    ("tuned/c_waimai_zeren_lunwen", {"商家": "餐饮店铺", "骑手": "外卖员"}),
]


def _f1(text: str, gold: str, lexicon: Lexicon) -> float:
    extraction = extract(document_from_text(text), lexicon)
    return score(eval_rows(extraction), parse_gold(gold)).f1


def _renamed(text: str, renamings: dict[str, str]) -> str:
    for old, new in renamings.items():
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(("stem", "renamings"), CASES)
def test_renamed_parties_keep_the_score(
    stem: str, renamings: dict[str, str], lexicon: Lexicon
) -> None:
    text = (DATA / f"{stem}.txt").read_text("utf-8")
    gold = (DATA / f"{stem}_gold.tsv").read_text("utf-8")
    assert any(old in gold for old in renamings), "a renaming must touch the gold"
    original = _f1(text, gold, lexicon)
    renamed = _f1(_renamed(text, renamings), _renamed(gold, renamings), lexicon)
    assert renamed >= original - 0.03, f"F1 {original:.2f} -> {renamed:.2f} after {renamings}"
