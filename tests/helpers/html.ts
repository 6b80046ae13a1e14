/** Reading built pages in tests. */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as cheerio from 'cheerio';

/** Loads `<outDir><urlPath>index.html` (or the file itself when the path names one). */
export async function loadPage(outDir: string, urlPath: string): Promise<cheerio.CheerioAPI> {
  const file = urlPath.endsWith('/') ? join(outDir, urlPath, 'index.html') : join(outDir, urlPath);
  return cheerio.load(await readFile(file, 'utf8'));
}

/**
 * The text of each block element (paragraph, heading, list item) in `main`, whitespace kept; an
 * editor's note (<Note>) is not the document's, and left out.
 */
export function blockTexts($: cheerio.CheerioAPI): string[] {
  return $('main')
    .find('p, h1, h2, h3, h4, li, td, th')
    .filter((_, el) => $(el).closest('.editor-note').length === 0)
    .map((_, el) => $(el).text())
    .get();
}

/** The text Pagefind indexes for a page: its `data-pagefind-body` minus `data-pagefind-ignore` parts. */
export function indexedText($: cheerio.CheerioAPI): string {
  const body = $('[data-pagefind-body]').clone();
  body.find('[data-pagefind-ignore]').remove();
  return body.text();
}

/** Every built page as `[urlPath, file]`, e.g. `['/xx/findings/1-1/', '<outDir>/xx/findings/1-1/index.html']`. */
export async function listPages(outDir: string): Promise<[string, string][]> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  return files.map((f) => {
    const path = `/${f.split(sep).join('/')}`;
    return [
      path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path,
      join(outDir, f),
    ];
  });
}
