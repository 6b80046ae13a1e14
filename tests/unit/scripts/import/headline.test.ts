import { describe, expect, it } from 'vitest';
import {
  headline,
  isCutOffAreaHeading,
  isHeadingLike,
  isHeadlineOnly,
  splitHeading,
} from '../../../../scripts/import/headline.ts';

describe('headline', () => {
  it('is the clause after the numbering, up to the first full stop', () => {
    expect(headline('一是学习领会不上心，推进工作有短板。本人虽然……')).toBe(
      '学习领会不上心，推进工作有短板',
    );
    expect(headline('（三）持续推进领导班子建设方面')).toBe('持续推进领导班子建设方面');
    expect(headline('1. 理论学习不够深入：对党的创新理论……')).toBe('理论学习不够深入');
    expect(headline('二是宗旨意识有所弱化；对……')).toBe('宗旨意识有所弱化');
    expect(headline('一是：理论学习不深入。本人……')).toBe('理论学习不深入');
    expect(headline('（二）、作风不实')).toBe('作风不实');
  });

  it('ends at half-width marks as at full-width ones, but not at a decimal point', () => {
    expect(headline('一是 理论学习不深入.本人……')).toBe('理论学习不深入');
    expect(headline('二是:压减开支1.5万元不到位;对……')).toBe('压减开支1.5万元不到位');
  });

  it('leaves out full-width numbering too', () => {
    expect(headline('１．理论学习不够深入。本人……')).toBe('理论学习不够深入');
  });
});

describe('isHeadingLike', () => {
  it('accepts one clause, with at most a full stop at its end', () => {
    expect(isHeadingLike('（一）用新思想引领推动民政工作，履行政治责任方面。')).toBe(true);
    expect(isHeadingLike('（一）学习不深入。本人对……')).toBe(false);
    expect(isHeadingLike('（二）作风方面'.padEnd(70, '长'))).toBe(false);
  });
});

describe('isHeadlineOnly', () => {
  it('is a numbered paragraph of one clause and nothing more', () => {
    expect(isHeadlineOnly('一是工作作风不够扎实')).toBe(true);
    expect(isHeadlineOnly('2.创新意识不强。')).toBe(true);
    expect(isHeadlineOnly('一是创新意识不强。推进改革步子不大。')).toBe(false);
    expect(isHeadlineOnly('二是自我要求有所降低,对身边工作人员管得不够严。')).toBe(false);
  });
});

describe('splitHeading', () => {
  it('ends the heading of an area after 方面, with its full stop and without its comma', () => {
    expect(
      splitHeading('（一）关于班子建设方面，主要是作用发挥不够：经征求意见发现以下问题'),
    ).toEqual({
      heading: '（一）关于班子建设方面',
      rest: '，主要是作用发挥不够：经征求意见发现以下问题',
    });
    expect(splitHeading('（二）在带头强化党性修养、提高道德修养方面。一是……')).toEqual({
      heading: '（二）在带头强化党性修养、提高道德修养方面。',
      rest: '一是……',
    });
    expect(splitHeading('(三)廉政建设方面,存在以下问题:')).toEqual({
      heading: '(三)廉政建设方面',
      rest: ',存在以下问题:',
    });
  });

  it('keeps a comma inside the heading before 方面, and takes the first clause without it', () => {
    expect(splitHeading('（一）用新思想引领民政工作，履行政治责任方面。')).toEqual({
      heading: '（一）用新思想引领民政工作，履行政治责任方面。',
      rest: '',
    });
    expect(splitHeading('（一）政治建设。总的看，……')).toEqual({
      heading: '（一）政治建设。',
      rest: '总的看，……',
    });
  });
});

describe('isCutOffAreaHeading', () => {
  it('is a heading that names its area, or a clause cut off before any punctuation', () => {
    expect(isCutOffAreaHeading('（一）在带头强化政治')).toBe(true);
    expect(isCutOffAreaHeading('（一）在理论学习方面。')).toBe(true);
    expect(isCutOffAreaHeading('（一）关于班子建设方面，主要是')).toBe(true);
  });

  it('is not a finding’s headline, a sentence cut off, or a long paragraph', () => {
    expect(isCutOffAreaHeading('（一）学习不深入。')).toBe(false);
    expect(isCutOffAreaHeading('（一）学习不深入，本人对')).toBe(false);
    expect(isCutOffAreaHeading('（一）学习不深入。本人……方面')).toBe(false);
    expect(isCutOffAreaHeading(`（一）${'在'.repeat(90)}`)).toBe(false);
  });
});
