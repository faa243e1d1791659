"""`zhkg --version`, and every option's default shown in `--help`."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from zhkg.cli import build_parser, main


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"zhkg {version('zhkg')}"


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        ("load", "rows per UNWIND statement (default: 1000)"),
        ("run", "(default: 谁负责售后？)"),
        ("query", "output format (default: table)"),
    ],
)
def test_help_shows_defaults(command: str, shown: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert shown in " ".join(capsys.readouterr().out.split())


def test_flags_and_lists_show_no_default() -> None:
    """store_true flags and repeatable options would read "(default: False)"/"[]"."""
    parser = build_parser()
    sub = next(
        action for action in parser._actions if action.__class__.__name__ == "_SubParsersAction"
    )
    help_text = sub.choices["load"].format_help()  # type: ignore[attr-defined]
    assert "(default: False)" not in help_text and "(default: [])" not in help_text
    assert "--prune" in help_text and "--corrections" in help_text
