import { describe, expect, it } from 'vitest';
import { areaLabel, findingLabel, numberedLabel } from '../../../src/model/labels.ts';

describe('findingLabel', () => {
  it('numbers a finding by its area and its place in the area', () => {
    expect(findingLabel(1, 1)).toBe('问题（一）之一');
    expect(findingLabel(3, 2)).toBe('问题（三）之二');
    expect(findingLabel(2, 12)).toBe('问题（二）之十二');
  });

  it('numbers past 九十九 the way documents write them', () => {
    expect(findingLabel(1, 100)).toBe('问题（一）之一百');
    expect(findingLabel(1, 101)).toBe('问题（一）之一百零一');
    expect(findingLabel(1, 110)).toBe('问题（一）之一百一十');
    expect(findingLabel(100, 1)).toBe('问题（一百）之一');
  });
});

describe('numberedLabel', () => {
  it('numbers causes and measures the way the document does', () => {
    expect(numberedLabel('cause', 3)).toBe('原因（三）');
    expect(numberedLabel('measure', 2)).toBe('措施（二）');
    expect(numberedLabel('cause', 234)).toBe('原因（二百三十四）');
  });
});

describe('areaLabel', () => {
  it('names an area by its number', () => {
    expect(areaLabel(2)).toBe('方面（二）');
  });
});
