/**
 * The colour switch's choices, and the script that applies the stored choice before the first
 * paint (public/before-paint.js), run as a browser would run it.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { nextTheme, THEME_KEY, themeOf } from '../../../src/client/theme-choice.ts';

const beforePaint = readFileSync('public/before-paint.js', 'utf8');

/** Runs public/before-paint.js with `stored` under the theme's key; the root's attributes after. */
function runBeforePaint(stored: string | null | Error, modules = true): Record<string, string> {
  const attributes: Record<string, string> = {};
  const document = {
    documentElement: {
      setAttribute: (name: string, value: string) => (attributes[name] = value),
    },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (stored instanceof Error) throw stored;
      return key === THEME_KEY ? stored : null;
    },
  };
  const HTMLScriptElement = { prototype: modules ? { noModule: false } : {} };
  runInNewContext(beforePaint, { document, localStorage, HTMLScriptElement });
  return attributes;
}

describe('nextTheme', () => {
  it('goes from the system’s scheme to light, dark and back', () => {
    expect([nextTheme('system'), nextTheme('light'), nextTheme('dark')]).toEqual([
      'light',
      'dark',
      'system',
    ]);
  });
});

describe('themeOf', () => {
  it('reads the root element’s attribute, the system’s scheme for none or another', () => {
    expect([themeOf('light'), themeOf('dark'), themeOf(undefined), themeOf('x')]).toEqual([
      'light',
      'dark',
      'system',
      'system',
    ]);
  });
});

describe('public/before-paint.js', () => {
  it('applies the choice the switch stored, and marks the page as scripted', () => {
    expect(runBeforePaint('dark')).toEqual({ 'data-js': '', 'data-theme': 'dark' });
    expect(runBeforePaint('light')).toEqual({ 'data-js': '', 'data-theme': 'light' });
  });

  it('leaves the system’s scheme for no choice, a value it does not know, or storage refused', () => {
    expect(runBeforePaint(null)).toEqual({ 'data-js': '' });
    expect(runBeforePaint('purple')).toEqual({ 'data-js': '' });
    expect(runBeforePaint(new Error('SecurityError'))).toEqual({ 'data-js': '' });
  });

  it('leaves the plain page to a browser that cannot run the site’s module scripts', () => {
    expect(runBeforePaint('dark', false)).toEqual({});
  });
});
