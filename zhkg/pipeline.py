"""The only module that knows the order of the stages.

read (extract stage 1) -> extract (stage 2) -> build RDF (ontology) -> load (graph)
-> ask (queries). Each section below belongs to one stage; the CLI calls these.
"""

from __future__ import annotations

# --- stage 1: read, clean, structure, segment --------------------------------

# --- stage 2: extract stakeholders, responsibilities, relations ---------------

# --- stage 3: RDF ------------------------------------------------------------

# --- stage 4: property graph and questions ------------------------------------
