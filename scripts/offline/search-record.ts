/**
 * What the offline search knows of a page: the part Pagefind indexes (`data-pagefind-body`
 * without its `data-pagefind-ignore` parts), the meta and filters its `data-pagefind-meta` and
 * `data-pagefind-filter` attributes name, and the headings with an id inside it. Read from the
 * built page, as Pagefind reads it, so that both searches see the same text.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit, EXIT } from 'unist-util-visit';
import type { OfflineRecord, OfflineSection } from '../../src/search/offline-index.ts';

/** One `key[attribute]` or `key:value` of a `data-pagefind-meta` or `-filter` attribute. */
export interface PagefindField {
  key: string;
  /** The attribute of the same element holding the value, or undefined for a value written out. */
  attribute?: string;
  value?: string;
}

/** Reads `title[data-search-title], 类型[data-search-kind], 来源:网站` into its fields. */
export function parsePagefindFields(spec: string): PagefindField[] {
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const withAttribute = /^([^[:]+)\[([^\]]+)\]$/.exec(part);
      if (withAttribute)
        return { key: withAttribute[1]!.trim(), attribute: withAttribute[2]!.trim() };
      const colon = part.indexOf(':');
      if (colon > 0)
        return { key: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim() };
      return { key: part };
    });
}

/** An attribute of `element` by its HTML name (`data-search-title`), as text. */
function attribute(element: Element, name: string): string | undefined {
  const property = name.startsWith('data-')
    ? `data${name
        .slice(5)
        .replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase())
        .replace(/^[a-z]/, (ch) => ch.toUpperCase())}`
    : name;
  const value = element.properties[property];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function fieldValues(element: Element, spec: string | undefined): [string, string][] {
  if (!spec) return [];
  return parsePagefindFields(spec).flatMap(({ key, attribute: name, value }) => {
    const found = name ? attribute(element, name) : value;
    return found === undefined || found === '' ? [] : [[key, found] as [string, string]];
  });
}

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
  const filters: Record<string, string[]> = {};
  for (const [key, value] of fieldValues(body, attribute(body, 'data-pagefind-filter'))) {
    (filters[key] ??= []).push(value);
  }
  return {
    url,
    meta: Object.fromEntries(fieldValues(body, attribute(body, 'data-pagefind-meta'))),
    filters,
    text: collector.text,
    sections: collector.sections,
  };
}
