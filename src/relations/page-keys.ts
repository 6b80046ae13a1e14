/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * `getStaticPaths` entry carries the key it had in the last build is not rendered again, its file
 * is restored from Astro's cache. A key is a digest of what its page shows, so it changes exactly
 * when the page would: an entry's page depends on its own text and fields, its review's title, the
 * labels and titles of the entries it links to (relations, previous and next), and for a measure
 * whether it is overdue today. A page that starts showing more must say so in its view below.
 *
 * Astro adds its own checks: the page's code (route and components) and the config are unchanged,
 * and so is every MDX module it rendered (the reviews' own text). Pages that show the whole site
 * (home, site ledger, permalinks.json, search) have no `getStaticPaths` and are always rendered.
 */
import { createHash } from 'node:crypto';
import { ledgerRows } from '../ledger/rows.ts';
import { formatDate } from '../text/dates.ts';
import { relationGroups } from './groups.ts';
import type {
  AliasNode,
  EntryNode,
  ReviewNode,
  SiteIndex,
  SourceEntries,
  SourceEntry,
} from './nodes.ts';

/** The keys of every page made per entry, per alias and per review. */
export interface PageKeys<E extends SourceEntries = SourceEntries> {
  /** `/<review>/<kind>/<id>/`. */
  entry: Map<EntryNode<E>, string>;
  /** A former address of an entry, by the alias. */
  alias: Map<AliasNode, string>;
  /** `/<review>/`: the whole text. */
  fullText: Map<ReviewNode<E>, string>;
  /** `/<review>/map/`. */
  map: Map<ReviewNode<E>, string>;
  /** `/<review>/map.css`: the boxes' anchors. */
  mapStyles: Map<ReviewNode<E>, string>;
  /** `/<review>/ledger/`: the rows and the day overdue is counted from. */
  ledger: Map<ReviewNode<E>, string>;
  /** `/<review>/ledger.csv` and `.xlsx`: the rows. */
  ledgerExport: Map<ReviewNode<E>, string>;
}

function digest(view: unknown): string {
  return createHash('sha256').update(JSON.stringify(view)).digest('base64url').slice(0, 22);
}

/** What a link to an entry shows (EntryLink): its kind's colour, label, title and address. */
function linkView(node: EntryNode | undefined) {
  return node && [node.kind, node.label, node.title, node.path];
}

/**
 * An entry's text as pages show it: the HTML rendered during content sync (or, for an entry
 * compiled as MDX, its source: Astro compares those modules itself), and the raw text the
 * description's excerpt is cut from.
 */
function textView(entry: SourceEntry<unknown>) {
  return [entry.rendered?.html ?? null, entry.body ?? null];
}

/** The front matter an entry's own page shows: all of it but the former addresses. */
function fieldsView(entry: SourceEntry<unknown>) {
  return Object.entries(entry.data as Record<string, unknown>).filter(
    ([name]) => name !== 'aliases',
  );
}

/** The keys of all pages, computed once per build from the index; `today` decides overdue. */
export function pageKeys<E extends SourceEntries>(index: SiteIndex<E>, today: Date): PageKeys<E> {
  const keys: PageKeys<E> = {
    entry: new Map(),
    alias: new Map(),
    fullText: new Map(),
    map: new Map(),
    mapStyles: new Map(),
    ledger: new Map(),
    ledgerExport: new Map(),
  };
  for (const review of index.reviews) {
    const rows = ledgerRows(review, today);
    const overdue = new Map(rows.map((row) => [row.measurePath, row.overdue]));
    const header = [review.id, review.title];

    for (const node of review.entries) {
      keys.entry.set(
        node,
        digest({
          review: header,
          node: [node.kind, node.id, node.label, node.title, node.path, node.anchor],
          text: textView(node.entry),
          fields: fieldsView(node.entry),
          area: node.kind === 'finding' ? review.areas[node.area - 1]?.heading : null,
          overdue: overdue.get(node.path) ?? null,
          groups: relationGroups(node).map((g) => [g.heading, g.empty, g.nodes.map(linkView)]),
          prev: linkView(node.prev),
          next: linkView(node.next),
        }),
      );
      for (const alias of node.aliases) {
        keys.alias.set(
          alias,
          digest({ alias, target: [...linkView(node)!, node.anchor], review: review.title }),
        );
      }
    }

    // Every entry of the review is on its full text, with its relations; related entries are in
    // the same review, so their labels and titles are in this list already.
    keys.fullText.set(
      review,
      digest({
        review: [review.id, review.entry.data, textView(review.entry)],
        entries: review.entries.map((node) => [
          linkView(node),
          node.anchor,
          node.kind === 'finding' ? node.continues : null,
          textView(node.entry),
          relationGroups(node).map((g) => g.nodes.map((n) => n.anchor)),
        ]),
      }),
    );
    keys.map.set(
      review,
      digest({
        review: header,
        entries: review.entries.map((node) => [linkView(node), node.anchor]),
        links: review.findings.map((f) => [
          f.anchor,
          f.causes.map((c) => c.anchor),
          f.measures.map((m) => m.anchor),
        ]),
      }),
    );
    keys.mapStyles.set(review, digest(review.entries.map((node) => node.anchor)));
    keys.ledger.set(review, digest({ review: header, today: formatDate(today), rows }));
    keys.ledgerExport.set(review, digest(rows));
  }
  return keys;
}
