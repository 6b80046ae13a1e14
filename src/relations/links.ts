/**
 * The relations between entries: each finding names its causes and measures, and every reverse
 * link (a cause's findings, a measure's causes …) is derived from those lists, so the two
 * directions can never disagree.
 */
import type { ContentProblem } from '../model/content-error.ts';
import { KIND_NOUN } from '../model/labels.ts';
import type { CauseNode, MeasureNode, ReviewNode, SourceEntries } from './nodes.ts';

/** Resolves each finding's `causes` and `measures` and derives every reverse link from them. */
export function linkRelations<E extends SourceEntries>(
  review: ReviewNode<E>,
  problems: ContentProblem[],
): void {
  const causes = new Map(review.causes.map((c) => [c.id, c]));
  const measures = new Map(review.measures.map((m) => [m.id, m]));

  for (const finding of review.findings) {
    const resolve = <T extends CauseNode<E> | MeasureNode<E>>(
      field: 'causes' | 'measures',
      targets: Map<string, T>,
    ) => {
      const found: T[] = [];
      finding.entry.data[field].forEach((ref, i) => {
        const where = { file: finding.file, field: `${field}[${i}]` };
        const noun = field === 'causes' ? KIND_NOUN.cause : KIND_NOUN.measure;
        const slash = ref.indexOf('/');
        if (slash >= 0 && ref.slice(0, slash) !== review.id) {
          problems.push({
            ...where,
            message: `“${ref}”指向另一份材料“${ref.slice(0, slash)}”的${noun}`,
            hint: `问题只能关联本材料（“${review.id}”）的${noun}：只写编号，如 ${[...targets.keys()][0] ?? '1'}。`,
          });
          return;
        }
        const id = slash >= 0 ? ref.slice(slash + 1) : ref;
        const target = targets.get(id);
        if (!target) {
          const known = [...targets.keys()].join('、') || '还没有';
          problems.push({
            ...where,
            message: `材料“${review.id}”中没有编号为“${ref}”的${noun}（现有：${known}）`,
            hint: `改用现有的编号，或在该材料中添加 ${field}/${id}.mdx。`,
          });
        } else if (found.includes(target)) {
          problems.push({
            ...where,
            message: `“${ref}”写了两次`,
            hint: '删去重复的编号。',
          });
        } else {
          found.push(target);
        }
      });
      return found.sort((a, b) => a.order - b.order);
    };
    finding.causes = resolve('causes', causes);
    finding.measures = resolve('measures', measures);
    for (const cause of finding.causes) cause.findings.push(finding);
    for (const measure of finding.measures) measure.findings.push(finding);
  }

  // Findings are visited in document order, so the derived lists come out in document order too.
  for (const cause of review.causes) {
    cause.measures = distinctSorted(cause.findings.flatMap((f) => f.measures));
  }
  for (const measure of review.measures) {
    measure.causes = distinctSorted(measure.findings.flatMap((f) => f.causes));
  }
}

function distinctSorted<T extends { order: number }>(nodes: T[]): T[] {
  return [...new Set(nodes)].sort((a, b) => a.order - b.order);
}
