// The map of tracked places, coloured by recent claims. Leaflet is served from /static (no CDN);
// without a configured tile URL the markers stand on a plain background (works offline).
// Every name is put in the page with textContent, never as HTML.
"use strict";

const COLOURS = ["#8a96a3", "#f0b429", "#e8681a", "#c81e1e"];

function colourFor(claims) {
  if (claims >= 10) return COLOURS[3];
  if (claims >= 3) return COLOURS[2];
  if (claims >= 1) return COLOURS[1];
  return COLOURS[0];
}

function label(place) {
  const box = document.createElement("div");
  const link = document.createElement("a");
  link.href = "/places/" + encodeURIComponent(place.key);
  link.textContent = place.name;
  box.appendChild(link);
  const counts = document.createElement("div");
  counts.textContent = place.recent_claims + " claims, " + place.recent_posts + " posts";
  box.appendChild(counts);
  return box;
}

function setup() {
  const element = document.getElementById("map");
  const map = L.map(element, { zoomControl: true, attributionControl: false });
  const tiles = element.dataset.tileUrl;
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
  }
  map.setView([51.2, 35.3], 8);
  const layer = L.layerGroup().addTo(map);
  const list = document.getElementById("place-list");
  const range = document.getElementById("map-range");
  const days = document.getElementById("days");

  async function load() {
    const response = await fetch("/api/places?days=" + encodeURIComponent(days.value));
    const data = await response.json();
    layer.clearLayers();
    list.replaceChildren();
    range.textContent = data.until ? "up to " + data.until.slice(0, 10) : "no posts yet";
    const points = [];
    for (const place of data.places) {
      const item = document.createElement("li");
      item.appendChild(label(place));
      item.dataset.key = place.key;
      list.appendChild(item);
      if (place.lat === null || place.lon === null) continue;
      const marker = L.circleMarker([place.lat, place.lon], {
        radius: 7 + Math.min(place.recent_claims, 12),
        color: "#1d2b38", weight: 1, fillColor: colourFor(place.recent_claims), fillOpacity: 0.85,
        className: "place-marker",
      });
      marker.bindTooltip(label(place), { permanent: true, direction: "right", className: "place-label" });
      marker.on("click", () => { window.location.href = "/places/" + encodeURIComponent(place.key); });
      marker.addTo(layer);
      points.push([place.lat, place.lon]);
    }
    if (points.length > 1) map.fitBounds(points, { padding: [40, 40], maxZoom: 10 });
    else if (points.length === 1) map.setView(points[0], 9);
    element.dataset.ready = String(points.length);
  }

  days.addEventListener("change", load);
  load();
}

document.addEventListener("DOMContentLoaded", setup);
