/**
 * Punctuation as review documents type it. Text from a Chinese input method has 。，：；, text typed
 * or converted elsewhere has . , : ; — often both in one document — so the importer reads either
 * width alike. A half-width full stop counts only where it is not a decimal point (1.5万元).
 */

/** A mark that ends a sentence, as a pattern: 。！？； or their half-width forms. */
export const SENTENCE_END = String.raw`(?:[。！？；!?;]|\.(?![0-9０-９]))`;

/** A colon in either width. */
export const COLON = '[：:]';

/** Closing quotes and brackets, which may follow a sentence's end: ……。” */
export const CLOSER = '[”’"\'」』）)】\\]》]';

const ENDS_PARAGRAPH = new RegExp(`(?:${SENTENCE_END}|${COLON}|…|——)${CLOSER}*$`, 'u');

/**
 * Whether a line ends as a paragraph can: with a sentence's end, a colon (……报告如下：), an ellipsis
 * or a dash, perhaps followed by a closing quote or bracket.
 */
export function endsParagraph(text: string): boolean {
  return ENDS_PARAGRAPH.test(text);
}

const AT_SENTENCE_START = new RegExp(`(?:${SENTENCE_END}|${COLON})${CLOSER}*\\s*$`, 'u');

/** Whether the text before some point ends a sentence or a colon, so that what follows starts one. */
export function atSentenceStart(before: string): boolean {
  return before.trim() === '' || AT_SENTENCE_START.test(before);
}
