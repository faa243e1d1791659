"""Progress of `zhkg load`: plain lines when stderr is not a terminal, a tqdm bar when it is."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from zhkg.cli.progress import LoadProgressDisplay, progress_line
from zhkg.graph.store import LoadProgress

SAMPLE_TTL = Path(__file__).resolve().parents[1] / "data" / "graph_sample.ttl"


@pytest.mark.parametrize(
    ("progress", "elapsed", "line"),
    [
        (
            LoadProgress(250, 1000, 250, 0),
            10.0,
            "zhkg load: 250/1000 documents (25%), 25.0 documents/s, 30 s left",
        ),
        (
            LoadProgress(100, 1000, 10, 90),
            1.0,
            "zhkg load: 100/1000 documents (10%), 100.0 documents/s, 9 s left; "
            "90 unchanged, skipped",
        ),
        (
            LoadProgress(10, 4000, 10, 0),
            5.0,
            "zhkg load: 10/4000 documents (0%), 2.0 documents/s, 33 min 15 s left",
        ),
        (
            LoadProgress(2, 2, 2, 0),
            0.5,
            "zhkg load: 2/2 documents (100%), 4.0 documents/s, 0 s in all",
        ),
        (
            LoadProgress(30, None, 30, 0),
            3.0,
            "zhkg load: 30 documents, 10.0 documents/s, 3 s in all",
        ),
    ],
)
def test_a_plain_line_says_done_rate_and_time_left(
    progress: LoadProgress, elapsed: float, line: str
) -> None:
    assert progress_line("load", progress, elapsed) == line


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_plain_lines_come_at_most_every_interval_and_the_last_figures_at_the_end() -> None:
    stream, clock = io.StringIO(), _Clock()
    with LoadProgressDisplay("load", stream=stream, interval=5.0, clock=clock) as display:
        for done in range(1, 11):
            clock.now += 1.0
            display(LoadProgress(done, 10, done, 0))
    lines = stream.getvalue().splitlines()
    assert [line.split(",")[0] for line in lines] == [
        "zhkg load: 5/10 documents (50%)",
        "zhkg load: 10/10 documents (100%)",
    ]
    assert "\r" not in stream.getvalue()


def test_quiet_shows_nothing() -> None:
    stream = io.StringIO()
    with LoadProgressDisplay("load", quiet=True, stream=stream, interval=0.0) as display:
        display(LoadProgress(1, 1, 1, 0))
    assert stream.getvalue() == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_tqdm_bar_with_rate_and_time_left() -> None:
    stream = _Terminal()
    with LoadProgressDisplay("load", stream=stream) as display:
        for done in range(1, 5):
            display(LoadProgress(done, 4, done - 1 if done > 2 else done, 1 if done > 2 else 0))
    text = stream.getvalue()
    assert "\r" in text  # redrawn in place
    assert "zhkg load" in text and "4/4" in text and "doc/s" in text
    assert "1 unchanged" in text


def _zhkg(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zhkg", *args],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), "ZHKG_CACHE_DIR": str(cache)},
        check=False,
    )


def test_load_prints_plain_progress_to_a_pipe_and_nothing_when_quiet(tmp_path: Path) -> None:
    db = str(tmp_path / "graph.lbug")
    done = _zhkg("load", str(SAMPLE_TTL), "--db", db, cache=tmp_path / "cache")
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[0].startswith("zhkg load: 2/2 documents (100%), ")
    assert "documents/s" in lines[0] and "\r" not in done.stderr
    assert lines[1].startswith("loaded 2 document group(s)")
    quiet = _zhkg("load", str(SAMPLE_TTL), "--db", db, "--quiet", "--force", cache=tmp_path)
    assert quiet.returncode == 0 and quiet.stderr == ""
