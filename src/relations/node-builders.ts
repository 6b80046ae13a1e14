/**
 * One builder per kind of node: what the index knows of a review or an entry from its own file,
 * before the entries are put in order, linked and checked (build.ts does that).
 */
import { splitEntryId } from '../model/entry-paths.ts';
import type { EntryKind } from '../model/kinds.ts';
import { findingLabel, numberedLabel } from '../model/labels.ts';
import { aliasPath, entryAnchor, entryPath, parseEntryPath } from '../permalinks/urls.ts';
import { areaNode } from './areas.ts';
import type {
  CauseNode,
  FindingNode,
  MeasureNode,
  ReviewNode,
  SourceEntries,
  SourceEntry,
} from './nodes.ts';

/** How messages name an entry's file: its path, or its id when it has none (tests). */
export const fileOf = (entry: SourceEntry<unknown>) => entry.filePath ?? `(entry ${entry.id})`;

/** A review with its areas, and no entries yet. */
export function reviewNode<E extends SourceEntries>(entry: E['review']): ReviewNode<E> {
  return {
    id: entry.id,
    file: fileOf(entry),
    entry,
    title: entry.data.title,
    areas: entry.data.areas.map((area, i) => areaNode<E>(area, i)),
    findings: [],
    causes: [],
    measures: [],
    entries: [],
    inspection: undefined,
  };
}

/** What every entry has: its place in the site, its label and its former addresses. */
function entryBase<E extends SourceEntries, K extends EntryKind>(
  kind: K,
  entry: E[K],
  label: string,
) {
  const { review, id } = splitEntryId(entry.id);
  return {
    kind,
    review,
    id,
    label,
    title: entry.data.title,
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
}

/** A finding, before its relations are resolved. */
export function findingNode<E extends SourceEntries>(entry: E['finding']): FindingNode<E> {
  const { area, order } = entry.data;
  return {
    ...entryBase<E, 'finding'>('finding', entry, findingLabel(area, order)),
    area,
    order,
    continues: entry.data.paragraph === 'continues',
    causes: [],
    measures: [],
    feedback: [],
    recurs: [],
    recurredBy: [],
  };
}

/** A cause, before the findings it explains are known. */
export function causeNode<E extends SourceEntries>(entry: E['cause']): CauseNode<E> {
  const { order } = entry.data;
  return {
    ...entryBase<E, 'cause'>('cause', entry, numberedLabel('cause', order)),
    order,
    findings: [],
    measures: [],
  };
}

/** A measure, before the findings it answers are known. */
export function measureNode<E extends SourceEntries>(entry: E['measure']): MeasureNode<E> {
  const { order } = entry.data;
  return {
    ...entryBase<E, 'measure'>('measure', entry, numberedLabel('measure', order)),
    order,
    findings: [],
    causes: [],
  };
}
