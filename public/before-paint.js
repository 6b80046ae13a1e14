/*
 * Runs in <head>, before the page is first painted (a file, not inline: the site works under a
 * Content-Security-Policy of `script-src 'self'`). It applies the colour scheme the reader chose
 * with the header's switch (src/client/theme-choice.ts names the same key), so that a dark page
 * never flashes light, and marks the page as scripted, so that the controls only scripts make work
 * (the menu and colour buttons) take their place before the first paint. Browsers that cannot run
 * the site's module scripts are not marked: they keep the plain page.
 */
/* global document, localStorage, HTMLScriptElement */
(function () {
  var root = document.documentElement;
  if (!('noModule' in HTMLScriptElement.prototype)) return;
  root.setAttribute('data-js', '');
  try {
    var theme = localStorage.getItem('review-site-theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch {
    // Storage refused (a locked-down browser, a file opened from disk in some browsers): the
    // system's scheme applies.
  }
})();
