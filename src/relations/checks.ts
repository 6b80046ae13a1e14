/**
 * Checks of one review that the schemas cannot make, because they span files or read the text:
 * two entries with one number, the part placeholders of the review's text, entries without text.
 * Each problem is collected, not thrown.
 */
import type { ContentProblem } from '../model/content-error.ts';
import { PART_PLACEHOLDERS, type EntryKind } from '../model/kinds.ts';
import { KIND_NOUN, KIND_PART_NAME } from '../model/labels.ts';
import type { EntryNode, ReviewNode } from './nodes.ts';
import { bodyParagraphCount } from './paragraphs.ts';

/** Two files numbered alike would get the same label: the document cannot have both. */
export function checkDuplicateNumbers(nodes: EntryNode[], problems: ContentProblem[]): void {
  const byLabel = new Map<string, EntryNode>();
  for (const node of nodes) {
    const first = byLabel.get(node.label);
    if (first) {
      problems.push({
        file: node.file,
        field: node.kind === 'finding' ? 'area/order' : 'order',
        message: `把这个${KIND_NOUN[node.kind]}编为${node.label}，与 ${first.file} 相同`,
        hint: '每个条目的编号要不同：改其中一个文件的 order（问题还有 area）。',
      });
    } else {
      byLabel.set(node.label, node);
    }
  }
}

/** The review body must say where each part's entries go, once, or they would not be published. */
export function checkPlaceholders(review: ReviewNode, problems: ContentProblem[]): void {
  const body = review.entry.body ?? '';
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
        field: BODY_FIELD,
        message:
          uses > 1
            ? `正文中写了 ${uses} 次 <${tag} />`
            : `有 ${count} 个${KIND_NOUN[kind]}，但正文中没有 <${tag} />，它们不会出现在全文中`,
        hint: `在正文中“${KIND_PART_NAME[kind]}”部分所在的位置，单独一行写一次 <${tag} />。`,
      });
    }
  }
}

/** How messages name the text after the front matter. */
const BODY_FIELD = '正文';

/** An entry's page shows its text; a file with front matter only would publish an empty page. */
export function checkEntryTexts(nodes: EntryNode[], problems: ContentProblem[]): void {
  for (const node of nodes) {
    if ((node.entry.body ?? '').trim() !== '') continue;
    problems.push({
      file: node.file,
      field: BODY_FIELD,
      message: `${node.label}没有正文，页面上将只有标题`,
      hint: '在第二个 --- 之后写上材料中这一条的原文（含“一是”等编号）。',
    });
  }
}

/**
 * A finding whose paragraph the next finding continues is published inside that one paragraph, so
 * it can hold no other: its text would otherwise be cut in two.
 */
export function checkSharedParagraphs(review: ReviewNode, problems: ContentProblem[]): void {
  for (const area of review.areas) {
    area.findings.forEach((finding, i) => {
      const next = area.findings[i + 1];
      const body = finding.entry.body;
      if (!next?.continues || body === undefined || bodyParagraphCount(body) <= 1) return;
      problems.push({
        file: finding.file,
        field: BODY_FIELD,
        message: `有 ${bodyParagraphCount(body)} 段，但${next.label}（paragraph: continues）接着它的段落写，它只能有一段`,
        hint: `全文中无法把它的几段和${next.label}排在同一段里。请删去 ${next.file} 中的 paragraph: continues，让${next.label}另起一段。`,
      });
    });
  }
}
