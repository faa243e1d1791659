"""Every `zhkg` command has help that ends with a runnable-looking example."""

from __future__ import annotations

import subprocess
import sys

import pytest

from zhkg.cli import build_parser, main


def _command_names() -> list[str]:
    parser = build_parser()
    commands = next(action for action in parser._actions if action.dest == "command")
    return sorted(commands.choices)  # type: ignore[arg-type]


COMMANDS = _command_names()


def test_the_stages_are_all_there() -> None:
    expected = {"run", "segment", "extract", "eval", "build", "validate", "sparql", "load"}
    expected |= {"query", "who", "run-query", "ask"}
    assert expected <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_help_has_an_example(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([name, "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert "example:" in text
    example = text.split("example:", 1)[1].strip().splitlines()[0].strip()
    assert example.startswith(f"zhkg {name}")


def test_no_command_prints_help_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "zhkg", "--help"], capture_output=True, text=True, check=True
    )
    assert "usage: zhkg" in out.stdout
