/**
 * Marks the first paragraph of a finding whose text continues the paragraph before it
 * (`paragraph: continues`) with `data-continues`. The full-text page publishes that paragraph inside
 * the paragraph it continues and the finding's later paragraphs after it, so it must tell the first
 * from the others; the entry's own page shows it as an ordinary paragraph.
 */
import { relative } from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { entryOfFile } from '../model/entry-paths.ts';

export interface Options {
  /** Absolute path of the `reviews/` folder; files outside it are left alone. */
  reviewsDir: string;
}

/** The attribute the full-text page looks for. */
export const CONTINUES_ATTRIBUTE = 'data-continues';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** Marks the first paragraph of a continuing finding's text. */
export default function rehypeContinuedParagraph({ reviewsDir }: Options) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const entry = entryOfFile(relative(reviewsDir, file.path.replace(/\?.*$/, '')));
    const { frontmatter } = (file.data as AstroData).astro ?? {};
    if (entry?.kind !== 'finding' || frontmatter?.['paragraph'] !== 'continues') return;
    const first = tree.children.find((node) => node.type === 'element' && node.tagName === 'p');
    if (first?.type === 'element') first.properties['dataContinues'] = true;
  };
}
