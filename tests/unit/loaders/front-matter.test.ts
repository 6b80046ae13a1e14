import { describe, expect, it } from 'vitest';
import { readFrontMatter, splitFrontMatter } from '../../../src/loaders/front-matter.ts';

const problemOf = (text: string) => {
  const read = readFrontMatter(text, 'f.mdx');
  if (!('problem' in read)) throw new Error('expected a problem');
  return read.problem;
};

const frontMatterOf = (text: string) => {
  const read = readFrontMatter(text, 'f.mdx');
  if (!('frontMatter' in read)) throw new Error(read.problem.message);
  return read.frontMatter;
};

describe('readFrontMatter', () => {
  it('keeps dates as written and finds each field’s line', () => {
    const fm = frontMatterOf('---\ntitle: 问题\ndeadline: 2024-02-30\n---\n\n正文。\n');
    expect(fm.data).toEqual({ title: '问题', deadline: '2024-02-30' });
    expect(fm.lineOf(['deadline'])).toBe(3);
  });

  it('gives the text after the front matter, and how many lines come before it', () => {
    const fm = frontMatterOf('\n---\ntitle: 问题\n---\n\n\n一是问题。\n二是问题。\n');
    expect(fm.body).toBe('一是问题。\n二是问题。');
    expect(fm.linesBeforeBody).toBe(6);
    expect(frontMatterOf('没有前置字段。').linesBeforeBody).toBe(0);
  });

  it('names the field written on a line, nested ones by their path', () => {
    const fm = frontMatterOf(
      '---\ntitle: 问题\nprogress:\n  - date: "2024-01-01"\n    note: 已完成\n---\n',
    );
    expect(fm.fieldAt(2)).toEqual(['title']);
    expect(fm.fieldAt(5)).toEqual(['progress', 0, 'note']);
    expect(fm.fieldAt(9)).toEqual([]);
  });

  it('names a key written twice, and where it was first written', () => {
    const problem = problemOf('---\ntitle: 一\narea: 1\ntitle: 二\n---\n');
    expect(problem).toMatchObject({ file: 'f.mdx', line: 4 });
    expect(problem.message).toBe('字段“title”写了两次（第 2 行已经写过）');
  });

  it('points at the line where an unclosed quote opened', () => {
    const problem = problemOf('---\narea: 1\ntitle: "问题二\ncauses: [1]\nmeasures: [1]\n---\n');
    expect(problem.line).toBe(3);
    expect(problem.message).toContain('引号没有配对');
  });

  it('explains a tab in the indentation and a full-width colon', () => {
    expect(problemOf('---\ncauses:\n\t- 1\n---\n')).toMatchObject({ line: 3 });
    expect(problemOf('---\ncauses:\n\t- 1\n---\n').message).toContain('制表符');
    const colon = problemOf('---\narea: 1\ntitle：问题\n---\n');
    expect(colon).toMatchObject({ line: 3 });
    expect(colon.message).toContain('中文冒号');
  });

  it('refuses tags such as !!js/function instead of reading the value', () => {
    const problem = problemOf('---\ntitle: !!js/function "function () {}"\n---\n');
    expect(problem).toMatchObject({ line: 2 });
    expect(problem.message).toContain('“!!js/function”是 YAML 的标签');
  });

  it('refuses aliases, so that no alias bomb is ever expanded', () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (const name of 'bcdefghi') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(`${name}: &${name} [${Array<string>(9).fill(`*${previous}`).join(', ')}]`);
    }
    const started = performance.now();
    const problem = problemOf(`---\ntitle: 问题\n${levels.join('\n')}\n---\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problem).toMatchObject({ line: 4 });
    expect(problem.message).toBe('前置字段中有 YAML 别名“*a”');
  });
});

describe('splitFrontMatter', () => {
  it('finds the block after a BOM and blank lines, and what follows it', () => {
    const text = '\uFEFF\n---\ntitle: 问题\n---\n\n一是问题。\n';
    const block = splitFrontMatter(text);
    expect(block).toMatchObject({ yaml: 'title: 问题\n', firstLine: 3, present: true });
    expect(text.slice(block.yamlStart, block.yamlStart + 5)).toBe('title');
    expect(text.slice(block.end)).toBe('\n\n一是问题。\n');
    expect(block.body).toBe('一是问题。');
  });

  it('says when a file has none', () => {
    expect(splitFrontMatter('一是问题。')).toMatchObject({ present: false, yaml: '', end: 0 });
  });
});

describe('readFrontMatter on other slips', () => {
  it('says what an unclosed [ most likely is', () => {
    const problem = readFrontMatter('---\ncauses: [1, 2\nmeasures: [1]\n---\n', 'f.mdx');
    expect('problem' in problem && problem.problem.message).toMatch(/\[ \] 没有配对/);
  });
});
