import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderingRevision } from '../../../src/loaders/render-revision.ts';

/** A project with a plugin that imports a module outside the plugins' folder. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'revision-'));
  mkdirSync(join(root, 'plugins'));
  mkdirSync(join(root, 'text'));
  writeFileSync(join(root, 'plugins/plugin.ts'), "import { words } from '../text/words';\n");
  writeFileSync(join(root, 'text/words.ts'), 'export const words = 1;\n');
  writeFileSync(join(root, 'text/unused.ts'), 'export const unused = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  const revision = () =>
    renderingRevision(root, [join(root, 'plugins')], join(root, 'package-lock.json'));
  return { root, revision };
}

describe('renderingRevision', () => {
  it('is the same for the same code', async () => {
    const { revision } = project();
    expect(await revision()).toBe(await revision());
  });

  it('changes with a module a plugin imports, and with the installed packages', async () => {
    const { root, revision } = project();
    const before = await revision();
    writeFileSync(join(root, 'text/words.ts'), 'export const words = 2;\n');
    const afterImport = await revision();
    expect(afterImport).not.toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"x":1}');
    expect(await revision()).not.toBe(afterImport);
  });

  it('ignores modules no plugin imports', async () => {
    const { root, revision } = project();
    const before = await revision();
    writeFileSync(join(root, 'text/unused.ts'), 'export const unused = 2;\n');
    expect(await revision()).toBe(before);
  });
});
