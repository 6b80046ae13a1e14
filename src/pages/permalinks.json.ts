/**
 * `/permalinks.json`: every review, inspection, entry, feedback problem and alias of the site with
 * its label, title and URL.
 */
import type { APIRoute } from 'astro';
import { permalinkManifest } from '../permalinks/manifest.ts';
import { getSite } from '../relations/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const manifest = permalinkManifest(await getSite(), { base: import.meta.env.BASE_URL, site });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
