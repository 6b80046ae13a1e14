/**
 * The numbers Word shows before the paragraphs of its lists, counted as Word counts them, in
 * document order: each level of a list counts on from its start; a level starts again when a level
 * above it is used (or as its `w:lvlRestart` says); the instances of one list definition share
 * its count, an instance that overrides a level's start starting it anew where it is first used;
 * the number is the level's text (`%1、`, `（%1）`, `%1.%2`) with each level's count written in
 * that level's format.
 */
import { describeFormat, formatListNumber, writesFormat } from './docx-number-formats.ts';
import {
  LIST_LEVELS,
  listOf,
  type ListDefinitions,
  type ListLevel,
  type ListReference,
  type ParagraphList,
} from './docx-numbering.ts';

/** A level's text longer than this is no number (Word's own are a few characters). */
const MAX_LEVEL_TEXT = 60;

/** What Word shows before a paragraph. */
export type ListNumber =
  /** The number, and what follows it before the paragraph's text. */
  | { text: string; separator: string }
  /** A number this reader cannot write, and why, for the message that says so. */
  | { unwritten: string };

/** The counts of one list: the last number of each level, undefined before it is used. */
interface ListState {
  counts: (number | undefined)[];
  /** The instances already used, whose start overrides have had their effect. */
  entered: Set<string>;
}

/** Counts the numbers of a document's lists, paragraph by paragraph in document order. */
export class ListCounter {
  readonly #definitions: ListDefinitions;
  readonly #lists = new Map<string, ListState>();

  constructor(definitions: ListDefinitions) {
    this.#definitions = definitions;
  }

  /**
   * The number of the next paragraph, counted; undefined if it has none (no list, a bulleted one,
   * a level without text).
   */
  next(reference: ListReference): ListNumber | undefined {
    const list = listOf(this.#definitions, reference);
    if (!list) return undefined;
    const state = this.#stateOf(list);
    const count = this.#count(list, state);
    const level = list.levels[list.level]!;
    if (level.format === 'bullet' || level.text === undefined) return undefined;
    return writeNumber(list, level, (i) =>
      i === list.level ? count : (state.counts[i] ?? startOf(list, i)),
    );
  }

  #stateOf(list: ParagraphList): ListState {
    let state = this.#lists.get(list.list);
    if (!state) {
      state = {
        counts: Array<number | undefined>(LIST_LEVELS).fill(undefined),
        entered: new Set(),
      };
      this.#lists.set(list.list, state);
    }
    // An instance that restarts levels (Word's 重新开始编号) does so where it is first used; the
    // list's other instances then count on from there.
    if (!state.entered.has(list.numId)) {
      state.entered.add(list.numId);
      for (const level of list.starts.keys()) state.counts[level] = undefined;
    }
    return state;
  }

  /** Counts a paragraph at its level, and starts the levels below it again. */
  #count(list: ParagraphList, state: ListState): number {
    const previous = state.counts[list.level];
    const count = previous === undefined ? startOf(list, list.level) : previous + 1;
    state.counts[list.level] = count;
    for (let below = list.level + 1; below < LIST_LEVELS; below++) {
      if (restartsAfter(list.levels[below], below, list.level)) state.counts[below] = undefined;
    }
    return count;
  }
}

/** The first number of a level in this instance of its list. */
function startOf(list: ParagraphList, level: number): number {
  return list.starts.get(level) ?? list.levels[level]?.start ?? 0;
}

/** Whether level `index` starts again after a paragraph at level `used`, above it. */
function restartsAfter(level: ListLevel | undefined, index: number, used: number): boolean {
  const restart = level?.restart;
  if (restart === 0) return false;
  // A restart after a level not above this one means nothing; Word then restarts as usual.
  const after = restart === undefined || restart > index ? index : restart;
  return used < after;
}

/** The level's text with each `%n` replaced by level n's count, written in its format. */
function writeNumber(
  list: ParagraphList,
  level: ListLevel,
  countOf: (index: number) => number,
): ListNumber {
  const template = level.text ?? '';
  if (template.length > MAX_LEVEL_TEXT) {
    return { unwritten: `编号的文字超过 ${MAX_LEVEL_TEXT} 个字符，不像是编号` };
  }
  let unwritten: string | undefined;
  const text = template.replace(/%([1-9])/g, (_, digit: string) => {
    const index = Number(digit) - 1;
    const format = level.legal ? 'decimal' : list.levels[index]?.format;
    const written = format === undefined ? undefined : formatListNumber(countOf(index), format);
    if (written === undefined) {
      unwritten ??=
        format === undefined
          ? `编号引用的第 ${index + 1} 级没有定义`
          : writesFormat(format)
            ? `编号超出了编号格式${named(format)}能写的范围`
            : `编号格式${named(format)}不受支持`;
      return '';
    }
    return written;
  });
  if (unwritten !== undefined) return { unwritten };
  return { text, separator: separatorAfter(text, level.suffix) };
}

/** A format in a Chinese sentence: a name in Latin letters set off by spaces. */
function named(format: string): string {
  const described = describeFormat(format);
  return /^[\x21-\x7e]/.test(described) ? ` ${described} ` : described;
}

/**
 * Fullwidth punctuation and enclosed numbers (、 ） ．①), after which nothing is typed before the
 * text: 一、存在的问题, not 一、 存在的问题.
 */
const CLOSED_NUMBER = /[\u2460-\u24ff\u3000-\u303f\u3200-\u32ff\uff00-\uffef]$/u;

/**
 * What stands between a number and its paragraph's text in plain text: Word's tab or space after
 * a number as one space (1. 理论学习), none after Chinese punctuation, where no one types one.
 */
function separatorAfter(text: string, suffix: ListLevel['suffix']): string {
  return suffix === 'nothing' || text === '' || CLOSED_NUMBER.test(text) ? '' : ' ';
}
