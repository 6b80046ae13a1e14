import { describe, expect, it } from 'vitest';
import { PdfTargetError, pdfTargets } from '../../../../scripts/pdf/targets.ts';

const manifest = {
  base: '/',
  reviews: [{ review: 'demo-2024', title: '示例', url: '/demo-2024/' }],
};

describe('pdfTargets', () => {
  it('prints the full text, then the ledger', () => {
    expect(pdfTargets(manifest, 'demo-2024')).toEqual([
      { path: '/demo-2024/', file: 'demo-2024-全文.pdf' },
      { path: '/demo-2024/ledger/', file: 'demo-2024-整改台账.pdf' },
    ]);
  });

  it('prints a site built under a sub-path as built', () => {
    const [fullText] = pdfTargets({ ...manifest, base: '/zhenggai/' }, 'demo-2024');
    expect(fullText?.path).toBe('/zhenggai/demo-2024/');
  });

  it('names the reviews there are when asked for one there is not', () => {
    expect(() => pdfTargets(manifest, 'demo-2023')).toThrow(PdfTargetError);
    expect(() => pdfTargets(manifest, 'demo-2023')).toThrow('现有的材料：demo-2024');
  });
});
