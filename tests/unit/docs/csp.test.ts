import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../../helpers/csp.ts';

/** The policies the guide gives servers: the one in its own block, and nginx's, IIS's, Apache's. */
function guidePolicies(): string[] {
  const guide = readFileSync('docs/GUIDE.md', 'utf8');
  const section = guide.slice(guide.indexOf('### 内容安全策略（CSP）'));
  const policies = [...section.matchAll(/default-src [^"\n]+/g)].map((m) => m[0].trim());
  return policies.slice(0, 4);
}

describe('the strict Content-Security-Policy', () => {
  it('is the one the browser tests serve the sites with, in every server example of the guide', () => {
    const policies = guidePolicies();
    expect(policies).toHaveLength(4);
    for (const policy of policies) expect(policy).toBe(STRICT_CSP);
  });
});
