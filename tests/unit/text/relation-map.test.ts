import { describe, expect, it } from 'vitest';
import { layoutRelationMap, textWidthEms, wrapText } from '../../../src/text/relation-map.ts';

const node = (key: string, title = key) => ({ key, label: key, title, href: `/${key}/` });

describe('textWidthEms', () => {
  it('counts CJK as one em and ASCII as about half', () => {
    expect(textWidthEms('问题')).toBe(2);
    expect(textWidthEms('ab')).toBeCloseTo(1.1);
    expect(textWidthEms('“A”')).toBeCloseTo(2.55);
  });
});

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('强化理论学习', 10)).toEqual(['强化理论学习']);
  });

  it('breaks long text into lines that fit, losing nothing', () => {
    const text = '一二三四五六七八九十一二三四五六七八九十一二三“A”';
    const lines = wrapText(text, 10);
    expect(lines).toEqual(['一二三四五六七八九十', '一二三四五六七八九十', '一二三“A”']);
    for (const line of lines) expect(textWidthEms(line)).toBeLessThanOrEqual(10);
  });
});

describe('layoutRelationMap', () => {
  const layout = layoutRelationMap({
    causes: [node('c1'), node('c2')],
    findings: [node('f1'), node('f2'), node('f3')],
    measures: [node('m1')],
    links: [
      ['c1', 'f3'],
      ['c2', 'f3'],
      ['f1', 'm1'],
      ['f3', 'm1'],
    ],
  });
  const at = (key: string) => layout.nodes.find((n) => n.key === key)!;

  it('puts causes, findings and measures in three columns, left to right', () => {
    expect(at('c1').x).toBeLessThan(at('f1').x);
    expect(at('f1').x).toBeLessThan(at('m1').x);
    expect(layout.width).toBeGreaterThanOrEqual(at('m1').x + layout.nodeWidth);
  });

  it('stacks findings in document order and never overlaps boxes of a column', () => {
    expect(at('f1').y).toBeLessThan(at('f2').y);
    expect(at('f2').y).toBeGreaterThanOrEqual(at('f1').y + at('f1').height);
    expect(at('f3').y).toBeGreaterThanOrEqual(at('f2').y + at('f2').height);
    expect(at('c2').y).toBeGreaterThanOrEqual(at('c1').y + at('c1').height);
    expect(layout.height).toBeGreaterThanOrEqual(
      Math.max(...layout.nodes.map((n) => n.y + n.height)),
    );
  });

  it('places a measure level with the middle of its findings', () => {
    const mid = (key: string) => at(key).y + at(key).height / 2;
    expect(mid('m1')).toBe((mid('f1') + mid('f3')) / 2);
    expect(mid('c1')).toBe(mid('f3'));
  });

  it('shows every title whole, growing the box by a line per line of title', () => {
    const grown = layoutRelationMap({
      causes: [],
      findings: [node('short', '短标题'), node('long', '很长的标题'.repeat(10))],
      measures: [],
      links: [],
    });
    const [short, long] = grown.nodes;
    expect(short!.lines).toEqual(['短标题']);
    expect(long!.lines.join('')).toBe('很长的标题'.repeat(10));
    expect(long!.lines.length).toBeGreaterThan(2);
    expect(long!.height - short!.height).toBe((long!.lines.length - 1) * grown.lineHeight);
  });

  it('draws one curve per link, from the right side of one box to the left side of the next', () => {
    expect(layout.edges).toHaveLength(4);
    const edge = layout.edges.find((e) => e.from === 'c1')!;
    expect(edge.d.startsWith(`M${at('c1').x + layout.nodeWidth} `)).toBe(true);
    expect(edge.d.endsWith(`${at('f3').x} ${at('f3').y + at('f3').height / 2}`)).toBe(true);
  });
});
