"""Gold reading and the span-tolerant matching of GUIDELINES.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.errors import GoldFileError
from zhkg.extract.evaluation import (
    EvalRow,
    parse_gold,
    read_gold,
    responsibilities_agree,
    score,
    stakeholders_agree,
)

STAKEHOLDERS = [
    ("平台", "平台", True),
    ("直播电商平台", "平台", True),  # generic prefix dropped
    ("电子商务经营者", "经营者", True),  # equal once the generic prefix 电子商务 is dropped
    ("食品生产经营者", "经营者", False),  # held, but less than half its length
    ("平台内经营者", "电子商务平台经营者", False),
    ("有关部门", "国务院有关部门", True),
    ("学校", "学校食堂", True),
    ("教师", "学生", False),
]


@pytest.mark.parametrize(("a", "b", "agree"), STAKEHOLDERS)
def test_stakeholders_agree(a: str, b: str, agree: bool) -> None:
    assert stakeholders_agree(a, b) is agree
    assert stakeholders_agree(b, a) is agree


RESPONSIBILITIES = [
    ("建立病历管理制度", "建立病历管理制度", True),
    ("售后服务", "承担起售后服务的责任", True),  # containment, shorter ≥ 4
    ("及时退还", "退还", True),  # containment, shorter ≥ half
    ("责任", "对损失扩大部分承担责任", False),
    ("定期核验更新", "定期核验并更新", True),  # bigram Dice ≥ 0.5
    ("公示信用评价规则", "建立知识产权保护规则", False),
]


@pytest.mark.parametrize(("a", "b", "agree"), RESPONSIBILITIES)
def test_responsibilities_agree(a: str, b: str, agree: bool) -> None:
    assert responsibilities_agree(a, b) is agree


def test_score_counts_precision_recall_and_modality() -> None:
    gold = [
        EvalRow("医院", "建立病历管理制度", "must"),
        EvalRow("医院", "定期检查病历质量", "must"),
        EvalRow("患者", "查阅病历资料", "may"),
    ]
    predictions = [
        EvalRow("医院", "建立病历管理制度", "must"),
        EvalRow("医院", "定期检查病历质量", "should"),
        EvalRow("医生", "开具处方", "must"),
    ]
    result = score(predictions, gold)
    assert (result.pred_matched, result.gold_matched) == (2, 2)
    assert (result.precision, result.recall) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert (result.modality_correct, result.modality_pairs) == (1, 2)
    assert [row.responsibility for row in result.misses] == ["查阅病历资料"]
    assert [row.responsibility for row in result.spurious] == ["开具处方"]
    assert result.summary_lines()[0] == "precision 0.67  recall 0.67  F1 0.67"


def test_gold_is_compared_in_simplified_characters() -> None:
    gold = parse_gold(
        "stakeholder\tresponsibility\tmodality\tevidence\n醫院\t建立病歷管理制度\tmust\t\n"
    )
    assert gold == [EvalRow("医院", "建立病历管理制度", "must", "")]
    assert score([EvalRow("医院", "建立病历管理制度", "must")], gold).f1 == 1.0


BAD_GOLD = [
    ("party\tduty\tmodality\tevidence\n", "lacks column(s) stakeholder, responsibility"),
    ("stakeholder\tresponsibility\tmodality\tevidence\n医院\t建立制度\n", "line 2 has 2 column(s)"),
    ("stakeholder\tresponsibility\tmodality\tevidence\n医院\t建立制度\tshall\t\n", "'shall'"),
    ("", "empty gold file"),
]


@pytest.mark.parametrize(("text", "message"), BAD_GOLD)
def test_bad_gold_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GoldFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_gold(path)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match="no such gold file"):
        read_gold(tmp_path / "absent.tsv")
