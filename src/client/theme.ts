/**
 * The header's colour switch (components/ThemeSwitch.astro): 跟随系统 → 浅色 → 深色, remembered
 * in the browser. The choice is `data-theme` on the root element, which lets the style sheets
 * override the system's scheme (styles/navigation.css); public/before-paint.js applies the stored
 * choice again before the next page is painted. The button's label follows `data-theme` by the
 * style sheet, so it is right from the first paint.
 */
import { nextTheme, THEME_KEY, themeOf, type Theme } from './theme-choice.ts';

function choose(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage refused: the choice holds for this page only.
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-switch]')) {
  button.addEventListener('click', () => {
    const root = document.documentElement;
    choose(root, nextTheme(themeOf(root.dataset.theme)));
  });
}
