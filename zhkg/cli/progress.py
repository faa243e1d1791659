"""Progress of a load on stderr: a tqdm bar on a terminal, plain lines otherwise.

A bar redraws itself with carriage returns, which a log file or a CI console
keeps as one long garbled line; there a plain line (documents done, rate, time
left) every few seconds says the same thing. ``--quiet`` shows neither.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zhkg.graph.store import LoadProgress

__all__ = ["LoadProgressDisplay", "progress_line"]

PLAIN_INTERVAL_S = 5.0
"""Seconds between two plain progress lines."""


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def progress_line(command: str, progress: LoadProgress, elapsed: float) -> str:
    """``zhkg load: 250/1000 documents (25%), 41.3 documents/s, 18 s left`` and what was skipped."""
    rate = progress.done / elapsed if elapsed > 0 else 0.0
    if progress.total:
        share = f"{progress.done}/{progress.total} documents ({progress.done / progress.total:.0%})"
    else:
        share = f"{progress.done} documents"
    text = f"zhkg {command}: {share}, {rate:.1f} documents/s"
    if progress.total and rate > 0 and progress.done < progress.total:
        text += f", {_duration((progress.total - progress.done) / rate)} left"
    elif progress.done:
        text += f", {_duration(elapsed)} in all"
    if progress.skipped:
        text += f"; {progress.skipped} unchanged, skipped"
    return text


class LoadProgressDisplay:
    """A callable for ``on_progress``; use it as a context manager so the bar is closed."""

    def __init__(
        self,
        command: str,
        *,
        quiet: bool = False,
        stream: IO[str] | None = None,
        interval: float = PLAIN_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.command = command
        self.quiet = quiet
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self.last_line = self.started
        self.last: LoadProgress | None = None
        self.printed: LoadProgress | None = None
        self.bar: Any = None
        self.terminal = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, progress: LoadProgress) -> None:
        self.last = progress
        if self.quiet:
            return
        if self.terminal:
            self._bar(progress)
            return
        now = self.clock()
        if now - self.last_line >= self.interval:
            self._line(progress, now)

    def _bar(self, progress: LoadProgress) -> None:
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(
                total=progress.total,
                unit="doc",
                desc=f"zhkg {self.command}",
                file=self.stream,
                dynamic_ncols=True,
            )
        self.bar.update(progress.done - self.bar.n)
        if progress.skipped:
            self.bar.set_postfix_str(f"{progress.skipped} unchanged", refresh=False)

    def _line(self, progress: LoadProgress, now: float) -> None:
        print(progress_line(self.command, progress, now - self.started), file=self.stream)
        self.stream.flush()
        self.last_line = now
        self.printed = progress

    def __enter__(self) -> LoadProgressDisplay:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the bar; a plain display ends with the last figures if it has not shown them."""
        if self.bar is not None:
            self.bar.close()
        elif not self.quiet and self.last is not None and self.printed != self.last:
            self._line(self.last, self.clock())
