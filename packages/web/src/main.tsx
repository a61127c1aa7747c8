import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { setupI18n } from "./i18n/i18n.ts";
import { getSettings } from "./settings/settings.ts";
import "./styles.css";

await setupI18n(getSettings().language);
createRoot(document.getElementById("root")!).render(<App />);

if ("serviceWorker" in navigator && import.meta.env.PROD) {
  const { registerSW } = await import("virtual:pwa-register");
  registerSW({ immediate: true });
}
