import { describe, expect, it } from 'vitest';
import { describeFailure, isDebug, stackOf } from '../../../../scripts/shared/failure.ts';
import { ContentError } from '../../../../src/model/content-error.ts';

describe('isDebug', () => {
  it('is on for DEBUG=1 and any other word but 0 and false', () => {
    for (const value of ['1', 'true', 'yes', ' TRUE '])
      expect(isDebug({ DEBUG: value })).toBe(true);
    for (const value of [undefined, '', '0', 'false', 'False']) {
      expect(isDebug({ DEBUG: value })).toBe(false);
    }
  });
});

describe('stackOf', () => {
  it('gives the stack of an error and of each cause, in order', () => {
    const error = new Error('outer', { cause: new Error('inner') });
    const stack = stackOf(error);
    expect(stack).toMatch(/^Error: outer\n\s+at /);
    expect(stack).toContain('\n原因：Error: inner\n');
  });
});

describe('describeFailure', () => {
  const content = new ContentError([
    { file: 'content/reviews/x/review.mdx', message: '缺少标题（title）', hint: '写上标题。' },
  ]);

  it('prints a content error as its message alone, with its stack under DEBUG', () => {
    expect(describeFailure(content, {})).toBe(content.message);
    expect(describeFailure(content, { DEBUG: '1' })).toMatch(/^ContentError: /);
  });

  it('prints any other error with its stack and causes, saying it is a bug', () => {
    const bug = new Error('oops', { cause: new Error('deeper') });
    const text = describeFailure(bug, {});
    expect(text).toContain('原因：Error: deeper');
    expect(text).toContain('这是程序本身的错误，不是内容的问题');
  });
});
