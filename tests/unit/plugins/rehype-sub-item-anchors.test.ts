/**
 * The sub-item anchors plugin inside the Markdown pipeline Astro renders content with, one folder
 * per case under tests/fixtures/rehype-sub-item-anchors/: `input.md`, whose front matter says
 * where the file lives in the content folder, and `output.html`, the HTML expected.
 * `UPDATE_FIXTURES=1 npm test` writes the outputs anew from what the plugin does now; read the
 * diff before committing it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import rehypeSubItemAnchors from '../../../src/plugins/rehype-sub-item-anchors.ts';

const CASES = join(import.meta.dirname, '../../fixtures/rehype-sub-item-anchors');
/** The content folder the cases pretend to live in. */
const CONTENT = '/site/content';
const update = process.env.UPDATE_FIXTURES === '1';

// The processor as astro.config.mjs sets it up, told where these cases' reviews are.
const processor = await unified({
  smartypants: false,
  rehypePlugins: [[rehypeSubItemAnchors, { reviewsDir: join(CONTENT, 'reviews') }]],
}).createRenderer({ syntaxHighlight: false });

describe('rehypeSubItemAnchors', () => {
  const cases = readdirSync(CASES);

  it('has its cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('%s', async (name) => {
    const input = parseFrontmatter(await readFile(join(CASES, name, 'input.md'), 'utf8'));
    const file = (input.frontmatter as { file?: unknown }).file;
    if (typeof file !== 'string') throw new Error(`${name}/input.md: front matter needs \`file\``);
    const { code } = await processor.render(input.content, {
      fileURL: pathToFileURL(join(CONTENT, file)),
    });
    const actual = `${code}\n`;
    const expected = join(CASES, name, 'output.html');
    if (update) await writeFile(expected, actual);
    if (!existsSync(expected)) {
      throw new Error(`${name}/output.html is missing: run the test with UPDATE_FIXTURES=1`);
    }
    expect(actual).toBe(await readFile(expected, 'utf8'));
  });
});
