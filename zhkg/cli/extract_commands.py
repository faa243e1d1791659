"""The `zhkg` sub-commands of the extract stage."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this stage's sub-commands to the `zhkg` parser."""
