import { describe, expect, it } from 'vitest';
import { sameAddress, shownUrl } from '../../../../scripts/check-links/shown-url.ts';

const OA = 'http://oa.example.gov.cn';

describe('sameAddress', () => {
  it.each([
    [`${OA}/r/measures/2/`, `${OA}/r/measures/2/`],
    ['HTTP://OA.Example.gov.cn/r/', `${OA}/r/`],
    [`${OA}:80/r/`, `${OA}/r/`],
    [OA, `${OA}/`],
    [`${OA}/r/measures/2`, `${OA}/r/measures/2/`],
    [`${OA}/r/#措施二`, `${OA}/r/#%E6%8E%AA%E6%96%BD%E4%BA%8C`],
    [`${OA}/r/全文/`, `${OA}/r/%E5%85%A8%E6%96%87/`],
    [`${OA}/r/map/`, '/r/map/'],
  ])('%s opens %s', (shown, target) => {
    expect(sameAddress(shown, target)).toBe(true);
  });

  it.each([
    [`${OA}/r/measures/2/`, 'http://evil.example/r/measures/2/'],
    [`${OA}/r/measures/2/`, `${OA}/r/measures/3/`],
    [`${OA}/r/measures/2/`, `${OA}/r/measures/2/#measure-2-item-1`],
    [`${OA}/r/`, 'https://oa.example.gov.cn/r/'],
    [`${OA}/r/`, `http://x@oa.example.gov.cn/r/`],
    [`${OA}/r/`, 'http://xn--a-0tb.example.gov.cn/r/'],
  ])('%s does not open %s', (shown, target) => {
    expect(sameAddress(shown, target)).toBe(false);
  });
});

describe('shownUrl', () => {
  it('gives the URL a hyperlink’s text shows when the hyperlink opens another', () => {
    expect(shownUrl(`${OA}/r/measures/2/`, 'http://evil.example/')?.written).toBe(
      `${OA}/r/measures/2/`,
    );
    expect(shownUrl(` 见${OA}/r/measures/3/。`, `${OA}/r/measures/2/`)?.url).toBe(
      `${OA}/r/measures/3/`,
    );
    expect(shownUrl(`${OA}／r/`, 'http://evil.example/')).toMatchObject({
      written: `${OA}／r/`,
      url: `${OA}/r/`,
    });
  });

  it('gives nothing when the text shows no URL, or the one the hyperlink opens', () => {
    expect(shownUrl('措施（二）', 'http://evil.example/')).toBeUndefined();
    expect(shownUrl(`${OA}/r/measures/2`, ` ${OA}/r/measures/2/ `)).toBeUndefined();
    // A full-width slash typed in the text: the reader still sees the address it opens.
    expect(shownUrl(`${OA}／r/`, `${OA}/r/`)).toBeUndefined();
  });
});
