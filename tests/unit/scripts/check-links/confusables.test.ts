import { describe, expect, it } from 'vitest';
import {
  describeLookalikes,
  lookalikesIn,
  skeleton,
} from '../../../../scripts/check-links/confusables.ts';

describe('skeleton', () => {
  it.each([
    // Cyrillic о and а, Greek ο and α, in lower case as browsers map hosts, and in upper case.
    ['оa.example.gov.cn', 'oa.example.gov.cn'],
    ['oа.example.gov.cn', 'oa.example.gov.cn'],
    ['οa.example.gov.cn', 'oa.example.gov.cn'],
    ['oα.exаmplе.gov.cn', 'oa.example.gov.cn'],
    ['ОА.EXAMPLE.GOV.CN', 'oa.example.gov.cn'],
    ['ΟΑ.example.gov.cn', 'oa.example.gov.cn'],
    // Full-width letters and digits.
    ['ｏａ.example.gov.cn', 'oa.example.gov.cn'],
    ['oa２０２４.cn', 'oa2024.cn'],
    // Cyrillic З for the digit 3.
    ['oaЗ.cn', 'oa3.cn'],
    // ASCII and Chinese are as they look.
    ['oa.example.gov.cn', 'oa.example.gov.cn'],
    ['政府.cn', '政府.cn'],
  ])('%s looks like %s', (text, looks) => {
    expect(skeleton(text)).toBe(looks);
  });

  it('keeps hosts that only differ in ASCII apart', () => {
    expect(skeleton('0a.example.gov.cn')).not.toBe(skeleton('oa.example.gov.cn'));
    expect(skeleton('oa.example.gov.com')).not.toBe(skeleton('oa.example.gov.cn'));
  });
});

describe('lookalikesIn', () => {
  it('names each lookalike once, with its script and the character it passes for', () => {
    expect(lookalikesIn('оaо.exаmple.gov.cn')).toEqual([
      { char: 'о', ascii: 'o', script: 'cyrillic' },
      { char: 'а', ascii: 'a', script: 'cyrillic' },
    ]);
    expect(lookalikesIn('ρ')).toEqual([{ char: 'ρ', ascii: 'p', script: 'greek' }]);
    expect(lookalikesIn('ｐ')).toEqual([{ char: 'ｐ', ascii: 'p', script: 'full-width' }]);
    expect(lookalikesIn('oa.example.gov.cn')).toEqual([]);
  });
});

describe('describeLookalikes', () => {
  it('says which characters are of which script, and what they pass for', () => {
    expect(describeLookalikes('оa.example.gov.cn')).toBe('“о”是西里尔字母，不是英文的“o”');
    expect(describeLookalikes('οa.exаmplе.gov.cn')).toBe(
      '“ο”是希腊字母，不是英文的“o”；“а”“е”是西里尔字母，不是英文的“a”“e”',
    );
    expect(describeLookalikes('ｏa')).toBe('“ｏ”是全角字符，不是英文的“o”');
    expect(describeLookalikes('oa.cn')).toBe('');
  });
});
