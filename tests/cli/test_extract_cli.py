"""`zhkg extract` (table, JSONL, TSV) and `zhkg eval` on hand-made and sample texts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import opencc
import pytest

from zhkg import pipeline
from zhkg.cli import main
from zhkg.extract.document import document_from_text
from zhkg.extract.evaluation import GOLD_COLUMNS

REPO_DATA = Path(__file__).resolve().parents[1] / "data"
TINY = REPO_DATA / "tiny_regulation.txt"
TINY_GOLD = REPO_DATA / "tiny_gold.tsv"
PAPER = Path(__file__).resolve().parents[2] / "examples" / "live_commerce_stakeholders.txt"
TUNED = REPO_DATA / "tuned"

RESPONSIBILITY_KEYS = {
    "type",
    "stakeholder",
    "stakeholder_label",
    "stakeholder_class",
    "responsibility",
    "category",
    "modality",
    "evidence",
    "doc",
    "section",
    "sentence",
    "start",
    "end",
    "confidence",
    "rule",
}
RELATION_KEYS = {"type", "subject", "predicate", "object", "evidence", "doc", "section"} | {
    "sentence",
    "start",
    "end",
    "confidence",
    "rule",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def jsonl(capsys: pytest.CaptureFixture[str], path: Path) -> list[dict[str, object]]:
    code, out, err = run(capsys, "extract", str(path), "--format", "jsonl")
    assert code == 0 and err == ""
    return [json.loads(line) for line in out.splitlines()]


def test_jsonl_records_carry_the_contract_keys(capsys: pytest.CaptureFixture[str]) -> None:
    records = jsonl(capsys, TINY)
    kinds = {r["type"] for r in records}
    assert kinds == {"stakeholder", "responsibility", "relation"}
    for record in records:
        if record["type"] == "responsibility":
            assert record.keys() >= RESPONSIBILITY_KEYS
            assert record["modality"] in {"must", "must_not", "should", "may"}
        elif record["type"] == "relation":
            assert record.keys() >= RELATION_KEYS
    first = next(r for r in records if r["type"] == "responsibility")
    assert (first["stakeholder"], first["responsibility"], first["section"]) == (
        "托育机构",
        "建立婴幼儿健康检查制度",
        "第二条",
    )
    relations = {
        (r["subject"], r["predicate"], r["object"]) for r in records if r["type"] == "relation"
    }
    assert ("社区卫生服务机构", "SERVES", "托育机构") in relations


@pytest.mark.parametrize("path", [TINY, PAPER], ids=["simplified", "traditional-scraped"])
def test_every_span_slices_the_original_to_the_evidence(
    capsys: pytest.CaptureFixture[str], path: Path
) -> None:
    original = path.read_text(encoding="utf-8")
    records = jsonl(capsys, path)
    assert records
    for record in records:
        written = original[int(record["start"]) : int(record["end"])]  # type: ignore[call-overload]
        assert document_from_text(written).text.strip() == record["evidence"]


def test_the_sample_papers_after_sales_duties(capsys: pytest.CaptureFixture[str]) -> None:
    rows = {
        (r["stakeholder"], r["responsibility"], r["category"])
        for r in jsonl(capsys, PAPER)
        if r["type"] == "responsibility"
    }
    assert ("主播", "售后服务", "售后服务") in rows
    assert ("商家", "售后服务责任", "售后服务") in rows
    assert ("商家", "处理退换货", "售后服务") in rows


def test_tsv_has_the_gold_columns(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(TINY), "--format", "tsv")
    lines = out.splitlines()
    assert code == 0 and lines[0].split("\t") == list(GOLD_COLUMNS)
    assert (
        "托育机构\t体罚或者变相体罚婴幼儿\tmust_not\t托育机构不得体罚或者变相体罚婴幼儿。" in lines
    )


def test_table_aligns_wide_characters(capsys: pytest.CaptureFixture[str]) -> None:
    from zhkg.extract.export import display_width

    code, out, _ = run(capsys, "extract", str(TINY))
    header, _rule, *rows = out.splitlines()
    assert code == 0 and header.startswith("stakeholder")
    column = display_width(header[: header.index("label")])
    for row in rows:
        # the second column starts at the same display column in every row
        first_cell = row.split("  ")[0]
        assert display_width(row[: len(first_cell)]) <= column


def test_a_folder_extracts_every_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(TUNED), "--format", "tsv")
    docs = {line.split("\t")[0] for line in out.splitlines()[1:]}
    assert code == 0 and {"学校", "个人信息处理者", "供餐单位"} <= docs


def test_traditional_input_gives_the_same_rows(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    traditional = tmp_path / "tiny_traditional.txt"
    traditional.write_text(
        opencc.OpenCC("s2tw").convert(TINY.read_text(encoding="utf-8")), encoding="utf-8"
    )
    _, simplified_out, _ = run(capsys, "extract", str(TINY), "--format", "tsv")
    _, traditional_out, _ = run(capsys, "extract", str(traditional), "--format", "tsv")
    rows = [line.split("\t")[:3] for line in simplified_out.splitlines()]
    assert [line.split("\t")[:3] for line in traditional_out.splitlines()] == rows


def test_eval_prints_the_summary_last(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "eval", str(TINY), "--gold", str(TINY_GOLD))
    last = out.splitlines()[-3:]
    assert code == 0
    assert last == [
        "precision 1.00  recall 1.00  F1 1.00",
        "modality accuracy 1.00 (n=11)",
        "gold 11  predicted 11  matched predictions 11  matched gold 11",
    ]


def test_a_gold_with_a_header_alone_scores_every_row_spurious(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    gold = tmp_path / "none.tsv"
    gold.write_text("\t".join(GOLD_COLUMNS) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "eval", str(TINY), "--gold", str(gold))
    assert code == 0
    assert "precision 0.00  recall 0.00  F1 0.00" in out
    assert "gold 0  predicted 11" in out and "the gold lists none" in out


def test_eval_of_an_annotated_set_scores_each_text_and_sums_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name in ("reg_a", "reg_b"):
        shutil.copy(TINY, tmp_path / f"{name}.txt")
    shutil.copy(TINY_GOLD, tmp_path / "reg_a_gold.tsv")
    shutil.copy(REPO_DATA / "tiny_relations_gold.tsv", tmp_path / "reg_a_relations_gold.tsv")
    # the second text's gold keeps two rows: its other predictions are spurious
    gold_lines = TINY_GOLD.read_text(encoding="utf-8").splitlines()
    (tmp_path / "reg_b_gold.tsv").write_text("\n".join(gold_lines[:3]) + "\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("没有标注的文本。", encoding="utf-8")  # no gold: left out

    result = pipeline.evaluate_set(tmp_path)
    assert [t.name for t in result.texts] == ["reg_a", "reg_b"]
    a, b = (t.responsibilities for t in result.texts)
    assert a is not None and b is not None and result.texts[1].relations is None
    total = result.responsibilities()
    assert total is not None
    assert (total.n_gold, total.n_pred) == (11 + 2, 11 + 11)
    assert total.pred_matched == a.pred_matched + b.pred_matched == 11 + 2
    assert result.kinds() == ["reg"]

    code, out, _ = run(capsys, "eval", str(tmp_path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["text", "gold", "P", "R", "F1"]
    assert [line.split()[0] for line in lines[2:4]] == ["reg_a", "reg_b"]
    assert "micro, all 2 texts" in out and "micro, reg" in out
    assert f"{total.f1:.3f}" in out
    assert lines[-1].startswith("modality accuracy")


def test_eval_without_gold_needs_an_annotated_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "eval", str(TINY))
    assert code == 1 and "no --gold given, and not a folder" in err
    code, _, err = run(capsys, "eval", str(tmp_path))
    assert code == 1 and "no annotated text in this folder" in err
    code, _, err = run(capsys, "eval", str(REPO_DATA / "generalisation"), "-v")
    assert code == 1 and "-v lists the rows of one text" in err


def test_eval_verbose_lists_misses_and_spurious_rows(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    gold = tmp_path / "gold.tsv"
    lines = TINY_GOLD.read_text(encoding="utf-8").splitlines()
    gold.write_text("\n".join([*lines[:3], "园长\t每日晨检\tmust\t"]) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "eval", str(TINY), "--gold", str(gold), "-v")
    assert code == 0
    assert "missed (1):\n  园长\t每日晨检\tmust" in out
    assert "spurious (9):" in out
    assert out.splitlines()[-3] == "precision 0.18  recall 0.67  F1 0.29"


def test_bad_gold_is_a_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold = tmp_path / "gold.tsv"
    gold.write_text("party\tduty\n", encoding="utf-8")
    code, out, err = run(capsys, "eval", str(TINY), "--gold", str(gold))
    assert code == 1 and out == ""
    assert err.startswith("zhkg eval: error: ") and "lacks column(s)" in err
    assert len(err.strip().splitlines()) == 1


def test_lexicon_extension_adds_a_party(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = tmp_path / "tuckshop.txt"
    text.write_text("第一条 小卖部应当公示每日菜谱。\n", encoding="utf-8")
    _, before, _ = run(capsys, "extract", str(text), "--format", "tsv")
    extension = tmp_path / "tuckshop.ttl"
    extension.write_text(
        "@prefix zhkg: <https://w3id.org/zhkg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "zhkg:TuckShop a owl:Class ; rdfs:subClassOf zhkg:Stakeholder ;\n"
        '    skos:prefLabel "小卖部"@zh, "tuck shop"@en ; zhkg:headNoun "小卖部"@zh .\n',
        encoding="utf-8",
    )
    code, after, _ = run(
        capsys, "extract", str(text), "--format", "jsonl", "--lexicon", str(extension)
    )
    rows = [json.loads(line) for line in after.splitlines()]
    # without the extension 小卖部 is a generic party (an everyday noun before 应当)
    assert before.splitlines()[1:] == ["小卖部\t公示每日菜谱\tmust\t小卖部应当公示每日菜谱。"]
    assert code == 0
    assert [
        (r["stakeholder"], r["stakeholder_class"], r["responsibility"])
        for r in rows
        if r["type"] == "responsibility"
    ] == [("小卖部", "TuckShop", "公示每日菜谱")]


@pytest.mark.parametrize("command", ["extract", "eval"])
def test_help_has_an_example(capsys: pytest.CaptureFixture[str], command: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert "example:" in out and f"zhkg {command} " in out


def test_eval_relations_prints_misses_spurious_and_types(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    gold = tmp_path / "relations.tsv"
    lines = (REPO_DATA / "tiny_relations_gold.tsv").read_text(encoding="utf-8").splitlines()
    gold.write_text("\n".join([*lines[:2], "托育机构\tCOMPENSATES\t监护人\t"]) + "\n", "utf-8")
    code, out, _ = run(capsys, "eval", "--relations", str(TINY), "--gold", str(gold), "-v")
    assert code == 0
    assert "missed (1):\n  托育机构\tCOMPENSATES\t监护人" in out
    assert "spurious (5):" in out and "  REPORTS_TO " in out
    assert out.splitlines()[-2:] == [
        "precision 0.17  recall 0.50  F1 0.25",
        "gold 2  predicted 6  matched predictions 1  matched gold 1",
    ]


def test_eval_relations_with_a_responsibility_gold_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "eval", "--relations", str(TINY), "--gold", str(TINY_GOLD))
    assert code == 1 and out == ""
    assert "lacks column(s) subject, relation, object" in err and "drop --relations" in err


def test_eval_verbose_names_the_rules_of_spurious_rows_and_what_a_missed_sentence_gave(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = tmp_path / "t.txt"
    text.write_text("规定\n\n物业公司应当定期巡查，及时维修。\n", encoding="utf-8")
    gold = tmp_path / "gold.tsv"
    gold.write_text(
        "stakeholder\tresponsibility\tmodality\tevidence\n"
        "物业公司\t按月公示账目\tmust\t物业公司应当定期巡查，及时维修。\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "eval", str(text), "--gold", str(gold), "-v")
    assert code == 0
    assert "      read: 物业公司\t定期巡查\tmust\t[deontic.must]" in out
    assert "  物业公司\t及时维修\tmust\t物业公司应当定期巡查，及时维修。\t[deontic.chain]" in out


def test_explain_shows_the_clauses_of_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = tmp_path / "t.txt"
    text.write_text("规定\n\n为了安全，物业公司不得堆放杂物，堵塞通道。\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(text), "--explain", "堆放")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("sentence 1: 为了安全")
    assert (
        "  [duty] trigger 不得 holders 物业公司 rule deontic.must_not: 物业公司不得堆放杂物"
        in lines
    )
    assert "  [negation-scope]: 堵塞通道" in lines
    assert "  物业公司\tmust_not\t堆放杂物，堵塞通道\t[deontic.must_not]" in lines


@pytest.mark.parametrize("which", ["99", "没有这句话"])
def test_explain_of_a_sentence_that_is_not_there_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, which: str
) -> None:
    text = tmp_path / "t.txt"
    text.write_text("规定\n\n物业公司应当定期巡查。\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(text), "--explain", which)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1


def test_eval_of_a_second_annotation_scores_its_rows_as_they_stand(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Two annotators' golds of one text: their agreement, with no extraction."""
    lines = TINY_GOLD.read_text(encoding="utf-8").splitlines()
    second = tmp_path / "second_annotator.tsv"
    # the second annotator misses the last row and adds one of its own
    second.write_text("\n".join([*lines[:-1], "托育机构\t公示收费标准\tmust\t"]) + "\n", "utf-8")
    code, out, _ = run(capsys, "eval", str(second), "--gold", str(TINY_GOLD), "-v")
    assert code == 0
    assert "missed (1):" in out and "spurious (1):\n  托育机构\t公示收费标准" in out
    assert out.splitlines()[-1] == "gold 11  predicted 11  matched predictions 10  matched gold 10"


def test_eval_relations_of_a_second_annotation_and_responsibilities_of_a_saved_extraction(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    gold = REPO_DATA / "tiny_relations_gold.tsv"
    code, out, _ = run(capsys, "eval", "--relations", str(gold), "--gold", str(gold))
    assert code == 0 and out.splitlines()[-2] == "precision 1.00  recall 1.00  F1 1.00"
    saved = tmp_path / "extracted.tsv"
    _, rows, _ = run(capsys, "extract", str(TINY), "--format", "tsv")
    saved.write_text(rows, encoding="utf-8")
    assert pipeline.evaluate(saved, TINY_GOLD).f1 == pipeline.evaluate(TINY, TINY_GOLD).f1
