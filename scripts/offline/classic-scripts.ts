/**
 * The site's scripts as classic scripts. Astro emits ES modules, and browsers refuse to load a
 * module script from file:// (it is fetched with CORS, which file:// cannot answer). Each module a
 * page loads is bundled, with whatever it imports, into one self-contained script that runs in its
 * own scope, and takes the module's place under the same name.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Thrown when a script cannot be made classic; the build stops with it. */
export class ClassicScriptError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ClassicScriptError';
  }
}

/**
 * Rewrites each of `files` (paths inside `siteDir`, e.g. `_astro/x.js`) as a classic script.
 * All are bundled from the modules as built before any is written, so that a module imported by
 * another is read as a module.
 */
export async function makeScriptsClassic(siteDir: string, files: string[]): Promise<void> {
  const bundled = await Promise.all(
    files.map(async (file) => {
      try {
        const result = await build({
          entryPoints: [join(siteDir, file)],
          bundle: true,
          format: 'iife',
          minify: true,
          write: false,
          logLevel: 'silent',
          // Keep the syntax as Astro wrote it for the browsers it targets.
          target: 'esnext',
        });
        const output = result.outputFiles[0];
        if (!output) throw new Error('esbuild wrote nothing');
        return { file, code: output.contents };
      } catch (error) {
        throw new ClassicScriptError(`无法把脚本 ${file} 改为普通脚本`, { cause: error });
      }
    }),
  );
  for (const { file, code } of bundled) await writeFile(join(siteDir, file), code);
}
