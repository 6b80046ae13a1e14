/**
 * Wrapping stretches of a block's text in inline elements without changing a character of it.
 * Offsets count the block's text (its text nodes in order); a stretch may start or end inside an
 * inline element, which is then split in two copies so that the wrappers nest properly.
 */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** A stretch of a block's text [start, end) and the element to put around it. */
export interface TextRange {
  start: number;
  end: number;
  wrap: (children: ElementContent[]) => Element;
  /** Stretches inside this one, in order, with offsets in the same block text. */
  inner?: TextRange[];
}

/** How many characters of the block's text a node holds (comments and `<br>` hold none). */
function lengthOf(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  return node.type === 'element' ? toString(node).length : 0;
}

/** Splits one node at `offset` (0 < offset < its length) into two that hold the same text. */
function splitNode(node: ElementContent, offset: number): [ElementContent, ElementContent] {
  if (node.type === 'text') {
    return [
      { type: 'text', value: node.value.slice(0, offset) },
      { type: 'text', value: node.value.slice(offset) },
    ];
  }
  if (node.type !== 'element') throw new Error(`cannot split a ${node.type} node`);
  const [left, right] = splitNodes(node.children, offset);
  // The copy must not repeat an id: ids are unique on a page.
  const properties = { ...node.properties };
  delete properties.id;
  return [
    { ...node, children: left },
    { ...node, properties, children: right },
  ];
}

/** Splits a run of nodes at a text offset: the nodes before it and the nodes after it. */
function splitNodes(nodes: ElementContent[], offset: number): [ElementContent[], ElementContent[]] {
  let pos = 0;
  for (const [i, node] of nodes.entries()) {
    const length = lengthOf(node);
    if (offset <= pos) return [nodes.slice(0, i), nodes.slice(i)];
    if (offset < pos + length) {
      const [a, b] = splitNode(node, offset - pos);
      return [
        [...nodes.slice(0, i), a],
        [b, ...nodes.slice(i + 1)],
      ];
    }
    pos += length;
  }
  return [nodes, []];
}

const shift = (ranges: TextRange[], by: number): TextRange[] =>
  ranges.map((r) => ({
    ...r,
    start: r.start - by,
    end: r.end - by,
    ...(r.inner ? { inner: shift(r.inner, by) } : {}),
  }));

/**
 * Returns `nodes` with every range wrapped. Ranges must be in order and must not overlap except by
 * nesting (through `inner`); the text of the result is the text of `nodes`, unchanged.
 */
export function wrapRanges(nodes: ElementContent[], ranges: TextRange[]): ElementContent[] {
  const out: ElementContent[] = [];
  let rest = nodes;
  let pos = 0;
  for (const range of ranges) {
    const [before, from] = splitNodes(rest, range.start - pos);
    const [inside, after] = splitNodes(from, range.end - range.start);
    out.push(...before, range.wrap(wrapRanges(inside, shift(range.inner ?? [], range.start))));
    rest = after;
    pos = range.end;
  }
  return [...out, ...rest];
}
