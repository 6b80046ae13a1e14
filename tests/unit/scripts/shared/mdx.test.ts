import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../../src/loaders/front-matter.ts';
import {
  frontMatterDocument,
  headingNode,
  mdxFile,
  paragraphNode,
  partPlaceholderNode,
  splitMdxFile,
  toMdx,
} from '../../../../scripts/shared/mdx.ts';

/** Parses MDX the way the site's MDX pipeline does (MDX and GFM syntax). */
const parseMdx = (mdx: string) =>
  fromMarkdown(mdx, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });

const TRICKY = [
  '根据《关于印发<关于巡察县民政局党组的反馈意见>的通知》要求',
  '{暂定} 与 } 以及 {{双括号}}',
  '*一人说了算* 和 **加粗** 和 _下划线_ 和 __双下划线__',
  '# 不是标题',
  '1. 不是列表',
  '2) 也不是',
  '> 不是引用',
  '- 不是列表项',
  '+ 也不是',
  '3~5年，~~不是删除线~~',
  '`不是代码` 与 $不是公式$',
  '[^1] [链接](地址) ![图](片)',
  '&amp; &#123; 与 \\ 反斜杠',
  'www.example.com 与 https://example.com',
  '<Findings />',
  '---',
  '===',
  '| 表 | 格 |',
  ':::',
  '<!-- 注释 -->',
  'import x from "y"',
  'export const a = 1',
];

describe('toMdx', () => {
  it('writes any text so that MDX reads it back unchanged', () => {
    const mdx = toMdx(TRICKY.map(paragraphNode));
    const tree = parseMdx(mdx);
    expect(tree.children.map((node) => [node.type, toString(node)])).toEqual(
      TRICKY.map((text) => ['paragraph', text]),
    );
  });

  it('writes section headings and the parts’ placeholders', () => {
    const blocks: RootContent[] = [
      paragraphNode('前言。'),
      headingNode('一、存在的主要问题'),
      partPlaceholderNode('finding'),
    ];
    expect(toMdx(blocks)).toBe('前言。\n\n## 一、存在的主要问题\n\n<Findings />\n');
  });
});

describe('mdxFile', () => {
  it('writes front matter as YAML, relation lists inline, long lines unfolded', () => {
    const title = '学习领会'.repeat(40);
    const file = mdxFile(
      frontMatterDocument({ area: 1, order: 2, title, causes: [], measures: [1, 3] }),
      '二是……\n',
    );
    expect(file).toBe(
      `---\narea: 1\norder: 2\ntitle: ${title}\ncauses: []\nmeasures: [1, 3]\n---\n\n二是……\n`,
    );
    expect(splitMdxFile(file)).toEqual({
      frontMatter: `area: 1\norder: 2\ntitle: ${title}\ncauses: []\nmeasures: [1, 3]\n`,
      body: '二是……\n',
    });
  });

  it('quotes what YAML would read otherwise', () => {
    const file = mdxFile(frontMatterDocument({ title: '关于: 示例 #1', order: 1 }), '');
    expect(file).toContain('title: "关于: 示例 #1"');
  });
});

describe('splitMdxFile', () => {
  const file = '---\ntitle: 甲\n---\n\n正文\n';

  it('finds the front matter after a BOM or blank lines, as the build does', () => {
    for (const text of [`\uFEFF${file}`, `\n\n${file}`, `\uFEFF\r\n \n${file}`]) {
      expect(splitMdxFile(text)).toEqual({ frontMatter: 'title: 甲\n', body: '正文\n' });
    }
  });

  it('ends it at a closing line with spaces after the ---, or at the end of the file', () => {
    expect(splitMdxFile('---\ntitle: 甲\n---  \n\n正文\n')).toEqual({
      frontMatter: 'title: 甲\n',
      body: '正文\n',
    });
    expect(splitMdxFile('---\ntitle: 甲\n---')).toEqual({ frontMatter: 'title: 甲\n', body: '' });
  });

  it('reads the same front matter as the build, or none where the build finds none', () => {
    const texts = [
      file,
      `\uFEFF\n${file}`,
      '---\r\na: 1\r\n---\r\n\r\n正文',
      '正文',
      '# ---\n---\n',
    ];
    for (const text of texts) {
      const block = splitFrontMatter(text);
      expect(splitMdxFile(text)?.frontMatter).toBe(block.present ? block.yaml : undefined);
    }
  });
});
