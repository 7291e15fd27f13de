/* Charts for the dashboard: they draw the tables the page already shows (the figures come
   from the JSON block #chart-data, written by `hria dashboard build`). Without JavaScript, or
   without Chart.js, the tables stand alone. */
(function () {
  "use strict";
  var block = document.getElementById("chart-data");
  if (!block || typeof window.Chart === "undefined") { return; }
  var data = JSON.parse(block.textContent);
  var L = data.labels;
  var font = { family: "Sarabun, system-ui, sans-serif" };
  Chart.defaults.font.family = font.family;
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;

  var ind = data.tables["indicator-2-2"].rows;
  new Chart(document.getElementById("chart-indicator"), {
    data: {
      labels: ind.map(function (r) { return String(r.fiscal_year); }),
      datasets: [
        { type: "bar", label: L["new"], data: ind.map(function (r) { return r["new"]; }), backgroundColor: "#a7c7e7" },
        { type: "line", label: L.cumulative, data: ind.map(function (r) { return r.cumulative; }), borderColor: "#1f5f9e", backgroundColor: "#1f5f9e" },
        { type: "line", label: L.target, data: ind.map(function (r) { return r.target; }), borderColor: "#b3261e", backgroundColor: "#b3261e", showLine: false, pointRadius: 7, pointStyle: "rectRot" }
      ]
    },
    options: { scales: { y: { beginAtZero: true } } }
  });

  var tl = data.tables["certificates-by-type-level"].rows.filter(function (r) { return r.organisation_type !== "total"; });
  var colours = { basic: "#a7c7e7", good: "#3a7bbf", excellent: "#17703a" };
  new Chart(document.getElementById("chart-type-level"), {
    type: "bar",
    data: {
      labels: tl.map(function (r) { return L.types[r.organisation_type] || r.organisation_type; }),
      datasets: ["basic", "good", "excellent"].map(function (lv) {
        return { label: L[lv], data: tl.map(function (r) { return r[lv]; }), backgroundColor: colours[lv] };
      })
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
  });

  // a long name in lines of about 30 characters, broken at its spaces (Thai separates phrases so)
  function lines(text) {
    var out = [];
    text.split(" ").forEach(function (word) {
      var last = out.length - 1;
      if (last >= 0 && (out[last] + " " + word).length <= 30) { out[last] += " " + word; } else { out.push(word); }
    });
    return out;
  }
  var ds = data.tables["domain-scores"].rows.slice(0, 12);
  new Chart(document.getElementById("chart-domains"), {
    type: "bar",
    data: {
      // two lines, domain over organisation type: on one line the long Thai names ran off the left edge
      labels: ds.map(function (r) { return lines(data.domains[r.domain] || r.domain).concat([L.types[r.organisation_type] || ""]); }),
      datasets: [{ label: L.average, data: ds.map(function (r) { return r.average_score; }), backgroundColor: "#b3261e" }]
    },
    options: { indexAxis: "y", scales: { x: { min: 0, max: 100 }, y: { ticks: { autoSkip: false } } },
               plugins: { legend: { display: false } } }
  });
}());
