/**
 * An approximate outline of a country drawn from where its events happened, for countries the bundled world
 * map has no shape for (small states at 1:110m, user-assigned codes such as the demo's fictional XFT). One
 * rule for every country, no hand-drawn border: the convex hull of the event locations, buffered by
 * `bufferDegrees` (the hull of a small circle around each point), so one point is a disc, two a capsule.
 * It is marked approximate wherever it is shown. Pure: coordinates in, a GeoJSON polygon ring out.
 */

export interface LatLon {
  latitude: number;
  longitude: number;
}

export interface ApproximateOutline {
  /** A closed GeoJSON ring: [longitude, latitude] pairs, counter-clockwise, the first repeated last. */
  ring: [number, number][];
  /** How many distinct located points it was drawn from. */
  points: number;
  bufferDegrees: number;
}

/** Half a degree (about 55 km): enough to see a single event's place on a world map, not a claim of a border. */
export const DEFAULT_BUFFER_DEGREES = 0.5;
const CIRCLE_STEPS = 16;

/**
 * Andrew's monotone chain over [x, y] points (longitude, latitude); returns the hull counter-clockwise without
 * repeating the first point. Collinear points are dropped.
 */
export function convexHull(points: readonly [number, number][]): [number, number][] {
  const p = [...new Map(points.map((q) => [`${q[0]},${q[1]}`, q])).values()].sort(
    (a, b) => a[0] - b[0] || a[1] - b[1],
  );
  if (p.length <= 2) return p;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: [number, number][]) => {
    const out: [number, number][] = [];
    for (const q of list) {
      while (
        out.length >= 2 &&
        cross(out[out.length - 2] as [number, number], out.at(-1) as [number, number], q) <= 0
      )
        out.pop();
      out.push(q);
    }
    out.pop();
    return out;
  };
  return [...half(p), ...half([...p].reverse())];
}

/**
 * The buffered hull of the located points, or null when there are none. Points are wrapped to one side of
 * the antimeridian when they straddle it (a country's events span far less than 180 degrees of longitude).
 */
export function approximateOutline(
  located: readonly LatLon[],
  bufferDegrees: number = DEFAULT_BUFFER_DEGREES,
): ApproximateOutline | null {
  const pts = located.filter(
    (p) => Number.isFinite(p.latitude) && Number.isFinite(p.longitude) && Math.abs(p.latitude) <= 90,
  );
  if (pts.length === 0) return null;
  const lons = pts.map((p) => p.longitude);
  const straddles = Math.max(...lons) - Math.min(...lons) > 180;
  const xy = pts.map((p): [number, number] => [
    straddles && p.longitude < 0 ? p.longitude + 360 : p.longitude,
    p.latitude,
  ]);
  const distinct = new Set(xy.map((q) => `${q[0]},${q[1]}`)).size;
  const around: [number, number][] = [];
  for (const [x, y] of convexHull(xy)) {
    for (let i = 0; i < CIRCLE_STEPS; i++) {
      const a = (2 * Math.PI * i) / CIRCLE_STEPS;
      around.push([x + bufferDegrees * Math.cos(a), clampLat(y + bufferDegrees * Math.sin(a))]);
    }
  }
  const hull = convexHull(around).map(([x, y]): [number, number] => [round(x), round(y)]);
  const first = hull[0] as [number, number];
  return { ring: [...hull, [first[0], first[1]]], points: distinct, bufferDegrees };
}

function clampLat(y: number): number {
  return Math.max(-90, Math.min(90, y));
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
