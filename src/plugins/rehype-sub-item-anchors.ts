/**
 * Gives every numbered point inside a finding's, cause's or measure's text (一是…, 1. 2., （1）) an
 * anchor, so that a notice can link to 措施（二）第2项 as `…/measures/2/#measure-2-item-2`. The
 * point is wrapped in a `<span id>` and its numbering becomes a link to itself; the text stays
 * exactly as written. The entry comes from the file's path, so the anchor is the same on the
 * full-text page and on the entry's own page, which both render this file.
 */
import { relative } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { entryOfFile } from '../model/entry-paths.ts';
import { wrapRanges, type TextRange } from '../text/hast-ranges.ts';
import { findSubItems, type SubItem } from '../text/sub-items.ts';
import { entryAnchor, subItemAnchor } from '../permalinks/urls.ts';

export interface Options {
  /** Absolute path of the `reviews/` folder; files outside it are left alone. */
  reviewsDir: string;
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The innermost blocks of text, in order; a `<li>` holding paragraphs yields the paragraphs. */
function textBlocks(tree: Root): Element[] {
  const blocks: Element[] = [];
  visit(tree, 'element', (node) => {
    if (BLOCKS.has(node.tagName) && !hasDescendant(node, (n) => BLOCKS.has(n.tagName))) {
      blocks.push(node);
    }
  });
  return blocks;
}

function hasDescendant(node: Element, test: (n: Element) => boolean): boolean {
  return node.children.some(
    (child) => child.type === 'element' && (test(child) || hasDescendant(child, test)),
  );
}

/** MDX expressions and components render text the build cannot count here; such blocks are skipped. */
function isPlain(block: Element): boolean {
  let plain = true;
  visit(block, (node) => {
    if (node.type.startsWith('mdx')) plain = false;
  });
  return plain;
}

const element = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element => ({ type: 'element', tagName, properties, children });

/** The ranges of one block: each point around its numbering and the points nested in it. */
function rangesOf(items: SubItem[], anchor: string): TextRange[] {
  const roots: TextRange[] = [];
  const open: { item: SubItem; range: TextRange }[] = [];
  for (const item of items) {
    const id = subItemAnchor(anchor, item.path);
    const marker: TextRange = {
      start: item.start,
      end: item.markerEnd,
      // A link cannot hold a link: numbering that is already inside one only gets the anchor.
      wrap: (children) =>
        hasDescendant(element('span', {}, children), (n) => n.tagName === 'a')
          ? element('span', {}, children)
          : element('a', { className: ['sub-item-link'], href: `#${id}` }, children),
    };
    const range: TextRange = {
      start: item.start,
      end: item.end,
      wrap: (children) => element('span', { id, className: ['sub-item'] }, children),
      inner: [marker],
    };
    while (open.length > 0 && open.at(-1)!.item.end <= item.start) open.pop();
    (open.at(-1)?.range.inner ?? roots).push(range);
    open.push({ item, range });
  }
  return roots;
}

/** Adds sub-item anchors to the text of the finding, cause or measure a file holds. */
export default function rehypeSubItemAnchors({ reviewsDir }: Options) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const entry = entryOfFile(relative(reviewsDir, file.path.replace(/\?.*$/, '')));
    if (!entry) return;
    const blocks = textBlocks(tree).filter(isPlain);
    const items = findSubItems(
      blocks.map((block) => toString(block)),
      // A finding's text opens with its own 一是/二是, which is the finding's number.
      { ownNumberAtStart: entry.kind === 'finding' },
    );
    const anchor = entryAnchor(entry.kind, entry.id);
    blocks.forEach((block, index) => {
      const inBlock = items.filter((item) => item.block === index);
      if (inBlock.length > 0)
        block.children = wrapRanges(block.children, rangesOf(inBlock, anchor));
    });
  };
}
