"""The neo4j-admin files import with the real neo4j-admin of the test Neo4j's build.

neo4j-server/ (Maven) ships Neo4j's command-line tools beside the kernel;
scripts/neo4j-admin runs them. The exported ``import-command.sh`` is run as a
user would, into a home of its own, and Neo4j's own import report must count
exactly the property graph's nodes, relationships and properties.
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
from pathlib import Path

import pytest

from zhkg.export.tables import neo4j_admin_files, write_files
from zhkg.views.sources import Collected

REPO = Path(__file__).resolve().parents[2]
ADMIN = REPO / "scripts" / "neo4j-admin"
LIB = REPO / "neo4j-server" / "target" / "lib"


def _expected_properties(folder: Path) -> int:
    structural = {":LABEL", ":START_ID", ":END_ID", ":TYPE"}
    count = 0
    for path in folder.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                count += sum(1 for key, value in row.items() if key not in structural and value)
    return count


def test_exported_files_import_with_neo4j_admin(sample: Collected, tmp_path: Path) -> None:
    if not LIB.is_dir():
        if os.environ.get("CI") == "true" or os.environ.get("ZHKG_REQUIRE_NEO4J") == "1":
            pytest.fail("neo4j-server is not built; scripts/test builds it with the test Neo4j")
        pytest.skip("neo4j-server is not built (scripts/neo4j-local start builds it)")
    folder = tmp_path / "import"
    write_files(folder, neo4j_admin_files(sample.property_graph))
    home = tmp_path / "home"
    run = subprocess.run(
        ["sh", "import-command.sh", "neo4j"],
        cwd=folder,
        env={**os.environ, "NEO4J_ADMIN": str(ADMIN), "NEO4J_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-3000:]
    found = re.search(
        r"IMPORT DONE.*?Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties",
        output,
        re.S,
    )
    assert found, output[-3000:]
    nodes, relationships, properties = map(int, found.groups())
    assert nodes == len(sample.property_graph.nodes)
    assert relationships == len(sample.property_graph.edges)
    assert properties == _expected_properties(folder)
    assert (home / "data" / "databases" / "neo4j").is_dir()
