/**
 * The view model of a former address's page (`[...alias].astro`): the address, the entry it now
 * leads to, and the anchor it used to name, as one plain object whose digest is the page's key.
 */
import { entryAnchor } from '../permalinks/urls.ts';
import type { AliasNode, EntryNode } from '../relations/nodes.ts';
import { entryLink, type EntryLinkView } from './links.ts';

export interface AliasPageView {
  /** The former address, from the site root. */
  path: string;
  /** The entry's anchor under its former id, which the redirect script carries over; or null. */
  formerAnchor: string | null;
  /** The entry it leads to, with its anchor now. */
  target: EntryLinkView & { anchor: string };
  reviewTitle: string;
}

/** The view model of `alias`, a former address of `node` in the review titled `reviewTitle`. */
export function aliasPageView(
  alias: AliasNode,
  node: EntryNode,
  reviewTitle: string,
): AliasPageView {
  return {
    path: alias.path,
    formerAnchor: alias.former ? entryAnchor(alias.former.kind, alias.former.id) : null,
    target: { ...entryLink(node), anchor: node.anchor },
    reviewTitle,
  };
}
