/**
 * Items that stand inside a paragraph: （一）带头……方面。一是……。二是……。 holds three findings, each
 * starting a sentence with the next number. A run of numbers counts only when it is the whole
 * story: 1, 2, 3 … in order, and no other number of that style starts a sentence of the paragraph
 * (a paragraph whose 一是 二是 start again is a list of points, not of items).
 */
import {
  markersInText,
  type MarkerInText,
  type NumberingScheme,
} from '../../src/model/numbering.ts';
import { atSentenceStart } from './punctuation.ts';

/** The numberings that start a sentence of `text` (or the text itself), in order. */
export function sentenceMarkers(text: string, scheme?: NumberingScheme): MarkerInText[] {
  return markersInText(text).filter(
    (m) => (scheme === undefined || m.scheme === scheme) && atSentenceStart(text.slice(0, m.index)),
  );
}

/**
 * The items of `scheme` numbered `first`, `first + 1` … that start sentences of `text` after
 * offset `from`; undefined unless every such numbering there is one of them, in order.
 */
export function itemRun(
  text: string,
  scheme: NumberingScheme,
  first: number,
  from = 0,
): MarkerInText[] | undefined {
  const markers = sentenceMarkers(text, scheme).filter((m) => m.index >= from);
  if (markers.length === 0 || !markers.every((m, i) => m.number === first + i)) return undefined;
  return markers;
}

/** The style of the first item numbered 1 that starts a sentence of `text`, other than `not`. */
export function firstItemScheme(
  text: string,
  not: NumberingScheme | undefined,
): NumberingScheme | undefined {
  return sentenceMarkers(text).find((m) => m.number === 1 && m.scheme !== not && m.index > 0)
    ?.scheme;
}

/** `text` cut at each of `offsets` (ascending, inside the text): the pieces, in order. */
export function cutAt(text: string, offsets: number[]): string[] {
  return [0, ...offsets].map((start, i) => text.slice(start, offsets[i] ?? text.length));
}
