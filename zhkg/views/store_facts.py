"""The facts of a property-graph store, read with queries both backends accept.

Relation types come from the schema (plain identifiers), never from input, so
splicing them into the query text is safe; every value is a returned column.
"""

from __future__ import annotations

from zhkg.graph.schema import STAKEHOLDER_RELATION_TYPES
from zhkg.graph.store import GraphStore
from zhkg.views.facts import UNCATEGORISED, UNSPECIFIED, Duty, Facts, Relation, StakeholderInfo

__all__ = ["facts_from_store"]

_STAKEHOLDERS = "MATCH (s:Stakeholder) RETURN s.iri AS iri, s.name AS name, s.kind AS kind"
_DOCUMENTS = "MATCH (d:Document) RETURN d.iri AS iri, d.title AS title, d.source AS source"
_DUTIES = (
    "MATCH (s:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility) "
    "RETURN s.iri AS stakeholder, r.name AS duty, r.category AS category, "
    "rf.modality AS modality, rf.evidence AS evidence, rf.document AS document, "
    "rf.sentence AS sentence, rf.statement AS statement"
)


def _relations_query(rel_type: str) -> str:
    return (
        f"MATCH (a:Stakeholder)-[e:{rel_type}]->(b:Stakeholder) "
        "RETURN a.iri AS source, b.iri AS target, e.evidence AS evidence, "
        "e.document AS document, e.sentence AS sentence"
    )


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def facts_from_store(store: GraphStore) -> Facts:
    """Stakeholders, documents, duties and relations the store holds."""
    facts = Facts()
    for row in store.run(_STAKEHOLDERS):
        iri = str(row["iri"])
        facts.stakeholders[iri] = StakeholderInfo(iri, str(row["name"] or iri), str(row["kind"]))
    for row in store.run(_DOCUMENTS):
        facts.documents[str(row["iri"])] = str(row["title"] or row["source"] or row["iri"])
        if row["source"]:
            facts.sources[str(row["iri"])] = str(row["source"])
    for row in store.run(_DUTIES):
        facts.duties.append(
            Duty(
                stakeholder=str(row["stakeholder"]),
                category=str(row["category"] or UNCATEGORISED),
                modality=str(row["modality"] or UNSPECIFIED),
                duty=str(row["duty"]),
                evidence=_str(row["evidence"]),
                document=_str(row["document"]),
                sentence=_int(row["sentence"]),
                statement=str(row["statement"] or ""),
            )
        )
    for rel_type in STAKEHOLDER_RELATION_TYPES:
        for row in store.run(_relations_query(rel_type)):
            facts.relations.append(
                Relation(
                    source=str(row["source"]),
                    target=str(row["target"]),
                    type=rel_type,
                    evidence=_str(row["evidence"]),
                    document=_str(row["document"]),
                    sentence=_int(row["sentence"]),
                )
            )
    facts.duties.sort(key=lambda d: (d.document or "", d.sentence or 0, d.statement))
    facts.relations.sort(key=lambda r: (r.document or "", r.sentence or 0, r.type, r.source))
    return facts
