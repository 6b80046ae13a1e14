/**
 * Which page or alias owns each address of the site: two owners of one address fail the build,
 * since one would silently replace the other.
 */
import type { ContentProblem } from '../model/content-error.ts';
import type { InspectionNode, ReviewNode } from '../relations/nodes.ts';
import { inspectionsPath, ledgerPath, mapPath, reportPath, reviewPath } from './urls.ts';

/** One address that a page or an alias takes, and who takes it. */
export interface PathClaim {
  /** From the site root, without the deploy base: `/<review>/findings/1-2/`. */
  path: string;
  /** The content file the page or alias comes from. */
  file: string;
  /** For an alias, its front matter field (`aliases[0]`); absent for a page. */
  field?: string;
  /** What lives at the address, as a message names it: `问题（一）之二`, `材料“r”的全文`. */
  what: string;
}

/**
 * Addresses the site itself serves, which no review folder or alias may take: the build would
 * fail with Astro's own route conflict (naming no content file), or an alias would write its
 * redirect page into the search bundle.
 */
const SITE_ADDRESSES: { path: string; what: string; prefix?: boolean }[] = [
  { path: '/', what: '首页' },
  { path: '/search/', what: '搜索页' },
  { path: '/ledger/', what: '全部材料的整改台账' },
  { path: '/404/', what: '“找不到页面”页' },
  { path: '/pagefind/', what: '搜索索引文件夹', prefix: true },
  { path: inspectionsPath(), what: '巡察反馈意见的页面', prefix: true },
];

const siteAddressAt = (path: string) =>
  SITE_ADDRESSES.find((a) => (a.prefix ? path.startsWith(a.path) : path === a.path));

const SUB_ITEM_LIKE = /-item-\d/;

/**
 * Every page and alias must have an address of its own, or one would silently replace the other;
 * none may take an address of the site itself; and no entry id may look like a sub-item anchor
 * (`1-item-2` next to `1`).
 */
export function checkAddresses(
  reviews: ReviewNode[],
  inspections: InspectionNode[] = [],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claims: PathClaim[] = [];
  for (const review of reviews) {
    const own = siteAddressAt(reviewPath(review.id));
    if (own) {
      problems.push({
        file: review.file,
        message: `材料文件夹名“${review.id}”使材料全文的网址成为 ${reviewPath(review.id)}，那是网站的${own.what}`,
        hint: '给材料文件夹改名（例如加上单位和年份：xx-minzhengju-2024）。',
      });
    }
    claims.push(
      { path: reviewPath(review.id), file: review.file, what: `材料“${review.id}”的全文` },
      { path: mapPath(review.id), file: review.file, what: `材料“${review.id}”的关系图` },
      { path: ledgerPath(review.id), file: review.file, what: `材料“${review.id}”的整改台账` },
    );
    for (const node of review.entries) {
      if (SUB_ITEM_LIKE.test(node.id)) {
        problems.push({
          file: node.file,
          message: `编号“${node.id}”含有“-item-数字”，这是条目正文中分项锚点的写法，会与分项混淆`,
          hint: '给文件改名，例如用材料中这一条的编号（1-2、3）。',
        });
      }
      claims.push({ path: node.path, file: node.file, what: node.label });
      for (const alias of node.aliases) {
        const site = siteAddressAt(alias.path);
        if (site) {
          problems.push({
            file: node.file,
            field: alias.field,
            message: `“${alias.path}”是网站的${site.what}${site.prefix ? '（或其中的文件）' : ''}，不能用作旧网址`,
            hint: '删去这个旧网址：aliases 只写本条目改编号或移动之前用过的网址。',
          });
          continue;
        }
        claims.push({ path: alias.path, file: node.file, field: alias.field, what: node.label });
      }
    }
  }
  for (const inspection of inspections) {
    claims.push(
      { path: inspection.path, file: inspection.file, what: `巡察“${inspection.id}”的反馈意见` },
      {
        path: reportPath(inspection.id),
        file: inspection.file,
        what: `巡察“${inspection.id}”的整改进展情况报告`,
      },
    );
    for (const problem of inspection.problems) {
      claims.push({ path: problem.path, file: problem.file, what: problem.label });
      for (const alias of problem.aliases) {
        // The addresses under /inspections/ are the inspections' own: a problem's former
        // address can only have been one of them.
        if (!alias.path.startsWith(inspectionsPath())) {
          problems.push({
            file: problem.file,
            field: alias.field,
            message: `“${alias.path}”不在 ${inspectionsPath()} 之下，不可能是反馈问题用过的网址`,
            hint: '只写这个问题改编号之前的编号（如 5），或它以前在 /inspections/ 下的完整网址。',
          });
          continue;
        }
        claims.push({
          path: alias.path,
          file: problem.file,
          field: alias.field,
          what: problem.label,
        });
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
  const address = `“${claim.path}”`;
  if (!claim.field) {
    return {
      ...where,
      message: `网址 ${address} 与${owner.what}（${owner.file}）的相同`,
      hint: '两个页面不能共用一个网址：给其中一个文件改名。',
    };
  }
  if (owner.file === claim.file && !owner.field) {
    return {
      ...where,
      message: `${address}就是本条目自己的网址`,
      hint: '删去它：aliases 只写本条目改编号或移动之前用过的网址。',
    };
  }
  if (owner.field) {
    return {
      ...where,
      message: `${address}也是${owner.what}的旧网址（${owner.file} → ${owner.field}）`,
      hint: '一个旧网址只能转到一个条目：只在两个文件中的一个里保留它。',
    };
  }
  return {
    ...where,
    message: `${address}是${owner.what}的网址（${owner.file}）`,
    hint: '旧网址必须是已经没有页面使用的网址：删去它，或先把那个页面移走。',
  };
}
