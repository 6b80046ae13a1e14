import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../src/model/content-error.ts';
import remarkPlainText from '../../../src/plugins/remark-plain-text.ts';
import remarkSafeLinks, {
  imageProblem,
  linkProblem,
} from '../../../src/plugins/remark-safe-links.ts';

const REVIEWS = '/site/content/reviews';

describe('linkProblem', () => {
  it('lets http(s) addresses, site paths and in-page anchors through', () => {
    for (const url of [
      'https://oa.example.gov.cn/x',
      'http://10.0.0.1/a',
      '/demo/measures/1/',
      '#measure-1-item-2',
    ]) {
      expect(linkProblem(url), url).toBe(undefined);
    }
  });

  it('refuses what could run script or leave for another host', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'vbscript:x',
      'data:text/html,x',
      '//evil.example/',
      '/\\evil.example',
      'java\tscript:alert(1)',
      'notes.docx',
    ]) {
      expect(linkProblem(url), url).toBeTypeOf('string');
    }
  });
});

describe('imageProblem', () => {
  it('lets files of the site through and refuses every other server', () => {
    expect(imageProblem('./chart.png')).toBe(undefined);
    expect(imageProblem('/images/chart.png')).toBe(undefined);
    expect(imageProblem('http://192.0.2.1/p.png')).toContain('其他网站上的图片');
    expect(imageProblem('https://cdn.example/p.png')).toContain('其他网站上的图片');
    expect(imageProblem('//cdn.example/p.png')).toContain('其他网站');
    expect(imageProblem('data:image/png;base64,AAAA')).toContain('data:');
  });
});

describe('remarkSafeLinks', () => {
  const render = async (text: string, file = 'demo/findings/1-1.md') => {
    const problems: ContentProblem[] = [];
    const report = (found: ContentProblem[]) => problems.push(...found);
    const renderer = await unified({
      smartypants: false,
      remarkPlugins: [
        [remarkPlainText, { reviewsDir: REVIEWS, report }],
        [remarkSafeLinks, { reviewsDir: REVIEWS, report }],
      ],
    }).createRenderer({ syntaxHighlight: false });
    const { code } = await renderer.render(text, { fileURL: pathToFileURL(join(REVIEWS, file)) });
    return { html: code, problems };
  };

  it('finds a script link however it is written: inline, by reference, with an entity', async () => {
    const { html, problems } = await render(
      '见[一](javascript:a())、[二][r]、[三](&#106;avascript:b())和<javascript:c()>。\n\n[r]: javascript:d()\n',
    );
    expect(problems.map((p) => [p.line, p.message.split('不能发布')[0]])).toEqual([
      [1, '链接“javascript:a()”'],
      [1, '链接“javascript:b()”'],
      [1, '链接“javascript:c()”'],
      [3, '链接定义 [r] 的地址“javascript:d()”'],
    ]);
    expect(html).toBe('');
  });

  it('refuses remote images, also through a definition', async () => {
    const { problems } = await render(
      '![照片](http://192.0.2.1/p.png)\n\n![图][p]\n\n[p]: https://x.example/p.png\n',
    );
    expect(problems.map((p) => p.line)).toEqual([1, 5]);
    expect(problems[1]!.message).toContain('图片“https://x.example/p.png”不能发布');
  });

  it('refuses raw HTML in a .md file: no element or attribute from the text can run', async () => {
    const { html, problems } = await render(
      '一是问题。<img src="x" onerror="alert(1)">\n\n<script>alert(2)</script>\n',
    );
    expect(problems.map((p) => p.line)).toEqual([1, 3]);
    expect(problems[0]!.message).toContain('是网页代码（HTML），不能发布');
    expect(html).not.toContain('onerror');
  });

  it('leaves good links and files outside the reviews alone', async () => {
    expect(
      (await render('见[措施](/demo/measures/1/)和[分项](#measure-1-item-1)。\n')).problems,
    ).toEqual([]);
    expect((await render('[x](javascript:a())', '../README.md')).problems).toEqual([]);
  });
});
