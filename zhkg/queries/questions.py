"""The question the main job asks by default, apart from ``ask`` (which needs OpenCC),
so the command line shows it in its help without importing the question parser.
"""

from __future__ import annotations

__all__ = ["DEFAULT_QUESTION"]

DEFAULT_QUESTION = "谁负责售后？"
"""What the main job asks unless told otherwise: "who is responsible for after-sales"."""
