// Charts of the profile and compare pages with Observable Plot: the trends chart (the reader picks series from the
// trends table) and the compare chart redraw the server's inline SVG as interactive Plot charts with tooltips.
import * as Plot from "@observablehq/plot";

const text = readJson("chart-text") ?? {};
const trend = readJson("trend-data");
const compare = readJson("compare-data");
if (trend) trends(trend);
if (compare) chart(document.getElementById("compare-chart"), compare);

function readJson(id) {
  const el = document.getElementById(id);
  return el ? JSON.parse(el.textContent) : null;
}

function chart(target, series) {
  if (!target || series.length === 0) return;
  const rows = series.flatMap((s) => s.points.map((p) => ({ series: s.name, code: s.code, period: p.period, value: p.value })));
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const plot = Plot.plot({
    width: Math.min(760, target.clientWidth || 760),
    height: 280,
    marginLeft: 48,
    x: { type: "point", domain: periods, label: text["js.period"] },
    y: { grid: true, label: text["js.value"] },
    color: { legend: true, scheme: "observable10" },
    marks: [
      Plot.line(rows, { x: "period", y: "value", stroke: "series", strokeWidth: 2 }),
      Plot.dot(rows, { x: "period", y: "value", fill: "series", r: 2.5 }),
      Plot.tip(rows, Plot.pointer({ x: "period", y: "value", title: (d) => `${d.series}\n${d.period}: ${format(d.value)}` })),
    ],
  });
  plot.setAttribute("role", "img");
  plot.setAttribute("aria-label", series.map((s) => s.name).join(", "));
  target.replaceChildren(plot);
  target.dataset.plot = "true";
}

function trends(series) {
  const target = document.getElementById("trend-chart");
  if (!target) return;
  const byCode = new Map(series.map((s) => [s.code, s]));
  let chosen = (target.dataset.series || "").split(",").filter((c) => byCode.has(c));
  const redraw = () => chart(target, chosen.map((c) => byCode.get(c)));
  for (const row of document.querySelectorAll("#trends tbody tr[data-series]")) {
    const code = row.dataset.series;
    const cell = row.querySelector("th");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = chosen.includes(code);
    box.setAttribute("aria-label", `${text["js.show"]} ${byCode.get(code)?.name ?? code}`);
    box.addEventListener("change", () => {
      chosen = box.checked ? [...chosen, code] : chosen.filter((c) => c !== code);
      redraw();
    });
    cell.prepend(box);
  }
  redraw();
}

function format(n) {
  return new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 2 }).format(n);
}
