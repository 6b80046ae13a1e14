import { describe, expect, it } from 'vitest';
import { linesBeforeText, syntaxProblem } from '../../../src/loaders/entry-rendering.ts';

describe('linesBeforeText', () => {
  it('counts the front matter and blank lines before the text', () => {
    const file = '---\narea: 1\ntitle: 问题\n---\n\n一是问题。\n';
    expect(linesBeforeText(file, '一是问题。')).toBe(5);
  });

  it('is 0 for a file without front matter or without text', () => {
    expect(linesBeforeText('一是问题。', '一是问题。')).toBe(0);
    expect(linesBeforeText('---\ntitle: 问题\n---\n', '')).toBe(0);
  });
});

describe('syntaxProblem', () => {
  it('names the file, the line and how to write the text instead', () => {
    const problem = syntaxProblem('reviews/r/findings/1-1.mdx', {
      reason: 'Unexpected character',
      line: 9,
    });
    expect(problem).toMatchObject({ file: 'reviews/r/findings/1-1.mdx', line: 9, field: '正文' });
    expect(problem.message).toBe('无法按 MDX 读取（Unexpected character）');
    expect(problem.hint).toContain('\\<');
  });

  it('leaves the line out when the parser did not give one', () => {
    expect(syntaxProblem('a.mdx', new Error('bad'))).not.toHaveProperty('line');
  });
});
