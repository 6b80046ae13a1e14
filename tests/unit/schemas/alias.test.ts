import { describe, expect, it } from 'vitest';
import { aliasListSchema } from '../../../src/schemas/alias.ts';

describe('aliasListSchema', () => {
  it('reads former ids, as YAML numbers too, and paths with their trailing slash', () => {
    expect(aliasListSchema.parse([4, '1-4', '/old/findings/2', '/old/findings/3/'])).toEqual([
      '4',
      '1-4',
      '/old/findings/2/',
      '/old/findings/3/',
    ]);
  });

  it('is empty when left out', () => {
    expect(aliasListSchema.parse(undefined)).toEqual([]);
  });

  it.each(['问题一', 'Old/1', '/old/../x/', 'http://oa.cn/r/', '/old/2.html', '/'])(
    'refuses %j, saying what is expected',
    (alias) => {
      const result = aliasListSchema.safeParse([alias]);
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toContain('应是旧编号（如 1-4）');
    },
  );
});
