"""The one line a command prints for an input file it had to skip."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zhkg.ontology.builder import FileOutcome

__all__ = ["skipped_line"]


def skipped_line(command: str, outcome: FileOutcome, where: str | None = None) -> str:
    """``zhkg build: skipped [2/3] a.docx: not a readable DOCX file …`` — the name once.

    The error already starts with the file's path (every ``InputError`` does);
    printing it after ``where`` again would name the file twice.
    """
    reason = outcome.error or ""
    for prefix in (str(outcome.path), outcome.path.name):
        if reason.startswith(prefix + ": "):
            reason = reason[len(prefix) + 2 :]
            break
    return f"zhkg {command}: skipped {where or outcome.path}: {reason}"
