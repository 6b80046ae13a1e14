/**
 * The reader's choice of colours, as the header's switch makes it (client/theme.ts) and
 * public/before-paint.js applies it before the first paint: the system's scheme, light or dark.
 */

/** The key the choice is stored under in the browser; public/before-paint.js reads the same. */
export const THEME_KEY = 'review-site-theme';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The choice after `theme` on the switch. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}

/** The choice as the root element's `data-theme` carries it: none for the system's scheme. */
export function themeOf(attribute: string | undefined): Theme {
  return attribute === 'light' || attribute === 'dark' ? attribute : 'system';
}
