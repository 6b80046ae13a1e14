import { describe, expect, it } from 'vitest';
import { pagefindPart } from '../../../bench/lib/search-transfer.ts';

describe('pagefindPart', () => {
  it('names the kind of each Pagefind file', () => {
    expect(pagefindPart('/pagefind/index/und_1a2b.pf_index')).toBe('index');
    expect(pagefindPart('/zhenggai/pagefind/fragment/und_1a2b.pf_fragment')).toBe('fragment');
    expect(pagefindPart('/pagefind/filter/und_1a2b.pf_filter')).toBe('filter');
    expect(pagefindPart('/pagefind/pagefind.und_cee3dccf54c.pf_meta')).toBe('meta');
    expect(pagefindPart('/pagefind/wasm.unknown.pagefind')).toBe('wasm');
    expect(pagefindPart('/pagefind/pagefind.js')).toBe('script');
    expect(pagefindPart('/pagefind/page-filters.json')).toBe('filter-table');
  });
});
