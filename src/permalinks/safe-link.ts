/**
 * Links that content files give to other documents (the evidence of a measure's progress): an
 * http(s) address, or a path on this site from its root. A content file is text an office edits;
 * nothing in it may run script when clicked (javascript:, data:, vbscript:) or quietly leave for
 * another host through a form browsers read as one (//host, /\host).
 */

/** What kind of link a text is, or why it is refused (said after the field's name). */
export type LinkVerdict = { ok: true; kind: 'url' | 'site-path' } | { ok: false; problem: string };

// Browsers drop tabs and line breaks inside a URL (`java\tscript:` runs), and control characters
// have no place in an address typed by a person.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/** Reads a link as a browser would, and says whether the site may publish it. */
export function judgeLink(text: string): LinkVerdict {
  const link = text.trim();
  if (CONTROL.test(link)) {
    return { ok: false, problem: '含有制表符、换行等控制字符，浏览器会忽略它们而打开另一个地址' };
  }
  if (link.startsWith('/')) {
    if (link.startsWith('//') || link.includes('\\')) {
      return {
        ok: false,
        problem: `“${link}”会被浏览器当作另一个网站的地址（以 // 或 /\\ 开头，或含反斜杠）`,
      };
    }
    return { ok: true, kind: 'site-path' };
  }
  const scheme = SCHEME.exec(link)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    try {
      new URL(link);
      return { ok: true, kind: 'url' };
    } catch {
      return { ok: false, problem: `“${link}”不是完整的网址` };
    }
  }
  if (scheme) {
    return { ok: false, problem: `不能使用“${scheme}:”链接：只能是 http(s) 网址或本站的路径` };
  }
  return {
    ok: false,
    problem: `“${link}”既不是 http(s) 网址，也不是从网站根目录写起的路径（以 / 开头）`,
  };
}

/** Whether a link may be rendered as a link: the same rule, for pages to apply once more. */
export function isSafeLink(text: string): boolean {
  return judgeLink(text).ok;
}
