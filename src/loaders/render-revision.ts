/**
 * A fingerprint of the code that turns an entry's text into HTML: the Markdown plugins, every
 * project module they import, and the installed packages (package-lock.json). Astro keeps an
 * entry's HTML between builds for as long as its file is unchanged; mixed into the file's digest,
 * this renders every entry again when that code changes, as compiling them would.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** Relative module specifiers of `import … from './x'`, `export … from '../y'`, `import('./z')`. */
const LOCAL_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

const MODULE_SUFFIXES = ['', '.ts', '.js', '.mjs', '/index.ts', '/index.js'];

/** The file a relative specifier names, or undefined when it names none (a type-only path). */
function resolveModule(fromDir: string, specifier: string): string | undefined {
  return MODULE_SUFFIXES.map((suffix) => join(fromDir, specifier + suffix)).find(
    (path) => /\.[cm]?[jt]s$/.test(path) && existsSync(path),
  );
}

/**
 * Hashes the modules in `pluginDirs` and everything they import from the project, by path
 * (relative to `root`) and text, then `lockfile` when it exists.
 */
export async function renderingRevision(
  root: string,
  pluginDirs: string[],
  lockfile: string,
): Promise<string> {
  const hash = createHash('sha256');
  const queue: string[] = [];
  for (const dir of pluginDirs) {
    const files = (await readdir(dir)).filter((f) => /\.[cm]?[jt]s$/.test(f)).sort();
    queue.push(...files.map((file) => join(dir, file)));
  }
  const seen = new Set<string>();
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    hash.update(`${relative(root, file)}\n${text}\n`);
    for (const [, specifier] of text.matchAll(LOCAL_IMPORT)) {
      const imported = resolveModule(dirname(file), specifier!);
      if (imported) queue.push(imported);
    }
  }
  if (existsSync(lockfile)) hash.update(await readFile(lockfile));
  return hash.digest('hex').slice(0, 16);
}
