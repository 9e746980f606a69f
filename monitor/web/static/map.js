// The map of tracked places, coloured by the side that claims them. Leaflet is served from
// /static (no CDN); country borders, oblast boundaries and the coast come from borders.geojson
// (Natural Earth, public domain, built by tools/build_borders.py), so the map works offline.
// A tile URL, when configured, is drawn underneath. Every name is put in the page with
// textContent, never as HTML.
"use strict";

const SIDE_COLOURS = { ru: "#c81e1e", ua: "#1f5fa8", both: "#8e44ad", other: "#e8a317", none: "#8a96a3" };
const AREA_KINDS = new Set(["region", "district", "oblast", "raion"]);
const BORDER_STYLES = {
  country: { color: "#39424b", weight: 2.2, opacity: 0.9 },
  oblast: { color: "#6f7b86", weight: 1, opacity: 0.8, dashArray: "4 3" },
  coast: { color: "#4a7fa8", weight: 1.2, opacity: 0.9 },
};

function plural(n, word) {
  return n + " " + word + (n === 1 ? "" : "s");
}

function label(place) {
  const box = document.createElement("div");
  const link = document.createElement("a");
  link.href = "/places/" + encodeURIComponent(place.key);
  link.textContent = place.name;
  box.appendChild(link);
  const counts = document.createElement("div");
  counts.textContent = plural(place.recent_claims, "claim") + ", " + plural(place.recent_posts, "post");
  box.appendChild(counts);
  return box;
}

// Draws the outline map into `map`; resolves once it is drawn (or failed: markers still show).
async function drawBorders(map) {
  try {
    const response = await fetch("/static/borders.geojson");
    const data = await response.json();
    L.geoJSON(data, {
      interactive: false,
      style: (feature) => Object.assign(
        { className: "border border-" + feature.properties.kind }, BORDER_STYLES[feature.properties.kind]),
    }).addTo(map);
    map.attributionControl.addAttribution(data.attribution || "Natural Earth");
  } catch (error) {
    console.warn("no borders", error);
  }
}

// Labels that would overlap a more important one (more claims, then more posts) are hidden;
// hovering a marker still shows its label.
function declutter(entries) {
  const shown = [];
  const ordered = [...entries].sort((a, b) =>
    (b.place.recent_claims - a.place.recent_claims) || (b.place.recent_posts - a.place.recent_posts) ||
    (AREA_KINDS.has(a.place.kind) - AREA_KINDS.has(b.place.kind)));
  for (const entry of ordered) {
    const element = entry.marker.getTooltip() && entry.marker.getTooltip().getElement();
    if (!element) continue;
    element.classList.remove("hidden-label");
    const box = element.getBoundingClientRect();
    const clash = shown.some((other) => !(box.right <= other.left || box.left >= other.right ||
      box.bottom <= other.top || box.top >= other.bottom));
    if (clash) element.classList.add("hidden-label");
    else shown.push(box);
  }
}

function addMarker(layer, place) {
  const area = AREA_KINDS.has(place.kind);
  const colour = SIDE_COLOURS[place.claiming_side] || SIDE_COLOURS.none;
  const marker = L.circleMarker([place.lat, place.lon], {
    radius: (area ? 14 : 6) + Math.min(place.recent_claims, 10),
    color: area ? colour : "#1d2b38", weight: area ? 2 : 1, dashArray: area ? "3 3" : null,
    fillColor: colour, fillOpacity: area ? 0.08 : 0.9,
    className: "place-marker side-" + place.claiming_side + (area ? " area" : ""),
  });
  marker.bindTooltip(label(place), { permanent: true, direction: "right", className: "place-label", interactive: true });
  marker.on("click", () => { window.location.href = "/places/" + encodeURIComponent(place.key); });
  marker.on("mouseover", () => marker.getTooltip().getElement().classList.remove("hidden-label"));
  marker.addTo(layer);
  marker.getElement().dataset.key = place.key;
  if (area) marker.bringToBack();
  return marker;
}

function setup() {
  const element = document.getElementById("map");
  const map = L.map(element, { zoomControl: true, attributionControl: true });
  map.attributionControl.setPrefix(false);
  const tiles = element.dataset.tileUrl;
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
  }
  map.setView([51.2, 35.3], 8);
  const borders = drawBorders(map);
  const layer = L.layerGroup().addTo(map);
  const list = document.getElementById("place-list");
  const unplaced = document.getElementById("unplaced");
  const range = document.getElementById("map-range");
  const days = document.getElementById("days");
  let entries = [];
  // Tooltips take their new positions in the same event, so declutter just after it.
  map.on("zoomend moveend", () => requestAnimationFrame(() => declutter(entries)));

  async function load() {
    const response = await fetch("/api/places?days=" + encodeURIComponent(days.value));
    const data = await response.json();
    layer.clearLayers();
    list.replaceChildren();
    unplaced.replaceChildren();
    entries = [];
    range.textContent = data.until ? "up to " + data.until.slice(0, 10) + " UTC" : "no posts yet";
    const points = [];
    for (const place of data.places) {
      const item = document.createElement("li");
      item.appendChild(label(place));
      item.dataset.key = place.key;
      item.className = "side-" + place.claiming_side;
      if (place.lat === null || place.lon === null) {
        unplaced.appendChild(item);
        continue;
      }
      list.appendChild(item);
      entries.push({ place, marker: addMarker(layer, place) });
      points.push([place.lat, place.lon]);
    }
    document.getElementById("unplaced-box").hidden = unplaced.children.length === 0;
    if (points.length > 1) map.fitBounds(points, { padding: [40, 40], maxZoom: 10, animate: false });
    else if (points.length === 1) map.setView(points[0], 9, { animate: false });
    await borders;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    declutter(entries);
    element.dataset.ready = String(points.length);
  }

  days.addEventListener("change", load);
  load();
}

document.addEventListener("DOMContentLoaded", setup);
