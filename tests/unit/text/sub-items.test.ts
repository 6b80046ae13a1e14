import { describe, expect, it } from 'vitest';
import { findSubItems, type SubItem } from '../../../src/text/sub-items.ts';

/** Each point as [path, the text it covers], which is what a reader sees highlighted. */
const points = (blocks: string[], options = {}) =>
  findSubItems(blocks, options).map((item: SubItem) => [
    item.path.join('.'),
    blocks[item.block]!.slice(item.start, item.end),
  ]);

describe('findSubItems', () => {
  it('finds 一是…四是 in running text, each up to the next', () => {
    const text =
      '（一）认识不到位。一是重视不够。二是缺乏主动性。三是有畏难情绪。四是存在经验主义。';
    expect(points([text])).toEqual([
      ['1', '一是重视不够。'],
      ['2', '二是缺乏主动性。'],
      ['3', '三是有畏难情绪。'],
      ['4', '四是存在经验主义。'],
    ]);
  });

  it('finds 1. 2. and 1、 and full-width 1． as well as （1）（2） and (1)(2)', () => {
    expect(points(['措施如下：1.加强学习；2.完善制度。'])).toEqual([
      ['1', '1.加强学习；'],
      ['2', '2.完善制度。'],
    ]);
    expect(points(['1、学习 2、调研'])).toEqual([
      ['1', '1、学习 '],
      ['2', '2、调研'],
    ]);
    expect(points(['１．学习。２．调研。']).map(([p]) => p)).toEqual(['1', '2']);
    expect(points(['（1）学习；（2）调研；(3)整改。']).map(([p]) => p)).toEqual(['1', '2', '3']);
  });

  it('numbers up to 十 and beyond', () => {
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
    const text = numerals.map((n) => `${n}是甲。`).join('');
    expect(points([text]).map(([p]) => p)).toEqual(numerals.map((_, i) => String(i + 1)));
  });

  it('nests a second style inside the point it appears in', () => {
    const text = '一是学习：（1）原文；（2）讲话。二是调研：（1）走访；（2）座谈。三是整改。';
    expect(points([text])).toEqual([
      ['1', '一是学习：（1）原文；（2）讲话。'],
      ['1.1', '（1）原文；'],
      ['1.2', '（2）讲话。'],
      ['2', '二是调研：（1）走访；（2）座谈。'],
      ['2.1', '（1）走访；'],
      ['2.2', '（2）座谈。'],
      ['3', '三是整改。'],
    ]);
  });

  it('continues a list across paragraphs, one point per paragraph', () => {
    expect(points(['（二）转变作风。', '1.深入一线。', '2.改进文风。'])).toEqual([
      ['1', '1.深入一线。'],
      ['2', '2.改进文风。'],
    ]);
  });

  it('skips a finding’s own 一是 at the start of its text', () => {
    const text = '二是调研不够。一方面，1.走访少；2.座谈少。';
    expect(points([text], { ownNumberAtStart: true })).toEqual([
      ['1', '1.走访少；'],
      ['2', '2.座谈少。'],
    ]);
    // Without the option the leading 二是 is not a list: it does not start at 一.
    expect(points(['一是甲。二是乙。'], { ownNumberAtStart: true })).toEqual([]);
  });

  it('ignores numbers inside words and figures', () => {
    expect(points(['思想统一是前提，二是关键。'])).toEqual([]);
    expect(points(['投入2.5万元，3.2万人受益。'])).toEqual([]);
    expect(points(['2023年7月28日开工。'])).toEqual([]);
  });

  it('ignores a list of one point and numbers out of sequence', () => {
    expect(points(['按要求，（1）项已完成。'])).toEqual([]);
    expect(points(['一是甲。三是丙。'])).toEqual([]);
    expect(points(['2.甲。3.乙。'])).toEqual([]);
  });

  it('drops a nested list of one point without losing the outer list', () => {
    expect(points(['一是甲：（1）子。二是乙。'])).toEqual([
      ['1', '一是甲：（1）子。'],
      ['2', '二是乙。'],
    ]);
  });

  it('gives the offsets of the numbering itself', () => {
    const [first] = findSubItems(['前言。一是甲。二是乙。']);
    expect(first).toMatchObject({ block: 0, start: 3, markerEnd: 5, style: 'cn-shi' });
  });
});
