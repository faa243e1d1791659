"""The language data: shipped word classes, user extension files, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.errors import LexiconError
from zhkg.extract.lang import ENV_VAR, lang_data


def test_shipped_classes_load_with_their_entries() -> None:
    lang = lang_data()
    assert "协会" in lang.words("agent_endings")
    assert {"must", "must_not", "should", "may"} == {t.modality for t in lang.triggers}
    by_word = {t.word: t for t in lang.triggers}
    assert by_word["不得"].modality == "must_not"
    assert "知道" in by_word["应当"].not_after


def test_alternation_puts_longer_entries_first() -> None:
    pattern = lang_data().regex("coordinators")
    assert pattern.match("以及").group() == "以及"


def test_an_extension_file_adds_words_and_triggers(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("# invented additions\nagent_endings\t管委会\ntriggers\t理应\tmust\tmodal\n")
    lang = lang_data([extra])
    assert "管委会" in lang.words("agent_endings")
    assert "理应" in {t.word for t in lang.triggers}
    assert "管委会" not in lang_data().words("agent_endings")


def test_the_environment_variable_names_extension_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = tmp_path / "env.tsv"
    extra.write_text("pronouns\t咱们\n")
    monkeypatch.setenv(ENV_VAR, str(extra))
    assert "咱们" in lang_data().words("pronouns")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("no_such_class\t词\n", "known class"),
        ("triggers\t理应\tsometimes\tmodal\n", "modality"),
        ("agent_endings\n", "class<TAB>word"),
    ],
)
def test_a_bad_row_names_the_file_and_what_is_expected(
    tmp_path: Path, row: str, message: str
) -> None:
    extra = tmp_path / "bad.tsv"
    extra.write_text(row)
    with pytest.raises(LexiconError, match=message) as caught:
        lang_data([extra])
    assert "bad.tsv" in str(caught.value)


def test_a_class_line_naming_another_class_holds_its_entries(tmp_path: Path) -> None:
    lang = lang_data()
    assert set(lang.words("additive_frame_openers")) <= lang.word_set("after_subject")
    assert not any(w.startswith("@") for name in lang.class_names for w in lang.words(name))
    extra = tmp_path / "mine.tsv"
    extra.write_text("additive_frame_openers\t不唯\n")  # an invented opener reaches both
    assert "不唯" in lang_data([extra]).word_set("after_subject")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("pronouns\t@no_such_class\n", "no such class"),
        ("pronouns\t@pronouns\n", "pronouns -> pronouns\\)"),
    ],
)
def test_an_include_of_no_class_or_of_itself_is_refused(
    tmp_path: Path, row: str, message: str
) -> None:
    extra = tmp_path / "loop.tsv"
    extra.write_text(row)
    with pytest.raises(LexiconError, match=message):
        lang_data([extra])


def test_a_missing_extension_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read language data file"):
        lang_data([tmp_path / "absent.tsv"])


def test_every_word_class_file_is_documented() -> None:
    """A user extends a class by its name: the README's table must name every file."""
    lang_dir = Path(lang_data.__code__.co_filename).parent
    readme = (lang_dir / "README.md").read_text(encoding="utf-8")
    undocumented = [
        path.stem for path in sorted(lang_dir.glob("*.txt")) if f"`{path.stem}`" not in readme
    ]
    assert undocumented == []


@pytest.mark.parametrize(
    ("holder", "held"),
    [
        ("predicate_coordinators", "nominal_predicate_coordinators"),
        ("trade_nouns", "sector_heads"),
        ("non_actor_heads", "trade_nouns"),
    ],
)
def test_a_class_that_holds_another_includes_it_instead_of_copying(holder: str, held: str) -> None:
    """A word kept in two files drifts apart: the holder names the class it holds."""
    lang_dir = Path(lang_data.__code__.co_filename).parent
    raw = (lang_dir / f"{holder}.txt").read_text(encoding="utf-8")
    lines = {line.split("#", 1)[0].strip() for line in raw.splitlines()}
    assert f"@{held}" in lines
    assert not lines & lang_data().word_set(held)


def test_the_exception_opener_and_the_paired_modals_are_read_from_the_data() -> None:
    """除 and the modals a pair of correlatives joins are language data, not code: the
    exception openers are a class, and the paired modals are derived from the modal
    classes as those that bind or advise (要, 必须; not 可以, 不得)."""
    from zhkg.extract import responsibilities

    lang = lang_data()
    assert lang.words("exception_openers") == responsibilities._EXCEPTION_OPENERS
    paired = set(responsibilities._PAIRED_MODAL.removeprefix("(?:").removesuffix(")").split("|"))
    modals = lang.word_set("plain_modals") | lang.word_set("subject_modals")
    assert paired == modals - {"可以", "可", "不得"}
    assert responsibilities._PAIRED_MODAL_RE.search("甲不但须节水而且须护林") is not None
