import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  exitCodeOf,
  isDebug,
  stackOf,
  userErrors,
} from '../../../../scripts/shared/failure.ts';
import { UnreadableDocumentError } from '../../../../scripts/shared/documents/errors.ts';
import { OutputTargetError } from '../../../../scripts/shared/output-target.ts';
import {
  BUILD_OUTCOME,
  ContentError,
  isUserError,
  UserError,
} from '../../../../src/model/content-error.ts';

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

describe('userErrors', () => {
  it('finds a user error itself, behind a cause, or among the errors of a bundler', () => {
    const user = new UserError('写错了');
    expect(userErrors(user)).toEqual([user]);
    expect(userErrors(new Error('Build failed', { cause: user }))).toEqual([user]);
    const bundled = Object.assign(new Error('Build failed with 2 errors'), {
      errors: [new Error('x'), user],
    });
    expect(userErrors(bundled)).toEqual([user]);
    expect(userErrors(new Error('oops'))).toEqual([]);
    expect(userErrors('oops')).toEqual([]);
  });

  it('knows a user error of another copy of the class, renamed, by its mark', async () => {
    // As Astro's bundles load their own copy of the module, and the MDX compiler renames errors.
    // A query makes the address another module's, loaded anew.
    const url = new URL('../../../../src/model/content-error.ts?another-copy', import.meta.url);
    const copy = (await import(
      url.href
    )) as typeof import('../../../../src/model/content-error.ts');
    expect(copy.ContentError).not.toBe(ContentError);
    const error = new copy.ContentError([{ file: 'a.mdx', message: '不对', hint: '改正它。' }]);
    error.name = 'MDXError';
    expect(error).not.toBeInstanceOf(ContentError);
    expect(isUserError(error)).toBe(true);
    expect(describeFailure(error, { env: {}, outcome: '工作簿没有导出' })).toBe(
      '材料内容有 1 处问题，工作簿没有导出：\n  ✗ a.mdx：不对\n    改法：改正它。',
    );
    // A bug of the same name is still a bug.
    expect(isUserError(Object.assign(new Error('x'), { name: 'ContentError', problems: [] }))).toBe(
      false,
    );
  });
});

describe('exitCodeOf', () => {
  it('is the user error’s own code, or the command’s for anything else', () => {
    const unreadable = new UnreadableDocumentError({ file: 'a.txt', expected: '文件', hint: '。' });
    expect(exitCodeOf(unreadable, 3)).toBe(2);
    expect(exitCodeOf(new ContentError([]), 3)).toBe(1);
    expect(exitCodeOf(new OutputTargetError('不能写'), 3)).toBe(2);
    expect(exitCodeOf(new Error('Build failed', { cause: new UserError('x') }), 3)).toBe(1);
    expect(exitCodeOf(new Error('oops'), 3)).toBe(3);
  });
});

describe('describeFailure', () => {
  const content = new ContentError([
    { file: 'content/reviews/x/review.mdx', message: '缺少标题（title）', hint: '写上标题。' },
  ]);

  it('prints a content error as its message alone, with its stack after it under DEBUG', () => {
    expect(describeFailure(content, { env: {}, outcome: BUILD_OUTCOME })).toBe(content.message);
    expect(describeFailure(content, { env: { DEBUG: '1' }, outcome: BUILD_OUTCOME })).toMatch(
      /^材料内容有 1 处问题，网站没有生成：\n[\s\S]*\n\nContentError: [\s\S]*\n\s+at /,
    );
  });

  it('heads a list of problems with what the command did not do, or only counts them', () => {
    expect(describeFailure(content, { env: {}, outcome: '工作簿没有导出' })).toBe(
      '材料内容有 1 处问题，工作簿没有导出：\n  ✗ content/reviews/x/review.mdx：缺少标题（title）\n    改法：写上标题。',
    );
    expect(describeFailure(content, { env: {} })).toMatch(/^材料内容有 1 处问题：\n {2}✗ /);
  });

  it('prints another user error as its message, several one after another', () => {
    const two = Object.assign(new Error('Build failed with 2 errors'), {
      errors: [new UserError('甲有误。'), new UserError('乙有误。')],
    });
    expect(describeFailure(two, { env: {} })).toBe('甲有误。\n\n乙有误。');
  });

  it('prints any other error with its stack and causes, saying it is a bug', () => {
    const bug = new Error('oops', { cause: new Error('deeper') });
    const text = describeFailure(bug, { env: {} });
    expect(text).toContain('原因：Error: deeper');
    expect(text).toContain('这是程序本身的错误，不是内容的问题');
  });
});

describe('describeFailure of the disk', () => {
  const failure = (code: string, fields: Record<string, string>) =>
    Object.assign(new Error(`${code}: something, ${fields.syscall ?? 'open'}`), {
      code,
      ...fields,
    });

  it('says a full disk, naming what was being written when the call does not', () => {
    const text = describeFailure(failure('ENOSPC', { syscall: 'write' }), {
      env: {},
      writing: '/srv/.dist.building',
    });
    expect(text).toContain(
      '磁盘空间不足：写入 /srv/.dist.building 时，它所在的磁盘已经写满（ENOSPC）',
    );
    expect(text).toContain('改法：在这个磁盘上腾出空间');
    expect(text).not.toContain('程序本身的错误');
    expect(text).not.toMatch(/^\s+at /m);
  });

  it('says a read-only disk and a folder without permission, naming the path', () => {
    const readOnly = failure('EROFS', { syscall: 'mkdir', path: '/mnt/cd/.dist.building' });
    expect(describeFailure(readOnly, { env: {} })).toContain(
      '无法建立文件夹 /mnt/cd/.dist.building：它所在的磁盘是只读的（EROFS）',
    );
    for (const code of ['EACCES', 'EPERM']) {
      const denied = failure(code, { syscall: 'rename', path: '/var/www/site' });
      expect(describeFailure(denied, { env: {} })).toContain(
        `没有权限移动 /var/www/site（${code}）`,
      );
    }
  });

  it('names the destination of a copy that found its disk full', () => {
    const copy = failure('ENOSPC', { syscall: 'copyfile', path: '/p/.astro/a', dest: '/mnt/b' });
    expect(describeFailure(copy, { env: {} })).toContain('写入 /mnt/b 时，它所在的磁盘已经写满');
  });

  it('says a move across file systems, naming both places', () => {
    const text = describeFailure(failure('EXDEV', { syscall: 'rename', path: '/a', dest: '/b' }), {
      env: {},
    });
    expect(text).toContain('无法把 /a 移到 /b：两者不在同一个磁盘（文件系统）上（EXDEV）');
  });

  it('finds the failure inside another error, or in the message of one that kept only that', () => {
    const wrapped = new Error('Build failed', {
      cause: failure('ENOSPC', { syscall: 'open', path: '/x/y.html' }),
    });
    expect(describeFailure(wrapped, { env: {} })).toContain('写入 /x/y.html 时');
    const retold = new Error("EROFS: read-only file system, mkdir '/mnt/ro/.dist.building'");
    expect(describeFailure(retold, { env: {} })).toContain('无法建立文件夹 /mnt/ro/.dist.building');
  });

  it('keeps the stack under DEBUG', () => {
    expect(describeFailure(failure('EROFS', { path: '/x' }), { env: { DEBUG: '1' } })).toMatch(
      /\n\s+at /,
    );
  });
});
