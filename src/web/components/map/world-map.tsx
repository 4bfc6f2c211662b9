import type { Feature, FeatureCollection, Geometry } from "geojson";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { CountryOverview, Overview } from "../../api/overview.ts";
import { alertStyle, riskStyle } from "../../format/levels.ts";
import { formatProbability } from "../../format/numbers.ts";
import { loadAtlas } from "./atlas.ts";

export type MapLayer = "alert" | "risk";

interface Props {
  overview: Overview;
  layer: MapLayer;
  onSelect: (iso3: string) => void;
}

type Atlas = FeatureCollection<Geometry, { name?: string }>;

/** A feature's key as the overview names it: its id, or its name when it has none (Somaliland). */
const keyOf = (id: string | null | undefined, name: string | undefined) =>
  id ? `id:${id}` : `name:${name ?? ""}`;

/** The first view: the inhabited world, the South Pacific included (the demo's fictional country lies there). */
const WORLD = L.latLngBounds([-56, -170], [78, 190]);

/**
 * Rings with a segment across the antimeridian (eastern Russia, Fiji) would be drawn as bands across the whole
 * map: their western longitudes are moved past 180 instead. Rings reaching the pole (Antarctica) are left alone.
 */
function unwrapAntimeridian(fc: Atlas): Atlas {
  const fix = (ring: number[][]) => {
    const crosses = ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
    if (!crosses || ring.some((p) => (p[1] ?? 0) < -85)) return ring;
    return ring.map(([x = 0, y = 0]) => [x < 0 ? x + 360 : x, y]);
  };
  for (const f of fc.features) {
    const g = f.geometry;
    if (g.type === "Polygon") g.coordinates = g.coordinates.map(fix);
    else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((poly) => poly.map(fix));
  }
  return fc;
}

const EMPTY = { fillColor: "#f7f7f7", color: "#a8a8a8", weight: 0.6, fillOpacity: 1 };

/**
 * The shapes, decoded once per page load. Started as this module is evaluated (the map page starts loading the
 * module and the file together), so that the map draws in the same render that mounts it.
 */
let decoded: Atlas | null = null;
const decoding: Promise<Atlas> = loadAtlas().then((data) => {
  const topology = data as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
  decoded = unwrapAntimeridian(feature(topology, topology.objects.countries) as Atlas);
  return decoded;
});
decoding.catch(() => {}); // the component reports it

/**
 * The world map: Natural Earth's 1:110m countries (world-atlas, bundled as a file of the app; no tile server, no
 * WebGL), drawn by Leaflet as SVG. Countries are filled by alert level (colour and pattern, with a label) or by
 * statistical risk; countries without a shape on the map get the overview's approximate outline, dashed.
 * Countries with data are keyboard-focusable; Enter or a click selects one. `data-ready` marks the drawn map.
 * (Painting the countries without data on a canvas instead was measured in bench/web/map-interactive.ts: no
 * less CPU on this machine, and a slower answer to the first click; so one SVG layer.)
 */
export function WorldMap(props: Props) {
  const el = useRef<HTMLElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const groupRef = useRef<L.LayerGroup | null>(null);
  const select = useRef(props.onSelect);
  select.current = props.onSelect;
  const [atlas, setAtlas] = useState<Atlas | null>(decoded);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (atlas) return;
    let live = true;
    decoding.then((a) => live && setAtlas(a)).catch((e: Error) => live && setFailed(e.message));
    return () => {
      live = false;
    };
  }, [atlas]);

  // Layout effects: the map is created and drawn before the browser paints the frame that mounts it.
  useLayoutEffect(() => {
    if (!el.current) return;
    const map = L.map(el.current, {
      minZoom: 1,
      maxZoom: 8,
      zoomSnap: 0.25,
      worldCopyJump: false,
      maxBounds: [
        [-90, -240],
        [90, 240],
      ],
    });
    map.fitBounds(WORLD);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Shapes: Natural Earth (public domain), via world-atlas");
    mapRef.current = map;
    groupRef.current = L.layerGroup().addTo(map);
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    const map = mapRef.current;
    const group = groupRef.current;
    if (!map || !group || !atlas) return;
    group.clearLayers();
    el.current?.removeAttribute("data-ready");
    const { overview, layer } = props;
    const byKey = new Map<string, CountryOverview>();
    for (const c of overview.countries)
      if (c.shape.kind === "atlas") for (const f of c.shape.features) byKey.set(keyOf(f.id, f.name), c);
    const riskByKey = new Map<string, NonNullable<Overview["risk"]>["countries"][number]>();
    for (const r of overview.risk?.countries ?? [])
      for (const f of r.features) riskByKey.set(keyOf(f.id, f.name), r);
    const focused = new Set<string>();

    const styleFor = (iso3: string | null, c: CountryOverview | undefined) => {
      if (layer === "alert") {
        if (!c) return EMPTY;
        const s = alertStyle(c.level);
        return {
          fillColor: s.pattern ? `url(#${s.pattern})` : s.fill,
          color: "#333",
          weight: 1,
          fillOpacity: 1,
        };
      }
      const r = iso3 ? overview.risk?.countries.find((x) => x.iso3 === iso3) : undefined;
      if (!r) return EMPTY;
      return { fillColor: riskStyle(r.band).fill, color: "#333", weight: 0.8, fillOpacity: 1 };
    };

    const labelFor = (iso3: string, c: CountryOverview | undefined, approximate: boolean): string => {
      const r = overview.risk?.countries.find((x) => x.iso3 === iso3) ?? c?.risk ?? null;
      const name = c?.name ?? r?.country ?? iso3;
      const parts = [name];
      if (c) parts.push(`${alertStyle(c.level).name}, ${c.situations.length} situation(s)`);
      if (r) parts.push(`statistical risk ${formatProbability(r.probability)} (${riskStyle(r.band).name})`);
      if (approximate) parts.push("approximate outline drawn from where events happened");
      return parts.join("; ");
    };

    const wire = (path: L.Path, iso3: string, c: CountryOverview | undefined, approximate: boolean) => {
      const label = labelFor(iso3, c, approximate);
      path.on("click", () => select.current(iso3));
      const showLabel = layer === "alert" && c;
      if (showLabel) {
        const s = alertStyle(c.level);
        path.bindTooltip(`${c.name} \u00b7 ${s.mark} ${s.short}${approximate ? " (approx.)" : ""}`, {
          permanent: true,
          // Small (approximate) shapes would hide under their label: it goes beside them.
          direction: approximate ? "bottom" : "center",
          offset: approximate ? [0, 6] : [0, 0],
          className: "map-label",
        });
      } else {
        path.bindTooltip(label, { sticky: true });
      }
      path.on("add", () => {
        const node = path.getElement() as SVGElement | undefined;
        if (!node) return;
        node.setAttribute("aria-label", label);
        node.setAttribute("data-iso3", iso3);
        if (!focused.has(iso3)) {
          focused.add(iso3);
          node.setAttribute("tabindex", "0");
          node.setAttribute("role", "button");
          node.addEventListener("keydown", (e) => {
            const k = (e as KeyboardEvent).key;
            if (k === "Enter" || k === " ") {
              e.preventDefault();
              select.current(iso3);
            }
          });
        }
      });
    };

    const base = L.geoJSON(atlas as FeatureCollection, {
      style: (f?: Feature) => {
        const key = keyOf(f?.id as string | undefined, (f?.properties as { name?: string })?.name);
        const c = byKey.get(key);
        const iso3 = c?.iso3 ?? riskByKey.get(key)?.iso3 ?? null;
        return styleFor(iso3, c);
      },
      onEachFeature: (f, path) => {
        const key = keyOf(f.id as string | undefined, (f.properties as { name?: string })?.name);
        const c = byKey.get(key);
        const iso3 = c?.iso3 ?? riskByKey.get(key)?.iso3;
        if (iso3 && (c || layer === "risk")) wire(path as L.Path, iso3, c, false);
      },
    });
    group.addLayer(base);

    for (const c of overview.countries) {
      if (c.shape.kind !== "approximate") continue;
      const latlngs = c.shape.ring.map(([x, y]) => L.latLng(y, x));
      const poly = L.polygon(latlngs, { ...styleFor(c.iso3, c), dashArray: "5 4", weight: 2 });
      wire(poly, c.iso3, c, true);
      group.addLayer(poly);
    }
    el.current?.setAttribute("data-ready", "true");
    // The benchmark reads this mark: the time from navigation to a drawn, clickable map.
    if (performance.getEntriesByName("tocsin:map-ready").length === 0) performance.mark("tocsin:map-ready");
  }, [atlas, props.overview, props.layer]);

  return (
    <div class="world-map-frame">
      {failed && (
        <p class="error" role="alert">
          Could not load the world map's shapes ({failed}); the table view has the same data.
        </p>
      )}
      <section
        ref={el}
        class="world-map"
        aria-label="World map of alert levels. Countries with situations can be reached with Tab and opened with Enter; the table view lists the same data."
      />
    </div>
  );
}
