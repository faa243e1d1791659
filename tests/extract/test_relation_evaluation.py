"""Relation scoring (RELATIONS conventions) and the relation cue table's format checks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zhkg.errors import GoldFileError, LexiconError
from zhkg.extract.lang import lang_data
from zhkg.extract.relation_cues import (
    cue_table,
    existence_core,
    holds_cue,
    is_verb_cue,
    live_cues,
    opens_with_cue,
    parse_cues,
    required_strings,
)
from zhkg.extract.relation_evaluation import (
    RelationRow,
    parse_relation_gold,
    read_relation_gold,
    relations_agree,
    score_relations,
)
from zhkg.pipeline import evaluate_relations

HEADER = "subject\trelation\tobject\tevidence\n"


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        (("平台", "SERVES", "商家"), ("直播电商平台", "SERVES", "商家"), True),
        (("平台", "SERVES", "商家"), ("平台", "INFORMS", "商家"), False),
        (("商家", "SERVES", "平台"), ("平台", "SERVES", "商家"), False),  # directed
        (("供应商", "COLLABORATES_WITH", "平台"), ("平台", "COLLABORATES_WITH", "供应商"), True),
        (("乙方", "CONTRACTS_WITH", "甲方"), ("甲方", "CONTRACTS_WITH", "乙方"), True),
        (("商家", "JOINTLY_LIABLE_WITH", "平台"), ("平台", "JOINTLY_LIABLE_WITH", "商家"), True),
        (("平台内经营者", "SERVES", "消费者"), ("平台经营者", "SERVES", "消费者"), False),
    ],
)
def test_relations_agree(
    predicted: tuple[str, str, str], gold: tuple[str, str, str], agree: bool
) -> None:
    assert relations_agree(RelationRow(*predicted), RelationRow(*gold)) is agree


def test_score_counts_predictions_and_gold_rows_separately() -> None:
    gold = [
        RelationRow("平台", "SERVES", "商家"),
        RelationRow("平台", "SERVES", "消费者"),
        RelationRow("监管部门", "SUPERVISES", "平台"),
    ]
    predicted = [
        RelationRow("平台", "SERVES", "商家"),
        RelationRow("平台", "SERVES", "商家"),  # the same relation from a second sentence
        RelationRow("平台", "REQUIRES", "主播"),
    ]
    result = score_relations(predicted, gold)
    assert (result.n_pred, result.pred_matched, result.n_gold, result.gold_matched) == (3, 2, 3, 1)
    assert result.precision == pytest.approx(2 / 3) and result.recall == pytest.approx(1 / 3)
    assert [row.object for row in result.misses] == ["消费者", "平台"]
    assert [row.relation for row in result.spurious] == ["REQUIRES"]
    assert result.by_type["SERVES"] == (2, 1, 2, 2)
    assert result.summary_lines()[0] == "precision 0.67  recall 0.33  F1 0.44"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty gold file"),
        ("stakeholder\tresponsibility\tmodality\tevidence\n", "drop --relations"),
        (HEADER + "平台\tHELPS\t商家\t\n", "'HELPS' is not a relation type"),
        (HEADER + "平台\tSERVES\n", "line 2 has 2 column(s)"),
        (HEADER + "\tSERVES\t商家\t\n", "subject or object column is empty"),
    ],
)
def test_bad_relation_gold_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(GoldFileError) as caught:
        parse_relation_gold(text, "gold.tsv")
    assert message in str(caught.value) + (caught.value.hint or "")


def test_a_gold_with_a_header_alone_says_the_text_holds_none() -> None:
    assert parse_relation_gold(HEADER, "gold.tsv") == []
    nothing = score_relations([], [])
    assert (nothing.precision, nothing.recall, nothing.f1) == (1.0, 1.0, 1.0)
    spurious = score_relations([RelationRow("物业公司", "SERVES", "业主", "")], [])
    assert spurious.f1 == 0.0 and spurious.spurious
    assert "the gold lists none" in spurious.count_line()


def test_gold_names_are_compared_in_simplified_characters(tmp_path: Path) -> None:
    gold = tmp_path / "gold.tsv"
    gold.write_text(HEADER + "監管部門\tsupervises\t平臺\t\n", encoding="utf-8")
    assert read_relation_gold(gold) == [RelationRow("监管部门", "SUPERVISES", "平台", "")]


def test_the_tiny_regulation_scores_against_its_relation_gold(data_dir: Path) -> None:
    result = evaluate_relations(
        data_dir / "tiny_regulation.txt", data_dir / "tiny_relations_gold.tsv"
    )
    assert (result.precision, result.recall) == (1.0, 1.0)
    assert set(result.by_type) == {"SUPERVISES", "SERVES", "INFORMS", "REPORTS_TO"}


@pytest.mark.parametrize("stem", ["000_2591329908875055", "dianzi_shangwu_fa_2018"])
def test_development_texts_reach_the_relation_target(shared_dir: Path, stem: str) -> None:
    result = evaluate_relations(
        shared_dir / "corpus" / f"{stem}.txt", shared_dir / "dev" / f"{stem}_relations_gold.tsv"
    )
    assert result.f1 >= 0.80, result.summary_lines()


def test_the_packaged_cue_table_covers_every_relation_type() -> None:
    from zhkg.extract.model import RelationKind

    table = cue_table()
    assert {cue.kind for cue in table.cues} == set(RelationKind)
    assert table.negation.search("未向") and table.skip.match("该")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("HELPS\tprep\t->\t为\t提供\t4\t-\tr", "not a relation type or word list"),
        ("SERVES\tround\t->\t为\t提供\t4\t-\tr", "frame 'round' is unknown"),
        ("SERVES\tprep\t=>\t为\t提供\t4\t-\tr", "dir '=>' is unknown"),
        ("SERVES\tprep\t->\t为\t(提供\t4\t-\tr", "regular expression"),
        ("SERVES\tprep\t->\t为\t-\t4\t-\tr", "needs a cue and a verb"),
        ("SERVES\tprep\t->\t为\t提供\tfour\t-\tr", "gap 'four' is not a number"),
        ("SERVES\tprep\t->\t为\t提供\t4\tloud\tr", "unknown flag(s) loud"),
        ("SERVES\tprep\t->\t为", "has 4 column(s), expected 8"),
        ("SKIP\t-\t-\t该 @no_such_class\t-\t-\t-\t-", "'@no_such_class' names no word class"),
        ("SERVES\tprep\t->\t为\t{@no_such_class}\t4\t-\tr", "{@no_such_class} names no word"),
    ],
)
def test_a_bad_cue_line_names_its_line(line: str, message: str) -> None:
    with pytest.raises(LexiconError) as caught:
        parse_cues("# a comment\n" + line + "\n", "cues.tsv")
    assert "cues.tsv: line 2" in str(caught.value) and message in str(caught.value)


def test_a_word_list_may_hold_a_language_data_class() -> None:
    """SKIP … @quantified_subjects: the class's words are derived, not copied."""
    _, words = parse_cues("SKIP\t-\t-\t该 @quantified_subjects\t-\t-\t-\t-\n", "cues.tsv")
    assert words["SKIP"] == ["该", *lang_data().words("quantified_subjects")]


def test_a_regex_column_may_name_a_language_data_class() -> None:
    """{@letter_verbs} in a cue stands for the class's words as one group (quantifiers
    keep their braces): a cue of a letter verb matches each of them."""
    (cue,), _ = parse_cues("INFORMS\tverb\t->\t{@letter_verbs}(?:给){0,1}\t-\t-\t-\tr\n", "t")
    assert cue.cue is not None
    assert all(cue.cue.fullmatch(word + "给") for word in lang_data().words("letter_verbs"))
    assert not cue.cue.fullmatch("写信")


def test_a_user_cue_table_adds_cues_without_code(tmp_path: Path) -> None:
    extra = tmp_path / "more.tsv"
    extra.write_text("SERVES\tverb\t->\t照料\t-\t-\t-\tuser.serves\n", encoding="utf-8")
    table = cue_table((str(extra),))
    assert table.cues[-1].rule == "user.serves" and table.prefilter.search("照料")


@pytest.mark.parametrize(
    ("pattern", "core"),
    [
        ("的?(?:监督|检查)", "(?:监督|检查)"),
        ("(?:依法)?(?:先行)?(?:赔偿|退款)", "(?:赔偿|退款)"),
        ("[^，。；]{0,8}?(?:管理|监督)", "(?:管理|监督)"),
        ("(?:之间)?(?:[^，。]{0,6}?)(?:合作|协作)", "(?:合作|协作)"),
        ("(?:及时|如实)*(?:报告|报送)", "(?:报告|报送)"),
        ("(?:[^，。；]{0,16}?的)?(?:宣传)?(?:督促|指导)", "(?:督促|指导)"),
        ("纳入[^，。]{0,8}?监管", "纳入[^，。]{0,8}?监管"),  # a required opening stays
        ("(?:开展)+培训", "(?:开展)+培训"),  # + is not optional
        ("的{2}委托", "的{2}委托"),
        ("的?|委托", "的?|委托"),  # nothing but an alternative would be left
        ("的?", "的?"),
        # a lookbehind reads the text, not the match: the opening before it may go
        ("(?<=甲)?乙", "乙"),
        ("[^，。]{0,6}?(?:合作|(?<!相)对接)", "(?:合作|(?<!相)对接)"),
        ("^的?监督", "^的?监督"),  # an anchor: kept whole
        (r"\(?监督", "监督"),
    ],
)
def test_the_existence_core_drops_only_optional_openings(pattern: str, core: str) -> None:
    assert existence_core(pattern) == core


def test_the_prefilter_finds_a_cue_wherever_the_full_cues_do() -> None:
    """The fast prefilter answers as the alternation of the full patterns, on every
    clause of the sample texts (it only decides which sentences are read)."""
    from zhkg.extract.responsibilities import split_clauses

    table = cue_table()
    words = [cue.verb or cue.cue for cue in table.cues]
    full = re.compile("|".join(f"(?:{word.pattern})" for word in words if word is not None))
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "examples").glob("*.txt"))]
    checked = 0
    for text in texts:
        for line in text.splitlines():
            for clause in split_clauses(line):
                spans = [(0, len(line)), (clause.start, clause.end)]
                for start, end in spans:
                    fast = table.prefilter.search(line, start, end) is not None
                    assert fast == (full.search(line, start, end) is not None), line[start:end]
                    checked += 1
    assert checked > 1000


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        ("(?:监督|检查)", {"监督", "检查"}),
        ("纳入[^，。]{0,8}?监管", {"纳入"}),  # two runs as long: the first is kept
        ("的[^，。]{0,6}?(?:批准|许可证)", {"批准", "许可证"}),
        ("(?:提供|开展)(?:培训|服务)", {"提供培训", "提供服务", "开展培训", "开展服务"}),
        ("(?<![甲乙])(?:建议|倡议)", {"建议", "倡议"}),  # a lookbehind gives nothing
        ("共同(?!组成)", {"共同"}),
        ("(?:开展)+培训", {"开展"}),  # a repeat of at least once counts
        ("甲|乙丙", {"甲", "乙丙"}),
        ("甲|[乙丙]", None),  # a branch without a fixed part: no test
        ("[^，]{0,4}", None),
        ("(?i:ab)c", {"c"}),  # a part with its own flags gives nothing
    ],
)
def test_required_strings_are_what_every_match_holds(
    pattern: str, strings: set[str] | None
) -> None:
    found = required_strings(pattern)
    assert (None if found is None else set(found)) == strings


def test_live_cues_and_holds_cue_answer_as_searching_every_core() -> None:
    """The pair test only skips cores that cannot match: on every line of the sample
    texts, from its start and from a third of it, the same cues are live."""
    table = cue_table()
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "examples").glob("*.txt"))]
    checked = 0
    for text in texts:
        for line in text.splitlines():
            for start in (0, len(line) // 3):
                full = [c for c in table.cues if c.core is not None and c.core.search(line, start)]
                assert live_cues(table, line, start) == full, line
                checked += 1
            assert holds_cue(table, line) == (table.prefilter.search(line) is not None), line
    assert checked > 500


def test_a_cue_with_a_back_reference_keeps_the_joined_prefilter(tmp_path: Path) -> None:
    extra = tmp_path / "more.tsv"
    extra.write_text("SERVES\tverb\t->\t(甲)乙\\1\t-\t-\t-\tuser.serves\n", encoding="utf-8")
    table = cue_table((str(extra),))
    assert table.needs == ()
    assert live_cues(table, "甲乙甲")[-1].rule == "user.serves"
    assert holds_cue(table, "甲乙甲") == (table.prefilter.search("甲乙甲") is not None)


def test_kept_cue_word_answers_match_the_cues() -> None:
    """is_verb_cue and opens_with_cue answer as the cue patterns do, at every pair of
    positions of invented sentences, also where a cue looks before the word."""
    from zhkg.extract.model import RelationKind

    table = cue_table()
    kinds = frozenset({RelationKind.REQUIRES})
    for text in (
        "甲局应当督促乙企业向丙中心报送信息",
        "数据移送丙方，并报告给丁局",
        "的报告由甲接受",
    ):
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 5) + 1):
                word = text[start:end]
                for wanted in (None, kinds):
                    full = any(
                        cue.frame == "verb"
                        and cue.cue is not None
                        and (wanted is None or cue.kind in wanted)
                        and cue.cue.fullmatch(word)
                        for cue in table.cues
                    )
                    assert is_verb_cue(table, word, wanted) == full, word
                opening = any(
                    (cue.kind is RelationKind.REPORTS_TO or cue.frame == "prep")
                    and cue.cue is not None
                    and cue.cue.fullmatch(text, start, end)
                    for cue in table.cues
                )
                assert opens_with_cue(table, text, start, end) == opening, (text, start, end)
