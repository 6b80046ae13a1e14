import { describe, expect, it } from 'vitest';
import {
  removeWebArtifacts,
  sourceParagraphs,
} from '../../../../../scripts/shared/documents/text.ts';

describe('removeWebArtifacts', () => {
  it('removes the paid-content markers and nothing else', () => {
    expect(removeWebArtifacts('##paidbegin##三是……。\n##paidend##\n')).toBe('三是……。\n\n');
    expect(removeWebArtifacts('A新时代 <关于> ##x##')).toBe('A新时代 <关于> ##x##');
  });
});

describe('sourceParagraphs', () => {
  it('gives one paragraph per non-blank line, in any line ending, indentation trimmed', () => {
    expect(sourceParagraphs('\uFEFF标题\r\n\r\n　　第一段。\r第二段。\n##paidend##\n')).toEqual([
      '标题',
      '第一段。',
      '第二段。',
    ]);
  });
});
