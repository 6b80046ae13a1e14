/** Reading built pages in tests. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

/** Loads `<outDir><urlPath>index.html` (or the file itself when the path names one). */
export async function loadPage(outDir: string, urlPath: string): Promise<cheerio.CheerioAPI> {
  const file = urlPath.endsWith('/') ? join(outDir, urlPath, 'index.html') : join(outDir, urlPath);
  return cheerio.load(await readFile(file, 'utf8'));
}

/** The text of each block element (paragraph, heading, list item) in `main`, whitespace kept. */
export function blockTexts($: cheerio.CheerioAPI): string[] {
  return $('main')
    .find('p, h1, h2, h3, h4, li, td, th')
    .map((_, el) => $(el).text())
    .get();
}
