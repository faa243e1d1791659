"""The HTML report: one self-contained file (scripts, styles, data inlined), works offline."""
