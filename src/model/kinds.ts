/** The entry kinds of a review, as they appear in folder names and URLs. */
export const KIND_FOLDERS = { finding: 'findings', cause: 'causes', measure: 'measures' } as const;

export type EntryKind = keyof typeof KIND_FOLDERS;

/** The component a review body places where each part's entries go on the full-text page. */
export const PART_PLACEHOLDERS: Record<EntryKind, string> = {
  finding: 'Findings',
  cause: 'Causes',
  measure: 'Measures',
};

/** The component an inspection's text places where its list of feedback problems stands. */
export const PROBLEMS_PLACEHOLDER = 'Problems';

/** The form of review folder names and entry ids: they are URL segments, so plain ASCII. */
export const ID_SEGMENT = '[a-z0-9][a-z0-9-]*';

/** A whole review folder name or entry id (see ID_SEGMENT). */
export const ID_PATTERN = new RegExp(`^${ID_SEGMENT}$`);
