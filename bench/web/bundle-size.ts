// The web app's JavaScript as a browser first loads it: the scripts and module preloads index.html names,
// gzipped (level 9, as a server or CDN would send them), and what the map page loads on top.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleSize {
  initialFiles: string[];
  initialJsBytes: number;
  initialJsGzipBytes: number;
  initialCssGzipBytes: number;
  /** The map page's own chunk(s) (world-map and Leaflet), loaded after the initial JavaScript. */
  mapJsGzipBytes: number;
  /** The bundled world shapes (countries-110m TopoJSON), fetched by the map as data. */
  atlasGzipBytes: number;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function bundleSize(dist: string): BundleSize {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const js = refs.filter((r) => r.endsWith(".js"));
  const css = refs.filter((r) => r.endsWith(".css"));
  const assets = readdirSync(join(dist, "assets"));
  const mapEntry = assets.find((f) => /^world-map-.*\.js$/.test(f));
  // The map chunk's own static imports (Leaflet's chunk) that the initial load did not already bring.
  const mapFiles = mapEntry ? [`assets/${mapEntry}`] : [];
  if (mapEntry) {
    const text = readFileSync(join(dist, "assets", mapEntry), "utf8");
    for (const m of text.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) {
      const f = `assets/${m[1]}`;
      if (!js.includes(f)) mapFiles.push(f);
    }
  }
  const atlas = assets.find((f) => /^countries-110m-.*\.json$/.test(f));
  return {
    initialFiles: [...js, ...css],
    initialJsBytes: js.reduce((s, f) => s + readFileSync(join(dist, f)).length, 0),
    initialJsGzipBytes: js.reduce((s, f) => s + gz(join(dist, f)), 0),
    initialCssGzipBytes: css.reduce((s, f) => s + gz(join(dist, f)), 0),
    mapJsGzipBytes: mapFiles.reduce((s, f) => s + gz(join(dist, f)), 0),
    atlasGzipBytes: atlas ? gz(join(dist, "assets", atlas)) : 0,
  };
}
