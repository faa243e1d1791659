"""Handing memory back to the operating system between the phases of a long run.

A load validates the whole input, then opens and closes the embedded store every few
transactions. What each phase leaves behind is cyclic garbage (rdflib graphs, SHACL
reports) that waits for Python's rare full collection, and freed heap that glibc
keeps for reuse: the process stays as big as the biggest phase so far, and the next
phase's own memory comes on top of it. Collecting and trimming between phases keeps
the peak to what one phase needs. A phase whose leftovers no trimming gives back
(a heap fragmented by millions of small objects) runs in a child process of its
own (``run_apart``): the operating system takes all of it back when the child ends.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import multiprocessing
import os
import sys
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TypeVar

__all__ = ["release_memory", "run_apart"]

T = TypeVar("T")


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none (macOS, musl).

    Looked up among the symbols the process has already loaded: no search for the
    library file (``ctypes.util.find_library`` runs external programs to find it).
    """
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def release_memory() -> None:
    """Collect cyclic garbage and return the freed heap to the operating system."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def run_apart(task: Callable[[], T]) -> T:
    """``task()`` run in a forked child process: its result, or its exception, comes back.

    Everything the task allocates leaves with the child, so the rest of the run
    starts from the parent's own small heap. The task and what it reads are the
    parent's (fork copies them, nothing is pickled on the way in); the result and
    any exception are pickled on the way out. Files the parent opened before the
    call are shared: what the child writes to them the parent reads afterwards.
    The task runs in this process instead where fork is not the platform's way to
    start processes (macOS, Windows), and where this process already runs other
    threads: a child forked from them inherits their locks but not the threads
    (a RocksDB store opened earlier leaves a thread pool whose mutexes a forked
    child's own store then waits on forever).
    """
    if sys.platform != "linux" or not _single_threaded():
        return task()
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    for stream in (sys.stdout, sys.stderr):  # else the child would print them again
        stream.flush()
    child = context.Process(target=_run_and_send, args=(task, sending), daemon=True)
    child.start()
    sending.close()
    try:
        outcome, value = receiving.recv()
    except EOFError:
        child.join()
        ended = f"a child process ended without an answer (exit code {child.exitcode})"
        raise RuntimeError(ended) from None
    finally:
        receiving.close()
    child.join()
    if outcome == "raised":
        raise value
    return value


def _single_threaded() -> bool:
    """This process runs one thread (native ones counted: engines start their own)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _run_and_send(task: Callable[[], object], sending: Connection) -> None:
    """The child's side of ``run_apart``: the task's result or exception down the pipe."""
    answer: tuple[str, object]
    try:
        answer = ("returned", task())
    except BaseException as exc:  # every failure goes back to the parent
        answer = ("raised", exc)
    try:
        sending.send(answer)
    except Exception:  # an answer that cannot be pickled: its text instead
        outcome, value = answer
        if isinstance(value, BaseException):
            text = "".join(traceback.format_exception(value))
        else:
            text = f"the child's {outcome} value cannot be pickled: {value!r}"
        sending.send(("raised", RuntimeError(text)))
    finally:
        sending.close()
