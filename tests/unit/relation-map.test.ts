import { describe, expect, it } from 'vitest';
import { layoutRelationMap, textWidthEms, wrapText } from '../../src/lib/relation-map';

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
    expect(wrapText('强化理论学习', 10, 2)).toEqual(['强化理论学习']);
  });

  it('breaks long text and ends a cut line in an ellipsis that still fits', () => {
    const lines = wrapText('一二三四五六七八九十一二三四五六七八九十一二三四五', 10, 2);
    expect(lines).toEqual(['一二三四五六七八九十', '一二三四五六七八九…']);
    for (const line of lines) expect(textWidthEms(line)).toBeLessThanOrEqual(10);
  });

  it('does not add an ellipsis when the text fits exactly', () => {
    expect(wrapText('一二三四五六七八九十一二三四五六七八九十', 10, 2)).toEqual([
      '一二三四五六七八九十',
      '一二三四五六七八九十',
    ]);
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
    expect(at('f2').y).toBeLessThan(at('f3').y);
    expect(at('c2').y).toBeGreaterThanOrEqual(at('c1').y + layout.nodeHeight);
    expect(layout.height).toBeGreaterThanOrEqual(
      Math.max(...layout.nodes.map((n) => n.y + layout.nodeHeight)),
    );
  });

  it('places a measure level with the middle of its findings', () => {
    expect(at('m1').y).toBe((at('f1').y + at('f3').y) / 2);
    expect(at('c1').y).toBe(at('f3').y);
  });

  it('draws one curve per link, from the right side of one box to the left side of the next', () => {
    expect(layout.edges).toHaveLength(4);
    const edge = layout.edges.find((e) => e.from === 'c1')!;
    expect(edge.d.startsWith(`M${at('c1').x + layout.nodeWidth} `)).toBe(true);
    expect(edge.d.endsWith(`${at('f3').x} ${at('f3').y + layout.nodeHeight / 2}`)).toBe(true);
  });
});
