/**
 * The reader's choice of colours (the header's switch) overrides the system's: every colour a
 * `prefers-color-scheme: dark` block of the style sheets sets is set again, to the same value, for
 * `data-theme="dark"`, and back to its light value for `data-theme="light"` (styles/navigation.css).
 * A colour added to one palette and not to the other would show light text on a light page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STYLES = 'src/styles';
const THEMES = 'navigation.css';

interface Declaration {
  /** The preludes of the blocks around it, outermost first: `@media …`, `:root`. */
  within: string[];
  name: string;
  value: string;
}

/** The custom properties a style sheet sets, each with the blocks it is set in. */
function customProperties(css: string): Declaration[] {
  const declarations: Declaration[] = [];
  const within: string[] = [];
  let text = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      within.push(text.trim().replace(/\s+/g, ' '));
      text = '';
    } else if (char === '}' || char === ';') {
      const match = /^\s*(--[\w-]+)\s*:\s*([\s\S]*?)\s*$/.exec(text);
      if (match) declarations.push({ within: [...within], name: match[1]!, value: match[2]! });
      if (char === '}') within.pop();
      text = '';
    } else {
      text += char;
    }
  }
  return declarations;
}

const isDark = (d: Declaration) =>
  d.within.some((p) => /^@media\b.*prefers-color-scheme:\s*dark/.test(p)) &&
  d.within.at(-1) === ':root';
const isLight = (d: Declaration) => d.within.length === 1 && d.within[0] === ':root';

const palettes = readdirSync(STYLES)
  .filter((file) => file.endsWith('.css') && file !== THEMES)
  .flatMap((file) => customProperties(readFileSync(join(STYLES, file), 'utf8')));
const themes = customProperties(readFileSync(join(STYLES, THEMES), 'utf8'));

/** The last value each property is given by `declarations` that `where` picks. */
function palette(declarations: Declaration[], where: (d: Declaration) => boolean) {
  return Object.fromEntries(declarations.filter(where).map((d) => [d.name, d.value]));
}

const dark = palette(palettes, isDark);
const light = palette(palettes, isLight);
const chosen = (theme: string) =>
  palette(themes, (d) => d.within.at(-1) === `:root[data-theme='${theme}']`);

describe('the colour switch’s palettes', () => {
  it('are read from the style sheets', () => {
    expect(Object.keys(dark).length).toBeGreaterThan(10);
    expect(dark['--bg']).toBeDefined();
  });

  it('set every colour of the dark scheme for a reader who chose dark, to the same value', () => {
    const theme = chosen('dark');
    expect(Object.fromEntries(Object.keys(dark).map((name) => [name, theme[name]]))).toEqual(dark);
  });

  it('set every such colour back to its light value for a reader who chose light', () => {
    const theme = chosen('light');
    const expected = Object.fromEntries(Object.keys(dark).map((name) => [name, light[name]]));
    expect(Object.fromEntries(Object.keys(dark).map((name) => [name, theme[name]]))).toEqual(
      expected,
    );
  });

  it('apply on screen only: print stays on white', () => {
    for (const declaration of themes.filter((d) => d.within.at(-1)?.includes('data-theme'))) {
      expect(declaration.within[0]).toBe('@media screen');
    }
  });
});
