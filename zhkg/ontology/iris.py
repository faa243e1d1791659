"""The only place instance IRIs are minted.

Every IRI is a pure function of what it names (document id, index, label, duty
text), so ingesting the same file twice gives the same graph and two files share
the IRIs of the parties and duties they have in common. Free text goes into an
IRI either percent-encoded (stakeholder labels, document ids) or as a short
SHA-256 prefix (duty texts, statements), never pasted raw.
"""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from zhkg.extract.model import (
    ResponsibilityStatement,
    StakeholderMention,
    StakeholderRelation,
)
from zhkg.ontology.namespace import ZHKG_ID

__all__ = [
    "HASH_LENGTH",
    "agent_iri",
    "document_iri",
    "mention_iri",
    "reference_iri",
    "relation_iri",
    "responsibility_iri",
    "section_iri",
    "sentence_iri",
    "stable_hash",
    "stakeholder_iri",
    "statement_iri",
    "venue_iri",
]

HASH_LENGTH = 16
"""Hex digits kept of a SHA-256: 64 bits, no collision in any realistic corpus."""

_FIELD_SEPARATOR = "\x1f"


def _normal(text: str) -> str:
    """NFC and trimmed, so invisible differences never split one duty into two IRIs."""
    return unicodedata.normalize("NFC", text).strip()


def _segment(text: str) -> str:
    """A path segment: percent-encoded UTF-8, nothing left that means something in an IRI."""
    return quote(_normal(text), safe="")


def stable_hash(*fields: object) -> str:
    """A short hex digest of the fields, stable across runs, machines and Python versions."""
    joined = _FIELD_SEPARATOR.join(_normal(str(value)) for value in fields)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def document_iri(document_id: str) -> URIRef:
    return ZHKG_ID[f"doc/{_segment(document_id)}"]


def section_iri(document_id: str, index: int) -> URIRef:
    return ZHKG_ID[f"doc/{_segment(document_id)}/section/{index}"]


def sentence_iri(document_id: str, index: int) -> URIRef:
    return ZHKG_ID[f"doc/{_segment(document_id)}/sentence/{index}"]


def reference_iri(document_id: str, index: int) -> URIRef:
    """An entry of a document's reference list, by its position in the list."""
    return ZHKG_ID[f"doc/{_segment(document_id)}/reference/{index}"]


def agent_iri(name: str) -> URIRef:
    """An author or publisher named in reference lists, one IRI per written name."""
    return ZHKG_ID[f"agent/{stable_hash(name)}"]


def venue_iri(title: str) -> URIRef:
    """A journal, newspaper or proceedings volume named in reference lists."""
    return ZHKG_ID[f"venue/{stable_hash(title)}"]


def stakeholder_iri(label: str) -> URIRef:
    """One IRI per canonical party, shared by every document that names it."""
    return ZHKG_ID[f"stakeholder/{_segment(label)}"]


def mention_iri(document_id: str, mention: StakeholderMention, *, rebuilt: bool = False) -> URIRef:
    """One IRI per written span; a ``rebuilt`` name adds its hash to the span.

    A span can name several parties whose names the text only implies (甲（乙）局
    names 甲局 and 乙局): each is a mention of its own, and the name keeps them apart.
    """
    position = f"{mention.sentence}-{mention.start}-{mention.end}"
    if rebuilt:
        position += f"-{stable_hash(mention.text)}"
    return ZHKG_ID[f"doc/{_segment(document_id)}/mention/{position}"]


def responsibility_iri(duty: str) -> URIRef:
    """One IRI per duty wording, shared across holders and documents."""
    return ZHKG_ID[f"responsibility/{stable_hash(duty)}"]


def statement_iri(document_id: str, statement: ResponsibilityStatement) -> URIRef:
    digest = stable_hash(
        statement.sentence, statement.holder.label, statement.duty, statement.modality.value
    )
    return ZHKG_ID[f"doc/{_segment(document_id)}/statement/{digest}"]


def relation_iri(document_id: str, relation: StakeholderRelation) -> URIRef:
    digest = stable_hash(
        relation.sentence, relation.subject.label, relation.kind.value, relation.object.label
    )
    return ZHKG_ID[f"doc/{_segment(document_id)}/relation/{digest}"]
