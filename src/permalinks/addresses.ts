/**
 * Which page or alias owns each address of the site: two owners of one address fail the build,
 * since one would silently replace the other.
 */
import type { ContentProblem } from '../model/content-error';
import type { ReviewNode } from '../relations/nodes';
import { mapPath, reviewPath } from './urls';

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

const SUB_ITEM_LIKE = /-item-\d/;

/**
 * Every page and alias must have an address of its own, or one would silently replace the other,
 * and no entry id may look like a sub-item anchor (`1-item-2` next to `1`).
 */
export function checkAddresses(reviews: ReviewNode[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claims: PathClaim[] = [];
  for (const review of reviews) {
    claims.push(
      { path: reviewPath(review.id), file: review.file, what: `the full text of "${review.id}"` },
      { path: mapPath(review.id), file: review.file, what: `the relation map of "${review.id}"` },
    );
    for (const node of review.entries) {
      if (SUB_ITEM_LIKE.test(node.id)) {
        problems.push({
          file: node.file,
          message: `its id "${node.id}" contains "-item-<n>", which names the numbered points in a text`,
          hint: 'Rename the file, e.g. to the number the document gives the entry.',
        });
      }
      claims.push({
        path: node.path,
        file: node.file,
        what: node.label,
      });
      for (const alias of node.aliases) {
        claims.push({ path: alias.path, file: node.file, field: alias.field, what: node.label });
      }
    }
  }
  return [...problems, ...findPathConflicts(claims)];
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
