/**
 * Permalinks as they leave the site: which page or alias owns each address (two owners of one
 * address fail the build), the absolute URL, and the citation a notice quotes.
 */
import type { ContentProblem } from '../model/content-error';

/** One address that a page or an alias takes, and who takes it. */
export interface PathClaim {
  /** From the site root, without the deploy base: `/<review>/findings/1-2/`. */
  path: string;
  /** The content file the page or alias comes from. */
  file: string;
  /** For an alias, its front matter field (`aliases[0]`); absent for a page. */
  field?: string;
  /** What lives at the address, as a message names it: `问题（一）之二`, `the full text of "r"`. */
  what: string;
}

/**
 * Every address claimed twice, as a problem on the second claimant naming the first. Pages claim
 * before aliases, so an alias that takes a page's address is the one reported.
 */
export function findPathConflicts(claims: PathClaim[]): ContentProblem[] {
  const ordered = [...claims].sort((a, b) => Number('field' in a) - Number('field' in b));
  const owners = new Map<string, PathClaim>();
  const problems: ContentProblem[] = [];
  for (const claim of ordered) {
    const owner = owners.get(claim.path);
    if (owner) problems.push(conflict(claim, owner));
    else owners.set(claim.path, claim);
  }
  return problems;
}

function conflict(claim: PathClaim, owner: PathClaim): ContentProblem {
  const where = { file: claim.file, ...(claim.field ? { field: claim.field } : {}) };
  const address = `"${claim.path}"`;
  if (!claim.field) {
    return {
      ...where,
      message: `has the address ${address}, like ${owner.what} (${owner.file})`,
      hint: 'Two pages cannot share an address: rename one of the two files.',
    };
  }
  if (owner.file === claim.file && !owner.field) {
    return {
      ...where,
      message: `${address} is this entry's own address`,
      hint: 'Remove it: aliases list the addresses an entry had before it was renumbered or moved.',
    };
  }
  if (owner.field) {
    return {
      ...where,
      message: `${address} is also an alias of ${owner.what} in ${owner.file} → ${owner.field}`,
      hint: 'An old address can lead to one entry only: keep the alias in one of the two files.',
    };
  }
  return {
    ...where,
    message: `${address} is the address of ${owner.what} (${owner.file})`,
    hint: 'An alias must be an address no page uses any more: remove it, or move that page first.',
  };
}

/** The URL to hand out: absolute on `site` when the site's origin is configured, else as given. */
export function absoluteUrl(pathWithBase: string, site: URL | string | undefined): string {
  return site ? new URL(pathWithBase, site).href : pathWithBase;
}

/**
 * How a notice cites an entry: 《材料标题》措施（二）“标题”. The URL follows it after a space when
 * copied, so that the citation reads well even where the link is not clickable.
 */
export function citation(reviewTitle: string, label: string, title: string): string {
  return `《${reviewTitle}》${label}“${title}”`;
}
