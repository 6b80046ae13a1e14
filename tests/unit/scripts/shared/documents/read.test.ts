import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DocumentError,
  UnreadableDocumentError,
} from '../../../../../scripts/shared/documents/errors.ts';
import { readDocx } from '../../../../../scripts/shared/documents/docx.ts';
import { readHtml } from '../../../../../scripts/shared/documents/html.ts';
import { readMarkdown } from '../../../../../scripts/shared/documents/markdown.ts';
import { readDocument } from '../../../../../scripts/shared/documents/read.ts';
import { sourceParagraphs, textParagraphs } from '../../../../../scripts/shared/documents/text.ts';
import { makeDocx, makeDocxBomb, makeZip } from '../../../../fixtures/import/make-docx.ts';

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
        { href: 'http://oa.cn/r/findings/1-2/', text: '问题（一）之二', line: 2 },
        { href: 'http://oa.cn/r/measures/2/', text: '措施（二）', line: 4 },
        { href: 'http://oa.cn/r/', text: '全文', line: 5 },
      ],
      notes: [],
    });
  });

  it('writes the numbers of Word’s automatic numbering before their paragraphs', async () => {
    const docx = makeDocx([
      { text: '标题' },
      { text: '存在的问题', autoNumbered: true },
      { text: '原因分析', autoNumbered: true },
    ]);
    expect((await readDocx(docx, 'x.docx')).paragraphs).toEqual([
      { text: '标题', line: 1 },
      { text: '一、存在的问题', line: 2 },
      { text: '二、原因分析', line: 3 },
    ]);
  });

  it('leaves automatic numbering out when told to ignore it', async () => {
    const docx = makeDocx([{ text: '存在的问题', autoNumbered: true }]);
    expect((await readDocx(docx, 'x.docx', { autoNumbering: 'ignore' })).paragraphs).toEqual([
      { text: '存在的问题', line: 1 },
    ]);
  });

  it('says what a file that is no Word document is, and how to save one', async () => {
    const refusal = async (bytes: Uint8Array) => {
      const error = await readDocx(bytes, 'x.docx').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableDocumentError);
      return error as UnreadableDocumentError;
    };
    const text = await refusal(new TextEncoder().encode('not a zip'));
    expect(text.message).toMatch(/^x\.docx：应为 Word 文档（\.docx），实际是其他格式的文件/);
    expect(text.message).not.toContain('central directory');
    expect(text.hint).toContain('“Word 文档（*.docx）”');

    // An old .doc (an OLE compound file) renamed .docx.
    const doc = await refusal(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0));
    expect(doc.message).toContain(
      '实际是旧版 Word 或 WPS 文档（.doc、.wps），或设了打开密码的文档',
    );
    expect(doc.hint).toContain('另存为');

    const xlsx = await refusal(
      makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }),
    );
    expect(xlsx.message).toContain('实际是 Excel 工作簿（.xlsx），只是扩展名是 .docx');

    // A package whose document does not inflate: damaged in copying.
    const bomb = makeDocxBomb('<w:p><w:r><w:t>甲</w:t></w:r></w:p>', 1 << 20);
    const damaged = Buffer.from(bomb);
    damaged.fill(0xff, bomb.length - 1200, bomb.length - 600);
    expect((await refusal(damaged)).message).toContain(
      '实际是已损坏的文件（其中的 word/document.xml 无法解压）',
    );
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
      '应为 .txt、.md 或 .docx 文件，实际是 .html 文件',
    );
    const doc = await readDocument('a.doc').catch((e: unknown) => e);
    expect(doc).toBeInstanceOf(UnreadableDocumentError);
    expect((doc as DocumentError).message).toContain(
      '应为 .docx、.txt、.md 或 .html 文件，实际是 .doc 文件',
    );
    expect((doc as DocumentError).hint).toContain('“另存为”Word 文档（.docx）');
  });

  it('says why a file cannot be read: missing, a folder', async () => {
    const missing = await readDocument(join(folder, 'nowhere.txt')).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(UnreadableDocumentError);
    expect((missing as DocumentError).message).toContain(
      '应为可以读取的文件，实际是找不到这个文件',
    );
    mkdirSync(join(folder, '目录.txt'));
    const named = await readDocument(join(folder, '目录.txt')).catch((e: unknown) => e);
    expect((named as DocumentError).message).toContain('应为一个文件，实际是一个文件夹');
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO and a link to a device before opening them, naming what they are',
    async () => {
      // Read, the FIFO would wait for a writer forever and /dev/zero never end.
      execFileSync('mkfifo', [join(folder, '管道.txt')]);
      symlinkSync('/dev/zero', join(folder, '设备.docx'));
      for (const [name, found] of [
        ['管道.txt', '一个命名管道（FIFO），不是普通文件'],
        ['设备.docx', '一个字符设备（如 /dev/zero、/dev/random），不是普通文件'],
      ] as const) {
        const error = await readDocument(join(folder, name)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UnreadableDocumentError);
        expect((error as DocumentError).message).toContain(`${name}：应为一个文件，实际是${found}`);
        expect((error as DocumentError).hint).toContain('指向的是一个文件');
      }
    },
  );
});
