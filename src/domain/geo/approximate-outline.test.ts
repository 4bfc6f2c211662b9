import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { approximateOutline, convexHull } from "./approximate-outline.ts";

/** Even-odd point-in-polygon over a closed ring of [x, y]. */
function inside(ring: [number, number][], [x, y]: [number, number]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

describe("approximate outlines from event locations", () => {
  test("the convex hull drops interior and collinear points, counter-clockwise", () => {
    const hull = convexHull([
      [0, 0],
      [2, 0],
      [1, 0],
      [2, 2],
      [0, 2],
      [1, 1],
      [0, 0],
    ]);
    assert.deepEqual(hull, [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
  });

  test("every event lies inside the buffered outline, with margin; the ring is closed", () => {
    const events = [
      { latitude: -39.05, longitude: -128.45 },
      { latitude: -37.1, longitude: -128.4 },
      { latitude: -36.7, longitude: -127.3 },
      { latitude: -40.3, longitude: -129.4 },
      { latitude: -38.6, longitude: -126.2 },
    ];
    const o = approximateOutline(events, 0.5);
    assert.ok(o);
    assert.deepEqual(o.ring[0], o.ring.at(-1));
    assert.equal(o.points, 5);
    for (const e of events) {
      assert.ok(inside(o.ring, [e.longitude, e.latitude]));
      assert.ok(inside(o.ring, [e.longitude + 0.4, e.latitude]), "the buffer reaches past each event");
    }
    assert.ok(!inside(o.ring, [-120, -38]), "far away is outside");
  });

  test("one place gives a disc of the buffer's radius; none gives nothing", () => {
    const o = approximateOutline([{ latitude: 10, longitude: 20 }], 1);
    assert.ok(o);
    for (const [x, y] of o.ring) assert.ok(Math.abs(Math.hypot(x - 20, y - 10) - 1) < 1e-3);
    assert.equal(approximateOutline([]), null);
  });

  test("points across the antimeridian make one compact shape, not a band around the world", () => {
    const o = approximateOutline([
      { latitude: -17, longitude: 179.5 },
      { latitude: -16, longitude: -179.5 },
    ]);
    assert.ok(o);
    const xs = o.ring.map(([x]) => x);
    assert.ok(Math.max(...xs) - Math.min(...xs) < 3);
  });

  test("the same points in any order give the same outline", () => {
    const pts = [
      { latitude: 1, longitude: 1 },
      { latitude: 3, longitude: 2 },
      { latitude: 2, longitude: 5 },
    ];
    assert.deepEqual(approximateOutline(pts), approximateOutline([...pts].reverse()));
  });
});
