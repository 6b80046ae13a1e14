/**
 * What pages show of an entry they link to or cite, as plain data: every view model names entries
 * this way, so a page's key changes when the label, title or address of an entry it links to does.
 */
import type { EntryKind } from '../model/kinds.ts';
import { citation } from '../permalinks/citation.ts';
import type { EntryNode } from '../relations/nodes.ts';

/** A link to an entry (EntryLink): its kind's colour, its label and title, its address. */
export interface EntryLinkView {
  kind: EntryKind;
  label: string;
  title: string;
  /** From the site root, without the deploy base. */
  path: string;
}

/** The link to `node`. */
export function entryLink(node: EntryNode): EntryLinkView {
  return { kind: node.kind, label: node.label, title: node.title, path: node.path };
}

/** An entry as a block or page that carries its permalink shows it: the link, its anchor, its citation. */
export interface CitedEntryView extends EntryLinkView {
  /** The element id of its block on the full-text page. */
  anchor: string;
  /** 《材料》措施（二）“标题”: what 「复制引用」 copies before the URL. */
  citation: string;
}

/** `node` with its anchor and its citation in the review titled `reviewTitle`. */
export function citedEntry(node: EntryNode, reviewTitle: string): CitedEntryView {
  return {
    ...entryLink(node),
    anchor: node.anchor,
    citation: citation(reviewTitle, node.label, node.title),
  };
}
