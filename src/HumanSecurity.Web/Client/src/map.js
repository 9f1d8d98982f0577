// The map page: draws the areas of the layer in the page's JSON block (#map-data) with Leaflet from /api/geometry,
// simplified for the zoom level (fetched again, finer, when the reader zooms in). No tiles: vector boundaries only.
// Click or Enter on an area drills down (or opens its profile at the most detailed level); hover or focus shows its
// name, value, class and reliability. Every area path is focusable; the table below the map is the same data.
import L from "leaflet";

const data = readJson("map-data");
autosubmit();
if (data) draw(data);

function readJson(id) {
  const el = document.getElementById(id);
  return el ? JSON.parse(el.textContent) : null;
}

function autosubmit() {
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => {
      const form = select.form;
      if (select.dataset.autosubmit === "run") form.querySelector("select[name=node]")?.remove();
      if (select.dataset.autosubmit === "indicator") form.querySelector("select[name=period]")?.remove();
      form.requestSubmit();
    });
  }
}

function tolerance(zoom) {
  // Half a screen pixel in degrees at this zoom, rounded down to a power of two (so layers are cached and reused).
  const degrees = 360 / (256 * Math.pow(2, zoom)) / 2;
  return Math.pow(2, Math.floor(Math.log2(degrees)));
}

async function draw({ layer, links, bounds, features, geometry, outline, text }) {
  const values = new Map(layer.values.map((v) => [v.code, v]));
  const many = features > 2000;
  const map = L.map("map", { renderer: many ? L.canvas() : L.svg(), attributionControl: false, zoomSnap: 0.25, keyboard: true });
  const box = bounds ? L.latLngBounds([bounds[1], bounds[0]], [bounds[3], bounds[2]]) : L.latLngBounds([-60, -180], [75, 180]);
  map.fitBounds(box, { padding: [8, 8] });
  let current = null;
  let outlines = null;
  let loaded = Infinity;

  async function fetchLayer(url, t) {
    const response = await fetch(`${url}${url.includes("?") ? "&" : "?"}simplify=${t}`);
    return response.ok ? response.json() : null;
  }

  async function load() {
    const t = tolerance(map.getZoom());
    if (current && t >= loaded / 1.9) return;
    const [json, lines] = await Promise.all([fetchLayer(geometry, t), outline ? fetchLayer(outline, t) : null]);
    if (!json) return;
    const next = L.geoJSON(json, { style: (f) => style(values.get(f.properties.code)), onEachFeature: (f, l) => bind(f, l) });
    next.addTo(map);
    if (current) current.remove();
    current = next;
    if (lines) {
      if (outlines) outlines.remove();
      outlines = L.geoJSON(lines, { interactive: false, style: { fill: false, color: "#26323d", weight: 1.8, opacity: 0.9 } }).addTo(map);
    }
    loaded = t;
    if (!many) focusable(next);
    document.getElementById("map").dataset.features = String(next.getLayers().length);
    document.getElementById("map").dataset.tolerance = String(t);
  }

  function style(v) {
    return { fillColor: v ? v.colour : layer.legend.noData, fillOpacity: 0.92, color: "#ffffff", weight: 0.7 };
  }

  function tooltip(code, name) {
    const v = values.get(code);
    const parts = [`<strong>${escape(v ? v.name : name)}</strong> <code>${escape(code)}</code>`];
    if (!v || v.value === null) parts.push(escape(v && v.suppressed ? text["js.suppressed"] : text["js.nodata"]));
    else {
      parts.push(`${escape(text["js.value"])}: ${escape(format(v.value))}${layer.unit ? " " + escape(layer.unit) : ""}`);
      if (v.class) parts.push(`${escape(text["js.class"])}: ${escape(v.class)}`);
      if (v.missingShare !== null) parts.push(`${escape(text["js.missing"])}: ${Math.round(100 * v.missingShare)} %`);
      if (v.aggregated) parts.push(escape(text["js.aggregated"]));
    }
    return parts.join("<br>");
  }

  function bind(feature, l) {
    const code = feature.properties.code;
    l.bindTooltip(() => tooltip(code, feature.properties.name), { sticky: true, direction: "top" });
    l.on("mouseover", () => l.setStyle({ weight: 2.5, color: "#111111" }));
    l.on("mouseout", () => l.setStyle({ weight: 0.7, color: "#ffffff" }));
    l.on("click", () => go(code));
  }

  function focusable(group) {
    group.eachLayer((l) => {
      const el = l.getElement && l.getElement();
      if (!el) return;
      const code = l.feature.properties.code;
      const v = values.get(code);
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "link");
      el.setAttribute("data-code", code);
      el.setAttribute("aria-label", `${v ? v.name : l.feature.properties.name}: ${v && v.value !== null ? format(v.value) + (v.class ? ", " + v.class : "") : text["js.nodata"]}`);
      el.addEventListener("focus", () => { l.setStyle({ weight: 2.5, color: "#111111" }); l.openTooltip(l.getBounds().getCenter()); });
      el.addEventListener("blur", () => { l.setStyle({ weight: 0.7, color: "#ffffff" }); l.closeTooltip(); });
      el.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(code); } });
    });
  }

  function go(code) {
    const target = links[code];
    if (target) window.location.href = target.drill ?? target.profile;
  }

  function format(n) {
    return new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 1 ? 2 : 3 }).format(n);
  }

  map.on("zoomend", load);
  await load();
}

function escape(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
