/** The entry kinds of a review, as they appear in folder names and URLs. */
export const KIND_FOLDERS = { finding: 'findings', cause: 'causes', measure: 'measures' } as const;

export type EntryKind = keyof typeof KIND_FOLDERS;

/** The form of review folder names and entry ids: they are URL segments, so plain ASCII. */
export const ID_SEGMENT = '[a-z0-9][a-z0-9-]*';

/** A whole review folder name or entry id (see ID_SEGMENT). */
export const ID_PATTERN = new RegExp(`^${ID_SEGMENT}$`);

const KIND_OF_FOLDER = new Map<string, EntryKind>(
  Object.entries(KIND_FOLDERS).map(([kind, folder]) => [folder, kind as EntryKind]),
);

/**
 * The finding, cause or measure a file holds, from its path relative to `reviews/`
 * (`<review>/measures/2.mdx` → measure 2); undefined for review.mdx and for files elsewhere.
 */
export function entryOfFile(
  relativePath: string,
): { review: string; kind: EntryKind; id: string } | undefined {
  const parts = relativePath.replaceAll('\\', '/').split('/');
  if (parts.length !== 3) return undefined;
  const [review = '', folder = '', file = ''] = parts;
  const kind = KIND_OF_FOLDER.get(folder);
  const id = /^(.+)\.mdx?$/.exec(file)?.[1] ?? '';
  if (!kind || !ID_PATTERN.test(review) || !ID_PATTERN.test(id)) return undefined;
  return { review, kind, id };
}
