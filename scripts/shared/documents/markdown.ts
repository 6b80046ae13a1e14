/**
 * The paragraphs of a Markdown (.md) file: the text of each heading, paragraph and list item, one
 * paragraph per line as in a .txt file (Chinese is not wrapped by hand, so a line is a paragraph).
 * Markup is not text (`## `, `**`, a backslash escape); an ordered list item's number is. Its
 * links are the targets of `[text](url)`, `<url>` and reference definitions.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit as visitTree } from 'unist-util-visit';
import type { DocumentContent, Link, Paragraph } from './paragraphs.ts';
import { cleanParagraph } from './text.ts';

/** Parses Markdown text into paragraphs, each with the line it starts on, and its links. */
export function readMarkdown(markdown: string): DocumentContent {
  const source = markdown.replace(/^\uFEFF/, '');
  const tree = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return { paragraphs: paragraphsOf(tree, source), links: linksOf(tree, source) };
}

function paragraphsOf(tree: Root, source: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const push = (text: string, line: number) => {
    text.split('\n').forEach((part, i) => {
      const cleaned = cleanParagraph(part);
      if (cleaned) paragraphs.push({ text: cleaned, line: line + i });
    });
  };
  const visit = (node: Nodes, marker = ''): void => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell':
        push(marker + phrasingText(node), line);
        return;
      case 'code':
      case 'html':
        push(node.value, line + (node.type === 'code' ? 1 : 0));
        return;
      case 'list':
        for (const item of node.children) visit(item, node.ordered ? listMarker(source, item) : '');
        return;
      case 'listItem': {
        const [first, ...rest] = node.children;
        if (first) visit(first, marker);
        for (const child of rest) visit(child);
        return;
      }
      default:
        if ('children' in node) for (const child of (node as Parent).children) visit(child);
    }
  };
  visit(tree);
  return paragraphs;
}

/**
 * The targets of the links written as links. A bare URL, which GFM also makes a link, is left to
 * the text it stands in: GFM would run it on into the Chinese punctuation and words after it.
 */
function linksOf(tree: Root, source: string): Link[] {
  const links: Link[] = [];
  visitTree(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const start = node.position?.start;
    const opening = start?.offset === undefined ? undefined : source[start.offset];
    const written = node.type === 'definition' || opening === '[' || opening === '<';
    if (written && node.url) links.push({ href: node.url, line: start?.line });
  });
  return links;
}

/** An ordered list item's number as written (`1.`, `2)`), taken from the source. */
function listMarker(source: string, item: Nodes): string {
  const start = item.position?.start.offset;
  if (start === undefined) return '';
  return /^\s*(\d{1,9}[.)])/.exec(source.slice(start))?.[1] ?? '';
}

/** The text of inline content, line breaks kept. */
function phrasingText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    default:
      return 'children' in node
        ? (node as Parent).children.map((child) => phrasingText(child as Nodes)).join('')
        : '';
  }
}
