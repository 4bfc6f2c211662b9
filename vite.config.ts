import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The web app (src/web) is a Preact single-page app that `tocsin serve` serves from dist/web. Preact's JSX runtime
 * is set here rather than through a plugin: Vite's own transform does all the app needs.
 */
export default defineConfig({
  root: fileURLToPath(new URL("./src/web", import.meta.url)),
  base: "/",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: "es2022",
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080", "/feed.atom": "http://127.0.0.1:8080" } },
});
