import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../src/model/content-error.ts';
import { ENTRY_COMPONENTS } from '../../../src/plugins/entry-components.ts';
import remarkEntryComponents from '../../../src/plugins/remark-entry-components.ts';
import remarkEntryImages, { imageInReview } from '../../../src/plugins/remark-entry-images.ts';
import remarkMdxSyntax from '../../../src/plugins/remark-mdx-syntax.ts';
import remarkPlainText from '../../../src/plugins/remark-plain-text.ts';

const reviews = mkdtempSync(join(tmpdir(), 'components-'));
mkdirSync(join(reviews, 'r/images'), { recursive: true });
mkdirSync(join(reviews, 'r/findings'), { recursive: true });
writeFileSync(join(reviews, 'r/images/图 1.png'), 'png');
writeFileSync(join(reviews, 'r/logo.svg'), '<svg/>');
writeFileSync(join(reviews, 'outside.png'), 'png');

/** Renders an entry's MDX text as the loader does, with the site under `/zhenggai/`. */
async function render(text: string, file = 'r/findings/1-1.mdx') {
  const problems: ContentProblem[] = [];
  const report = (found: ContentProblem[]) => problems.push(...found);
  const renderer = await unified({
    smartypants: false,
    remarkPlugins: [
      [
        remarkMdxSyntax,
        {
          onError: (_: unknown, error: unknown) =>
            report([{ file, message: String(error), hint: '' }]),
        },
      ],
      [remarkPlainText, { reviewsDir: reviews, report }],
      [remarkEntryComponents, { reviewsDir: reviews }],
      [remarkEntryImages, { reviewsDir: reviews, base: '/zhenggai/', report }],
    ],
  }).createRenderer({ syntaxHighlight: false });
  const { code } = await renderer.render(text, { fileURL: pathToFileURL(join(reviews, file)) });
  return { html: code, problems };
}

describe('the entries’ components', () => {
  it('turns <Figure> into a figure whose image the site serves', async () => {
    const { html, problems } = await render(
      '一是问题。\n\n<Figure src="../images/图 1.png" alt="柱状图" caption="图1 学习次数" />\n',
    );
    expect(problems).toEqual([]);
    expect(html).toContain(
      '<figure class="entry-figure"><img src="/zhenggai/r/files/images/%E5%9B%BE%201.png" alt="柱状图"><figcaption class="entry-figure-caption">图1 学习次数</figcaption></figure>',
    );
  });

  it('turns <Note> into a note that says it is not the original, its Markdown rendered', async () => {
    const { html } = await render('一是问题。\n\n<Note>\n另见**通知**。\n</Note>\n');
    expect(html).toContain('<aside class="editor-note" role="note" data-pagefind-ignore="">');
    expect(html).toContain('<p class="editor-note-label">附注（编者所加，不是原文）</p>');
    expect(html).toContain('<strong>通知</strong>');
  });

  it('refuses a component used wrongly, saying how to write it', async () => {
    const cases: [string, string][] = [
      ['<Figure src="../images/图 1.png" />', '<Figure> 缺少属性“alt”'],
      ['<Figure src="../images/图 1.png" alt="x" width="3" />', '<Figure> 没有属性“width”'],
      ['<Figure src={url} alt="x" />', '<Figure> 的属性“src”要写成 src="…"'],
      ['<Note title="x">\n附\n</Note>', '<Note> 没有属性“title”'],
      ['<Note>附</Note>', '<Note> 和 </Note> 各占一行'],
      ['一是<Note>附</Note>问题。', '<Note> 要单独成段'],
      ['<Figure src="../images/图 1.png" alt="x">\n说明\n</Figure>', '<Figure> 不包含文字'],
      ['<Chart />', '“<Chart>”会被当作网页组件'],
    ];
    for (const [text, message] of cases) {
      const { html, problems } = await render(`一是问题。\n\n${text}\n`);
      expect(problems.map((p) => `${p.message}${p.hint}`).join(' | '), text).toContain(message);
      expect(html, text).toBe('');
    }
  });

  it('every component says what it is for, for the messages and the README', () => {
    for (const [name, component] of Object.entries(ENTRY_COMPONENTS)) {
      expect(component.description, name).not.toBe('');
      for (const [attribute, { description }] of Object.entries(component.attributes)) {
        expect(description, `${name}.${attribute}`).not.toBe('');
      }
    }
  });
});

describe('imageInReview', () => {
  const entry = join(reviews, 'r/findings/1-1.mdx');
  const review = join(reviews, 'r');

  it('finds an image of the review’s folder, by a path from the entry’s file', () => {
    expect(imageInReview('../images/图 1.png', entry, review)).toEqual({ path: 'images/图 1.png' });
    expect(imageInReview('../images/%E5%9B%BE%201.png', entry, review)).toEqual({
      path: 'images/图 1.png',
    });
  });

  it('refuses a missing file, one outside the folder, an SVG and what is no picture', () => {
    expect(imageInReview('../images/none.png', entry, review)).toMatchObject({
      problem: expect.stringContaining('不存在') as unknown,
    });
    expect(imageInReview('../../outside.png', entry, review)).toMatchObject({
      problem: expect.stringContaining('不在这份材料的文件夹中') as unknown,
    });
    expect(imageInReview('../logo.svg', entry, review)).toMatchObject({
      problem: expect.stringContaining('SVG') as unknown,
    });
    expect(imageInReview('../review.mdx', entry, review)).toMatchObject({
      problem: expect.stringContaining('不是网站发布的图片') as unknown,
    });
  });
});
