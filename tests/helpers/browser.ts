/** The browser tests' Chromium: the one the browser project's global setup launched. */
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { connectBrowser } from '../../scripts/shared/chromium.ts';

/** Connects to the shared Chromium; `close()` on the result closes this file's pages and disconnects. */
export function sharedBrowser(): Promise<Browser> {
  return connectBrowser(inject('chromiumEndpoint'));
}
