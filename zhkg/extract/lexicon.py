"""Domain knowledge the extractor needs, as plain data.

The lexicon is *read from the ontology* (``zhkg.ontology.lexicon``): stakeholder
classes with their Chinese names, synonyms and head nouns, and the SKOS
responsibility categories with their keywords. Keeping it a plain dataclass here
keeps the layering one-way (extract knows nothing of rdflib).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

__all__ = ["Category", "Lexicon", "PartyName", "StakeholderClass"]


@dataclass(frozen=True, slots=True)
class StakeholderClass:
    """An ontology class of parties, e.g. ``Platform`` / 平台.

    ``label`` is the canonical Chinese name (skos:prefLabel@zh), ``synonyms`` the
    surface forms naming the same party (skos:altLabel@zh), ``heads`` the head
    nouns that make an unknown noun phrase a member of the class (…平台, …部门).
    """

    id: str
    label: str
    label_en: str
    parent: str | None
    synonyms: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Category:
    """A SKOS responsibility category, e.g. ``AfterSales`` / 售后服务, and its keywords."""

    id: str
    label: str
    label_en: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PartyName:
    """What a known surface form means: canonical name and class id."""

    surface: str
    canonical: str
    cls: str


@dataclass(frozen=True)
class Lexicon:
    """Stakeholder classes and responsibility categories, indexed for lookup."""

    classes: tuple[StakeholderClass, ...]
    categories: tuple[Category, ...]
    words: tuple[str, ...] = field(default=())

    @cached_property
    def parties(self) -> dict[str, PartyName]:
        """Every known surface form (labels and synonyms) -> its meaning."""
        table: dict[str, PartyName] = {}
        for cls in self.classes:
            for surface in (cls.label, *cls.synonyms):
                table.setdefault(surface, PartyName(surface, cls.label, cls.id))
        return table

    @cached_property
    def heads(self) -> tuple[tuple[str, str], ...]:
        """(head noun, class id) pairs, longest head first."""
        pairs = {(head, cls.id) for cls in self.classes for head in cls.heads}
        return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))

    @cached_property
    def class_by_id(self) -> dict[str, StakeholderClass]:
        return {cls.id: cls for cls in self.classes}

    @cached_property
    def category_by_id(self) -> dict[str, Category]:
        return {category.id: category for category in self.categories}

    def lookup(self, surface: str) -> PartyName | None:
        """The meaning of a known surface form, or None."""
        return self.parties.get(surface)

    @cached_property
    def _class_by_head(self) -> tuple[tuple[int, ...], dict[str, str]]:
        """Head lengths, longest first, and each head's class (the first in ``heads`` order)."""
        table: dict[str, str] = {}
        for head, cls in self.heads:
            table.setdefault(head, cls)
        return tuple(sorted({len(head) for head in table}, reverse=True)), table

    def class_of_head(self, phrase: str) -> str | None:
        """The class whose head noun ends ``phrase`` (longest head wins), or None.

        One lookup per head length instead of a test per head: it runs for every
        candidate noun phrase.
        """
        lengths, table = self._class_by_head
        size = len(phrase)
        for length in lengths:
            if length <= size:
                cls = table.get(phrase[size - length :])
                if cls is not None:
                    return cls
        return None

    def vocabulary(self) -> tuple[str, ...]:
        """Words the segmenter must keep whole: party names, keywords, extra words."""
        seen = dict.fromkeys(self.parties)
        for category in self.categories:
            seen.update(dict.fromkeys((category.label, *category.keywords)))
        seen.update(dict.fromkeys(self.words))
        return tuple(seen)
