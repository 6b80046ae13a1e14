import { describe, expect, it } from 'vitest';
import {
  cutAt,
  firstItemScheme,
  itemRun,
  sentenceMarkers,
} from '../../../../scripts/import/inline-items.ts';

describe('sentenceMarkers', () => {
  it('finds the numberings that start a sentence, not those inside one', () => {
    const text = '（一）作风方面。一是会多；二是文多，三是话多:四是事多';
    expect(sentenceMarkers(text, 'cn-shi').map((m) => m.number)).toEqual([1, 2, 4]);
  });
});

describe('itemRun', () => {
  it('is the numbers from the first, in order, when they are all the sentence-starting ones', () => {
    const text = '（一）纪律方面。一是纪律松弛。二是规矩意识淡薄。三是监督不够。';
    expect(itemRun(text, 'cn-shi', 1)?.map((m) => m.index)).toEqual([8, 15, 24]);
    expect(itemRun('一是学习不深入。二是调研不够。', 'cn-shi', 2, 1)?.map((m) => m.number)).toEqual(
      [2],
    );
  });

  it('is undefined when the numbers start again or skip', () => {
    expect(itemRun('一是作风不实，主要是：一是会多；二是文多。', 'cn-shi', 2, 1)).toBeUndefined();
    expect(itemRun('方面。一是甲。三是丙。', 'cn-shi', 1)).toBeUndefined();
    expect(itemRun('方面。本人……', 'cn-shi', 1)).toBeUndefined();
  });
});

describe('firstItemScheme', () => {
  it('is the style of the first item numbered 1 inside the text, other than the areas’', () => {
    expect(firstItemScheme('（一）作风方面。1.会多。2.文多。', 'cn-paren')).toBe('arabic');
    expect(firstItemScheme('（一）作风方面，本人……', 'cn-paren')).toBeUndefined();
  });
});

describe('cutAt', () => {
  it('cuts a text into the pieces before and from each offset', () => {
    expect(cutAt('甲。一是乙。二是丙。', [2, 6])).toEqual(['甲。', '一是乙。', '二是丙。']);
    expect(cutAt('一是乙。', [0])).toEqual(['', '一是乙。']);
  });
});
