/**
 * The strict Content-Security-Policy that docs/GUIDE.md gives intranet servers (section
 * 内容安全策略), which the browser tests serve the built sites with: every page type must load
 * under it without a violation (tests/browser/quality.test.ts), and the features that need script
 * must work under it (tests/browser/csp.test.ts). A unit test keeps the guide's copies the same.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

/** Options for `serveStatic` that send `policy` with every file. */
export const withPolicy = (policy: string = STRICT_CSP) => ({
  headers: { 'Content-Security-Policy': policy },
});
