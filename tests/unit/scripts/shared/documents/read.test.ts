import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../../../scripts/shared/documents/errors';
import { readDocx } from '../../../../../scripts/shared/documents/docx';
import { readHtml } from '../../../../../scripts/shared/documents/html';
import { readMarkdown } from '../../../../../scripts/shared/documents/markdown';
import { readDocument } from '../../../../../scripts/shared/documents/read';
import { sourceParagraphs, textParagraphs } from '../../../../../scripts/shared/documents/text';
import { makeDocx } from '../../../../fixtures/import/make-docx';

describe('textParagraphs', () => {
  it('gives each non-blank line with its line number, in any line ending', () => {
    expect(textParagraphs('\uFEFF标题\r\n\r\n　　第一段。\r第二段。\n##paidend##\n')).toEqual([
      { text: '标题', line: 1 },
      { text: '第一段。', line: 3 },
      { text: '第二段。', line: 4 },
    ]);
  });

  it('agrees with the paragraphs the fidelity tests read', () => {
    const text = '##paidbegin##一是……。\n\n  二是<关于>{x}  \r\n##paidend##';
    expect(textParagraphs(text).map((p) => p.text)).toEqual(sourceParagraphs(text));
  });
});

describe('readMarkdown', () => {
  it('reads the text of headings, paragraphs and list items, markup removed', () => {
    const md = [
      '# 标题',
      '',
      '## 一、存在的问题',
      '',
      '**（一）学习方面**',
      '',
      '一是学习不深入。\\*不是强调\\*，<关于>',
      '二是紧接着的一行。',
      '',
      '1. 强化学习。',
      '2. 转变作风。',
      '',
      '- 项目符号不是正文',
    ].join('\n');
    expect(readMarkdown(md).paragraphs).toEqual([
      { text: '标题', line: 1 },
      { text: '一、存在的问题', line: 3 },
      { text: '（一）学习方面', line: 5 },
      { text: '一是学习不深入。*不是强调*，<关于>', line: 7 },
      { text: '二是紧接着的一行。', line: 8 },
      { text: '1.强化学习。', line: 10 },
      { text: '2.转变作风。', line: 11 },
      { text: '项目符号不是正文', line: 13 },
    ]);
  });

  it('lists the targets of links, autolinks and reference definitions, not their text', () => {
    const md = [
      '请落实[措施（二）](http://oa.cn/r/measures/2/)。',
      '另见<http://oa.cn/r/map/>和[原因（一）][c1]。',
      '',
      '[c1]: http://oa.cn/r/causes/1/',
    ].join('\n');
    const { paragraphs, links } = readMarkdown(md);
    expect(paragraphs.map((p) => p.text)).toEqual([
      '请落实措施（二）。',
      '另见http://oa.cn/r/map/和原因（一）。',
    ]);
    expect(links).toEqual([
      { href: 'http://oa.cn/r/measures/2/', line: 1 },
      { href: 'http://oa.cn/r/map/', line: 2 },
      { href: 'http://oa.cn/r/causes/1/', line: 4 },
    ]);
  });

  it('leaves a bare URL to the text, without the words GFM would run it into', () => {
    const { paragraphs, links } = readMarkdown('全文见http://oa.cn/r/。请逐项落实');
    expect(paragraphs).toEqual([{ text: '全文见http://oa.cn/r/。请逐项落实', line: 1 }]);
    expect(links).toEqual([]);
  });
});

describe('readHtml', () => {
  it('puts each block on its own line, so that URLs in adjacent paragraphs stay apart', () => {
    const { paragraphs } = readHtml(
      '<p>http://oa.cn/r/</p><p>http://oa.cn/r/map/</p><div>a<br>b</div><table><tr><td>甲</td><td>乙</td></tr></table>',
    );
    expect(paragraphs.map((p) => p.text)).toEqual([
      'http://oa.cn/r/',
      'http://oa.cn/r/map/',
      'a',
      'b',
      '甲',
      '乙',
    ]);
  });

  it('lists the targets of links and leaves out scripts, styles and templates', () => {
    const { paragraphs, links } = readHtml(
      '<p><a href="http://oa.cn/r/causes/1/">原因（一）</a><a>无目标</a><script>var u="http://x/"</script></p>' +
        '<style>a::after{content:"http://y/"}</style><template><p>http://z/</p></template>',
    );
    expect(links.map((l) => l.href)).toEqual(['http://oa.cn/r/causes/1/']);
    expect(paragraphs.map((p) => p.text)).toEqual(['原因（一）无目标']);
  });

  it('gives each paragraph and link the source line it starts on, whitespace as the page shows it', () => {
    const html = [
      '<body>',
      '  <p>',
      '    请对照 <a href="/r/causes/1/">原因（一）</a>',
      '    整改。</p>',
      '<pre>第一行',
      '　　第二行</pre>',
      '</body>',
    ].join('\n');
    expect(readHtml(html)).toEqual({
      paragraphs: [
        { text: '请对照 原因（一） 整改。', line: 3 },
        { text: '第一行', line: 5 },
        { text: '第二行', line: 6 },
      ],
      links: [{ href: '/r/causes/1/', line: 3 }],
    });
  });
});

describe('readDocx', () => {
  it('joins the runs of each paragraph and splits at line breaks', async () => {
    const docx = makeDocx([
      { text: '关于XX局党组书记巡察整改专题民主生活会对照检查材料\n（征求意见稿）' },
      { text: '' },
      { text: '  一、存在的主要问题 ' },
      { text: '根据《关于<示例>的通知》{暂定} & 3~5年' },
    ]);
    expect((await readDocx(docx, 'x.docx')).paragraphs).toEqual([
      { text: '关于XX局党组书记巡察整改专题民主生活会对照检查材料', line: 1 },
      { text: '（征求意见稿）', line: 2 },
      { text: '一、存在的主要问题', line: 3 },
      { text: '根据《关于<示例>的通知》{暂定} & 3~5年', line: 4 },
    ]);
  });

  it('collects the hyperlinks in the same pass, with the paragraph each is in', async () => {
    const docx = makeDocx([
      { text: '督办单' },
      { text: '' },
      { text: '请对照', link: { text: '问题（一）之二', href: 'http://oa.cn/r/findings/1-2/' } },
      { text: '第一行\n并落实', link: { text: '措施（二）', href: 'http://oa.cn/r/measures/2/' } },
      {
        text: '详见注释',
        footnote: { text: '原文：', link: { text: '全文', href: 'http://oa.cn/r/' } },
      },
    ]);
    expect(await readDocx(docx, 'x.docx')).toEqual({
      paragraphs: [
        { text: '督办单', line: 1 },
        { text: '请对照问题（一）之二', line: 2 },
        { text: '第一行', line: 3 },
        { text: '并落实措施（二）', line: 4 },
        { text: '详见注释', line: 5 },
      ],
      links: [
        { href: 'http://oa.cn/r/findings/1-2/', line: 2 },
        { href: 'http://oa.cn/r/measures/2/', line: 4 },
        { href: 'http://oa.cn/r/', line: 5 },
      ],
    });
  });

  it('refuses Word’s automatic numbering, whose numbers are not in the text', async () => {
    const docx = makeDocx([{ text: '标题' }, { text: '存在的问题', autoNumbered: true }]);
    const error = await readDocx(docx, 'x.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).message).toMatch(
      /^x\.docx, paragraph 2: expected numbering typed as text .*found “存在的问题” numbered by Word's automatic list numbering/,
    );
    expect((error as DocumentError).hint).toContain('plain text (.txt)');
  });

  it('reads automatic numbering when told to ignore it', async () => {
    const docx = makeDocx([{ text: '存在的问题', autoNumbered: true }]);
    expect((await readDocx(docx, 'x.docx', { autoNumbering: 'ignore' })).paragraphs).toEqual([
      { text: '存在的问题', line: 1 },
    ]);
  });

  it('says so when the file is not a Word document', async () => {
    const error = await readDocx(new TextEncoder().encode('not a zip'), 'x.docx').catch(
      (e: unknown) => e,
    );
    expect((error as DocumentError).message).toContain('expected a Word document in .docx format');
  });
});

describe('readDocument', () => {
  const folder = mkdtempSync(join(tmpdir(), 'documents-'));
  const file = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(folder, name), content);
    return join(folder, name);
  };

  it('gives every format the same shape, the reader picked by the extension', async () => {
    const text = await readDocument(file('a.txt', '第一段\nhttp://oa.cn/r/'));
    expect(text).toMatchObject({ unit: 'line', encoding: 'utf-8', links: [] });
    const html = await readDocument(file('a.HTM', '<p><a href="/r/">全文</a></p>'));
    expect(html).toMatchObject({ unit: 'line', links: [{ href: '/r/', line: 1 }] });
    const docx = await readDocument(file('a.docx', makeDocx([{ text: '标题' }])));
    expect(docx).toMatchObject({ unit: 'paragraph', encoding: 'docx', links: [] });
    expect(docx.paragraphs).toEqual([{ text: '标题', line: 1 }]);
  });

  it('names the formats the caller reads when it refuses a file, with a hint for the usual ones', async () => {
    const error = await readDocument(file('a.html', '<p>全文</p>'), {
      formats: ['text', 'markdown', 'docx'],
    }).catch((e: unknown) => e);
    expect((error as DocumentError).message).toContain(
      'expected a .txt, .md or .docx file, found a .html file',
    );
    const doc = await readDocument('a.doc').catch((e: unknown) => e);
    expect((doc as DocumentError).message).toContain(
      'expected a .docx, .txt, .md or .html file, found a .doc file',
    );
    expect((doc as DocumentError).hint).toContain('save it as .docx');
  });
});
