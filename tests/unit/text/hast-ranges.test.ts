import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { wrapRanges, type TextRange } from '../../../src/text/hast-ranges.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[], id?: string): Element => ({
  type: 'element',
  tagName,
  properties: id ? { id } : {},
  children,
});
const range = (start: number, end: number, tagName = 'span', inner?: TextRange[]): TextRange => ({
  start,
  end,
  wrap: (children) => el(tagName, children),
  ...(inner ? { inner } : {}),
});
const html = (nodes: ElementContent[]) => toHtml(el('p', nodes));

describe('wrapRanges', () => {
  it('wraps stretches of one text node', () => {
    const out = wrapRanges([text('前言。一是甲。二是乙。')], [range(3, 7), range(7, 11)]);
    expect(html(out)).toBe('<p>前言。<span>一是甲。</span><span>二是乙。</span></p>');
  });

  it('nests inner stretches', () => {
    const out = wrapRanges([text('一是甲。二是乙。')], [range(0, 4, 'span', [range(0, 2, 'a')])]);
    expect(html(out)).toBe('<p><span><a>一是</a>甲。</span>二是乙。</p>');
  });

  it('splits an inline element a stretch starts or ends in, keeping its id once', () => {
    const nodes = [text('甲'), el('strong', [text('一是乙。二是')], 'x'), text('丙。')];
    const out = wrapRanges(nodes, [range(1, 5), range(5, 9)]);
    expect(html(out)).toBe(
      '<p>甲<span><strong id="x">一是乙。</strong></span><span><strong>二是</strong>丙。</span></p>',
    );
  });

  it('never changes the text', () => {
    const nodes = [
      text('前言：'),
      el('em', [text('1.学'), el('b', [text('习；2.调')])]),
      text('研。'),
    ];
    const before = toString(el('p', nodes));
    const out = wrapRanges(nodes, [range(3, 9, 'span', [range(3, 5, 'a')]), range(9, 14)]);
    expect(toString(el('p', out))).toBe(before);
    expect(out.filter((n) => n.type === 'element' && n.tagName === 'span')).toHaveLength(2);
  });

  it('keeps nodes without text out of a stretch that ends at them', () => {
    const out = wrapRanges([text('一是甲。'), el('br', []), text('后文')], [range(0, 4)]);
    expect(html(out)).toBe('<p><span>一是甲。</span><br>后文</p>');
  });
});
