// An entity's neighbourhood drawn with cytoscape (from npm, copied to /static/vendor by `make setup`). The page
// already lists the same entities as links; this only adds the picture. Click (or tap) a node to go to its page.
(function () {
  "use strict";
  var container = document.getElementById("graph");
  var data = document.getElementById("graph-data");
  if (!container || !data || typeof window.cytoscape !== "function") { return; }
  var graph = JSON.parse(data.textContent);
  var elements = graph.nodes.map(function (node) {
    return { data: { id: node.id, key: node.key, label: node.label, center: node.id === graph.center ? 1 : 0 } };
  });
  graph.edges.forEach(function (edge, index) {
    elements.push({ data: { id: "e" + index, source: edge.subject, target: edge.object, label: edge.type } });
  });
  container.hidden = false;
  var cy = window.cytoscape({
    container: container,
    elements: elements,
    layout: { name: graph.nodes.length > 12 ? "concentric" : "cose", animate: false, padding: 20,
              concentric: function (node) { return node.data("center") ? 2 : 1; }, levelWidth: function () { return 1; } },
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { "label": "data(label)", "font-size": 11, "color": "#1a1a1a",
        "text-valign": "bottom", "text-margin-y": 4, "background-color": "#1f5f99", "width": 18, "height": 18,
        "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 1 } },
      { selector: "node[center = 1]", style: { "background-color": "#a34a00", "width": 28, "height": 28,
        "font-weight": "bold" } },
      { selector: "edge", style: { "width": 1.5, "line-color": "#8a8f98", "curve-style": "bezier",
        "target-arrow-shape": "triangle", "target-arrow-color": "#8a8f98", "arrow-scale": 0.8 } },
      { selector: "node:active, node.hover", style: { "overlay-opacity": 0.15 } }
    ]
  });
  cy.on("tap", "node", function (event) {
    var key = event.target.data("key");
    if (key && event.target.id() !== graph.center) {
      window.location.href = "/ui/entities/" + encodeURIComponent(key);
    }
  });
  cy.on("mouseover", "node", function (event) { container.style.cursor = "pointer"; event.target.addClass("hover"); });
  cy.on("mouseout", "node", function (event) { container.style.cursor = ""; event.target.removeClass("hover"); });
  window.claimgraphGraph = cy;  // for the browser tests, which click a node where it is drawn
})();
