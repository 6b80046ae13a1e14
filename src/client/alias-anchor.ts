/**
 * The anchor an old link carries to an entry's new address. An anchor naming the entry by its
 * former id (`#finding-1-4`, `#finding-1-4-item-2`) is renamed to the current one
 * (`#finding-2-1`, `#finding-2-1-item-2`); any other anchor is kept as it is.
 */
export function carriedAnchor(hash: string, former: string | undefined, current: string): string {
  if (!former) return hash;
  if (hash === `#${former}` || hash.startsWith(`#${former}-item-`))
    return `#${current}${hash.slice(former.length + 1)}`;
  return hash;
}
