/* zhkg report: scope switching and the stakeholder network (cytoscape, inlined above). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("zhkg-data").textContent);
  var graphs = {};
  window.zhkgGraphs = graphs;
  window.zhkgReady = {};

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function showNode(scope, node, panel) {
    var block = document.getElementById(node.data("block"));
    var html = "<h3>" + escapeHtml(node.data("name")) + ' <span class="kind">' +
      escapeHtml(node.data("kindLabel")) + "</span></h3>";
    if (block) {
      var duties = block.querySelector(".duty-list");
      html += duties ? duties.outerHTML : '<p class="empty">没有责任陈述</p>';
    } else {
      html += '<p class="empty">本范围内没有责任陈述</p>';
    }
    var rels = node.connectedEdges();
    if (rels.length) {
      html += "<h3>关系</h3><ul class=\"duties relations\">";
      rels.forEach(function (edge) {
        html += "<li>" + escapeHtml(edge.source().data("name")) + " —" +
          escapeHtml(edge.data("label")) + "→ " + escapeHtml(edge.target().data("name")) +
          (edge.data("evidence") ? "<blockquote>" + escapeHtml(edge.data("evidence")) +
            "</blockquote>" : "") +
          '<div class="where">' + escapeHtml(edge.data("where")) + "</div></li>";
      });
      html += "</ul>";
    }
    panel.innerHTML = html;
    panel.dataset.node = node.id();
  }

  function showEdge(edge, panel) {
    panel.innerHTML = "<h3>" + escapeHtml(edge.source().data("name")) + " —" +
      escapeHtml(edge.data("label")) + "→ " + escapeHtml(edge.target().data("name")) + "</h3>" +
      (edge.data("evidence") ? "<blockquote>" + escapeHtml(edge.data("evidence")) +
        "</blockquote>" : '<p class="empty">无证据句</p>') +
      '<div class="where">' + escapeHtml(edge.data("where")) + "</div>";
    panel.dataset.node = "";
  }

  function layoutOptions() {
    return { name: "cose", animate: false, randomize: false, nodeRepulsion: 12000,
             idealEdgeLength: 110, componentSpacing: 50, nodeDimensionsIncludeLabels: true,
             padding: 24, fit: true };
  }

  function showIsolated(cy, show) {
    cy.nodes().filter(function (n) { return n.degree(false) === 0; })
      .style("display", show ? "element" : "none");
    cy.elements(":visible").layout(layoutOptions()).run();
    cy.fit(cy.elements(":visible"), 24);
  }

  function draw(scope) {
    if (graphs[scope.id] || typeof cytoscape !== "function") { return; }
    var container = document.getElementById("net-" + scope.id);
    var panel = document.getElementById("details-" + scope.id);
    if (!container || !scope.nodes.length) { window.zhkgReady[scope.id] = true; return; }
    var most = Math.max.apply(null, scope.nodes.map(function (n) { return n.duties; }).concat([1]));
    var elements = scope.nodes.map(function (n) {
      return { group: "nodes", data: {
        id: n.id, name: n.name, kindLabel: n.kindLabel, duties: n.duties, block: n.block,
        color: data.kinds[n.kind] || "#888" } };
    }).concat(scope.edges.map(function (e) {
      var type = data.relationTypes[e.type] || { color: "#555", label: e.type };
      return { group: "edges", data: {
        id: e.id, source: e.source, target: e.target, type: e.type, label: type.label,
        color: type.color, evidence: e.evidence, where: e.where } };
    }));
    var cy = cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": "data(color)", "label": "data(name)", "font-size": 11,
          "text-valign": "bottom", "text-margin-y": 3, "color": "#1d2330",
          "text-wrap": "ellipsis", "text-max-width": "84px", "min-zoomed-font-size": 6,
          "width": "mapData(duties, 0, " + most + ", 16, 46)",
          "height": "mapData(duties, 0, " + most + ", 16, 46)",
          "border-width": 1, "border-color": "#fff" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#1d2330" } },
        { selector: "edge", style: {
          "line-color": "data(color)", "target-arrow-color": "data(color)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", "width": 1.6,
          "label": "data(label)", "font-size": 8, "color": "#5f6b7a",
          "text-rotation": "autorotate", "text-background-color": "#fff",
          "text-background-opacity": 0.8, "text-background-padding": 1 } },
        { selector: "edge:selected", style: { "width": 3.5 } }
      ],
      layout: layoutOptions()
    });
    graphs[scope.id] = cy;
    cy.on("tap", "node", function (evt) { showNode(scope, evt.target, panel); });
    cy.on("tap", "edge", function (evt) { showEdge(evt.target, panel); });
    var typeBoxes = document.querySelectorAll('input.rel-type[data-scope="' + scope.id + '"]');
    Array.prototype.forEach.call(typeBoxes, function (box) {
      box.addEventListener("change", function () {
        cy.edges().filter(function (e) { return e.data("type") === box.dataset.type; })
          .style("display", box.checked ? "element" : "none");
      });
    });
    var toggle = document.getElementById("isolated-" + scope.id);
    if (toggle) {
      toggle.addEventListener("change", function () { showIsolated(cy, toggle.checked); });
    }
    cy.ready(function () {
      cy.fit(undefined, 24);
      window.zhkgReady[scope.id] = true;
      container.dataset.nodes = String(cy.nodes().length);
      container.dataset.edges = String(cy.edges().length);
    });
  }

  function activate(id) {
    var sections = document.querySelectorAll("section.scope");
    for (var i = 0; i < sections.length; i++) {
      sections[i].classList.toggle("active", sections[i].id === "scope-" + id);
    }
    var scope = data.scopes.filter(function (s) { return s.id === id; })[0];
    if (scope) { draw(scope); }
    if (graphs[id]) { graphs[id].resize(); graphs[id].fit(undefined, 24); }
  }

  var picker = document.getElementById("scope-picker");
  picker.addEventListener("change", function () { activate(picker.value); });
  window.zhkgActivate = activate;
  activate(picker.value);
})();
