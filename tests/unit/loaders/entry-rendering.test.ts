import { describe, expect, it } from 'vitest';
import { syntaxProblem } from '../../../src/loaders/entry-rendering.ts';

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
