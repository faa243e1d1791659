"""zhkg: Chinese research and policy texts -> a knowledge graph of stakeholders,
their responsibilities and the relations between them, every fact with evidence.

The public API is the names in ``__all__``. They are imported lazily, so
``import zhkg`` stays cheap and ``zhkg.errors`` needs neither spaCy nor rdflib.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# ``zhkg.extract`` is both the stage package and, being callable, the API function
# ``zhkg.extract(paths)``; its __init__ imports nothing heavy.
import zhkg.extract as extract

__version__ = "0.1.0"

__all__ = [
    "Answer",
    "Document",
    "Extraction",
    "Lexicon",
    "Modality",
    "RelationKind",
    "ResponsibilityStatement",
    "Section",
    "Sentence",
    "StakeholderMention",
    "StakeholderRelation",
    "ZhkgError",
    "__version__",
    "ask",
    "build_graph",
    "build_matrix",
    "build_rdf",
    "evaluate",
    "extract",
    "extract_paths",
    "facts_for",
    "load",
    "load_graph",
    "load_lexicon",
    "property_graph",
    "query",
    "read",
    "read_all",
    "run_job",
    "write_rdf",
    "write_report",
]

_HOMES = {
    "Answer": "zhkg.queries.ask",
    "ask": "zhkg.api",
    "build_graph": "zhkg.api",
    "load": "zhkg.api",
    "query": "zhkg.api",
    "Document": "zhkg.extract.model",
    "Extraction": "zhkg.extract.model",
    "Modality": "zhkg.extract.model",
    "RelationKind": "zhkg.extract.model",
    "ResponsibilityStatement": "zhkg.extract.model",
    "Section": "zhkg.extract.model",
    "Sentence": "zhkg.extract.model",
    "StakeholderMention": "zhkg.extract.model",
    "StakeholderRelation": "zhkg.extract.model",
    "Lexicon": "zhkg.extract.lexicon",
    "ZhkgError": "zhkg.errors",
    "load_lexicon": "zhkg.ontology.lexicon",
    "build_matrix": "zhkg.views.matrix",
    "facts_for": "zhkg.views.sources",
    "property_graph": "zhkg.export.property_graph",
    "write_report": "zhkg.report.html",
    "build_rdf": "zhkg.pipeline",
    "evaluate": "zhkg.pipeline",
    "extract_paths": "zhkg.pipeline",
    "load_graph": "zhkg.pipeline",
    "read": "zhkg.pipeline",
    "read_all": "zhkg.pipeline",
    "run_job": "zhkg.pipeline",
    "write_rdf": "zhkg.pipeline",
}

if TYPE_CHECKING:
    from zhkg.api import ask, build_graph, load, query
    from zhkg.errors import ZhkgError
    from zhkg.export.property_graph import property_graph
    from zhkg.extract.lexicon import Lexicon
    from zhkg.extract.model import (
        Document,
        Extraction,
        Modality,
        RelationKind,
        ResponsibilityStatement,
        Section,
        Sentence,
        StakeholderMention,
        StakeholderRelation,
    )
    from zhkg.ontology.lexicon import load_lexicon
    from zhkg.pipeline import (
        build_rdf,
        evaluate,
        extract_paths,
        load_graph,
        read,
        read_all,
        run_job,
        write_rdf,
    )
    from zhkg.queries.ask import Answer
    from zhkg.report.html import write_report
    from zhkg.views.matrix import build_matrix
    from zhkg.views.sources import facts_for


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'zhkg' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
