import { describe, expect, it } from 'vitest';
import {
  compactSpacing,
  hasUnindexedCharacters,
  onlyPunctuation,
  phrasesFor,
  queryTerms,
  spaceCharacters,
  spaceHtmlText,
  unspaceText,
} from '../../../src/search/tokens.ts';

describe('spaceCharacters', () => {
  it('makes every character a word', () => {
    expect(spaceCharacters('三会一课')).toBe('三 会 一 课 ');
    expect(spaceCharacters('2023年')).toBe('2 0 2 3 年 ');
  });

  it('keeps entities whole and marks original spaces', () => {
    expect(spaceCharacters('&lt;关于&gt;')).toBe('&lt; 关 于 &gt; ');
    expect(spaceCharacters('A B')).toBe('A  \u2420 B ');
  });
});

describe('spaceHtmlText', () => {
  it('is not confused by > inside styles and attribute values', () => {
    expect(
      spaceHtmlText('<style>@media (width<=40rem){a>b{c:d}}</style><p title="a>b">问题</p>'),
    ).toBe('<style>@media (width<=40rem){a>b{c:d}}</style><p title="a>b">问 题 </p>');
  });

  it('spaces text but leaves tags, attributes, scripts and styles alone', () => {
    const html =
      '<p data-search-title="问题（一）">殡仪馆<mark>建设</mark></p><style>a{b:c}</style><script>x=1</script>';
    expect(spaceHtmlText(html)).toBe(
      '<p data-search-title="问题（一）">殡 仪 馆 <mark>建 设 </mark></p><style>a{b:c}</style><script>x=1</script>',
    );
  });
});

describe('queryTerms', () => {
  it('splits at ASCII and ideographic spaces and drops typed quotes', () => {
    expect(queryTerms(' 养老服务  殡葬\u3000"改革" “巡察组”')).toEqual([
      '养老服务',
      '殡葬',
      '改革',
      '巡察组',
    ]);
    expect(queryTerms(' \u3000 ')).toEqual([]);
  });
});

describe('phrasesFor', () => {
  it('quotes the characters of a term as one phrase', () => {
    expect(phrasesFor('殡仪馆')).toEqual(['"殡 仪 馆"']);
    expect(phrasesFor('2023年7月28日')).toEqual(['"2 0 2 3 年 7 月 2 8 日"']);
  });

  it('splits at punctuation, which the index does not hold', () => {
    expect(phrasesFor('民政爱民、民政为民')).toEqual(['"民 政 爱 民"', '"民 政 为 民"']);
    expect(phrasesFor('、。')).toEqual([]);
  });
});

describe('hasUnindexedCharacters', () => {
  it('tells a term with punctuation or symbols from one the phrases search whole', () => {
    expect(hasUnindexedCharacters('殡仪馆')).toBe(false);
    expect(hasUnindexedCharacters('A总书记2023')).toBe(false);
    expect(hasUnindexedCharacters('(A)')).toBe(true);
    expect(hasUnindexedCharacters('民政爱民、民政为民')).toBe(true);
    expect(hasUnindexedCharacters('<')).toBe(true);
  });
});

describe('onlyPunctuation', () => {
  it('is true when no term holds a letter or digit', () => {
    expect(onlyPunctuation(['（）'])).toBe(true);
    expect(onlyPunctuation(['、。', '()'])).toBe(true);
    expect(onlyPunctuation(['、', '养老'])).toBe(false);
    expect(onlyPunctuation(['(A)'])).toBe(false);
    expect(onlyPunctuation([])).toBe(false);
  });
});

describe('unspaceText', () => {
  it('restores indexed text, original spaces included, without trimming it', () => {
    expect(unspaceText(spaceCharacters('（A B）要求'))).toBe('（A B）要求');
  });
});

describe('compactSpacing', () => {
  it('restores the text and merges the highlight of a phrase', () => {
    expect(compactSpacing('的 <mark>殡</mark> <mark>仪</mark> <mark>馆</mark> 火 化')).toBe(
      '的<mark>殡仪馆</mark>火化',
    );
  });

  it('restores original spaces', () => {
    expect(compactSpacing('A \u2420 B 先 生')).toBe('A B先生');
  });

  it('round-trips spaced text', () => {
    const text = '根据《关于印发》（城巡办发〔2023〕21号） A B';
    expect(compactSpacing(spaceCharacters(text))).toBe(text);
  });
});
