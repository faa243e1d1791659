"""Render the report: per document and for the corpus, as one self-contained HTML file.

Everything a reader needs is in the file: the styles, the network library
(cytoscape, vendored from npm with its licence, see ``vendor/``), the script and
the data. The text of the report is static HTML (readable, searchable and
printable without scripts); the script only switches between the corpus and
each document and draws the interactive network.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timezone
from functools import cache
from html import escape
from importlib import resources
from pathlib import Path

from zhkg import __version__
from zhkg.export.files import write_atomic
from zhkg.extract.model import Notice
from zhkg.views.facts import MODALITIES, UNCATEGORISED, UNSPECIFIED, Duty, Facts
from zhkg.views.matrix import Matrix, build_matrix
from zhkg.views.matrix_output import MODALITY_LABELS

__all__ = ["RELATION_LABELS", "render_report", "write_report"]

RELATION_LABELS: dict[str, str] = {
    "SUPERVISES": "监督",
    "REQUIRES": "要求",
    "COLLABORATES_WITH": "合作",
    "SERVES": "服务",
    "INFORMS": "告知",
    "REPORTS_TO": "报告",
    "GIVES_FEEDBACK_TO": "反馈",
    "CONTRACTS_WITH": "签约",
    "COMPENSATES": "赔偿",
    "JOINTLY_LIABLE_WITH": "连带责任",
}
"""How each relation type reads in the report; a type not listed shows its name."""

NOTICE_LABELS: dict[str, str] = {
    "mojibake": "乱码",
    "truncation": "截断",
    "chrome": "已删除的网页框架",
    "toc": "目录",
    "pinyin": "拼音",
    "encoding": "编码",
    "long_sentence": "超长句",
}

_HOW_TO_READ = (
    "拖动、滚轮缩放；点击节点查看其责任与证据，点击连线查看关系的证据。节点大小表示责任陈述数。"
)
_SHOW_ISOLATED = "显示没有关系的利益相关者"
_NO_NOTICES_IN_RDF = "从 RDF 文件读入；阅读警告只在从原文生成报告时可见。"

_PALETTE = (
    "#c0392b",
    "#2471a3",
    "#229954",
    "#d68910",
    "#7d3c98",
    "#17a589",
    "#a04000",
    "#2e4053",
    "#cb4335",
    "#1f618d",
    "#b7950b",
    "#6c3483",
    "#148f77",
    "#873600",
)


def _asset(*parts: str) -> str:
    return resources.files("zhkg.report").joinpath(*parts).read_text(encoding="utf-8")


def _script(text: str) -> str:
    """Text safe inside ``<script>``: a literal ``</`` would end the element."""
    return text.replace("</", "<\\/")


_RELATION_PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip


def _colours(names: Sequence[str], palette: Sequence[str] = _PALETTE) -> dict[str, str]:
    return {name: palette[i % len(palette)] for i, name in enumerate(sorted(set(names)))}


def _relation_colours(facts: Facts) -> dict[str, str]:
    return _colours(list(RELATION_LABELS) + [r.type for r in facts.relations], _RELATION_PALETTE)


@cache
def _class_labels() -> dict[str, str]:
    """Stakeholder class local name -> its Chinese label in the ontology (Platform -> 平台)."""
    from rdflib.namespace import RDFS, SKOS

    from zhkg.ontology.ontology import load_ontology

    ontology = load_ontology()
    labels: dict[str, str] = {}
    for predicate in (RDFS.label, SKOS.prefLabel):
        for subject, label in ontology.subject_objects(predicate):
            if getattr(label, "language", None) == "zh":
                labels.setdefault(str(subject).rsplit("#", 1)[-1], str(label))
    return labels


def _kind(kind: str) -> str:
    label = _class_labels().get(kind)
    return f"{label}（{kind}）" if label and label != kind else kind


class _Page:
    """Builds the HTML of one scope (the corpus or a document) and its network data."""

    def __init__(self, facts: Facts, everything: Facts, scope: str, title: str) -> None:
        self.facts = facts
        self.everything = everything
        self.scope = scope
        self.title = title
        self.blocks: dict[str, str] = {}

    # --- pieces ------------------------------------------------------------------

    def where(self, document: str | None, section: str | None, sentence: int | None) -> str:
        parts = [f"《{self.everything.document_title(document)}》"]
        if section:
            parts.append(section)
        if sentence is not None:
            parts.append(f"第{sentence + 1}句")
        return " · ".join(parts)

    def summary(self) -> str:
        facts = self.facts
        modality = Counter(duty.modality for duty in facts.duties)
        relation = Counter(rel.type for rel in facts.relations)
        warnings = sum(len(found) for found in facts.notices.values())
        categories = {duty.category for duty in facts.duties}
        cards = [
            (len(facts.documents), "文档"),
            (len(facts.stakeholders), "利益相关者"),
            (len(facts.duties), "责任陈述"),
            (len(categories), "责任类别"),
            (len(facts.relations), "关系"),
            (warnings, "阅读警告"),
        ]
        html = ['<div class="cards">']
        html += [
            f'<div class="card"><b>{n}</b><span>{escape(label)}</span></div>' for n, label in cards
        ]
        html.append("</div>")
        if facts.duties:
            split = "，".join(
                f"{MODALITY_LABELS[m]} {modality[m]}"
                for m in (*MODALITIES, UNSPECIFIED)
                if modality[m]
            )
            html.append(f"<p>按义务强度：{escape(split)}</p>")
        if relation:
            split = "，".join(
                f"{RELATION_LABELS.get(t, t)} {n}" for t, n in sorted(relation.items())
            )
            html.append(f"<p>按关系类型：{escape(split)}</p>")
        return "\n".join(html)

    def matrix(self, matrix: Matrix, corner: str) -> str:
        if not matrix.rows:
            return '<p class="empty">没有责任陈述</p>'
        peak = max(1, matrix.peak)
        head = "".join(f"<th>{escape(matrix.column_labels[c])}</th>" for c in matrix.columns)
        lines = [
            '<div class="scroll"><table class="heat">',
            f'<thead><tr><th class="name">{escape(corner)}</th>{head}<th>合计</th></tr></thead>',
            "<tbody>",
        ]
        for row in matrix.rows:
            cells = []
            for column in matrix.columns:
                cell = matrix.cell(row, column)
                if not cell.total:
                    cells.append('<td class="v"></td>')
                    continue
                share = cell.total / peak
                colour = f"rgba(176, 58, 46, {0.12 + 0.78 * share:.2f})"
                ink = "#fff" if share > 0.55 else "#1d2330"
                tip = "，".join(f"{MODALITY_LABELS[m]} {cell.count(m)}" for m in cell.modalities)
                cells.append(
                    f'<td class="v" style="background:{colour};color:{ink}" '
                    f'title="{escape(tip)}">{cell.total}</td>'
                )
            lines.append(
                f'<tr><td class="name">{escape(matrix.row_labels[row])}</td>{"".join(cells)}'
                f"<td>{matrix.row_total(row)}</td></tr>"
            )
        totals = "".join(f"<td>{matrix.column_total(c)}</td>" for c in matrix.columns)
        lines.append(f'<tr><th class="name">合计</th>{totals}<th>{matrix.total}</th></tr>')
        lines.append("</tbody></table></div>")
        return "\n".join(lines)

    def duty_item(self, duty: Duty) -> str:
        label = MODALITY_LABELS.get(duty.modality, duty.modality)
        evidence = f"<blockquote>{escape(duty.evidence)}</blockquote>" if duty.evidence else ""
        return (
            f'<li><span class="modality m-{escape(duty.modality)}">{escape(label)}</span>'
            f'{escape(duty.duty)} <span class="kind">[{escape(duty.category)}]</span>'
            f'{evidence}<div class="where">'
            f"{escape(self.where(duty.document, duty.section, duty.sentence))}</div></li>"
        )

    def stakeholders(self) -> str:
        by_holder: dict[str, list[Duty]] = {}
        for duty in self.facts.duties:
            by_holder.setdefault(duty.stakeholder, []).append(duty)
        order = sorted(
            self.facts.stakeholders,
            key=lambda iri: (-len(by_holder.get(iri, [])), self.facts.name(iri), iri),
        )
        html: list[str] = []
        for number, iri in enumerate(order):
            duties = by_holder.get(iri, [])
            if not duties:
                continue
            block = f"{self.scope}-st{number}"
            self.blocks[iri] = block
            info = self.facts.stakeholders[iri]
            groups = []
            for modality in (*MODALITIES, UNSPECIFIED):
                chosen = [d for d in duties if d.modality == modality]
                if chosen:
                    groups.append(
                        f"<h3>{escape(MODALITY_LABELS[modality])}（{len(chosen)}）</h3>"
                        f'<ul class="duties">{"".join(map(self.duty_item, chosen))}</ul>'
                    )
            html.append(
                f'<details class="stakeholder" id="{block}"><summary>{escape(info.name)} '
                f'<span class="kind">{escape(_kind(info.kind))} · {len(duties)} 项责任</span>'
                "</summary>"
                f'<div class="duty-list">{"".join(groups)}</div></details>'
            )
        rest = [self.facts.name(iri) for iri in order if iri not in self.blocks]
        if rest:
            html.append(
                f'<p class="where">只在关系中出现（无责任陈述）：{escape("、".join(rest))}</p>'
            )
        return "\n".join(html) or '<p class="empty">没有利益相关者</p>'

    def network_data(self) -> dict[str, object]:
        duties = Counter(duty.stakeholder for duty in self.facts.duties)
        ids = {iri: f"n{i}" for i, iri in enumerate(sorted(self.facts.stakeholders))}
        nodes = [
            {
                "id": ids[iri],
                "name": info.name,
                "kind": info.kind,
                "kindLabel": _kind(info.kind),
                "duties": duties[iri],
                "block": self.blocks.get(iri, ""),
            }
            for iri, info in sorted(self.facts.stakeholders.items())
        ]
        edges = [
            {
                "id": f"r{i}",
                "source": ids[rel.source],
                "target": ids[rel.target],
                "type": rel.type,
                "evidence": rel.evidence,
                "where": self.where(rel.document, rel.section, rel.sentence),
            }
            for i, rel in enumerate(self.facts.relations)
            if rel.source in ids and rel.target in ids
        ]
        return {"id": self.scope, "title": self.title, "nodes": nodes, "edges": edges}

    def warnings(self) -> str:
        html: list[str] = []
        for document, notices in sorted(self.facts.notices.items()):
            if not notices:
                continue
            html.append(f"<h3>《{escape(self.everything.document_title(document))}》</h3>")
            html.append('<ul class="warnings">')
            html.extend(self.notice(notice) for notice in notices)
            html.append("</ul>")
        unread = [d for d in self.facts.documents if d not in self.facts.notices]
        if unread:
            titles = "、".join(f"《{self.everything.document_title(d)}》" for d in sorted(unread))
            html.append(f'<p class="where">{escape(titles)}：{_NO_NOTICES_IN_RDF}</p>')
        return "\n".join(html) or '<p class="empty">没有阅读警告</p>'

    @staticmethod
    def notice(notice: Notice) -> str:
        kind = notice.kind.value if hasattr(notice.kind, "value") else str(notice.kind)
        excerpt = notice.text if len(notice.text) <= 120 else notice.text[:119] + "…"
        sample = f"<blockquote>{escape(excerpt)}</blockquote>" if excerpt.strip() else ""
        return (
            f"<li><b>{escape(NOTICE_LABELS.get(kind, kind))}</b> {escape(notice.message)} "
            f'<span class="where">(原文字符 {notice.start}–{notice.end})</span>{sample}</li>'
        )

    # --- the scope -----------------------------------------------------------------

    def section(self, comparison: str) -> tuple[str, dict[str, object]]:
        stakeholders = self.stakeholders()  # first: fills the blocks the network points at
        network = self.network_data()
        kinds = sorted({info.kind for info in self.facts.stakeholders.values()})
        types = sorted({rel.type for rel in self.facts.relations})
        html = f"""
<section class="scope" id="scope-{self.scope}" data-title="{escape(self.title)}">
<h2>概要</h2>
{self.summary()}
<h2>责任矩阵（利益相关者 × 责任类别）</h2>
{self.matrix(build_matrix(self.facts, "category"), "利益相关者")}
<h2>利益相关者网络</h2>
<p class="where">{_HOW_TO_READ}
<label><input type="checkbox" id="isolated-{self.scope}" checked> {_SHOW_ISOLATED}</label></p>
<div class="legend">{self.legend(kinds, types)}</div>
<div class="network-wrap">
  <div class="network" id="net-{self.scope}" role="img" aria-label="利益相关者网络"></div>
  <div class="details" id="details-{self.scope}"><p class="empty">点击一个节点</p></div>
</div>
<h2>利益相关者及其责任</h2>
{stakeholders}
{comparison}
<h2>阅读警告</h2>
{self.warnings()}
</section>"""
        return html, network

    def legend(self, kinds: list[str], types: list[str]) -> str:
        kind_colours = _colours([i.kind for i in self.everything.stakeholders.values()])
        type_colours = _relation_colours(self.everything)
        items = [
            f'<span><i class="node" style="background:{kind_colours[k]}"></i>'
            f"{escape(_kind(k))}</span>"
            for k in kinds
        ]
        count = Counter(rel.type for rel in self.facts.relations)
        items += [
            f'<label><input type="checkbox" class="rel-type" data-scope="{self.scope}" '
            f'data-type="{escape(t)}" checked><i style="background:{type_colours[t]}"></i>'
            f"{escape(RELATION_LABELS.get(t, t))} ({count[t]})</label>"
            for t in types
        ]
        return "".join(items)


def _comparison(page: _Page, facts: Facts) -> str:
    if len(facts.documents) < 2:
        return ""
    by_document = build_matrix(facts, "document")
    categories: dict[tuple[str, str], int] = Counter(
        (duty.category, duty.document or "") for duty in facts.duties
    )
    documents = by_document.columns
    names = sorted(
        {c for c, _ in categories},
        key=lambda c: (
            c == UNCATEGORISED,
            -sum(n for (k, _), n in categories.items() if k == c),
            c,
        ),
    )
    head = "".join(f"<th>{escape(by_document.column_labels[d])}</th>" for d in documents)
    rows = "".join(
        f'<tr><td class="name">{escape(name)}</td>'
        + "".join(f"<td>{categories.get((name, d), '') or ''}</td>" for d in documents)
        + "</tr>"
        for name in names
    )
    return (
        "<h2>文档比较：谁在哪份文档中承担多少责任</h2>"
        + page.matrix(by_document, "利益相关者")
        + "<h3>各文档的责任类别</h3>"
        + f'<div class="scroll"><table><thead><tr><th class="name">类别</th>{head}</tr></thead>'
        + f"<tbody>{rows}</tbody></table></div>"
    )


def render_report(facts: Facts, *, title: str = "利益相关者与责任分析报告") -> str:
    """The whole report as one HTML string (corpus scope first, then one per document)."""
    scopes: list[tuple[str, str, Facts]] = [
        ("corpus", f"全部文档（{len(facts.documents)}）", facts)
    ]
    for number, document in enumerate(
        sorted(facts.documents, key=lambda d: (facts.document_title(d), d))
    ):
        scopes.append(
            (f"doc{number}", f"《{facts.document_title(document)}》", facts.for_document(document))
        )
    sections: list[str] = []
    data_scopes: list[dict[str, object]] = []
    for scope, label, scoped in scopes:
        page = _Page(scoped, facts, scope, label)
        html, network = page.section(_comparison(page, scoped) if scope == "corpus" else "")
        sections.append(html)
        data_scopes.append(network)
    data = {
        "scopes": data_scopes,
        "kinds": _colours([info.kind for info in facts.stakeholders.values()]),
        "relationTypes": {
            name: {"color": colour, "label": RELATION_LABELS.get(name, name)}
            for name, colour in _relation_colours(facts).items()
        },
    }
    options = "".join(
        f'<option value="{scope}">{escape(label)}</option>' for scope, label, _ in scopes
    )
    payload = _script(json.dumps(data, ensure_ascii=False))
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="zhkg {__version__}">
<title>{escape(title)}</title>
<style>
{_asset("assets", "report.css")}
</style>
</head>
<body>
<header class="top">
  <h1>{escape(title)}</h1>
  <label>范围 <select id="scope-picker">{options}</select></label>
</header>
<main>
{"".join(sections)}
<p class="where">由 zhkg {__version__} 于 {made} 生成。网络图：cytoscape.js（MIT 许可）。</p>
</main>
<script type="application/json" id="zhkg-data">{payload}</script>
<script>
{_script(_asset("vendor", "cytoscape.min.js"))}
</script>
<script>
{_script(_asset("assets", "report.js"))}
</script>
</body>
</html>
"""


def write_report(facts: Facts, path: str | Path, *, title: str | None = None) -> Path:
    """Write the report atomically to ``path``."""
    html = render_report(facts, **({"title": title} if title else {}))
    return write_atomic(path, html.encode("utf-8"))
