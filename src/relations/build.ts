/**
 * The relation index: every review with its findings, causes and measures in document order,
 * labelled, linked both ways and checked. Built once per build from the four collections; pages
 * only read from it, so no page ever scans a collection.
 */
import { ContentError, type ContentProblem } from '../model/content-error.ts';
import { splitEntryId } from '../model/entry-paths.ts';
import type { EntryKind } from '../model/kinds.ts';
import { findingLabel, numberedLabel } from '../model/labels.ts';
import { checkAddresses } from '../permalinks/addresses.ts';
import { aliasPath, entryAnchor, entryPath, parseEntryPath } from '../permalinks/urls.ts';
import {
  checkDuplicateNumbers,
  checkEntryTexts,
  checkPlaceholders,
  checkSharedParagraphs,
} from './checks.ts';
import { linkRelations } from './links.ts';
import type { ReviewNode, SiteIndex, SiteSource, SourceEntries, SourceEntry } from './nodes.ts';

const fileOf = (entry: SourceEntry<unknown>) => entry.filePath ?? `(entry ${entry.id})`;

/**
 * Builds and checks the index. Every problem in the content is collected and thrown together as
 * one `ContentError`, so a build fails once with the whole list instead of one problem per run.
 */
export function buildSiteIndex<E extends SourceEntries>(source: SiteSource<E>): SiteIndex<E> {
  const problems: ContentProblem[] = [];
  const reviewById = new Map<string, ReviewNode<E>>();

  for (const entry of source.reviews) {
    reviewById.set(entry.id, {
      id: entry.id,
      file: fileOf(entry),
      entry,
      title: entry.data.title,
      areas: entry.data.areas.map((area, i) => ({
        number: i + 1,
        ...(typeof area === 'string'
          ? { heading: area, lead: undefined, paragraphs: [] }
          : { heading: area.heading, lead: area.lead, paragraphs: area.paragraphs }),
        findings: [],
      })),
      findings: [],
      causes: [],
      measures: [],
      entries: [],
    });
  }

  const reviewFor = (entry: SourceEntry<unknown>) => {
    const { review } = splitEntryId(entry.id);
    const node = reviewById.get(review);
    if (!node) {
      problems.push({
        file: fileOf(entry),
        message: `属于材料文件夹“${review}”，但该文件夹中没有 review.mdx`,
        hint: `在 findings/、causes/、measures/ 旁边添加 ${review}/review.mdx（材料的标题、单位和正文）。`,
      });
    }
    return node;
  };

  const base = <K extends EntryKind>(kind: K, entry: E[K], label: string, title: string) => {
    const { review, id } = splitEntryId(entry.id);
    return {
      kind,
      review,
      id,
      label,
      title,
      path: entryPath(review, kind, id),
      anchor: entryAnchor(kind, id),
      aliases: entry.data.aliases.map((alias, i) => {
        const path = aliasPath(review, kind, alias);
        return { path, field: `aliases[${i}]`, former: parseEntryPath(path) };
      }),
      file: fileOf(entry),
      entry,
      prev: undefined,
      next: undefined,
    };
  };

  for (const entry of source.causes) {
    const review = reviewFor(entry);
    const { order, title } = entry.data;
    review?.causes.push({
      ...base('cause', entry, numberedLabel('cause', order), title),
      order,
      findings: [],
      measures: [],
    });
  }
  for (const entry of source.measures) {
    const review = reviewFor(entry);
    const { order, title } = entry.data;
    review?.measures.push({
      ...base('measure', entry, numberedLabel('measure', order), title),
      order,
      findings: [],
      causes: [],
    });
  }
  for (const entry of source.findings) {
    const review = reviewFor(entry);
    if (!review) continue;
    const { area, order, title } = entry.data;
    if (area > review.areas.length) {
      problems.push({
        file: fileOf(entry),
        field: 'area',
        message: `是 ${area}，但材料“${review.id}”只列出了 ${review.areas.length} 个方面`,
        hint: `改为 1 到 ${review.areas.length} 之间的数，或在 ${review.file} 的 areas 中添加这个方面的标题。`,
      });
      continue;
    }
    review.findings.push({
      ...base('finding', entry, findingLabel(area, order), title),
      area,
      order,
      continues: entry.data.paragraph === 'continues',
      causes: [],
      measures: [],
    });
  }

  for (const review of reviewById.values()) {
    review.findings.sort((a, b) => a.area - b.area || a.order - b.order);
    review.causes.sort((a, b) => a.order - b.order);
    review.measures.sort((a, b) => a.order - b.order);
    checkDuplicateNumbers(review.findings, problems);
    checkDuplicateNumbers(review.causes, problems);
    checkDuplicateNumbers(review.measures, problems);
    checkPlaceholders(review, problems);
    linkRelations(review, problems);
    for (const finding of review.findings) review.areas[finding.area - 1]!.findings.push(finding);
    checkSharedParagraphs(review, problems);
    review.entries = [...review.findings, ...review.causes, ...review.measures];
    checkEntryTexts(review.entries, problems);
    review.entries.forEach((node, i) => {
      node.prev = review.entries[i - 1];
      node.next = review.entries[i + 1];
    });
  }

  problems.push(...checkAddresses([...reviewById.values()]));
  if (problems.length > 0) throw new ContentError(problems);

  const reviews = [...reviewById.values()].sort(
    (a, b) =>
      (b.entry.data.date?.getTime() ?? -Infinity) - (a.entry.data.date?.getTime() ?? -Infinity) ||
      a.title.localeCompare(b.title, 'zh-CN'),
  );
  return { reviews, reviewById };
}
