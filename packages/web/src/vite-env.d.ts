/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** A language's texts, split in two by the build (see i18n/first-screen-texts.ts). */
declare module "virtual:texts/*" {
  const texts: Record<string, unknown>;
  // biome-ignore lint/style/noDefaultExport: what `import()` of a text chunk gives
  export default texts;
}
