/**
 * Letters of other scripts that look like English letters and digits: a host spelled with a
 * Cyrillic `о` or a Greek `ο` for the Latin `o` reads as the site's own and is another site. The
 * table holds the common lookalikes, in the forms hosts have after a browser's IDNA mapping
 * (lower case) and as written (upper case); full-width forms sit at a fixed distance from ASCII.
 */

/** The scripts whose letters pass for English ones, as the report names them. */
export type LookalikeScript = 'cyrillic' | 'greek' | 'full-width';

export const SCRIPT_NAMES: Record<LookalikeScript, string> = {
  cyrillic: '西里尔字母',
  greek: '希腊字母',
  'full-width': '全角字符',
};

/** Pairs of a lookalike and the ASCII character it passes for: `аa` is Cyrillic а as a. */
const PAIRS: Record<Exclude<LookalikeScript, 'full-width'>, string> = {
  cyrillic: 'аaеeоoрpсcуyхxіiјjѕsһhԁdԛqԝwӏlз3б6' + 'АAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅSԚQԜWӀlЗ3',
  greek: 'αaοoρpνvυuιiκkχxγyϲcϳj' + 'ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXϹC',
};

const TABLE = new Map<string, { ascii: string; script: LookalikeScript }>();
for (const [script, pairs] of Object.entries(PAIRS) as [LookalikeScript, string][]) {
  const chars = Array.from(pairs);
  for (let i = 0; i < chars.length; i += 2) {
    TABLE.set(chars[i]!, { ascii: chars[i + 1]!, script });
  }
}

const FULL_WIDTH_ALNUM = /^[０-９Ａ-Ｚａ-ｚ]$/;

/** A character of a text that only looks like an English letter or digit. */
export interface Lookalike {
  char: string;
  /** The ASCII character it passes for. */
  ascii: string;
  script: LookalikeScript;
}

/** The English letter or digit a character passes for, if it only looks like one. */
function lookalikeOf(char: string): Lookalike | undefined {
  if (FULL_WIDTH_ALNUM.test(char)) {
    return {
      char,
      ascii: String.fromCodePoint(char.codePointAt(0)! - 0xfee0),
      script: 'full-width',
    };
  }
  const found = TABLE.get(char);
  return found && { char, ...found };
}

/**
 * The text as it looks, for comparing: each lookalike replaced by the ASCII character it passes
 * for, in lower case. `оa.example.gov.cn` (Cyrillic о) and `oa.example.gov.cn` have one skeleton.
 */
export function skeleton(text: string): string {
  return Array.from(text, (char) => lookalikeOf(char)?.ascii ?? char)
    .join('')
    .toLowerCase();
}

/** The characters of a text that only look like English letters or digits, each once, in order. */
export function lookalikesIn(text: string): Lookalike[] {
  const found = new Map<string, Lookalike>();
  for (const char of text) {
    const lookalike = lookalikeOf(char);
    if (lookalike && !found.has(char)) found.set(char, lookalike);
  }
  return [...found.values()];
}

/**
 * The lookalikes of a text, for the report: `“о”“а”是西里尔字母，不是英文的“o”“a”`, one clause per
 * script. Empty when the text has none.
 */
export function describeLookalikes(text: string): string {
  const byScript = new Map<LookalikeScript, Lookalike[]>();
  for (const lookalike of lookalikesIn(text)) {
    byScript.set(lookalike.script, [...(byScript.get(lookalike.script) ?? []), lookalike]);
  }
  const quoted = (chars: string[]) => chars.map((char) => `“${char}”`).join('');
  return [...byScript]
    .map(
      ([script, found]) =>
        `${quoted(found.map((l) => l.char))}是${SCRIPT_NAMES[script]}，不是英文的${quoted(found.map((l) => l.ascii))}`,
    )
    .join('；');
}
