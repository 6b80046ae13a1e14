/**
 * The view model of a former address's page (`[...alias].astro`): the address, the entry or
 * feedback problem it now leads to, and the anchor it used to name, as one plain object whose
 * digest is the page's key.
 */
import type { EntryKind } from '../model/kinds.ts';
import { entryAnchor, parseProblemPath, problemAnchor } from '../permalinks/urls.ts';
import type { AliasNode, EntryNode, ProblemNode } from '../relations/nodes.ts';
import { entryLink, type EntryLinkView } from './links.ts';

export interface AliasPageView {
  /** The former address, from the site root. */
  path: string;
  /**
   * The anchor its target had under the former id (`finding-1-4`, `problem-5`), which the
   * redirect script carries over; or null.
   */
  formerAnchor: string | null;
  /** The entry or problem it leads to, with its anchor now. */
  target: Omit<EntryLinkView, 'kind'> & { kind: EntryKind | 'problem'; anchor: string };
  /** The title of the review the target belongs to; for a problem, of its inspection. */
  reviewTitle: string;
}

/**
 * The view model of `alias`, a former address of `node` (an entry, or a feedback problem) in the
 * review or inspection titled `title`.
 */
export function aliasPageView(
  alias: AliasNode,
  node: EntryNode | ProblemNode,
  title: string,
): AliasPageView {
  if (node.kind === 'problem') {
    const former = parseProblemPath(alias.path);
    const { kind, label, title: problemTitle, path, anchor } = node;
    return {
      path: alias.path,
      formerAnchor: former ? problemAnchor(former.id) : null,
      target: { kind, label, title: problemTitle, path, anchor },
      reviewTitle: title,
    };
  }
  return {
    path: alias.path,
    formerAnchor: alias.former ? entryAnchor(alias.former.kind, alias.former.id) : null,
    target: { ...entryLink(node), anchor: node.anchor },
    reviewTitle: title,
  };
}
