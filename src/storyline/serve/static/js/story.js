// Story page: the merged event timeline as a chart (d3). One row per event type, x = date,
// mark area ~ number of reports, a red ring where sources give different figures. Report
// publication dates run along the bottom. All text goes in with .text(): never as HTML.
(function () {
  "use strict";
  var figure = document.getElementById("timeline");
  if (!figure || !window.d3) { return; }
  var width = 1280, rowHeight = 26, margin = { top: 12, right: 24, bottom: 50, left: 110 };

  function day(value) {
    if (!value) { return null; }
    var parts = String(value).split("-");
    var date = new Date(Date.UTC(+parts[0], parts[1] ? +parts[1] - 1 : 6, parts[2] ? +parts[2] : (parts[1] ? 15 : 1)));
    return isNaN(date.getTime()) ? null : date;
  }

  function draw(story) {
    var events = story.timeline.filter(function (e) { return day(e.date); });
    var reports = [];
    story.report_groups.forEach(function (g) {
      g.reports.forEach(function (r) { if (day(r.published)) { reports.push(r); } });
    });
    var dates = events.map(function (e) { return day(e.date); })
      .concat(reports.map(function (r) { return day(r.published); }));
    var types = Array.from(new Set(events.map(function (e) { return e.event; }))).sort();
    var height = margin.top + Math.max(types.length, 1) * rowHeight + margin.bottom;
    var svg = d3.select(figure).insert("svg", "figcaption")
      .attr("viewBox", "0 0 " + width + " " + height)
      .attr("role", "img").attr("aria-label", "Timeline of the story's events");
    if (!dates.length) {
      svg.append("text").attr("x", width / 2).attr("y", height / 2).attr("text-anchor", "middle")
        .attr("class", "empty").text("No dated events in this story");
      figure.classList.add("ready");
      return;
    }
    var extent = d3.extent(dates);
    var pad = Math.max((extent[1] - extent[0]) * 0.04, 2 * 86400000);
    var x = d3.scaleUtc().domain([new Date(+extent[0] - pad), new Date(+extent[1] + pad)])
      .range([margin.left, width - margin.right]);
    var y = d3.scaleBand().domain(types).range([margin.top, margin.top + types.length * rowHeight]).padding(0.2);
    var radius = d3.scaleSqrt().domain([1, d3.max(events, function (e) { return e.reports; }) || 1]).range([5, 13]);
    var axisY = margin.top + types.length * rowHeight;

    svg.append("g").attr("class", "lanes").selectAll("line").data(types).join("line")
      .attr("x1", margin.left).attr("x2", width - margin.right)
      .attr("y1", function (t) { return y(t) + y.bandwidth() / 2; })
      .attr("y2", function (t) { return y(t) + y.bandwidth() / 2; });
    svg.append("g").attr("class", "lane-labels").selectAll("text").data(types).join("text")
      .attr("x", margin.left - 8).attr("y", function (t) { return y(t) + y.bandwidth() / 2 + 4; })
      .attr("text-anchor", "end").text(function (t) { return t; });
    svg.append("g").attr("class", "axis").attr("transform", "translate(0," + axisY + ")")
      .call(d3.axisBottom(x).ticks(8));

    svg.append("g").attr("class", "report-ticks").selectAll("line").data(reports).join("line")
      .attr("x1", function (r) { return x(day(r.published)); })
      .attr("x2", function (r) { return x(day(r.published)); })
      .attr("y1", axisY + 26).attr("y2", axisY + 40)
      .append("title").text(function (r) { return (r.source || "?") + " · " + r.published + " · " + (r.title || ""); });
    svg.append("text").attr("class", "report-label").attr("x", margin.left - 8).attr("y", axisY + 38)
      .attr("text-anchor", "end").text("reports");

    var marks = svg.append("g").attr("class", "marks").selectAll("a").data(events).join("a")
      .attr("href", function (e) { return "#t-" + e.id; });
    marks.append("circle")
      .attr("class", function (e) { return "mark ev-" + e.event.toLowerCase() + (e.disputed ? " disputed" : ""); })
      .attr("cx", function (e) { return x(day(e.date)); })
      .attr("cy", function (e) { return y(e.event) + y.bandwidth() / 2; })
      .attr("r", function (e) { return radius(Math.max(e.reports, 1)); })
      .attr("data-id", function (e) { return e.id; });
    marks.append("title").text(function (e) {
      var sizes = e.sizes.map(function (s) { return (s.vague ? "≥" : "") + s.value + " " + s.kind + " (" + s.sources.join(", ") + ")"; });
      return e.date + " · " + e.event + "/" + (e.mode || "-") + " · " + e.reports + " reports" +
        (sizes.length ? " · " + sizes.join(" vs ") : "");
    });
    var undated = story.timeline.length - events.length;
    if (undated) {
      d3.select(figure).select("figcaption").append("span").text(" " + undated + " undated events are listed in the table only.");
    }
    figure.classList.add("ready");
  }

  d3.json(figure.dataset.story).then(draw);
})();
