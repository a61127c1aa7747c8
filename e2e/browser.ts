/**
 * Debian's Chromium driven by playwright-core. Under CI a missing Chromium fails the run (the CI
 * script installs it); elsewhere the browser tests are left out and the run says so plainly.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const browserAvailable = (): boolean => {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI) throw new Error(`CI needs Chromium at ${chromiumPath}; run scripts/ensure-chromium.sh`);
  console.warn(
    `\n!! Chromium is not at ${chromiumPath}: the browser tests will NOT run (bash scripts/ensure-chromium.sh installs it).\n`,
  );
  return false;
};

/** `extraArgs`: e.g. Chromium's fake microphone playing a file, for the listening tests. */
export const launchBrowser = (extraArgs: readonly string[] = []): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  });
