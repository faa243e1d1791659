"""The HTML report: self-contained, and drawn by a real headless Chromium without network.

The browser tests drive Debian's chromium over the DevTools protocol
(tests/headless_chromium.py): the network has drawn its nodes and edges,
clicking a node shows its duties and evidence, a screenshot is saved under the
test's temporary folder, and the page requested nothing but itself.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from headless_chromium import HeadlessChromium

from zhkg.cli import main
from zhkg.report.html import render_report
from zhkg.views.sources import Collected

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "live_commerce_stakeholders.txt"


@pytest.fixture(scope="module")
def browser_available() -> None:
    if shutil.which("chromium") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is missing: scripts/test installs it (scripts/system-deps)")
        pytest.skip("chromium is not installed (scripts/system-deps installs it)")


def test_report_is_one_file_with_nothing_to_fetch(sample: Collected) -> None:
    html = render_report(sample.facts())
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html)
    assert "cytoscape" in html and "@import" not in html and "url(" not in html
    payload = re.search(
        r'<script type="application/json" id="zhkg-data">(.*?)</script>', html, re.S
    )
    assert payload is not None
    data = json.loads(payload.group(1))
    corpus = data["scopes"][0]
    assert corpus["id"] == "corpus"
    assert len(corpus["nodes"]) == len(sample.facts().stakeholders)
    assert len(corpus["edges"]) == len(sample.facts().relations)
    # every reading warning of the sample is in the report
    notices = next(iter(sample.notices.values()))
    assert notices and all(notice.message in html for notice in notices)


def _busiest(collected: Collected) -> str:
    """The stakeholder with the most statements: the matrix's first row, the biggest node."""
    facts = collected.facts()
    return facts.name(
        min(
            facts.stakeholders,
            key=lambda s: (-sum(1 for d in facts.duties if d.stakeholder == s), facts.name(s), s),
        )
    )


def _node_on_screen(browser: HeadlessChromium, scope: str, name: str) -> tuple[float, float]:
    browser.evaluate(f"document.getElementById('net-{scope}').parentElement.scrollIntoView()")
    x, y = browser.evaluate(
        f"""(() => {{
          const cy = zhkgGraphs[{json.dumps(scope)}];
          const node = cy.nodes().filter(n => n.data('name') === {json.dumps(name)})[0];
          const at = node.renderedPosition();
          const box = document.getElementById('net-{scope}').getBoundingClientRect();
          return [box.left + at.x, box.top + at.y];
        }})()"""
    )
    return float(x), float(y)


def _check_report(
    browser: HeadlessChromium, html_file: Path, collected: Collected, shot: Path, busiest: str
) -> None:
    facts = collected.facts()
    browser.open(html_file.as_uri())
    browser.wait_for("window.zhkgReady && window.zhkgReady.corpus === true")
    # the network has drawn every stakeholder and every relation into its canvas layers
    drawn = browser.evaluate(
        """(() => { const box = document.getElementById('net-corpus');
           return { nodes: Number(box.dataset.nodes), edges: Number(box.dataset.edges),
                    canvases: box.querySelectorAll('canvas').length,
                    width: box.getBoundingClientRect().width,
                    inside: zhkgGraphs.corpus.nodes().every(n => {
                      const p = n.renderedPosition();
                      return p.x >= 0 && p.y >= 0 && p.x <= box.clientWidth
                             && p.y <= box.clientHeight; }) }; })()"""
    )
    assert drawn["nodes"] == len(facts.stakeholders) >= 7
    assert drawn["edges"] == len(facts.relations) >= 1
    assert drawn["canvases"] >= 1 and drawn["width"] > 400 and drawn["inside"]
    # the canvas layers hold drawn pixels, not only empty layers
    browser.wait_for(
        """(() => { let ink = 0;
           for (const c of document.querySelectorAll('#net-corpus canvas')) {
             if (!c.width || !c.height) continue;
             const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
             for (let i = 3; i < px.length; i += 4) if (px[i] > 0) ink++; }
           return ink > 1000; })()""",
        timeout=20,
    )
    # the matrix is on the page
    assert (
        browser.evaluate(
            "document.querySelector('#scope-corpus table.heat tbody tr td.name').textContent"
        )
        == busiest
    )
    # a real click on the busiest stakeholder shows its duties with evidence
    x, y = _node_on_screen(browser, "corpus", busiest)
    browser.click(x, y)
    browser.wait_for("document.getElementById('details-corpus').dataset.node")
    shown = browser.evaluate("document.getElementById('details-corpus').innerText")
    assert shown.startswith(busiest)
    evidence = [d.evidence for d in facts.duties if facts.name(d.stakeholder) == busiest]
    assert evidence and all(str(text) in shown for text in evidence)
    browser.screenshot(shot)
    assert shot.read_bytes()[:4] == b"\x89PNG" and shot.stat().st_size > 30_000
    # offline: the page asked for nothing but its own file
    assert browser.requested_urls() == [html_file.as_uri()]


def test_sample_report_renders_in_headless_chromium(
    browser_available: None, sample: Collected, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(SAMPLE), "--out", str(out), "--quiet"]) == 0
    with HeadlessChromium(tmp_path / "profile") as browser:
        _check_report(browser, out, sample, tmp_path / "sample.png", _busiest(sample))
        # hiding the stakeholders without relations leaves those with relations drawn
        related = {r.source for r in sample.facts().relations} | {
            r.target for r in sample.facts().relations
        }
        browser.evaluate("document.getElementById('isolated-corpus').click()")
        visible = browser.evaluate("zhkgGraphs.corpus.nodes(':visible').length")
        assert visible == len(related) < len(sample.facts().stakeholders)
        browser.screenshot(tmp_path / "sample-related.png")
        # each relation type can be hidden from the legend
        kind = sample.facts().relations[0].type
        hidden = sum(1 for r in sample.facts().relations if r.type == kind)
        browser.evaluate(
            f"document.querySelector('input.rel-type[data-scope=corpus][data-type={kind}]').click()"
        )
        shown = browser.evaluate("zhkgGraphs.corpus.edges(':visible').length")
        assert shown == len(sample.facts().relations) - hidden


def test_corpus_report_renders_with_one_scope_per_document(
    browser_available: None, corpus: Collected, corpus_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "corpus.html"
    assert main(["report", str(corpus_dir), "--out", str(out), "--quiet"]) == 0
    facts = corpus.facts()
    with HeadlessChromium(tmp_path / "profile") as browser:
        _check_report(browser, out, corpus, tmp_path / "corpus.png", _busiest(corpus))
        options = browser.evaluate(
            "[...document.querySelectorAll('#scope-picker option')].map(o => o.value)"
        )
        assert options == ["corpus", *(f"doc{i}" for i in range(len(facts.documents)))]
        # switching to a document draws that document's network
        browser.evaluate(
            "(() => { const p = document.getElementById('scope-picker'); p.value = 'doc1';"
            " p.dispatchEvent(new Event('change')); })()"
        )
        browser.wait_for("window.zhkgReady.doc1 === true")
        assert browser.evaluate("document.getElementById('scope-doc1').offsetHeight") > 0
        assert browser.evaluate("document.getElementById('scope-corpus').offsetHeight") == 0
        assert browser.evaluate("document.body.innerText").count("文档比较") == 0
        browser.screenshot(tmp_path / "corpus-doc1.png")
        assert browser.requested_urls() == [out.as_uri()]


def test_report_from_rdf_says_warnings_need_the_texts(sample: Collected, tmp_path: Path) -> None:
    ttl = tmp_path / "g.ttl"
    assert main(["build", str(SAMPLE), "--out", str(ttl), "--quiet"]) == 0
    out = tmp_path / "r.html"
    assert main(["report", str(ttl), "--out", str(out), "--quiet"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "阅读警告只在从原文生成报告时可见" in html
    assert _busiest(sample) in html and 'id="net-corpus"' in html
