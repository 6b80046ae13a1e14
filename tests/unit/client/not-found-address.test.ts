import { describe, expect, it } from 'vitest';
import { missingAddress } from '../../../src/client/not-found-address.ts';

const REVIEWS = ['xx-2023', 'yy-2024'];

describe('missingAddress', () => {
  it('names the review, the kind and the number of an entry the review lacks', () => {
    expect(missingAddress('/xx-2023/measures/9/', '/', REVIEWS)).toEqual({
      review: 'xx-2023',
      kind: 'measure',
      id: '9',
      words: [],
    });
    expect(missingAddress('/xx-2023/findings/3-7/', '/', REVIEWS)).toMatchObject({
      kind: 'finding',
      id: '3-7',
    });
  });

  it('reads the address under the base path the site is deployed at', () => {
    expect(missingAddress('/zhenggai/yy-2024/causes/5/', '/zhenggai/', REVIEWS)).toMatchObject({
      review: 'yy-2024',
      kind: 'cause',
      id: '5',
    });
  });

  it('knows a kind written the way a reader might write it, and a review in capitals', () => {
    expect(missingAddress('/xx-2023/measure/2/', '/', REVIEWS).kind).toBe('measure');
    expect(missingAddress('/XX-2023/%E6%8E%AA%E6%96%BD/2/', '/', REVIEWS)).toMatchObject({
      review: 'xx-2023',
      kind: 'measure',
    });
    expect(missingAddress('/xx-2023/整改措施/', '/', REVIEWS)).toMatchObject({
      kind: 'measure',
      id: undefined,
    });
  });

  it('keeps the words of an address outside any review, to search for', () => {
    expect(missingAddress('/%E6%AE%A1%E4%BB%AA%E9%A6%86/', '/', REVIEWS)).toEqual({
      review: undefined,
      kind: undefined,
      id: undefined,
      words: ['殡仪馆'],
    });
    expect(missingAddress('/xx-2023/养老_服务/index.html', '/', REVIEWS)).toEqual({
      review: 'xx-2023',
      kind: undefined,
      id: undefined,
      words: ['养老', '服务'],
    });
  });

  it('leaves out bare numbers and broken encodings do not stop it', () => {
    expect(missingAddress('/old/12/page.html', '/', REVIEWS).words).toEqual(['old']);
    expect(missingAddress('/%E6%AE/', '/', REVIEWS).words).toEqual(['%E6%AE']);
  });
});
