/**
 * The URLs a notice writes out, read as their writer meant them. Notices are typed with a Chinese
 * IME, which slips full-width forms into a URL (`https：//oa．example．gov．cn／…`): a browser, or
 * the OA system that makes the URL a link, reads those as other characters, so the reader who
 * clicks gets nowhere. Each URL is found whole, full-width forms included, and read twice: as
 * written, and as meant, with the characters that differ named for the report.
 */

/** The parts of a URL, for saying what a wrong character breaks. */
export type UrlPart = 'scheme' | 'host' | 'path' | 'query' | 'fragment';

/** A character of a URL that a browser does not read as the writer meant. */
export interface UrlMistake {
  /** As written: `／`, `。`, or percent-encoded, `%EF%BC%8F`. */
  written: string;
  /** The character meant: `/`. */
  meant: string;
  part: UrlPart;
}

/** A URL as a notice writes it, and the URL its writer meant. */
export interface WrittenUrl {
  /** The characters of the notice that make up the URL. */
  written: string;
  /** The URL meant: `written` with its mistakes corrected; `written` itself when it has none. */
  url: string;
  mistakes: UrlMistake[];
}

/** Chinese characters, which a path or fragment may hold raw: browsers percent-encode them. */
const HAN = /\p{Script=Han}/u;

/** The characters a URL holds as written in ASCII. */
const ASCII_URL = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/;

/** The full-width forms an IME types for the characters of a URL's path, query and fragment. */
const FULL_WIDTH_URL_SYMBOLS = '／：．＃？＝＆％－＿～';

/** Full-width forms (U+FF01–U+FF5E) sit at a fixed distance from the ASCII characters they copy. */
const halfWidth = (char: string) => String.fromCharCode(char.charCodeAt(0) - 0xfee0);
const isFullWidth = (char: string) => char >= '！' && char <= '～';

const SCHEME = /(?<![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])[hｈ][tｔ][tｔ][pｐ][sｓ]?[:：][/／]{2}/giu;
const SCHEME_AT_START = /^[hｈ][tｔ][tｔ][pｐ][sｓ]?[:：][/／]{2}/iu;
const OTHER_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * Letters and digits of scripts other than Chinese: an internationalised host holds them, and so
 * does one that poses as the site's (a Cyrillic `о` for `o`), which the report must show whole.
 * Chinese right after a host is the sentence's (`http://oa.cn通知`).
 */
const isOtherLetter = (char: string) => /[\p{L}\p{N}\p{M}]/u.test(char) && !HAN.test(char);

const isHostChar = (char: string | undefined) =>
  char !== undefined &&
  (/[A-Za-z0-9_-]/.test(char) ||
    FULL_WIDTH_ALNUM.test(char) ||
    char === '－' ||
    isOtherLetter(char));

/**
 * A user name (and password) before the host, up to its `@`: `oa.example.gov.cn@` in
 * `https://oa.example.gov.cn@evil.example/`. A browser opens the host after it, so the URL is
 * found whole, for the report to say so.
 */
const USERINFO = /^(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}\-._~!$&'()*+,;=%:])+@/u;

const isDigit = (char: string | undefined) => char !== undefined && /[0-9０-９]/.test(char);
const isAlnum = (char: string | undefined) =>
  char !== undefined && (/[A-Za-z0-9]/.test(char) || FULL_WIDTH_ALNUM.test(char));
/** A host dot typed in Chinese punctuation mode (`。`) or full width (`．`). */
const isImeDot = (char: string | undefined) => char === '。' || char === '．';

/**
 * The http(s) URLs written out in a text, each where its writer ended it. A URL runs on through
 * full-width forms inside it (`host／review`, `https：//`), but not through one at its end, nor
 * into the Chinese text or punctuation after it (`…/measures/2/。另见`). Chinese characters
 * belong to a URL only right after its `#` (a fragment `#措施二`) or a query's `=`, up to the next
 * character that is neither Chinese nor a digit, `-` or `_`. A user name before `@` and letters of
 * other scripts in the host are part of a URL: they are what makes one pose as another site's.
 */
export function findUrls(text: string): WrittenUrl[] {
  const found: WrittenUrl[] = [];
  let covered = 0;
  for (const match of text.matchAll(SCHEME)) {
    // `http://` inside a URL already found (`?from=http://…`) is part of it.
    if (match.index < covered) continue;
    const afterScheme = match.index + match[0].length;
    const hostStart = afterScheme + (USERINFO.exec(text.slice(afterScheme))?.[0].length ?? 0);
    const hostEnd = endOfHost(text, hostStart);
    if (hostEnd === hostStart) continue;
    const written = trimTrailing(text.slice(match.index, endOfRest(text, hostEnd)));
    covered = match.index + written.length;
    found.push(readUrl(written));
  }
  return found;
}

/** Where the host (and port) that starts at `start` ends. */
function endOfHost(text: string, start: number): number {
  let end = start;
  let firstImeDot: number | undefined;
  while (isHostChar(text[end]) || (/[.．。]/.test(text[end] ?? '') && isHostChar(text[end + 1]))) {
    if (isImeDot(text[end])) firstImeDot ??= end;
    end += 1;
  }
  // `。` also ends sentences: “见http://oa.cn。OA系统…” names oa.cn, not a host oa.cn.OA. A host
  // with such a dot is taken whole only when a path, port, query or fragment, a space or the end
  // of the text follows it.
  const next = text[end];
  const delimited =
    next === undefined ||
    /[\s/／?？#＃]/.test(next) ||
    (/[:：]/.test(next) && isDigit(text[end + 1]));
  if (firstImeDot !== undefined && !delimited) return firstImeDot;
  if (next !== undefined && /[:：]/.test(next) && isDigit(text[end + 1])) {
    end += 1;
    while (isDigit(text[end])) end += 1;
  }
  return end;
}

/** Where the path, query and fragment that start at `start` end. */
function endOfRest(text: string, start: number): number {
  if (!/[/／?？#＃]/.test(text[start] ?? '')) return start;
  let end = start;
  let part: UrlPart = 'path';
  // A run of Chinese right after `#` or a query's `=`: `#措施二`, `?q=强化学习`.
  let inChinese = false;
  while (end < text.length) {
    const char = text[end]!;
    if (inChinese) {
      if (!(HAN.test(char) || /[0-9０-９_-]/.test(char))) break;
      end += 1;
      continue;
    }
    const previous = meantChar(text[end - 1] ?? '');
    if (HAN.test(char)) {
      if (previous !== '#' && !(part === 'query' && previous === '=')) break;
      inChinese = true;
    } else if (FULL_WIDTH_URL_SYMBOLS.includes(char) && char !== '／') {
      // A full-width symbol is inside the URL only when the URL goes on after it: `？` or `：`
      // at the end is the sentence's.
      const after = text[end + 1];
      const goesOn =
        char === '％'
          ? /[0-9A-Fa-f]/.test(after ?? '')
          : char !== '：' && (isAlnum(after) || ('＃＝'.includes(char) && HAN.test(after ?? '')));
      if (!goesOn) break;
    } else if (!(ASCII_URL.test(char) || FULL_WIDTH_ALNUM.test(char) || char === '／')) {
      break;
    }
    const meant = meantChar(char);
    if (meant === '#') part = 'fragment';
    else if (meant === '?' && part === 'path') part = 'query';
    end += 1;
  }
  return end;
}

const meantChar = (char: string) => (isFullWidth(char) ? halfWidth(char) : char);

/** Drops sentence punctuation after a URL, and a closing bracket that has no opening one in it. */
function trimTrailing(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1] ?? '';
    const body = url.slice(0, end - 1);
    const unbalanced =
      (last === ')' && count(body, '(') < count(body, ')') + 1) ||
      (last === ']' && count(body, '[') < count(body, ']') + 1);
    if (!('.,;:!?\'"'.includes(last) || unbalanced) || end === 0) break;
    end -= 1;
  }
  return url.slice(0, end);
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** `%EF%BC%8F`: a full-width form percent-encoded, as a browser sends a `／` typed into a path. */
const ENCODED_FULL_WIDTH = /^%EF%(BC%[89AB][0-9A-F]|BD%[89][0-9A-F])/i;

/**
 * Reads a URL (written out in a notice, or a hyperlink's target) as its writer meant it. Full
 * width forms are read as the ASCII characters they copy, wherever they break the URL: anywhere
 * in the scheme and host (and a `。` between the host's labels), and in the path and fragment the
 * IME's `／：．＃？＝＆％－＿～`, letters and digits; in a query only `＝＆＃`, for a search word may
 * be full-width on purpose. Chinese characters are left as they are, as browsers take them.
 * A scheme other than http(s) (`mailto:`) is left alone.
 */
export function readUrl(written: string): WrittenUrl {
  const mistakes: UrlMistake[] = [];
  // The scheme and the `//` before the host, or the `//` of a protocol-relative hyperlink.
  const lead = SCHEME_AT_START.exec(written)?.[0] ?? /^[/／]{2}/.exec(written)?.[0] ?? '';
  if (!lead && OTHER_SCHEME.test(written)) return { written, url: written, mistakes };
  let url = '';
  for (const char of lead) {
    const meant = meantChar(char);
    if (meant !== char) mistakes.push({ written: char, meant, part: 'scheme' });
    url += meant;
  }
  let part: UrlPart = lead ? 'host' : (PART_STARTED_BY[meantChar(written[0] ?? '')] ?? 'path');
  const rest = written.slice(lead.length);
  for (let i = 0; i < rest.length;) {
    const encoded = ENCODED_FULL_WIDTH.exec(rest.slice(i))?.[0];
    const char = encoded ? decodeURIComponent(encoded) : String.fromCodePoint(rest.codePointAt(i)!);
    const meant = meantIn(part, char);
    if (meant !== char) mistakes.push({ written: encoded ?? char, meant, part });
    url += meant === char ? (encoded ?? char) : meant;
    i += encoded ? encoded.length : char.length;
    if (meant === '#') part = 'fragment';
    else if (meant === '?' && (part === 'host' || part === 'path')) part = 'query';
    else if (meant === '/' && part === 'host') part = 'path';
  }
  return { written, url, mistakes };
}

/** The part a relative hyperlink (`#measure-2`, `?q=…`, else a path) starts in. */
const PART_STARTED_BY: Partial<Record<string, UrlPart>> = { '#': 'fragment', '?': 'query' };

/** The character meant by one written in a part of a URL. */
function meantIn(part: UrlPart, char: string): string {
  switch (part) {
    case 'scheme':
    case 'host':
      return char === '。' ? '.' : isFullWidth(char) ? halfWidth(char) : char;
    case 'path':
    case 'fragment':
      return FULL_WIDTH_URL_SYMBOLS.includes(char) || FULL_WIDTH_ALNUM.test(char)
        ? halfWidth(char)
        : char;
    case 'query':
      return '＝＆＃'.includes(char) ? halfWidth(char) : char;
  }
}

/**
 * Why a URL as written is not the URL its writer meant, and what to write instead, for the
 * report: `网址中有全角字符“／”，浏览器打不开：应写作 https://…/`. Undefined when it is.
 */
export function describeMistakes(found: WrittenUrl): string | undefined {
  if (found.mistakes.length === 0) return undefined;
  const named = (mistake: UrlMistake) =>
    mistake.written.startsWith('%')
      ? `“${decodeURIComponent(mistake.written)}”（写作“${mistake.written}”）`
      : `“${mistake.written}”`;
  const fullWidth = [...new Set(found.mistakes.filter((m) => m.written !== '。').map(named))];
  const stops = found.mistakes.some((m) => m.written === '。');
  const what = [
    ...(fullWidth.length > 0 ? [`全角字符${fullWidth.join('')}`] : []),
    ...(stops ? ['中文句号“。”'] : []),
  ].join('和');
  const parts = new Set(found.mistakes.map((m) => m.part));
  const only = (part: UrlPart) => parts.size === 1 && parts.has(part);
  const effect = only('fragment')
    ? '浏览器找不到页面上的这个位置'
    : only('query')
      ? '网页读不出其中的查询参数'
      : '浏览器打不开';
  return `网址中有${what}，${effect}：应写作 ${found.url}`;
}
