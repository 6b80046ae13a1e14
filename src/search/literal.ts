/**
 * Runs a literal search through Pagefind's browser API: each term (and each run of characters
 * between punctuation) is one phrase search; an entry is a result when it matches them all, and,
 * where a term holds punctuation the index cannot see, when its text holds the term as typed.
 * The API object is passed in, so this logic is tested without a browser.
 */
import { foldCase } from './offline-index.ts';
import { hasUnindexedCharacters, phrasesFor, queryTerms, unspaceText } from './tokens.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResultData {
  url: string;
  /** The page's indexed text, spaced by character as it was handed to the indexer. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { url: string; title: string; excerpt: string }[];
}

/** The part of Pagefind's `pagefind.js` module this site uses. */
export interface PagefindApi {
  /** A search for `query`, every page holding it whatever the filters (the page applies them). */
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * The pages containing every term of `query` literally, best first: by the sum of the phrase
 * searches' scores, so a page where the terms are frequent and prominent ranks higher.
 */
export async function literalSearch(api: PagefindApi, query: string): Promise<PagefindResult[]> {
  const terms = queryTerms(query);
  const phrases = [...new Set(terms.flatMap(phrasesFor))];
  if (phrases.length === 0) return [];
  const responses = await Promise.all(phrases.map((phrase) => api.search(phrase)));
  const [first, ...rest] = responses.map((response) => response?.results ?? []);
  const scores = new Map((first ?? []).map((r) => [r.id, r.score]));
  for (const results of rest) {
    const here = new Map(results.map((r) => [r.id, r.score]));
    for (const [id, score] of scores) {
      const other = here.get(id);
      if (other === undefined) scores.delete(id);
      else scores.set(id, score + other);
    }
  }
  const ranked = (first ?? [])
    .filter((r) => scores.has(r.id))
    .sort((a, b) => scores.get(b.id)! - scores.get(a.id)!)
    .map(loadingOnce);
  // Phrases find (A) wherever A is: the punctuation of a term is checked in each page's text.
  if (!terms.some(hasUnindexedCharacters)) return ranked;
  const holds = await Promise.all(
    ranked.map(async (r) => containsTerms((await r.data()).content, terms)),
  );
  return ranked.filter((_, i) => holds[i]);
}

/** Whether a page's indexed text (Pagefind's `content`) holds every term as typed, in any case. */
export function containsTerms(content: string, terms: string[]): boolean {
  const text = foldCase(unspaceText(content));
  return terms.every((term) => text.includes(foldCase(term)));
}

/** The result with its data loaded at most once: checking a page and showing it share the load. */
function loadingOnce(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  return { id: result.id, score: result.score, data: () => (data ??= result.data()) };
}
