/**
 * Headless Chromium from the system's package manager (Debian's `chromium`), driven by
 * playwright-core. No test tool downloads a browser; CI installs the Debian package.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The system Chromium with the flags that keep it off the network; fails early when it is missing. */
function launchOptions(): LaunchOptions {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (Debian: apt-get install -y chromium fonts-noto-cjk) ` +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return {
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

/** Launches the system Chromium for this process alone. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/**
 * Launches the system Chromium behind a WebSocket endpoint, so that several processes (test
 * workers) share one browser: each calls `connectBrowser(server.wsEndpoint())`.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/** Connects to a Chromium started by `launchBrowserServer`; closing the result only disconnects. */
export async function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
