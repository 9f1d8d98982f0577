// Bundles the dashboard's JavaScript modules and styles into ../wwwroot/assets with esbuild. Run by the Web project's
// build (HumanSecurity.Web.csproj, target BundleClient) after `npm ci`; nothing is fetched at run time or from a CDN.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";

const out = new URL("../wwwroot/assets/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { map: "src/map.js", charts: "src/charts.js", app: "src/app.css", report: "src/report.css" },
  outdir: out,
  bundle: true,
  minify: true,
  format: "esm",
  target: ["chrome110", "firefox115", "safari16"],
  loader: { ".png": "dataurl", ".svg": "dataurl" },
  legalComments: "none",
  logLevel: "warning",
});
