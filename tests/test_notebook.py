"""The example notebook runs top to bottom in a real kernel, and shows corrected answers."""

from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_the_example_notebook_runs() -> None:
    notebook = nbformat.read(EXAMPLES / "notebook.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": EXAMPLES}}
    )
    client.execute()
    outputs = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
    ]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(
        str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs
    )
    assert "处理退换货问题、使用指导等售后事务" in text  # the added statement answers
    assert "who is responsible for 售后" in text
    assert "RESPONSIBLE_FOR" in text  # type(r) on the embedded store
