// The small map on a place's page: the outline map (borders.geojson) and one marker.
"use strict";

function setupPlaceMap() {
  const element = document.getElementById("place-map");
  if (!element) return;
  const lat = Number(element.dataset.lat);
  const lon = Number(element.dataset.lon);
  const map = L.map(element, { zoomControl: true, attributionControl: true, scrollWheelZoom: false });
  map.attributionControl.setPrefix(false);
  map.setView([lat, lon], Number(element.dataset.zoom || 9));
  fetch("/static/borders.geojson").then((r) => r.json()).then((data) => {
    L.geoJSON(data, {
      interactive: false,
      style: (f) => ({
        className: "border border-" + f.properties.kind,
        color: f.properties.kind === "country" ? "#39424b" : f.properties.kind === "coast" ? "#4a7fa8" : "#6f7b86",
        weight: f.properties.kind === "country" ? 2.2 : 1,
        dashArray: f.properties.kind === "oblast" ? "4 3" : null,
      }),
    }).addTo(map);
    map.attributionControl.addAttribution(data.attribution || "Natural Earth");
  }).catch((error) => console.warn("no borders", error)).finally(() => {
    const marker = L.circleMarker([lat, lon], {
      radius: 8, color: "#1d2b38", weight: 1, fillColor: "#c81e1e", fillOpacity: 0.9, className: "place-marker",
    }).addTo(map);
    const name = document.createElement("span");
    name.textContent = element.dataset.name;
    marker.bindTooltip(name, { permanent: true, direction: "right" });
    element.dataset.ready = "1";
  });
}

document.addEventListener("DOMContentLoaded", setupPlaceMap);
