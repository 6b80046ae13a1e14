/**
 * What a missing address points into: the review its first part names, the kind of entry its
 * second part names (as the site's folders are named, or as a reader might write it: `measure`,
 * `措施`), the id after that, and the other words in it, to search for.
 */
import { KIND_FOLDERS, type EntryKind } from '../model/kinds.ts';
import { KIND_NOUN, KIND_PART_NAME } from '../model/labels.ts';

export interface MissingAddress {
  /** The review named, by its id; undefined when the address names none of `reviews`. */
  review: string | undefined;
  kind: EntryKind | undefined;
  /** The part after the kind, as written: the entry's number. */
  id: string | undefined;
  /** The address's other words (decoded), for a search. */
  words: string[];
}

const KIND_NAMES = new Map<string, EntryKind>(
  (Object.keys(KIND_FOLDERS) as EntryKind[]).flatMap((kind) =>
    [KIND_FOLDERS[kind], kind, KIND_NOUN[kind], KIND_PART_NAME[kind]].map(
      (name) => [name, kind] as [string, EntryKind],
    ),
  ),
);

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Reads `pathname` (as the browser has it: with the site's `base`, percent-encoded) against the
 * ids of the site's `reviews`.
 */
export function missingAddress(pathname: string, base: string, reviews: string[]): MissingAddress {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inSite = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.slice(1);
  const segments = inSite
    .split('/')
    .map((segment) => decoded(segment).trim())
    .filter((segment) => segment !== '' && !/^index\.html?$/i.test(segment));
  const first = segments[0]?.toLowerCase();
  const review = reviews.find((id) => id === first);
  if (!review) return { review: undefined, kind: undefined, id: undefined, words: words(segments) };
  const kind = KIND_NAMES.get(segments[1]?.toLowerCase() ?? '');
  if (!kind) return { review, kind, id: undefined, words: words(segments.slice(1)) };
  return { review, kind, id: segments[2], words: words(segments.slice(3)) };
}

/** The words of `segments` worth searching for: not bare numbers or file names of the site. */
function words(segments: string[]): string[] {
  return segments
    .flatMap((segment) => segment.split(/[\s_+]+/))
    .filter(
      (word) => word !== '' && !/^[\d.-]+$/.test(word) && !/\.(html?|php|aspx?)$/i.test(word),
    );
}
