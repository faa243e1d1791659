"""``zhkg.memory``: garbage collected and heap trimmed between load phases, and phases
run apart in a child process whose memory leaves with it."""

from __future__ import annotations

import gc
import os
import pickle
import platform
import subprocess
import sys
import tempfile
import threading
import weakref

import pytest

from zhkg import memory
from zhkg.errors import InputError, ShapeViolationError


class _Node:
    def __init__(self) -> None:
        self.partner: _Node | None = None


def test_release_memory_collects_cyclic_garbage() -> None:
    gc.disable()  # only release_memory may collect here
    first, second = _Node(), _Node()
    first.partner, second.partner = second, first  # a cycle: reference counting never frees it
    gone = weakref.ref(first)
    del first, second
    try:
        assert gone() is not None
        memory.release_memory()
    finally:
        gc.enable()
    assert gone() is None


@pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only"
)
def test_the_heap_is_trimmed_with_glibc() -> None:
    trim = memory._malloc_trim()
    assert trim is not None
    assert trim(0) in (0, 1)  # 1: memory was given back, 0: there was none to give


linux_only = pytest.mark.skipif(sys.platform != "linux", reason="run_apart forks on Linux only")


@pytest.fixture(autouse=True)
def _forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork even though the test process runs threads (engines of earlier tests): these
    tasks take no lock a thread could hold. The guard itself is tested on its own below."""
    monkeypatch.setattr(memory, "_single_threaded", lambda: True)


@linux_only
def test_a_fresh_interpreter_is_single_threaded_so_a_command_forks() -> None:
    probe = "from zhkg.memory import _single_threaded; print(_single_threaded())"
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert found.stdout.strip() == "True", found.stderr


@linux_only
def test_with_other_threads_running_the_task_runs_in_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.undo()  # the real guard
    stop = threading.Event()
    waiting = threading.Thread(target=stop.wait)
    waiting.start()
    try:
        assert not memory._single_threaded()
        assert memory.run_apart(os.getpid) == os.getpid()
    finally:
        stop.set()
        waiting.join()


@linux_only
def test_run_apart_runs_the_task_in_another_process_and_returns_its_result() -> None:
    parent = os.getpid()
    pid, answer = memory.run_apart(lambda: (os.getpid(), {"rows": [1, 2, 3]}))
    assert pid != parent
    assert answer == {"rows": [1, 2, 3]}


@linux_only
def test_what_the_child_writes_to_a_file_opened_before_is_read_by_the_parent() -> None:
    with tempfile.TemporaryFile() as shared:

        def write() -> int:
            shared.write(b"written in the child")
            shared.flush()
            return os.getpid()

        assert memory.run_apart(write) != os.getpid()
        shared.seek(0)
        assert shared.read() == b"written in the child"


def _refuse() -> None:
    raise InputError("paper.ttl", "not a graph", hint="give a Turtle file")


@linux_only
def test_an_error_of_the_task_is_raised_in_the_parent_with_its_hint() -> None:
    with pytest.raises(InputError) as raised:
        memory.run_apart(_refuse)
    assert (raised.value.path, raised.value.reason) == ("paper.ttl", "not a graph")
    assert raised.value.hint == "give a Turtle file"


class _Unpicklable(Exception):
    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("cannot be pickled")


def _raise_unpicklable() -> None:
    raise _Unpicklable("a lock in the payload")


@linux_only
def test_an_error_that_cannot_be_pickled_comes_back_as_its_traceback() -> None:
    with pytest.raises(RuntimeError, match="_raise_unpicklable") as raised:
        memory.run_apart(_raise_unpicklable)
    assert "a lock in the payload" in str(raised.value)


@linux_only
def test_a_child_that_dies_is_an_error_with_its_exit_code() -> None:
    with pytest.raises(RuntimeError, match="exit code 3"):
        memory.run_apart(lambda: os._exit(3))


def test_zhkg_errors_pickle_whole_whatever_their_arguments() -> None:
    for error in (
        InputError("notes.docx", "an encrypted file", hint="save it unprotected"),
        ShapeViolationError("2 shape violation(s)", report="line 1", hint="zhkg validate"),
    ):
        copy = pickle.loads(pickle.dumps(error))
        assert (type(copy), str(copy), vars(copy)) == (type(error), str(error), vars(error))
