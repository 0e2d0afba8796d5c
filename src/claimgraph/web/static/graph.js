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
  // One line per pair of entities, however many claims link them: thicker for more claims.
  var pairs = {};
  graph.edges.forEach(function (edge) {
    var key = edge.subject + " " + edge.object;
    pairs[key] = pairs[key] || { source: edge.subject, target: edge.object, claims: 0 };
    pairs[key].claims += 1;
  });
  Object.keys(pairs).forEach(function (key, index) {
    var pair = pairs[key];
    elements.push({ data: { id: "e" + index, source: pair.source, target: pair.target,
                            width: Math.min(1.5 + Math.log2(pair.claims) * 1.5, 6) } });
  });
  container.hidden = false;
  var cy = window.cytoscape({
    container: container,
    elements: elements,
    // The entity in the middle, its neighbours on a ring around it.
    layout: { name: "concentric", animate: false, padding: 30, minNodeSpacing: Math.max(24, 110 - 2 * graph.nodes.length),
              concentric: function (node) { return node.data("center") ? 2 : 1; }, levelWidth: function () { return 1; } },
    maxZoom: 1.4,  // a small neighbourhood is not blown up to fill the box
    minZoom: 0.2,
    style: [
      { selector: "node", style: { "label": "data(label)", "font-size": 11, "color": "#1a1a1a",
        "text-valign": "bottom", "text-margin-y": 4, "background-color": "#1f5f99", "width": 18, "height": 18,
        "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 1 } },
      { selector: "node[center = 1]", style: { "background-color": "#a34a00", "width": 28, "height": 28,
        "font-weight": "bold" } },
      { selector: "edge", style: { "width": "data(width)", "line-color": "#8a8f98", "curve-style": "bezier",
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
