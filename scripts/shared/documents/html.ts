/**
 * The paragraphs and links of an HTML page, parsed with the hast tools the site's own Markdown
 * pipeline uses: one paragraph per block element (and per `<br>`), as a browser lays the page out,
 * so that URLs in adjacent paragraphs never run into each other; the `href` of every `<a>`.
 */
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { DocumentContent, Link, Paragraph } from './paragraphs.ts';
import { cleanParagraph } from './text.ts';

/** Elements a browser starts on a new line, from the HTML rendering spec, with table cells. */
// prettier-ignore
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing',
  'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'xmp',
]);

/** Elements whose content is not text of the page. */
const HIDDEN = new Set(['script', 'style', 'template']);

/** HTML's whitespace, which a browser collapses; not U+3000, which indents Chinese text. */
const WHITESPACE = /[ \t\n\f\r]+/g;

/** Parses an HTML page into paragraphs, each with the source line it starts on, and its links. */
export function readHtml(html: string): DocumentContent {
  const paragraphs: Paragraph[] = [];
  const links: Link[] = [];
  let text = '';
  let line = 1;
  // Whether the paragraph has visible text yet, kept apart so that a paragraph of many runs is
  // not cleaned anew for each of them (which took minutes for a page of a million).
  let started = false;
  const endParagraph = () => {
    const cleaned = cleanParagraph(text);
    if (cleaned) paragraphs.push({ text: cleaned, line });
    text = '';
    started = false;
  };
  /** Adds a run of text that starts on source line `start`; only `<pre>` keeps its whitespace. */
  const addText = (value: string, start: number, pre: boolean) => {
    const visible = value.search(/[^ \t\n\f\r]/);
    if (visible >= 0 && !started && cleanParagraph(value) !== '') {
      line = start + (value.slice(0, visible).match(/\n/g)?.length ?? 0);
      started = true;
    }
    text += pre ? value : value.replace(WHITESPACE, ' ');
  };
  const walk = (node: Nodes, pre: boolean): void => {
    if (node.type === 'text') {
      const start = node.position?.start.line ?? line;
      (pre ? node.value.split('\n') : [node.value]).forEach((part, i) => {
        if (i > 0) endParagraph();
        addText(part, start + i, pre);
      });
      return;
    }
    if (node.type !== 'element') {
      if (node.type === 'root') for (const child of node.children) walk(child, pre);
      return;
    }
    if (HIDDEN.has(node.tagName)) return;
    if (node.tagName === 'br') {
      endParagraph();
      return;
    }
    const { href } = node.properties;
    if (node.tagName === 'a' && typeof href === 'string' && href !== '') {
      links.push({ href, line: node.position?.start.line });
    }
    const block = BLOCKS.has(node.tagName);
    if (block) endParagraph();
    for (const child of node.children) walk(child, pre || node.tagName === 'pre');
    if (block) endParagraph();
  };
  walk(fromHtml(html), false);
  endParagraph();
  return { paragraphs, links };
}
