/**
 * One Chromium for the whole browser project: launched here, in the main process, and shared by
 * every test file through its WebSocket endpoint (see tests/helpers/browser.ts).
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../../scripts/shared/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files connect to the shared Chromium. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await launchBrowserServer();
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
  };
}
