/**
 * What the offline search knows of a page: the part Pagefind indexes (`data-pagefind-body`
 * without its `data-pagefind-ignore` parts), the meta and filters its `data-pagefind-meta` and
 * `data-search-filters` attributes name (src/search/page-fields.ts), and the headings with an id
 * inside it. Read from the built page, as Pagefind reads it, so that both searches see the same
 * text.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit, EXIT } from 'unist-util-visit';
import type { OfflineRecord, OfflineSection } from '../../src/search/offline-index.ts';
import { attributeOf as attribute, fieldValues, filtersOf } from '../../src/search/page-fields.ts';

/** Elements whose text is not the page's words. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'textarea']);

/** Elements that run inside a line; every other element's edge separates words. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

const HEADING = /^h[1-6]$/;

/** Collects text with whitespace collapsed, and where each heading with an id starts. */
class TextCollector {
  text = '';
  sections: OfflineSection[] = [];
  private pendingSpace = false;

  add(value: string): void {
    const collapsed = value.replace(/\s+/gu, ' ');
    if (collapsed === '') return;
    if (collapsed.startsWith(' ')) this.pendingSpace = true;
    const body = collapsed.trim();
    if (body === '') return;
    if (this.pendingSpace && this.text !== '') this.text += ' ';
    this.text += body;
    this.pendingSpace = collapsed.endsWith(' ');
  }

  boundary(): void {
    this.pendingSpace = true;
  }

  /** Where the next word will start. */
  position(): number {
    return this.text.length + (this.pendingSpace && this.text !== '' ? 1 : 0);
  }
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || NOT_TEXT.has(node.tagName)) return '';
  return node.children.map(textOf).join('');
}

function collect(node: ElementContent, into: TextCollector): void {
  if (node.type === 'text') {
    into.add(node.value);
    return;
  }
  if (node.type !== 'element' || NOT_TEXT.has(node.tagName)) return;
  if (attribute(node, 'data-pagefind-ignore') !== undefined) return;
  const block = !INLINE.has(node.tagName);
  if (block) into.boundary();
  const id = attribute(node, 'id');
  if (HEADING.test(node.tagName) && id) {
    const title = textOf(node).replace(/\s+/gu, ' ').trim();
    into.sections.push({ anchor: id, title, start: into.position() });
  }
  for (const child of node.children) collect(child, into);
  if (block) into.boundary();
}

/**
 * The offline search record of a page, or undefined for a page Pagefind would not index (no
 * `data-pagefind-body`). `url` is the page's address as the search page links to it.
 */
export function searchRecord(tree: Root, url: string): OfflineRecord | undefined {
  let body: Element | undefined;
  visit(tree, 'element', (element) => {
    if (attribute(element, 'data-pagefind-body') !== undefined) {
      body = element;
      return EXIT;
    }
    return undefined;
  });
  if (!body) return undefined;
  const collector = new TextCollector();
  for (const child of body.children) collect(child, collector);
  return {
    url,
    meta: Object.fromEntries(fieldValues(body, 'data-pagefind-meta')),
    filters: filtersOf(body),
    text: collector.text,
    sections: collector.sections,
  };
}
