/**
 * On a former address of an entry: goes on to the entry at once, carrying the anchor over. The
 * page's meta refresh does the same without script, but drops the anchor. The target is read off
 * the page's link to it, so that it is the address as written there (made relative in the copy
 * opened from disk).
 */
import { carriedAnchor } from './alias-anchor.ts';

const link = document.querySelector<HTMLAnchorElement>('a[data-alias-target]');
if (link) {
  const target = new URL(link.href);
  target.hash = carriedAnchor(location.hash, link.dataset.former, link.dataset.anchor ?? '');
  location.replace(target.href);
}
