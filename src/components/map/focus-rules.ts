/**
 * The rules that fade, while a box of the relation map is pointed at or focused, every curve that
 * does not touch it. One rule per box, so they are written per review into a stylesheet of its
 * own (`/<review>/map.css`): a page under `style-src 'self'` may not carry them in a <style>.
 */
export function mapFocusRules(keys: string[]): string {
  return keys
    .map(
      (key) =>
        `.relation-map:has(#map-${key}:is(:hover,:focus-visible)) .edge:not(.${key}){opacity:.12}\n`,
    )
    .join('');
}

/** Where a review's map rules are: `/<review>/map.css`, beside the map page. */
export function mapStylesPath(review: string): string {
  return `/${review}/map.css`;
}
