"""Stages 1-2: bytes in -> Document -> Extraction.

The package is also the API call ``zhkg.extract(paths)`` (see ``zhkg.api.extract``):
the stage and the function share the name users expect, and a subpackage would
otherwise shadow a function of that name in ``zhkg``. So the module is made
callable here; it imports nothing heavy until called.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallablePackage(types.ModuleType):
    """``zhkg.extract(paths, extensions=())``: read and extract files or folders."""

    def __call__(self, paths: Any, **options: Any) -> Any:
        from zhkg.api import extract

        return extract(paths, **options)


sys.modules[__name__].__class__ = _CallablePackage
