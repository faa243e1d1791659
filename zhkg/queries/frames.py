"""Query and extraction rows as pandas DataFrames, for notebooks.

pandas is an optional extra (``pip install 'zhkg[pandas]'``); it is imported only
when a DataFrame is asked for, so zhkg itself never needs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from zhkg.errors import ZhkgError

__all__ = ["Rows", "to_frame"]


def to_frame(rows: Iterable[Mapping[str, object]], columns: list[str] | None = None) -> Any:
    """A pandas DataFrame of dict rows (columns in the rows' order, even when empty)."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ZhkgError(
            "pandas is not installed, so there is no DataFrame",
            hint="install the extra: pip install 'zhkg[pandas]'",
        ) from exc
    data = [dict(row) for row in rows]
    return pd.DataFrame(data, columns=columns or (list(data[0]) if data else None))


class Rows(list[dict[str, object]]):
    """Query rows (plain dicts) that also convert to a DataFrame."""

    def to_pandas(self) -> Any:
        """The rows as a pandas DataFrame (needs the ``pandas`` extra)."""
        return to_frame(self)
