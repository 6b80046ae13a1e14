/**
 * The numbered points inside an entry's text: 一是…二是…, 第一，第二，, 1. 2. 3. (or 1、 1．) and （1）（2）. A
 * notice cites them as 措施（二）第2项, so each gets an anchor of its own. The text is only read,
 * never changed: this module says where the points are, the rehype plugin wraps them.
 */
import { markersInText, type NumberingScheme } from '../model/numbering.ts';

export interface SubItem {
  /** Index of the block (paragraph) the point starts in. */
  block: number;
  /** Offset of the numbering (一是, 2., （3）) in the block's text. */
  start: number;
  /** Offset just after the numbering. */
  markerEnd: number;
  /** Where the point's text ends in its block: at the next point of its list or an outer one. */
  end: number;
  /** Its number in each enclosing list: [2] for 二是, [2, 1] for the （1） inside 二是. */
  path: number[];
  /** How the point is numbered; one list uses one style, a list nested in it another. */
  style: NumberingScheme;
}

export interface FindSubItemsOptions {
  /**
   * The text begins with the entry's own number in the 一是 style (findings do: 二是学习…); that
   * number is the entry's, not a point inside it.
   */
  ownNumberAtStart?: boolean;
}

interface Candidate {
  block: number;
  start: number;
  markerEnd: number;
  style: NumberingScheme;
  number: number;
}

function candidates(blocks: string[], ownNumberAtStart: boolean): Candidate[] {
  const found: Candidate[] = [];
  blocks.forEach((text, block) => {
    for (const { scheme, number, marker, index: start } of markersInText(text)) {
      const leading = block === 0 && text.slice(0, start).trim() === '';
      if (ownNumberAtStart && leading && scheme === 'cn-shi') continue;
      found.push({ block, start, markerEnd: start + marker.length, style: scheme, number });
    }
  });
  return found;
}

interface Level {
  style: NumberingScheme;
  number: number;
  /** The candidates numbered in this run of the list, to drop lists of a single point. */
  members: number[];
}

/**
 * Reads the candidates as nested lists: a style seen for the first time opens a list inside the
 * current point (it must start at 1), a style already open continues its list (with the next
 * number) and closes the lists inside it. Anything else is ordinary text, e.g. 第（3）项 cited.
 */
function nest(all: Candidate[], skipped: Set<number>) {
  const accepted: { index: number; path: number[] }[] = [];
  const lists: Level[] = [];
  const finished: Level[] = [];
  all.forEach((c, index) => {
    if (skipped.has(index)) return;
    const depth = lists.findIndex((l) => l.style === c.style);
    if (depth >= 0) {
      if (c.number !== lists[depth]!.number + 1) return;
      finished.push(...lists.splice(depth + 1));
      lists[depth]!.number = c.number;
      lists[depth]!.members.push(index);
    } else {
      if (c.number !== 1) return;
      lists.push({ style: c.style, number: 1, members: [index] });
    }
    accepted.push({ index, path: lists.map((l) => l.number) });
  });
  finished.push(...lists);
  return { accepted, singletons: finished.filter((l) => l.members.length === 1) };
}

/** Finds the numbered points in the blocks of one entry's text, in order. */
export function findSubItems(blocks: string[], options: FindSubItemsOptions = {}): SubItem[] {
  const all = candidates(blocks, options.ownNumberAtStart ?? false);
  // A "list" of one point is more likely a citation or a figure than a list: drop it and read
  // again, since what was nested in it moves up a level.
  const skipped = new Set<number>();
  let result = nest(all, skipped);
  while (result.singletons.length > 0) {
    for (const list of result.singletons) skipped.add(list.members[0]!);
    result = nest(all, skipped);
  }
  const items = result.accepted.map(({ index, path }) => {
    const { block, start, markerEnd, style } = all[index]!;
    return { block, start, markerEnd, end: blocks[block]!.length, path, style };
  });
  // A point runs until the next point of its own list or of an outer one, in the same block.
  items.forEach((item, i) => {
    const next = items
      .slice(i + 1)
      .find((other) => other.block === item.block && other.path.length <= item.path.length);
    if (next) item.end = next.start;
  });
  return items;
}
