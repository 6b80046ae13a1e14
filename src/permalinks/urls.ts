/**
 * The URL scheme. These paths are permalinks pasted into internal notices: change them only with
 * aliases in place. Paths here are relative to the site root; `withBase` adds a deploy sub-path.
 */
import { kindOfFolder } from '../model/entry-paths.ts';
import { ID_PATTERN, KIND_FOLDERS, type EntryKind } from '../model/kinds.ts';

/** `/<review>/`: the whole review in original order. */
export function reviewPath(review: string): string {
  return `/${review}/`;
}

/** `/<review>/findings/1-2/`, `/<review>/causes/3/`, `/<review>/measures/2/`. */
export function entryPath(review: string, kind: EntryKind, id: string): string {
  return `/${review}/${KIND_FOLDERS[kind]}/${id}/`;
}

/**
 * The finding, cause or measure an entry path names (`/<review>/measures/2/` → measure 2), whether
 * or not it exists; undefined for any other path.
 */
export function parseEntryPath(
  path: string,
): { review: string; kind: EntryKind; id: string } | undefined {
  const match = /^\/([^/]+)\/([^/]+)\/([^/]+)\/$/.exec(path);
  if (!match) return undefined;
  const [, review = '', folder = '', id = ''] = match;
  const kind = kindOfFolder(folder);
  if (!kind || !ID_PATTERN.test(review) || !ID_PATTERN.test(id)) return undefined;
  return { review, kind, id };
}

/**
 * The path of an alias as written in front matter: a bare former id names the same review and
 * folder (`1-4` on a finding → `/<review>/findings/1-4/`); a path is already one.
 */
export function aliasPath(review: string, kind: EntryKind, alias: string): string {
  return alias.startsWith('/') ? alias : entryPath(review, kind, alias);
}

/** `/<review>/map/`: the cause → finding → measure diagram. */
export function mapPath(review: string): string {
  return `/${review}/map/`;
}

/** `/<review>/ledger/`: the rectification ledger; `ledger.csv` and `ledger.xlsx` sit beside it. */
export function ledgerPath(review?: string): string {
  return review ? `/${review}/ledger/` : '/ledger/';
}

/** `/<review>/ledger.csv` or `.xlsx`; without a review, the site-wide file `/ledger.csv`. */
export function ledgerExportPath(format: 'csv' | 'xlsx', review?: string): string {
  return review ? `/${review}/ledger.${format}` : `/ledger.${format}`;
}

/**
 * `/<review>/files/images/chart.png`: a file of the review's folder that an entry shows (an image),
 * each segment of its path percent-encoded (file names are often Chinese).
 */
export function reviewFilePath(review: string, path: string): string {
  return `/${review}/files/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The element id of an entry's block on the full-text page: `finding-1-2`, `cause-3`. */
export function entryAnchor(kind: EntryKind, id: string): string {
  return `${kind}-${id}`;
}

/**
 * The element id of a numbered point inside an entry's text: `measure-2-item-2` for 措施（二）第2项,
 * `cause-1-item-2-1` for the （1） inside its 二是. The word `item` keeps it apart from entry ids.
 */
export function subItemAnchor(entryAnchor: string, path: number[]): string {
  return `${entryAnchor}-item-${path.join('-')}`;
}

/** The element id of an area heading on the full-text page: `area-2`. */
export function areaAnchor(area: number): string {
  return `area-${area}`;
}

/** Prefixes a root-relative path with the deploy base (`/` or `/sub/path/`). */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** `/inspections/`: every inspection with the reviews that answer it. */
export function inspectionsPath(): string {
  return '/inspections/';
}

/** `/inspections/<inspection>/`: the feedback's text with its problems in place. */
export function inspectionPath(inspection: string): string {
  return `/inspections/${inspection}/`;
}

/** `/inspections/<inspection>/problems/3/`: one feedback problem and every finding answering it. */
export function problemPath(inspection: string, id: string): string {
  return `/inspections/${inspection}/problems/${id}/`;
}

/** `/inspections/<inspection>/report/`: the progress report (整改进展情况报告). */
export function reportPath(inspection: string): string {
  return `/inspections/${inspection}/report/`;
}

/** The element id of a problem's block on its inspection's page: `problem-3`. */
export function problemAnchor(id: string): string {
  return `problem-${id}`;
}

/**
 * The path of a problem's alias as written in front matter: a bare former number names the same
 * inspection (`5` → `/inspections/<inspection>/problems/5/`); a path is already one.
 */
export function problemAliasPath(inspection: string, alias: string): string {
  return alias.startsWith('/') ? alias : problemPath(inspection, alias);
}

/**
 * The feedback problem a problem path names (`/inspections/xc-2024/problems/3/` → problem 3 of
 * xc-2024), whether or not it exists; undefined for any other path.
 */
export function parseProblemPath(path: string): { inspection: string; id: string } | undefined {
  const match = /^\/inspections\/([^/]+)\/problems\/([^/]+)\/$/.exec(path);
  if (!match) return undefined;
  const [, inspection = '', id = ''] = match;
  if (!ID_PATTERN.test(inspection) || !ID_PATTERN.test(id)) return undefined;
  return { inspection, id };
}
