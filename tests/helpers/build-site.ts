/**
 * Builds a site the way a user does (`npm run build`), in a child process, for a content folder
 * and into an output folder of the test's choosing. Returns the exit code and everything printed,
 * so tests can assert on what a user would see in their terminal.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runProjectBuild } from '../../scripts/shared/astro-build.ts';
import { withBuildLock } from './build-lock.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Where the `deployed` test build lives: a sub-path of a configured origin. */
export const DEPLOYED = { BASE_PATH: '/zhenggai/', SITE_URL: 'https://oa.example.gov.cn' } as const;

export interface BuildResult {
  exitCode: number;
  /** stdout and stderr interleaved, ANSI colours removed. */
  output: string;
  outDir: string;
}

export interface BuildOptions {
  /** Content folder holding `reviews/`, relative to the project root. */
  contentDir: string;
  /** Output folder name under test-results/builds/. */
  name: string;
  /** Extra environment, e.g. BASE_PATH or SITE_URL. */
  env?: Record<string, string>;
  /** Build over what the output folder holds, as a user's next build does, instead of afresh. */
  overExisting?: boolean;
  /**
   * The build is to fail while Astro reads the content (front matter, ids, an entry's text): it
   * then stops before writing the files under `.astro/` that builds share (the map of content
   * modules is written once every collection has loaded), so it need not take the test lock. The
   * build command still runs it after any build of other content (build-claims.ts), which for
   * these builds of a few seconds costs little: the machine's cores are busy with the rest.
   */
  failsInSync?: boolean;
}

/**
 * Runs `npm run build` for `contentDir` into `test-results/builds/<name>`, once no other test build
 * runs (unless it `failsInSync`).
 */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  return options.failsInSync ? runBuild(options) : withBuildLock(() => runBuild(options));
}

/**
 * Builds one content folder in several ways at once (base path, site URL…). Builds of the same
 * content write the same `.astro/` files, so they can share the build lock; on two cores this
 * takes less time than building them in turn. The first starts alone and the others once it has
 * synced its content (or ended): content that changed since the last build has every build rewrite
 * the same files under `.astro/` while it syncs, each through a temporary file of the same name,
 * and one of them can fail renaming it; after the sync they only read them.
 */
export function buildVariants(
  contentDir: string,
  variants: Omit<BuildOptions, 'contentDir'>[],
): Promise<BuildResult[]> {
  const [first, ...rest] = variants;
  if (!first) return Promise.resolve([]);
  return withBuildLock(async () => {
    let synced: () => void = () => undefined;
    const sync = new Promise<void>((done) => (synced = done));
    let printed = '';
    const one = runBuild({ contentDir, ...first }, (chunk) => {
      printed += chunk.toString();
      if (printed.includes('Building static entrypoints')) synced();
    }).finally(() => {
      synced();
    });
    await sync;
    return Promise.all([one, ...rest.map((variant) => runBuild({ contentDir, ...variant }))]);
  });
}

/** Builds one content folder in two variants, as `buildVariants` does. */
export async function buildTwoVariants(
  contentDir: string,
  first: Omit<BuildOptions, 'contentDir'>,
  second: Omit<BuildOptions, 'contentDir'>,
): Promise<[BuildResult, BuildResult]> {
  const [a, b] = await buildVariants(contentDir, [first, second]);
  return [a!, b!];
}

async function runBuild(
  { contentDir, name, env = {}, overExisting = false }: BuildOptions,
  onOutput?: (chunk: Buffer) => void,
): Promise<BuildResult> {
  const outDir = resolve(PROJECT_ROOT, 'test-results/builds', name);
  if (!overExisting) await rm(outDir, { recursive: true, force: true });
  const { exitCode, output } = await runProjectBuild({
    args: ['--outDir', outDir],
    cwd: PROJECT_ROOT,
    env: { CONTENT_DIR: contentDir, ...env },
    onOutput,
  });
  return { exitCode, output, outDir };
}

/** Every file of a built site, by its path in the output folder, with its bytes, sorted by path. */
export async function siteFiles(outDir: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((f) =>
    f.isFile(),
  );
  const entries = await Promise.all(
    files.map(async (f) => {
      const path = join(f.parentPath, f.name);
      return [path.slice(outDir.length + 1), await readFile(path)] as const;
    }),
  );
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** The pages a build rendered and those it took from its cache, from what it printed. */
export function generatedPages(output: string): { rendered: string[]; restored: string[] } {
  const lines = [...output.matchAll(/├─ (\S+) \((restored|cached|\+[^)]*)\)/g)];
  return {
    rendered: lines.filter((m) => m[2]!.startsWith('+')).map((m) => m[1]!),
    restored: lines.filter((m) => !m[2]!.startsWith('+')).map((m) => m[1]!),
  };
}
