"""The language data of the extractor: word classes as data files, loaded once.

Modelled on spaCy's ``Language.Defaults``: what the extractor knows about Chinese
(deontic triggers, function words, agent endings, verbs of saying …) is data beside
the code, not lists inside it. Each ``<class>.txt`` file in this folder is one word
class, one entry a line; ``triggers.tsv`` gives each trigger its modality, kind and
the continuations that make it non-deontic. The format is documented in README.md.

A user adds words without code: a TSV file of ``class<TAB>word`` rows (for
``triggers``: ``triggers<TAB>word<TAB>modality<TAB>kind[<TAB>continuations]``),
named in the ``ZHKG_LANG`` environment variable (several separated by the path
separator), extends the shipped classes; ``lang_data(extra=...)`` does the same
from code.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from zhkg.errors import LexiconError

__all__ = ["ENV_VAR", "LangData", "TriggerEntry", "lang_data"]

#: The environment variable naming the user's extension files.
ENV_VAR = "ZHKG_LANG"
_TRIGGER_CLASS = "triggers"
_MODALITIES = frozenset({"must", "must_not", "should", "may"})


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """A deontic trigger: its modality, kind (modal, bear, have …) and non-deontic continuations."""

    word: str
    modality: str
    kind: str
    not_after: tuple[str, ...] = ()


class LangData:
    """Every word class of the extractor, read from the data files once.

    Why one object: derived sets (regex alternations, character sets, prefix
    tuples) are computed from the same entries, so a word added to a file reaches
    every rule that uses its class.
    """

    def __init__(self, classes: dict[str, tuple[str, ...]], triggers: tuple[TriggerEntry, ...]):
        self._classes = classes
        self.triggers = triggers

    @property
    def class_names(self) -> tuple[str, ...]:
        return tuple(sorted(self._classes))

    def words(self, name: str) -> tuple[str, ...]:
        """The entries of class ``name`` in file order (longer-first where a regex needs it)."""
        try:
            return self._classes[name]
        except KeyError:
            raise KeyError(f"no word class {name!r} in the language data") from None

    def word_set(self, name: str) -> frozenset[str]:
        return frozenset(self.words(name))

    def chars(self, name: str) -> frozenset[str]:
        """A class of single characters (written as one string per line or one line)."""
        return frozenset("".join(self.words(name)))

    def alternation(self, name: str) -> str:
        """A regex alternation of the class, longest entries first (no group)."""
        return "|".join(re.escape(w) for w in sorted(self.words(name), key=lambda w: (-len(w), w)))

    def regex(self, name: str) -> re.Pattern[str]:
        return re.compile(self.alternation(name))


def _data_lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            yield line


def _shipped() -> tuple[dict[str, list[str]], list[TriggerEntry]]:
    classes: dict[str, list[str]] = {}
    triggers: list[TriggerEntry] = []
    folder = resources.files(__name__)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            classes[entry.name[:-4]] = [w.strip() for w in _data_lines(entry.read_text("utf-8"))]
        elif entry.name == f"{_TRIGGER_CLASS}.tsv":
            for line in _data_lines(entry.read_text("utf-8")):
                triggers.append(_trigger(line.split("\t"), entry.name))
    return classes, triggers


def _trigger(cells: list[str], source: str) -> TriggerEntry:
    if len(cells) < 3 or cells[1] not in _MODALITIES:
        raise LexiconError(
            f"{source}: a trigger row needs word, modality ({', '.join(sorted(_MODALITIES))}) "
            f"and kind separated by tabs, got {cells!r}"
        )
    after = tuple(cells[3].split()) if len(cells) > 3 else ()
    return TriggerEntry(cells[0], cells[1], cells[2], after)


def _extend(classes: dict[str, list[str]], triggers: list[TriggerEntry], path: Path) -> None:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(f"cannot read language data file {path}: {error}") from None
    for number, line in enumerate(_data_lines(text), 1):
        cells = line.split("\t")
        if cells[0] == _TRIGGER_CLASS:
            triggers.append(_trigger(cells[1:], f"{path}:{number}"))
        elif len(cells) == 2 and cells[0] in classes:
            classes[cells[0]].append(cells[1].strip())
        else:
            raise LexiconError(
                f"{path}:{number}: expected 'class<TAB>word' with a known class "
                f"(e.g. agent_endings), got {line!r}; the classes are the .txt files of "
                "zhkg/extract/lang/"
            )


def _environment_files() -> tuple[str, ...]:
    value = os.environ.get(ENV_VAR, "")
    return tuple(p for p in value.split(os.pathsep) if p)


def lang_data(extra: Iterable[str | Path] = ()) -> LangData:
    """The shipped language data plus the user's files (``extra`` and ``$ZHKG_LANG``)."""
    return _load(tuple(str(p) for p in extra) + _environment_files())


#: A line naming another class (``@additive_frame_openers``) stands for all its entries.
_INCLUDE = "@"


def _resolved(classes: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Every class with its ``@class`` lines replaced by that class's entries, so a class
    that holds another (words after a subject hold the openers of a paired frame) is
    derived from it, not copied."""
    resolved: dict[str, tuple[str, ...]] = {}

    def resolve(name: str, seen: tuple[str, ...]) -> tuple[str, ...]:
        if name in resolved:
            return resolved[name]
        words: list[str] = []
        for word in classes[name]:
            included = word[len(_INCLUDE) :] if word.startswith(_INCLUDE) else None
            if included is None:
                words.append(word)
            elif included not in classes:
                raise LexiconError(
                    f"class {name!r} includes {word!r}: there is no such class; name one of "
                    "the .txt files of zhkg/extract/lang/"
                )
            elif included == name or included in seen:
                raise LexiconError(
                    f"class {name!r} includes {word!r}, which includes it back "
                    f"({' -> '.join((*seen, name, included))}); drop one of the two lines"
                )
            else:
                words.extend(resolve(included, (*seen, name)))
        resolved[name] = tuple(dict.fromkeys(words))
        return resolved[name]

    for name in classes:
        resolve(name, ())
    return resolved


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> LangData:
    classes, triggers = _shipped()
    for path in extra:
        _extend(classes, triggers, Path(path))
    frozen = _resolved(classes)
    by_word = {t.word: t for t in triggers}  # a later row overrides an earlier one
    return LangData(frozen, tuple(by_word.values()))
