/**
 * Astro keeps the entries it parsed between builds and parses them again only when
 * src/content.config.ts changes, not when a schema it imports does. So the config carries a
 * schema revision, bumped with every change to src/schemas/, and beside it a hash of the schemas
 * it was bumped for: when the schemas change and the hash no longer matches, this test fails.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../scripts/shared/files.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCHEMAS = join(ROOT, 'src/schemas');
const CONFIG = join(ROOT, 'src/content.config.ts');
const REVISION = /Schema revision: (\d+), src\/schemas\/ sha256 ([0-9a-f]{16})/;

/** The first 16 hex digits of a SHA-256 over every file's path and text, in path order. */
async function schemasHash(): Promise<string> {
  const files = await listFiles(SCHEMAS);
  const hash = createHash('sha256');
  for (const file of files) {
    const text = (await readFile(join(SCHEMAS, file), 'utf8')).replace(/\r\n?/g, '\n');
    hash.update(`${file}\0${text}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

describe('the schema revision in src/content.config.ts', () => {
  it('was bumped for the schemas as they are now', async () => {
    const recorded = REVISION.exec(await readFile(CONFIG, 'utf8'));
    expect(
      recorded,
      'src/content.config.ts must say "Schema revision: <n>, src/schemas/ sha256 <16 hex digits>"',
    ).not.toBeNull();
    const [, revision, hash] = recorded!;
    const now = await schemasHash();
    expect(
      hash,
      `src/schemas/ changed since schema revision ${revision}. Bump the revision in ` +
        `src/content.config.ts and record the new hash: "Schema revision: ${Number(revision) + 1}, ` +
        `src/schemas/ sha256 ${now}"`,
    ).toBe(now);
  });
});
