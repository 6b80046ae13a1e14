/**
 * What a built page makes the browser fetch before it works: its stylesheets and scripts, and the
 * modules those scripts import. Images and icons are left out: the page weight target is about
 * HTML, CSS and JS.
 */

/** Stylesheet, script and module-preload URLs of an HTML page, in document order. */
export function pageAssetUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = attribute(tag, 'rel')?.toLowerCase() ?? '';
    const url = isScript ? attribute(tag, 'src') : attribute(tag, 'href');
    if (!url) continue;
    if (isScript || rel === 'stylesheet' || rel === 'modulepreload') urls.push(url);
  }
  return urls;
}

/**
 * Specifiers a JS module imports statically (`import … from "x"`, `import "x"`,
 * `export … from "x"`). Dynamic `import()` is left out: it loads on use, not with the page.
 */
export function staticImports(code: string): string[] {
  const found = code.matchAll(
    /\b(?:import|export)\s*(?:[\w*${},\s]+?\s*from\s*)?["']([^"']+)["']/g,
  );
  return [...found].map((m) => m[1]!);
}

/** Scripts that are JavaScript the page runs, as opposed to data blocks (JSON-LD, importmaps…). */
export function inlineScriptCount(html: string): number {
  let count = 0;
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const type = attribute(tag, 'type')?.toLowerCase();
    if (!attribute(tag, 'src') && (!type || type === 'module' || type.includes('javascript')))
      count += 1;
  }
  return count;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
