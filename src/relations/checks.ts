/**
 * Checks of one review that the schemas cannot make, because they span files: two entries with one
 * number, and the part placeholders of the review's text. Each problem is collected, not thrown.
 */
import type { ContentProblem } from '../model/content-error';
import { PART_PLACEHOLDERS, type EntryKind } from '../model/kinds';
import { KIND_NOUN } from '../model/labels';
import type { EntryNode, ReviewNode } from './nodes';

/** Two files numbered alike would get the same label: the document cannot have both. */
export function checkDuplicateNumbers(nodes: EntryNode[], problems: ContentProblem[]): void {
  const byLabel = new Map<string, EntryNode>();
  for (const node of nodes) {
    const first = byLabel.get(node.label);
    if (first) {
      problems.push({
        file: node.file,
        field: node.kind === 'finding' ? 'area/order' : 'order',
        message: `numbers this ${KIND_NOUN[node.kind]} as ${node.label}, like ${first.file}`,
        hint: 'Each entry needs its own number: change `order` (or `area`) in one of the two files.',
      });
    } else {
      byLabel.set(node.label, node);
    }
  }
}

/** The review body must say where each part's entries go, once, or they would not be published. */
export function checkPlaceholders(review: ReviewNode, problems: ContentProblem[]): void {
  const body = review.entry.body;
  if (body === undefined) return;
  const parts: [EntryKind, number][] = [
    ['finding', review.findings.length],
    ['cause', review.causes.length],
    ['measure', review.measures.length],
  ];
  for (const [kind, count] of parts) {
    const tag = PART_PLACEHOLDERS[kind];
    const uses = body.match(new RegExp(`<${tag}\\s*/>`, 'g'))?.length ?? 0;
    if (uses > 1 || (uses === 0 && count > 0)) {
      problems.push({
        file: review.file,
        field: 'body',
        message:
          uses > 1
            ? `places <${tag} /> ${uses} times`
            : `has ${count} ${KIND_NOUN[kind]} entries but no <${tag} /> in its text`,
        hint: `Put <${tag} /> exactly once, on a line of its own, where the ${KIND_NOUN[kind]} part belongs in the document.`,
      });
    }
  }
}
