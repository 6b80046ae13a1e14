/**
 * How an area falls into the blocks of the full-text page. A document may run an area's heading,
 * its lead-in and several findings together in one paragraph (（一）……方面。一是……。二是……。); the
 * page publishes that paragraph as one, each finding's part of it still its own element. Everything
 * else stands on its own: the heading, each paragraph of the area's text, each finding.
 */
import type { AreaNode, FindingNode } from './nodes.ts';

/** A paragraph several pieces share: it opens with the heading or a paragraph of the area, or a finding. */
export interface SharedParagraph<F> {
  type: 'shared';
  /** Whether the paragraph opens with the area's heading. */
  heading: boolean;
  /** The area's text in the paragraph before the first finding: the lead, or one of its paragraphs. */
  text: string | undefined;
  /** The findings whose parts the paragraph holds, in order; all but the first continue it. */
  findings: F[];
}

export type AreaBlock<F> =
  | { type: 'heading' }
  | { type: 'paragraph'; text: string }
  | { type: 'finding'; finding: F }
  | SharedParagraph<F>;

type Area<F> = Pick<AreaNode, 'lead' | 'paragraphs'> & { findings: F[] };

/** The area's blocks in document order. */
export function areaBlocks<F extends Pick<FindingNode, 'continues'>>(
  area: Area<F>,
): AreaBlock<F>[] {
  const blocks: AreaBlock<F>[] = [];
  // The block a continuing finding would join; written out once the next one does not continue it.
  let open: AreaBlock<F> = area.lead
    ? { type: 'shared', heading: true, text: area.lead, findings: [] }
    : { type: 'heading' };
  for (const text of area.paragraphs) {
    blocks.push(open);
    open = { type: 'paragraph', text };
  }
  for (const finding of area.findings) {
    if (!finding.continues) {
      blocks.push(open);
      open = { type: 'finding', finding };
    } else if (open.type === 'shared') {
      open.findings.push(finding);
    } else {
      open = {
        type: 'shared',
        heading: open.type === 'heading',
        text: open.type === 'paragraph' ? open.text : undefined,
        findings: open.type === 'finding' ? [open.finding, finding] : [finding],
      };
    }
  }
  blocks.push(open);
  return blocks;
}

/** The paragraphs of an entry's MDX body: its blocks between blank lines. */
export function bodyParagraphCount(body: string): number {
  return body.split(/\r?\n\s*\r?\n/).filter((block) => block.trim() !== '').length;
}
