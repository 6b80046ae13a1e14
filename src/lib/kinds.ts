/** The entry kinds of a review, as they appear in folder names and URLs. */
export const KIND_FOLDERS = { finding: 'findings', cause: 'causes', measure: 'measures' } as const;

export type EntryKind = keyof typeof KIND_FOLDERS;
