import { describe, expect, it } from 'vitest';
import { inlineScriptCount, pageAssetUrls, staticImports } from '../../../bench/lib/page-assets.ts';

describe('pageAssetUrls', () => {
  it('lists stylesheets, scripts and module preloads, not icons or links', () => {
    const html =
      '<link rel="icon" href="/favicon.svg"><link rel=stylesheet href=/_astro/a.css>' +
      '<link rel="modulepreload" href="/_astro/m.js"><script type="module" src="/_astro/s.js"></script>' +
      '<a href="/x/">x</a><script>inline()</script>';
    expect(pageAssetUrls(html)).toEqual(['/_astro/a.css', '/_astro/m.js', '/_astro/s.js']);
  });
});

describe('staticImports', () => {
  it('finds minified static imports and re-exports, not dynamic imports', () => {
    const code =
      'import{a as b}from"./chunk.js";import"./side.js";export*from"./re.js";' +
      'const x=await import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./chunk.js', './side.js', './re.js']);
  });
});

describe('inlineScriptCount', () => {
  it('counts inline scripts that run, not external ones or data blocks', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/c.js"></script>' +
      '<script type="application/ld+json">{}</script>';
    expect(inlineScriptCount(html)).toBe(2);
  });
});
