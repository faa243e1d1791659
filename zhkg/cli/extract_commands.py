"""The `zhkg extract` and `zhkg eval` commands: thin wrappers over ``zhkg.pipeline``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from zhkg.cli.options import extension_option, max_chars_option, spooled_output

if TYPE_CHECKING:
    from zhkg.extract.evaluation import MatchCounts

__all__ = ["register"]

#: Output formats and the ``zhkg.extract.export`` function writing each (imported on use).
_FORMATS = {"table": "table_lines", "jsonl": "jsonl_lines", "tsv": "tsv_lines"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this stage's sub-commands to the `zhkg` parser."""
    from zhkg.cli import add_command

    extract = add_command(
        commands,
        "extract",
        _extract,
        help="Extract stakeholders, their responsibilities (must / must_not / should / may, "
        "with a category) and the relations between them from a document or every "
        "document in a folder; every fact keeps its evidence sentence and its span in "
        "the original file.",
        example="zhkg extract law.txt --format jsonl > facts.jsonl   "
        "(or: zhkg extract papers/ --lexicon food.ttl; zhkg extract law.txt --explain 不得)",
    )
    extract.add_argument(
        "path", metavar="PATH", help="a .txt/.md/.html/.docx/.pdf file or a folder"
    )
    extract.add_argument(
        "--format",
        choices=sorted(_FORMATS),
        default="table",
        help="table (for reading, the default), jsonl (one fact per line with provenance) "
        "or tsv (the gold columns: stakeholder, responsibility, modality, evidence)",
    )
    extract.add_argument(
        "--explain",
        metavar="SENTENCE",
        help="instead of the facts, show how one sentence was read (its tokens, clauses, "
        "their roles, triggers, holders and rule ids, and the rows it gave): a sentence "
        "number or a phrase of the sentence",
    )
    extension_option(extract)
    max_chars_option(extract)

    evaluate = add_command(
        commands,
        "eval",
        _eval,
        help="Score extracted responsibilities against a gold TSV (header: stakeholder, "
        "responsibility, modality, evidence): precision, recall, F1 and modality "
        "accuracy, with the span-tolerant matching of the annotation guidelines. "
        "With --relations, score the relations between stakeholders against a relation "
        "gold TSV (header: subject, relation, object, evidence). Without --gold, PATH is "
        "an annotated set: a folder of NAME.txt with NAME_gold.tsv and/or "
        "NAME_relations_gold.tsv beside each, scored per text and micro-summed. "
        "PATH may also be a TSV in the gold format (a second annotator's rows, or a "
        "saved `zhkg extract --format tsv`): its rows are scored as they stand, so two "
        "annotations of one text give the annotators' agreement.",
        example="zhkg eval law.txt --gold law_gold.tsv -v   "
        "(or: zhkg eval --relations law.txt --gold law_relations_gold.tsv -v; "
        "zhkg eval annotated/)",
    )
    evaluate.add_argument(
        "path",
        metavar="PATH",
        help="the document (or folder) the gold describes, or a TSV of rows to score",
    )
    evaluate.add_argument(
        "--gold", metavar="GOLD.tsv", help="the gold TSV file (omit it for an annotated set)"
    )
    evaluate.add_argument(
        "--relations",
        action="store_true",
        help="score relations between stakeholders (types equal, both ends matching, "
        "either order for symmetric types) instead of responsibilities",
    )
    evaluate.add_argument(
        "-v", "--verbose", action="store_true", help="also list missed and spurious rows"
    )
    extension_option(evaluate)


def _extract(args: argparse.Namespace) -> int:
    from zhkg import pipeline

    if args.explain is not None:
        for line in pipeline.explain(args.path, args.explain, extensions=args.ontology):
            sys.stdout.write(line + "\n")
        return 0
    # every document is extracted before the first line is printed, so a file that
    # fails half-way through a folder never leaves a partial JSONL/TSV behind; the
    # lines wait in a spool file, not in memory, so a big input streams through
    from zhkg.extract import export

    extractions = pipeline.extract_paths(
        args.path, extensions=args.ontology, max_chars=args.max_chars
    )
    with spooled_output() as spool:
        for line in getattr(export, _FORMATS[args.format])(extractions):
            spool.write(line + "\n")
    return 0


def _eval(args: argparse.Namespace) -> int:
    if args.gold is None:
        return _eval_set(args)
    if args.relations:
        return _eval_relations(args)
    from zhkg import pipeline

    result = pipeline.evaluate(args.path, args.gold, extensions=args.ontology)
    out = sys.stdout
    if args.verbose:
        out.write(f"missed ({len(result.misses)}):\n")
        for row in result.misses:
            out.write(
                f"  {row.stakeholder}\t{row.responsibility}\t{row.modality}\t{row.evidence}\n"
            )
            for read in result.read_from(row.evidence):  # what the sentence gave instead
                out.write(
                    f"      read: {read.stakeholder}\t{read.responsibility}\t{read.modality}"
                    f"\t[{read.rule}]\n"
                )
        out.write(f"spurious ({len(result.spurious)}):\n")
        for row in result.spurious:
            out.write(
                f"  {row.stakeholder}\t{row.responsibility}\t{row.modality}\t{row.evidence}"
                f"\t[{row.rule}]\n"
            )
        out.write(f"wrong modality ({len(result.wrong_modality)}):\n")
        for predicted, gold in result.wrong_modality:
            out.write(
                f"  {predicted.stakeholder}\t{predicted.responsibility}\t"
                f"{predicted.modality} (gold {gold.modality})\n"
            )
    for line in result.summary_lines():
        out.write(line + "\n")
    return 0


def _eval_set(args: argparse.Namespace) -> int:
    from pathlib import Path

    from zhkg import pipeline
    from zhkg.cli.graph_output import render_table
    from zhkg.errors import InputError

    if not Path(args.path).is_dir():
        raise InputError(
            args.path,
            "no --gold given, and not a folder",
            hint="give the gold TSV with --gold, or a folder of NAME.txt with NAME_gold.tsv",
        )
    if args.verbose:
        raise InputError(
            args.path,
            "-v lists the rows of one text",
            hint="give that text and its gold with --gold",
        )
    result = pipeline.evaluate_set(args.path, extensions=args.ontology)
    rows = [_score_row(text.name, text.responsibilities, text.relations) for text in result.texts]
    groups = [(f"micro, all {len(result.texts)} texts", None)] + [
        (f"micro, {kind}", kind) for kind in result.kinds()
    ]
    rows += [
        _score_row(title, result.responsibilities(kind), result.relations(kind))
        for title, kind in groups
    ]
    sys.stdout.write(render_table(rows) + "\n")
    correct, pairs = result.modality()
    if pairs:
        sys.stdout.write(f"modality accuracy {correct / pairs:.2f} (n={pairs})\n")
    return 0


def _score_row(
    title: str, responsibilities: MatchCounts | None, relations: MatchCounts | None
) -> dict[str, object]:
    return {
        "text": title,
        **_score_cells("", responsibilities),
        **_score_cells("rel ", relations),
    }


def _score_cells(prefix: str, counts: MatchCounts | None) -> dict[str, object]:
    """Gold rows, precision, recall and F1 as table cells ("–" without a gold)."""
    if counts is None:
        return {f"{prefix}gold": "–", f"{prefix}P": "–", f"{prefix}R": "–", f"{prefix}F1": "–"}
    return {
        f"{prefix}gold": counts.n_gold,
        f"{prefix}P": f"{counts.precision:.2f}",
        f"{prefix}R": f"{counts.recall:.2f}",
        f"{prefix}F1": f"{counts.f1:.3f}",
    }


def _eval_relations(args: argparse.Namespace) -> int:
    from zhkg import pipeline

    result = pipeline.evaluate_relations(args.path, args.gold, extensions=args.ontology)
    out = sys.stdout
    if args.verbose:
        for title, rows in (("missed", result.misses), ("spurious", result.spurious)):
            out.write(f"{title} ({len(rows)}):\n")
            for row in rows:
                out.write(f"  {row.subject}\t{row.relation}\t{row.object}\t{row.evidence}\n")
        out.write("by type:\n")
        for line in result.type_lines():
            out.write(line + "\n")
    for line in result.summary_lines():
        out.write(line + "\n")
    return 0
