import { describe, expect, it } from 'vitest';
import { absoluteUrl, citation } from '../../../src/permalinks/citation.ts';

describe('absoluteUrl', () => {
  it('puts the path on the configured origin', () => {
    expect(absoluteUrl('/sub/r/measures/2/', 'https://oa.example.gov.cn')).toBe(
      'https://oa.example.gov.cn/sub/r/measures/2/',
    );
    expect(absoluteUrl('/r/', new URL('https://oa.example.gov.cn/ignored/'))).toBe(
      'https://oa.example.gov.cn/r/',
    );
  });

  it('leaves the path as it is without an origin', () => {
    expect(absoluteUrl('/r/measures/2/', undefined)).toBe('/r/measures/2/');
  });
});

describe('citation', () => {
  it('cites the review in 《》 and the entry by label and quoted title', () => {
    expect(citation('某局对照检查材料', '措施（二）', '强化政治担当')).toBe(
      '《某局对照检查材料》措施（二）“强化政治担当”',
    );
  });
});
