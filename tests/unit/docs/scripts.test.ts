/**
 * The npm scripts as an office runs them: every one that starts Astro goes through the wrapper
 * that turns Astro's telemetry off (an outbound request on an intranet), and the Node version
 * `engines` asks for is the one the README names.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BUILD_HEAP_OPTION } from '../../../scripts/shared/astro-build.ts';

const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

describe('the npm scripts', () => {
  it('never start Astro’s command line without the wrapper that turns telemetry off', async () => {
    for (const [name, script] of Object.entries(pkg.scripts)) {
      expect(script, name).not.toMatch(/(^|[\s&;|])(npx\s+)?astro\s/);
    }
    expect(pkg.scripts['preview']).toBe('node scripts/astro/cli.ts preview');
    expect(await readFile('scripts/astro/cli.ts', 'utf8')).toContain(
      "ASTRO_TELEMETRY_DISABLED: '1'",
    );
    expect(await readFile('scripts/build/command.ts', 'utf8')).toContain(
      "process.env.ASTRO_TELEMETRY_DISABLED = '1'",
    );
  });

  it('let a build’s heap grow as the builds the commands start do', () => {
    expect(pkg.scripts['build']).toBe(`node ${BUILD_HEAP_OPTION} scripts/build/cli.ts`);
    expect(pkg.scripts['build:offline']).toBe(`node ${BUILD_HEAP_OPTION} scripts/offline/cli.ts`);
  });

  it('ask for the Node version the README states', async () => {
    const readme = await readFile('README.md', 'utf8');
    const major = /^>=(\d+)/.exec(pkg.engines.node)?.[1];
    expect(major).toBeDefined();
    expect(readme).toContain(`Node.js ${major} 或更高版本`);
  });
});
