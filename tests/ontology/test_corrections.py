"""Corrections files: parsed with one-line errors, applied to real extracted graphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import SKOS

from zhkg import pipeline
from zhkg.errors import CorrectionsError
from zhkg.ontology.corrections import apply_corrections, parse_corrections, read_corrections
from zhkg.ontology.lexicon import load_lexicon
from zhkg.ontology.namespace import ZHKG

RULES = (
    "第一条 直播营销平台应当建立内容审核制度。\n"
    "第二条 平台应当保护消费者个人信息。\n"
    "第三条 主播不得进行虚假宣传。\n"
    "第四条 商家应当履行售后服务义务。\n"
)
HEADER = "action\tkind\tid\tdocument\tsentence\tstakeholder\ttext\tobject\tmodality\tcategory\n"


@pytest.fixture(scope="module")
def rules_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    path = tmp_path_factory.mktemp("rules") / "rules.txt"
    path.write_text(RULES, encoding="utf-8")
    return pipeline.build_rdf([path]).graph


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    return copy


def _apply(graph: Graph, *lines: str) -> Graph:
    corrected = _copy(graph)
    text = HEADER + "".join(line.replace("|", "\t") + "\n" for line in lines)
    apply_corrections(corrected, parse_corrections(text, "fix.tsv"), load_lexicon())
    return corrected


def _duties(graph: Graph) -> dict[str, set[str]]:
    """duty -> holder names, read from the statement nodes."""
    found: dict[str, set[str]] = {}
    for statement in graph.subjects(RDF.type, ZHKG.ResponsibilityStatement):
        duty = str(graph.value(graph.value(statement, ZHKG.duty), RDFS.label))
        holder = str(graph.value(graph.value(statement, ZHKG.holder), SKOS.prefLabel))
        found.setdefault(duty, set()).add(holder)
    return found


def _bears(graph: Graph) -> set[tuple[str, str]]:
    return {
        (str(graph.value(s, SKOS.prefLabel)), str(graph.value(o, RDFS.label)))
        for s, o in graph.subject_objects(ZHKG.bears)
    }


def test_reject_by_text_removes_the_statement_and_its_shortcut(rules_graph: Graph) -> None:
    assert ("主播", "进行虚假宣传") in _bears(rules_graph)
    corrected = _apply(rules_graph, "reject|statement||rules.txt|2|主播|虚假宣传")
    assert "进行虚假宣传" not in _duties(corrected)
    assert ("主播", "进行虚假宣传") not in _bears(corrected)
    assert not set(corrected.subjects(RDFS.label, Literal("进行虚假宣传", lang="zh")))


def test_reject_by_id(rules_graph: Graph) -> None:
    statement = next(
        s
        for s in rules_graph.subjects(RDF.type, ZHKG.ResponsibilityStatement)
        if (s, ZHKG.modality, ZHKG.MustNot) in rules_graph
    )
    corrected = _apply(rules_graph, f"reject|statement|{str(statement).rsplit('/', 1)[-1]}")
    assert (statement, None, None) not in corrected
    assert len(_duties(corrected)) == len(_duties(rules_graph)) - 1


def test_add_carries_its_evidence_and_origin(rules_graph: Graph) -> None:
    corrected = _apply(rules_graph, "add|statement||rules|3|商家|退换货||should|")
    [statement] = [
        s
        for s in corrected.subjects(ZHKG.assertedBy, Literal("correction"))
        if (s, RDF.type, ZHKG.ResponsibilityStatement) in corrected
    ]
    assert (statement, ZHKG.modality, ZHKG.Should) in corrected
    sentence = corrected.value(statement, ZHKG.evidence)
    assert "售后服务" in str(corrected.value(sentence, ZHKG.text))
    assert corrected.value(statement, ZHKG.category) is not None  # 退换货 is an after-sales word
    assert ("商家", "退换货") in _bears(corrected)


def test_merge_moves_every_fact_and_keeps_the_old_name(rules_graph: Graph) -> None:
    corrected = _apply(rules_graph, "merge|stakeholder||||直播营销平台|平台")
    duties = _duties(corrected)
    assert duties["建立内容审核制度"] == {"平台"} and duties["保护消费者个人信息"] == {"平台"}
    assert not set(corrected.subjects(SKOS.prefLabel, Literal("直播营销平台", lang="zh")))
    [platform] = set(corrected.subjects(SKOS.prefLabel, Literal("平台", lang="zh")))
    assert (platform, SKOS.altLabel, Literal("直播营销平台", lang="zh")) in corrected
    moved = next(corrected.subjects(ZHKG.holder, platform))
    assert any(True for _ in corrected.subjects(ZHKG.assertedBy, None)) and moved is not None


def test_rename_to_a_new_name_and_refuse_an_existing_one(rules_graph: Graph) -> None:
    corrected = _apply(rules_graph, "rename|stakeholder||||主播|带货主播")
    assert _duties(corrected)["进行虚假宣传"] == {"带货主播"}
    with pytest.raises(CorrectionsError, match=r"already a stakeholder.*write merge"):
        _apply(rules_graph, "rename|stakeholder||||主播|商家")


def test_reject_mention_takes_the_party_and_its_facts(rules_graph: Graph) -> None:
    corrected = _apply(rules_graph, "reject|mention||rules.txt|2||主播")
    assert "进行虚假宣传" not in _duties(corrected)
    assert not set(corrected.subjects(SKOS.prefLabel, Literal("主播", lang="zh")))


def test_add_relation(rules_graph: Graph) -> None:
    corrected = _apply(rules_graph, "add|relation||rules.txt|1|平台|SERVES|消费者")
    [relation] = corrected.subjects(RDF.type, ZHKG.StakeholderRelation)
    assert str(corrected.value(relation, ZHKG.relationType)) == "SERVES"
    assert str(corrected.value(relation, ZHKG.assertedBy)) == "correction"
    assert any(True for _ in corrected.triples((None, ZHKG.serves, None)))


def test_a_line_matching_nothing_fails_and_changes_nothing(rules_graph: Graph) -> None:
    graph = _copy(rules_graph)
    text = HEADER + "merge\tstakeholder\t\t\t\t直播营销平台\t平台\n"
    text += "reject\tstatement\t\trules.txt\t2\t主播\t售后\n"
    with pytest.raises(CorrectionsError, match=r"fix.tsv, line 3 .*no statement matches") as info:
        apply_corrections(graph, parse_corrections(text, "fix.tsv"), load_lexicon())
    assert "主播: 进行虚假宣传" in str(info.value)  # the statements of that sentence
    assert len(graph) == len(rules_graph)  # the merge before it was not kept either


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "holds no corrections"),
        ("# only a comment\n", "holds no corrections"),
        ("action\tkind\twhat\n", "unknown column(s) what"),
        ("action\tdocument\n", "lacks action or kind"),
        (HEADER + "delete\tstatement\n", "line 2: unknown correction delete statement"),
        (HEADER + "reject\tstakeholder\n", "unknown correction reject stakeholder"),
        (HEADER + "reject\tstatement\n", "line 2 (reject statement): needs id, or document"),
        (HEADER + "add\tstatement\t\td\t1\t主播\n", "needs text"),
        (HEADER + "add\tstatement\t\td\tfirst\t主播\tx\n", "'first' is not a sentence number"),
        (HEADER + "add\tstatement\t\td\t1\t主播\tx\t\tmaybe\n", "modality 'maybe'"),
        (HEADER + "add\trelation\t\td\t1\t主播\tLIKES\t商家\n", "relation type 'LIKES'"),
        (HEADER + "merge\tstakeholder\t\t\t\t主播\n", "needs text"),
        ("action\tkind\n" + "reject\tstatement\textra\n", "3 cells but 2 columns"),
    ],
)
def test_bad_files_get_one_line_errors(text: str, message: str) -> None:
    with pytest.raises(
        CorrectionsError, match=message.replace("(", r"\(").replace(")", r"\)")
    ) as info:
        parse_corrections(text, "fix.tsv")
    assert "\n" not in str(info.value) and str(info.value).startswith("fix.tsv")


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(CorrectionsError, match="no such corrections file"):
        read_corrections(tmp_path / "missing.tsv")
    bad = tmp_path / "gbk.tsv"
    bad.write_bytes("动作".encode("gbk"))
    with pytest.raises(CorrectionsError, match="not UTF-8"):
        read_corrections(bad)


def test_the_example_file_reads() -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "corrections.tsv"
    corrections = read_corrections(example)
    assert [(c.action, c.kind) for c in corrections.items] == [("reject", "statement")] * 3 + [
        ("add", "statement")
    ]


def test_corrected_graph_conforms_to_the_shapes(rules_graph: Graph) -> None:
    from zhkg.ontology.validate import validate_graph

    corrected = _apply(
        rules_graph,
        "add|statement||rules.txt|3|商家|退换货||should|",
        "add|relation||rules.txt|1|平台|SERVES|消费者",
        "merge|stakeholder||||直播营销平台|平台",
    )
    assert validate_graph(corrected).conforms


def test_build_and_load_take_a_corrections_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from zhkg.cli import main
    from zhkg.graph.config import EmbeddedSettings
    from zhkg.graph.embedded_store import EmbeddedStore

    rules = tmp_path / "rules.txt"
    rules.write_text(RULES, encoding="utf-8")
    fixes = tmp_path / "fix.tsv"
    fixes.write_text(HEADER + "reject\tstatement\t\trules\t2\t主播\t虚假宣传\n", encoding="utf-8")
    out = tmp_path / "rules.ttl"
    assert main(["build", str(rules), "--out", str(out), "--corrections", str(fixes)]) == 0
    assert "进行虚假宣传" not in _duties(Graph().parse(out))
    db = tmp_path / "graph.lbug"
    assert main(["load", str(rules), "--db", str(db), "--quiet"]) == 0
    assert main(["load", str(rules), "--db", str(db), "--corrections", str(fixes)]) == 0
    store = EmbeddedStore(EmbeddedSettings(db), read_only=True)
    rows = store.run("MATCH (r:Responsibility) RETURN r.name AS duty ORDER BY duty")
    store.close()
    assert "进行虚假宣传" not in [row["duty"] for row in rows] and len(rows) == 3
    bad = tmp_path / "bad.tsv"
    bad.write_text("action\tkind\nreject\tnothing\n", encoding="utf-8")
    assert main(["load", str(rules), "--db", str(db), "--corrections", str(bad)]) == 1
    assert "unknown correction reject nothing" in capsys.readouterr().err
