/**
 * What a built page hands the search index, reduced to what can change the index Pagefind writes,
 * and one digest of it over the whole site. When the digest equals the one recorded with the last
 * index, the last index is the index Pagefind would write again, and the build copies it instead of
 * running Pagefind (src/integrations/pagefind.ts).
 *
 * Pagefind (its parser, fossick/parser.rs in 1.x) reads, of a page with data-pagefind-body: the
 * text and elements inside the body (ids become the anchors of sub-results, headings weigh more),
 * leaving out data-pagefind-ignore parts; anywhere in the page, the data-pagefind-* attributes
 * (filters and meta count inside ignored parts too) with the attributes they name, the language on
 * <html>, the <title> and the first <h1> (fallback titles) and an <img> (fallback image). The
 * reduction keeps all of that and more (every tag of the body's indexed part, whole, and every id
 * of its ignored parts): keeping too much only costs a rebuild of the index, missing something
 * would serve a stale one. What it leaves out is the rest of the page (the ledger panel beside an
 * entry, relation lists, statuses on the full text, the search page's filters), which is what
 * changes from week to week.
 */
import { createHash } from 'node:crypto';
import { parsePageFields } from '../search/page-fields.ts';

/**
 * A tag, comment, or script or style element with its body, as in src/search/tokens.ts: the
 * second group is a tag's name, with `/` before it for an end tag.
 */
const MARKUP =
  /<!--[\s\S]*?-->|<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<(\/?[A-Za-z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Elements with no end tag: they open nothing. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Elements whose text Pagefind reads wherever they stand (fallback titles). */
const TITLE_ELEMENTS = new Set(['title', 'h1']);

const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** A data-pagefind-* attribute with a value; the value is in one of the three groups. */
const PAGEFIND_ATTRIBUTE = /\sdata-pagefind-[\w-]+\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** A data- attribute other than Pagefind's, with its value if it has one; the name is group 1. */
const OTHER_DATA_ATTRIBUTE =
  /\s(data-(?!pagefind-)[\w:.-]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/gi;

/**
 * A tag with data-pagefind-* attributes, less the other data- attributes none of them names.
 * Pagefind reads such an attribute only where data-pagefind-meta (or -filter, -sort) names it, as
 * in `title[data-search-title]`. The ones left out are the search page's own: the filters it
 * reads beside the index (data-search-filters, data-search-status), which change with the ledger.
 */
function pagefindTag(tag: string): string {
  const named = new Set<string>();
  for (const match of tag.matchAll(PAGEFIND_ATTRIBUTE)) {
    for (const { attribute } of parsePageFields(match[1] ?? match[2] ?? match[3] ?? '')) {
      if (attribute) named.add(attribute.toLowerCase());
    }
  }
  return tag.replace(OTHER_DATA_ATTRIBUTE, (attribute, name: string) =>
    named.has(name.toLowerCase()) ? attribute : '',
  );
}

interface Open {
  name: string;
  body: boolean;
  ignored: boolean;
  title: boolean;
}

/**
 * The part of a built page that can change what Pagefind records for it, as one string: the same
 * string for two pages means the same record. Parts are separated by a character no page holds.
 */
export function indexedPart(html: string): string {
  const parts: string[] = [];
  // The open elements, each knowing whether it is in the body, in an ignored part, in a title.
  const open: Open[] = [];
  let inBody = false;
  let ignored = false;
  let inTitle = false;
  let last = 0;
  const text = (to: number) => {
    if (to > last && (inTitle || (inBody && !ignored))) parts.push(html.slice(last, to));
  };
  for (const match of html.matchAll(MARKUP)) {
    text(match.index);
    last = match.index + match[0].length;
    const tag = match[0];
    const name = match[2]?.toLowerCase();
    if (name === undefined) {
      // A comment (Pagefind reads no comments), or a script or style element: Pagefind leaves
      // them out; one standing in the indexed part is kept all the same.
      if (match[1] && inBody && !ignored) parts.push(tag);
      continue;
    }
    if (name.startsWith('/')) {
      const closing = name.slice(1);
      const at = open.findLastIndex((element) => element.name === closing);
      if (at === -1) continue;
      open.length = at;
      const parent = open.at(-1);
      inBody = parent?.body ?? false;
      ignored = parent?.ignored ?? false;
      inTitle = parent?.title ?? false;
      if (inBody && !ignored) parts.push(tag);
      continue;
    }
    const marked = tag.includes('data-pagefind-');
    const startsBody = marked && /\sdata-pagefind-body\b/.test(tag);
    const startsIgnored = marked && /\sdata-pagefind-ignore\b/.test(tag);
    if (marked) parts.push(pagefindTag(tag));
    else if (name === 'html' || name === 'img') parts.push(tag);
    else if (inBody && !ignored) parts.push(tag);
    else if (inBody) {
      const id = ID.exec(tag);
      if (id) parts.push(`#${id[1] ?? id[2] ?? id[3]}`);
    }
    if (VOID_ELEMENTS.has(name) || tag.endsWith('/>')) continue;
    inBody ||= startsBody;
    ignored = inBody && (ignored || (startsIgnored && !startsBody));
    inTitle ||= TITLE_ELEMENTS.has(name);
    open.push({ name, body: inBody, ignored, title: inTitle });
  }
  text(html.length);
  return parts.join('\u0000');
}

/** Adds pages to one digest of everything handed to Pagefind, in the order they are handed. */
export class SearchIndexDigest {
  readonly #hash = createHash('sha256');

  /** Starts from the indexer's settings: its version, its options, how pages are prepared. */
  constructor(settings: unknown) {
    this.#hash.update(JSON.stringify(settings)).update('\u0001');
  }

  /** Adds a page Pagefind is given: its URL and its HTML as built. */
  addPage(url: string, html: string): void {
    this.#hash.update(url).update('\u0002').update(indexedPart(html)).update('\u0001');
  }

  /** The digest, as hexadecimal; the object takes no more pages after it. */
  digest(): string {
    return this.#hash.digest('hex');
  }
}
