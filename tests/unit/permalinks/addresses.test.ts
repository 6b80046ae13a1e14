import { describe, expect, it } from 'vitest';
import { findPathConflicts } from '../../../src/permalinks/addresses.ts';

describe('findPathConflicts', () => {
  const page = { path: '/r/findings/1-1/', file: 'r/findings/1-1.mdx', what: '问题（一）之一' };

  it('accepts distinct addresses', () => {
    const alias = { ...page, path: '/r/findings/1-4/', field: 'aliases[0]', file: 'r/f/2-1.mdx' };
    expect(findPathConflicts([page, alias])).toEqual([]);
  });

  it('reports the alias, not the page, whichever comes first', () => {
    const alias = {
      ...page,
      file: 'r/findings/2-1.mdx',
      field: 'aliases[0]',
      what: '问题（二）之一',
    };
    expect(findPathConflicts([alias, page])).toEqual([
      {
        file: 'r/findings/2-1.mdx',
        field: 'aliases[0]',
        message: '“/r/findings/1-1/”是问题（一）之一的网址（r/findings/1-1.mdx）',
        hint: expect.stringContaining('删去它') as string,
      },
    ]);
  });

  it('names both files of two aliases', () => {
    const a = { ...page, path: '/old/', file: 'a.mdx', field: 'aliases[0]', what: '原因（一）' };
    const b = { ...page, path: '/old/', file: 'b.mdx', field: 'aliases[2]', what: '原因（二）' };
    const [p] = findPathConflicts([a, b]);
    expect(p).toMatchObject({ file: 'b.mdx', field: 'aliases[2]' });
    expect(p!.message).toBe('“/old/”也是原因（一）的旧网址（a.mdx → aliases[0]）');
  });

  it('reports two pages with one address', () => {
    const [p] = findPathConflicts([page, { ...page, file: 'other.mdx' }]);
    expect(p!.message).toBe('网址 “/r/findings/1-1/” 与问题（一）之一（r/findings/1-1.mdx）的相同');
  });
});
