"""Commands import only what they use: help and questions to a store start at once."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "jieba", "rdflib", "pyshacl", "owlrl", "pyoxigraph", "ladybug", "neo4j", "dask")


def imported_after(code: str) -> set[str]:
    probe = (
        f"import sys\n{code}\n"
        f"print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_the_parser_and_the_package_import_no_heavy_library() -> None:
    assert imported_after("import zhkg, zhkg.cli; zhkg.cli.build_parser()") == set()


def test_help_of_every_command_imports_no_heavy_library() -> None:
    code = (
        "from zhkg.cli import build_parser, main\n"
        "import contextlib, io\n"
        "for name in ['build', 'load', 'who', 'sparql', 'run', 'cache']:\n"
        "    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "        main([name, '--help'])"
    )
    assert imported_after(code) == set()


def test_a_question_to_the_embedded_store_needs_no_nlp_or_rdf(tmp_path: object) -> None:
    """`zhkg who` opens the store only: no spaCy, jieba, rdflib or Neo4j driver."""
    code = (
        "import contextlib, io\n"
        "from zhkg.cli import main\n"
        f"with contextlib.redirect_stderr(io.StringIO()):\n"
        f"    main(['who', '售后', '--db', {str(tmp_path) + '/empty.lbug'!r}])"
    )
    assert imported_after(code) <= {"ladybug"}
