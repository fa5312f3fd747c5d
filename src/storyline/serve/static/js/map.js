// World map: a choropleth of event counts by country (world-atlas TopoJSON, ISO numeric ids).
(function () {
  "use strict";
  var figure = document.getElementById("map");
  if (!figure || !window.d3 || !window.topojson) { return; }
  var width = 960, height = 500;

  Promise.all([d3.json(figure.dataset.atlas), d3.json(figure.dataset.counts)]).then(function (res) {
    var world = res[0], counts = res[1];
    var byId = new Map();
    counts.forEach(function (c) { if (c.numeric) { byId.set(c.numeric, c); } });
    var max = d3.max(counts, function (c) { return c.events; }) || 1;
    var colour = d3.scaleSequentialLog(d3.interpolateOrRd).domain([1, Math.max(max, 2)]);
    var countries = topojson.feature(world, world.objects.countries);
    var projection = d3.geoNaturalEarth1().fitSize([width, height], countries);
    var path = d3.geoPath(projection);
    var svg = d3.select(figure).insert("svg", "figcaption")
      .attr("viewBox", "0 0 " + width + " " + height)
      .attr("role", "img").attr("aria-label", "World map of event counts");
    var shapes = svg.append("g").selectAll("path").data(countries.features).join("path")
      .attr("d", path)
      .attr("class", function (d) { return byId.has(d.id) ? "country has-events" : "country"; })
      .attr("fill", function (d) { return byId.has(d.id) ? colour(byId.get(d.id).events) : "#eceff1"; })
      .attr("data-country", function (d) { return byId.has(d.id) ? byId.get(d.id).country : null; });
    shapes.append("title").text(function (d) {
      var c = byId.get(d.id);
      return (d.properties && d.properties.name ? d.properties.name : "") + ": " + (c ? c.events : 0) + " events";
    });
    shapes.filter(function (d) { return byId.has(d.id); }).on("click", function (event, d) {
      var link = figure.dataset.link;
      window.location.href = link + (link.indexOf("?") >= 0 ? "&" : "?") + "country=" + encodeURIComponent(byId.get(d.id).country);
    });
    svg.append("path").datum(topojson.mesh(world, world.objects.countries, function (a, b) { return a !== b; }))
      .attr("class", "borders").attr("fill", "none").attr("d", path);
    figure.classList.add("ready");
  });
})();
