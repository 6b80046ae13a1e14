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

describe('describeFailure of the disk', () => {
  const failure = (code: string, fields: Record<string, string>) =>
    Object.assign(new Error(`${code}: something, ${fields.syscall ?? 'open'}`), {
      code,
      ...fields,
    });

  it('says a full disk, naming what was being written when the call does not', () => {
    const text = describeFailure(
      failure('ENOSPC', { syscall: 'write' }),
      {},
      '/srv/.dist.building',
    );
    expect(text).toContain(
      '磁盘空间不足：写入 /srv/.dist.building 时，它所在的磁盘已经写满（ENOSPC）',
    );
    expect(text).toContain('改法：在这个磁盘上腾出空间');
    expect(text).not.toContain('程序本身的错误');
    expect(text).not.toMatch(/^\s+at /m);
  });

  it('says a read-only disk and a folder without permission, naming the path', () => {
    const readOnly = failure('EROFS', { syscall: 'mkdir', path: '/mnt/cd/.dist.building' });
    expect(describeFailure(readOnly, {})).toContain(
      '无法建立文件夹 /mnt/cd/.dist.building：它所在的磁盘是只读的（EROFS）',
    );
    for (const code of ['EACCES', 'EPERM']) {
      const denied = failure(code, { syscall: 'rename', path: '/var/www/site' });
      expect(describeFailure(denied, {})).toContain(`没有权限移动 /var/www/site（${code}）`);
    }
  });

  it('names the destination of a copy that found its disk full', () => {
    const copy = failure('ENOSPC', { syscall: 'copyfile', path: '/p/.astro/a', dest: '/mnt/b' });
    expect(describeFailure(copy, {})).toContain('写入 /mnt/b 时，它所在的磁盘已经写满');
  });

  it('says a move across file systems, naming both places', () => {
    const text = describeFailure(
      failure('EXDEV', { syscall: 'rename', path: '/a', dest: '/b' }),
      {},
    );
    expect(text).toContain('无法把 /a 移到 /b：两者不在同一个磁盘（文件系统）上（EXDEV）');
  });

  it('finds the failure inside another error, or in the message of one that kept only that', () => {
    const wrapped = new Error('Build failed', {
      cause: failure('ENOSPC', { syscall: 'open', path: '/x/y.html' }),
    });
    expect(describeFailure(wrapped, {})).toContain('写入 /x/y.html 时');
    const retold = new Error("EROFS: read-only file system, mkdir '/mnt/ro/.dist.building'");
    expect(describeFailure(retold, {})).toContain('无法建立文件夹 /mnt/ro/.dist.building');
  });

  it('keeps the stack under DEBUG', () => {
    expect(describeFailure(failure('EROFS', { path: '/x' }), { DEBUG: '1' })).toMatch(/\n\s+at /);
  });
});
