import { describe, expect, it } from 'vitest';
import { carriedAnchor } from '../../../src/client/alias-anchor.ts';

describe('carriedAnchor', () => {
  it('renames the anchor of the entry and of its numbered points', () => {
    expect(carriedAnchor('#finding-1-3', 'finding-1-3', 'finding-2-1')).toBe('#finding-2-1');
    expect(carriedAnchor('#finding-1-3-item-2', 'finding-1-3', 'finding-2-1')).toBe(
      '#finding-2-1-item-2',
    );
  });

  it('keeps other anchors, and anchors that only start like the former id', () => {
    expect(carriedAnchor('#area-1', 'finding-1-3', 'finding-2-1')).toBe('#area-1');
    expect(carriedAnchor('#finding-1-31', 'finding-1-3', 'finding-2-1')).toBe('#finding-1-31');
    expect(carriedAnchor('', 'finding-1-3', 'finding-2-1')).toBe('');
  });

  it('keeps the anchor when the former address was no entry of this site', () => {
    expect(carriedAnchor('#cause-5', undefined, 'cause-2')).toBe('#cause-5');
  });
});
