/**
 * What the pages need from an entry's text besides its HTML, worked out once, while content syncs,
 * from the rendered tree: the parts of it a paragraph shared with other findings takes (its first
 * paragraph, inline) and publishes after itself (the rest), and its words as a reader reads them,
 * for the page's description. Pages read these; none parses the text or its HTML again.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** An entry's text as the pages use it. */
export interface EntryFacts {
  /**
   * The content of the text's first paragraph, without its `<p>`: what goes into a paragraph of
   * the document that several findings share. Empty when the text does not open with a paragraph.
   */
  lead: string;
  /** Everything after the first paragraph (later paragraphs, figures, notes), as HTML. */
  after: string;
  /** The entry's own words, on one line: no editor's notes, no captions or image descriptions. */
  text: string;
  /** The addresses of the images it shows, in order (the site serves them: see files/[...file].ts). */
  images: string[];
}

/** Elements the project adds to an entry's text that are not the document's words. */
const NOT_THE_DOCUMENT = new Set(['figure', 'img']);

const isNote = (node: Element) =>
  node.tagName === 'aside' && String(node.properties['className'] ?? '').includes('editor-note');

/** The document's words of a tree: notes, figures and images left out. */
function documentWords(nodes: readonly (RootContent | ElementContent)[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type !== 'element' || NOT_THE_DOCUMENT.has(node.tagName) || isNote(node)) return '';
      // Blocks are separated as a reader sees them, not run together.
      const words = documentWords(node.children);
      return node.tagName === 'p' || node.tagName === 'li' ? ` ${words} ` : words;
    })
    .join('');
}

/** The facts of an entry's rendered HTML. */
export function entryFacts(html: string): EntryFacts {
  const tree: Root = fromHtml(html, { fragment: true });
  const blocks = tree.children;
  const first = blocks.findIndex((node) => node.type !== 'text' || node.value.trim() !== '');
  const opening = blocks[first];
  const opensWithParagraph = opening?.type === 'element' && opening.tagName === 'p';
  const rest = opensWithParagraph ? blocks.slice(first + 1) : blocks;
  return {
    lead: opensWithParagraph ? toHtml(opening.children) : '',
    after: toHtml({ type: 'root', children: trimLeadingSpace(rest) }),
    text: documentWords(blocks).replace(/\s+/g, ' ').trim(),
    images: imageSources(tree),
  };
}

/** The `src` of every image of the tree. */
function imageSources(tree: Root): string[] {
  const sources: string[] = [];
  const walk = (nodes: readonly (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const src = node.properties['src'];
      if (node.tagName === 'img' && typeof src === 'string') sources.push(src);
      walk(node.children);
    }
  };
  walk(tree.children);
  return sources;
}

/** The nodes without the white space between the first paragraph and the next block. */
function trimLeadingSpace(nodes: RootContent[]): RootContent[] {
  const start = nodes.findIndex((node) => node.type !== 'text' || node.value.trim() !== '');
  return start < 0 ? [] : nodes.slice(start);
}

/** The facts the loader stored with an entry's rendered HTML (see src/loaders/review-files.ts). */
export function factsOf(entry: { rendered?: { metadata?: Record<string, unknown> } }): EntryFacts {
  const facts = entry.rendered?.metadata?.['facts'] as EntryFacts | undefined;
  if (!facts)
    throw new Error('The entry was stored without its facts: it was not rendered at sync.');
  return facts;
}
