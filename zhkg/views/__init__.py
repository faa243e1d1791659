"""Views of a built graph for people: the responsibility matrix and its heatmap.

They read the graph through ``zhkg.views.facts`` (one flat record per duty and
per relation), so the matrix, the heatmap and the HTML report agree on what a
statement is, whether the graph came from texts, RDF files or a store.
"""
