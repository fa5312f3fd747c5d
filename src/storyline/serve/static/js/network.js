// Actor network: entities as nodes, actor -> recipient links coloured by event type (d3-force).
(function () {
  "use strict";
  var figure = document.getElementById("network");
  if (!figure || !window.d3) { return; }
  var width = 960, height = 620;

  d3.json(figure.dataset.graph).then(function (graph) {
    var nodes = graph.nodes.map(function (n) { return Object.assign({}, n); });
    var links = graph.links.map(function (l) { return Object.assign({}, l); });
    var types = Array.from(new Set(links.map(function (l) { return l.event; }))).sort();
    var colour = d3.scaleOrdinal(types, d3.schemeTableau10);
    var radius = d3.scaleSqrt().domain([1, d3.max(nodes, function (n) { return n.events; }) || 1]).range([4, 18]);
    var sim = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id(function (n) { return n.id; }).distance(90))
      .force("charge", d3.forceManyBody().strength(-160))
      .force("center", d3.forceCenter(width / 2, height / 2))
      .force("x", d3.forceX(width / 2).strength(0.06))
      .force("y", d3.forceY(height / 2).strength(0.08))
      .stop();
    for (var i = 0; i < 300; i += 1) { sim.tick(); }  // lay out once: no animation

    var svg = d3.select(figure).insert("svg", "figcaption")
      .attr("viewBox", "0 0 " + width + " " + height)
      .attr("role", "img").attr("aria-label", "Network of actors and recipients");
    var defs = svg.append("defs");
    types.forEach(function (t, k) {
      defs.append("marker").attr("id", "arrow-" + k).attr("viewBox", "0 -5 10 10")
        .attr("refX", 18).attr("markerWidth", 6).attr("markerHeight", 6).attr("orient", "auto")
        .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", colour(t));
    });
    svg.append("g").attr("class", "links").selectAll("line").data(links).join("line")
      .attr("x1", function (l) { return l.source.x; }).attr("y1", function (l) { return l.source.y; })
      .attr("x2", function (l) { return l.target.x; }).attr("y2", function (l) { return l.target.y; })
      .attr("stroke", function (l) { return colour(l.event); })
      .attr("stroke-width", function (l) { return 1 + Math.log2(l.count); })
      .attr("marker-end", function (l) { return "url(#arrow-" + types.indexOf(l.event) + ")"; })
      .append("title").text(function (l) { return l.source.label + " " + l.event + " " + l.target.label + " (" + l.count + ")"; });
    var node = svg.append("g").attr("class", "nodes").selectAll("g").data(nodes).join("g")
      .attr("class", "node").attr("transform", function (n) { return "translate(" + n.x + "," + n.y + ")"; })
      .on("click", function (event, n) {
        var link = figure.dataset.link;
        window.location.href = link + (link.indexOf("?") >= 0 ? "&" : "?") + "actor=" + encodeURIComponent(n.label);
      });
    node.append("circle").attr("r", function (n) { return radius(n.events); });
    node.append("text").attr("x", function (n) { return radius(n.events) + 3; }).attr("y", 4).text(function (n) { return n.label; });
    node.append("title").text(function (n) {
      return n.label + " " + [n.country, n.sector].filter(Boolean).join(" ") + " · " + n.events + " events";
    });
    var legend = d3.select(figure).insert("ul", "figcaption").attr("class", "legend-list");
    types.forEach(function (t) {
      var item = legend.append("li");
      item.append("svg").attr("width", 12).attr("height", 12).append("rect")
        .attr("width", 12).attr("height", 12).attr("fill", colour(t));
      item.append("span").text(" " + t);
    });
    figure.classList.add("ready");
  });
})();
