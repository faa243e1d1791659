"""A Neo4j Browser style (``.grass``): stakeholders coloured by class, relationships labelled.

The Neo4j loader gives every stakeholder a second label for its class
(``:Stakeholder:Platform``), so one rule per class colours the network; the
classes come from the ontology (an extension's classes get rules too).
Relationship captions show the relation type, and a duty edge its modality.
Load it in Neo4j Browser with ``:style`` and drag the file in (see the README).
"""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from zhkg.graph.schema import REL_TABLES, is_safe_label
from zhkg.ontology.namespace import ZHKG

__all__ = ["grass_style"]

_PALETTE = (
    "#C0392B",
    "#2471A3",
    "#229954",
    "#D68910",
    "#7D3C98",
    "#17A589",
    "#A04000",
    "#2E4053",
    "#CB4335",
    "#1F618D",
    "#B7950B",
    "#6C3483",
    "#148F77",
    "#873600",
    "#5D6D7E",
    "#AF601A",
    "#1E8449",
    "#922B21",
)

_NODE_STYLES = {
    "Stakeholder": ("#7F8C8D", "56px", "{name}"),
    "Responsibility": ("#F5CBA7", "40px", "{name}"),
    "Category": ("#F7DC6F", "46px", "{name}"),
    "Document": ("#85C1E9", "60px", "{title}"),
    "Sentence": ("#D5D8DC", "24px", "{position}"),
}


def _stakeholder_classes(ontology: Graph) -> list[str]:
    """Local names of every subclass (at any depth) of zhkg:Stakeholder."""
    found: set[URIRef] = set()
    frontier = {URIRef(ZHKG.Stakeholder)}
    while frontier:
        children = {
            child
            for parent in frontier
            for child in ontology.subjects(RDFS.subClassOf, parent)
            if isinstance(child, URIRef) and child not in found
        }
        found |= children
        frontier = children
    names = {str(cls).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for cls in found}
    return sorted(name for name in names if is_safe_label(name))


def _rule(selector: str, **properties: str) -> str:
    body = "".join(f"  {key.replace('_', '-')}: {value};\n" for key, value in properties.items())
    return f"{selector} {{\n{body}}}\n"


def grass_style(ontology: Graph) -> str:
    """The style sheet text for Neo4j Browser."""
    parts = [
        "/* zhkg: Neo4j Browser style. Load with :style, then drop this file on the\n"
        "   style panel. Stakeholders are coloured by class (their second label). */\n",
        _rule(
            "node",
            diameter="50px",
            color="#A5ABB6",
            border_color="#9AA1AC",
            border_width="2px",
            text_color_internal="#FFFFFF",
            font_size="10px",
        ),
        _rule(
            "relationship",
            color="#A5ABB6",
            shaft_width="1px",
            font_size="8px",
            padding="3px",
            text_color_external="#000000",
            text_color_internal="#FFFFFF",
            caption='"<type>"',
        ),
    ]
    for label, (colour, diameter, caption) in _NODE_STYLES.items():
        parts.append(
            _rule(
                f"node.{label}",
                color=colour,
                border_color="#7B7D7D",
                diameter=diameter,
                text_color_internal="#1D2330" if label != "Stakeholder" else "#FFFFFF",
                caption=f'"{caption}"',
            )
        )
    for index, name in enumerate(_stakeholder_classes(ontology)):
        parts.append(
            _rule(
                f"node.{name}",
                color=_PALETTE[index % len(_PALETTE)],
                border_color="#1D2330",
                text_color_internal="#FFFFFF",
                caption='"{name}"',
            )
        )
    for table in REL_TABLES:
        caption = '"{modality}"' if table.type == "RESPONSIBLE_FOR" else '"<type>"'
        width = "2px" if table.source == table.target == "Stakeholder" else "1px"
        parts.append(_rule(f"relationship.{table.type}", shaft_width=width, caption=caption))
    return "\n".join(parts)
