"""Hostile RDF and SPARQL make zhkg send nothing over the network.

A server on 127.0.0.1 serves a JSON-LD context and a SPARQL endpoint and
records every request. ``validate``, ``load``, ``build`` and ``sparql`` on files
that point at it are refused (or ignore the pointer) and the server sees no
request; the controls show that the same files do reach it when something does
fetch (plain rdflib, ``--allow-service``), so a silent server proves something.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdf_factory import make_extraction
from rdflib import Graph

from zhkg.cli import main
from zhkg.ontology.builder import build_graph
from zhkg.ontology.offline import check_sparql_offline, remote_contexts
from zhkg.ontology.serialize import serialize_graph

CONTEXT = {"@context": {"zhkg": "https://w3id.org/zhkg/ontology#"}}
EMPTY_RESULTS = {"head": {"vars": ["x"]}, "results": {"bindings": []}}


class _Recorder(BaseHTTPRequestHandler):
    requests: list[str]

    def _answer(self) -> None:
        self.requests.append(self.path)
        if "sparql" in self.path:
            body, kind = json.dumps(EMPTY_RESULTS).encode(), "application/sparql-results+json"
        else:
            body, kind = json.dumps(CONTEXT).encode(), "application/ld+json"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _answer
    do_POST = _answer

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server (loopback only) and the list of paths it was asked for."""
    seen: list[str] = []
    handler = type("Handler", (_Recorder,), {"requests": seen})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()


def _jsonld_with_context(tmp_path: Path, context: object) -> Path:
    """A zhkg graph as JSON-LD whose inline context is replaced by ``context``."""
    document = json.loads(serialize_graph(build_graph([make_extraction()]), "json-ld"))
    if isinstance(document, dict):
        document = {"@context": context, "@graph": document.get("@graph", [document])}
    else:
        document = {"@context": context, "@graph": document}
    path = tmp_path / "hostile.jsonld"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _fails_in_one_line(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize(
    "context",
    [
        "{url}/context.jsonld",
        ["{url}/context.jsonld"],
        [{"zhkg": "https://w3id.org/zhkg/ontology#"}, "{url}/context.jsonld"],
        {"@import": "{url}/context.jsonld"},
        {"zhkg": {"@id": "https://w3id.org/zhkg/ontology#", "@context": "{url}/context.jsonld"}},
    ],
    ids=["string", "list", "list-after-inline", "import", "scoped"],
)
@pytest.mark.parametrize("command", ["validate", "load", "sparql"])
def test_a_remote_jsonld_context_is_refused_and_never_fetched(
    server: tuple[str, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    context: object,
    command: str,
) -> None:
    url, seen = server
    hostile = _jsonld_with_context(tmp_path, json.loads(json.dumps(context).replace("{url}", url)))
    args = {
        "validate": ["validate", str(hostile)],
        "load": ["load", str(hostile), "--db", str(tmp_path / "g.lbug"), "--quiet"],
        "sparql": ["sparql", "category-holders", str(hostile), "--param", "category=售后服务"],
    }[command]
    err = _fails_in_one_line(args, capsys)
    assert f"{url}/context.jsonld" in err
    assert "does not fetch" in err
    assert seen == []


def test_control_plain_rdflib_does_fetch_the_context(
    server: tuple[str, list[str]], tmp_path: Path
) -> None:
    """Without zhkg's check the file reaches the server: an empty request list means something."""
    url, seen = server
    hostile = _jsonld_with_context(tmp_path, f"{url}/context.jsonld")
    Graph().parse(hostile, format="json-ld")
    assert seen == ["/context.jsonld"]


def test_build_sends_nothing_for_pointers_in_inputs_and_extension_ontologies(
    server: tuple[str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, seen = server
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><link rel="stylesheet" href="{url}/style.css">'
        f'<script src="{url}/app.js"></script></head><body>'
        f'<img src="{url}/logo.png"><iframe src="{url}/frame.html"></iframe>'
        "<p>第一条 平台应当建立投诉举报机制。</p></body></html>",
        encoding="utf-8",
    )
    extension = tmp_path / "extension.ttl"
    extension.write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix zhkg: <https://w3id.org/zhkg/ontology#> .\n"
        f"<urn:x:extension> a owl:Ontology ; owl:imports <{url}/imported.ttl> .\n"
        "<urn:x:Auditor> a owl:Class ; rdfs:subClassOf zhkg:Stakeholder ;\n"
        '    skos:prefLabel "审计机构"@zh .\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.ttl"
    assert main(["build", str(page), "--out", str(out), "--ontology", str(extension)]) == 0
    capsys.readouterr()
    assert out.is_file()
    assert seen == []


@pytest.mark.parametrize(
    "clause",
    [
        "SERVICE <{url}/sparql> {{ ?x ?p ?o }}",
        "SERVICE SILENT <{url}/sparql> {{ ?x ?p ?o }}",
        "OPTIONAL {{ SERVICE <{url}/sparql> {{ ?x ?p ?o }} }}",
        "{{ ?x ?p ?o }} UNION {{ SERVICE <{url}/sparql> {{ ?x ?p ?o }} }}",
    ],
)
def test_sparql_service_is_refused_and_never_requested(
    server: tuple[str, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    clause: str,
) -> None:
    url, seen = server
    data = tmp_path / "data.ttl"
    data.write_bytes(serialize_graph(build_graph([make_extraction()]), "turtle"))
    query = tmp_path / "hostile.rq"
    query.write_text("SELECT ?x WHERE { " + clause.format(url=url) + " }\n", encoding="utf-8")
    err = _fails_in_one_line(["sparql", str(query), str(data)], capsys)
    assert f"SERVICE <{url}/sparql>" in err
    assert "--allow-service" in err
    assert seen == []


def test_sparql_from_a_remote_graph_is_refused_and_never_requested(
    server: tuple[str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, seen = server
    data = tmp_path / "data.ttl"
    data.write_bytes(serialize_graph(build_graph([make_extraction()]), "turtle"))
    query = tmp_path / "hostile.rq"
    query.write_text(f"SELECT ?x FROM <{url}/graph.ttl> WHERE {{ ?x ?p ?o }}\n", encoding="utf-8")
    err = _fails_in_one_line(["sparql", str(query), str(data)], capsys)
    assert f"FROM <{url}/graph.ttl>" in err
    assert seen == []


def test_control_allow_service_does_reach_the_endpoint(
    server: tuple[str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, seen = server
    data = tmp_path / "data.ttl"
    data.write_bytes(serialize_graph(build_graph([make_extraction()]), "turtle"))
    query = tmp_path / "service.rq"
    query.write_text(f"SELECT ?x WHERE {{ SERVICE <{url}/sparql> {{ ?x ?p ?o }} }}\n", "utf-8")
    assert main(["sparql", str(query), str(data), "--allow-service"]) == 0
    capsys.readouterr()
    assert seen and all(path.startswith("/sparql") for path in seen)


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"@context": {"a": "urn:a"}, "a": 1}, []),
        ({"@context": "http://x/c"}, ["http://x/c"]),
        ({"@graph": [{"@context": ["c.jsonld"]}]}, ["c.jsonld"]),
        ([{"@context": {"@import": "http://x/i"}}], ["http://x/i"]),
        ({"@context": {"t": {"@id": "urn:t", "@context": "http://x/s"}}}, ["http://x/s"]),
    ],
)
def test_remote_contexts_are_found_wherever_they_stand(
    document: object, expected: list[str]
) -> None:
    assert list(remote_contexts(document)) == expected


def test_a_query_without_network_clauses_passes_the_offline_check() -> None:
    check_sparql_offline("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")
    check_sparql_offline("SELECT ?s WHERE { SERVICE <http://x/> { ?s ?p ?o } }", allow_service=True)


def test_rdf_xml_external_entities_are_not_fetched(
    server: tuple[str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, seen = server
    hostile = tmp_path / "hostile.rdf"
    hostile.write_text(
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE rdf:RDF [ <!ENTITY ext SYSTEM "{url}/entity.txt"> ]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
        '         xmlns:zhkg="https://w3id.org/zhkg/ontology#">\n'
        '  <rdf:Description rdf:about="urn:x:s"><zhkg:text>&ext;</zhkg:text></rdf:Description>\n'
        "</rdf:RDF>\n",
        encoding="utf-8",
    )
    main(["validate", str(hostile)])
    capsys.readouterr()
    assert seen == []
