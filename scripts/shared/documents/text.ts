/**
 * The plain text of a review document as published on the web, and its paragraphs. Only the web
 * page's own artifacts are removed; every other character of the document is kept.
 */

/** Markers left by the web page the document was copied from; they are not part of the document. */
const WEB_ARTIFACTS = /##paidbegin##|##paidend##/g;

/** Removes the web page's artifacts and nothing else. */
export function removeWebArtifacts(text: string): string {
  return text.replace(WEB_ARTIFACTS, '');
}

/**
 * The document's paragraphs: one per non-blank line, without the line's leading and trailing
 * whitespace (indentation is layout, not text), web artifacts removed.
 */
export function sourceParagraphs(text: string): string[] {
  return removeWebArtifacts(text.replace(/^\uFEFF/, ''))
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
