import { readFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/**
 * The app is written against React's API and runs on Preact (preact/compat): the same components in
 * about a fifth of the JavaScript, which keeps the first screen quick on a tired parent's phone.
 */
const preact = [
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: "preact/jsx-runtime" },
  { find: /^react$/, replacement: "preact/compat" },
];

/**
 * `virtual:texts/en-first` and `virtual:texts/en-rest` (and the same for every language): the
 * language file in two parts, the first screen's namespaces and the others.
 */
const textsInParts = (): Plugin => ({
  name: "attune-texts-in-parts",
  resolveId: (id) => (/^virtual:texts\/[a-z]+-(first|rest)$/.test(id) ? `\0${id}` : undefined),
  async load(id) {
    const m = /^\0virtual:texts\/([a-z]+)-(first|rest)$/.exec(id);
    if (!m) return undefined;
    const { textsPart } = await import("./src/i18n/first-screen-texts.ts");
    const file = new URL(`./src/i18n/${m[1]}.json`, import.meta.url);
    this.addWatchFile(file.pathname);
    const part = textsPart(JSON.parse(readFileSync(file, "utf8")), m[2] as "first" | "rest");
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`;
  },
});

export default defineConfig({
  root: import.meta.dirname,
  resolve: { alias: preact },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  plugins: [
    textsInParts(),
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: false,
      includeAssets: ["icon.svg", "icon-192.png", "icon-512.png"],
      manifest: {
        name: "Attune",
        short_name: "Attune",
        description: "Learn your baby's cues, respond, and look after yourself too.",
        theme_color: "#9a4a2a",
        background_color: "#fbf7f2",
        display: "standalone",
        start_url: "/",
        // A long press on the icon: log a feed, a sleep or a diaper in one tap.
        shortcuts: [
          {
            name: "Feed · Toma",
            short_name: "Feed · Toma",
            url: "/?log=feed",
            icons: [{ src: "/icon-192.png", sizes: "192x192" }],
          },
          {
            name: "Sleep · Sueño",
            short_name: "Sleep · Sueño",
            url: "/?log=sleep",
            icons: [{ src: "/icon-192.png", sizes: "192x192" }],
          },
          {
            name: "Diaper · Pañal",
            short_name: "Diaper · Pañal",
            url: "/?log=diaper",
            icons: [{ src: "/icon-192.png", sizes: "192x192" }],
          },
        ],
        icons: [
          { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        navigateFallback: "/index.html",
        // A shared card's page comes from the server, even on a phone with the app installed.
        navigateFallbackDenylist: [/^\/api\//, /^\/card\//],
        // The report's font and PDF code are precached too, so a report can be made offline.
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,ttf}"],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Reminders: the push and notification-click handlers (public/push-sw.js).
        importScripts: ["/push-sw.js"],
      },
    }),
  ],
  server: { proxy: { "/api": { target: "http://localhost:3000", ws: true } } },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
});
