"""Stages 1-3 as Dask tasks on a dask.distributed cluster (the optional ``dask`` extra).

Each task is ``zhkg.parts.build_part`` for one document: the worker reads the
file, extracts it and writes its N-Triples into the cache folder, which must be
one folder that the scheduler's workers and this process all see (a shared
filesystem on a real cluster; ``--cache-dir``). Only the small ``DocumentPart``
comes back; the merge then streams the parts as for a local build. A worker
keeps spaCy and the lexicon loaded between tasks, like a pool process.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from zhkg.errors import DaskError

if TYPE_CHECKING:
    from zhkg.parts import DocumentPart, PartTask

__all__ = ["run_on_dask"]


def run_on_dask(tasks: list[PartTask], address: str, *, workers: int = 2) -> Iterator[DocumentPart]:
    """Run the tasks on the scheduler at ``address`` ("local": a LocalCluster of ``workers``).

    Results come back in the order of the tasks.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskError(
            "--dask needs dask.distributed, which is not installed",
            hint="pip install 'zhkg[dask]'",
        ) from None
    from zhkg.parts import build_part

    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(
                n_workers=max(1, workers),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise DaskError(
            f"cannot reach the Dask scheduler at {address} ({exc})",
            hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`, "
            "or use --dask local",
        ) from exc
    try:
        futures = client.map(build_part, tasks, pure=False)
        for future in futures:
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
