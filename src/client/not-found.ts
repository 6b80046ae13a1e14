/**
 * The page-not-found page under a review's address (`/<review>/measures/9/`): says which review
 * and kind of entry the address points into, lists that review's entries of the kind, and puts the
 * address's other words in the search box. The reviews' entries are in the page
 * (views/not-found.ts). Without script the page says only that nothing is there.
 */
import { entryPath, reviewPath, withBase } from '../permalinks/urls.ts';
import { KIND_NOUN, KIND_PART_NAME } from '../model/labels.ts';
import type { EntryKind } from '../model/kinds.ts';
import type { NotFoundData, NotFoundReview } from '../views/not-found.ts';
import { missingAddress } from './not-found-address.ts';

const COUNTER: Record<EntryKind, string> = { finding: '个', cause: '条', measure: '项' };
const base = import.meta.env.BASE_URL;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

function link(path: string, text: string): HTMLAnchorElement {
  const a = element('a', text);
  a.href = withBase(base, path);
  return a;
}

/** What the address named in `review`, and that review's entries of the kind it named. */
function answer(review: NotFoundReview, kind: EntryKind | undefined, id: string | undefined) {
  const named = link(reviewPath(review.id), `《${review.title}》`);
  if (!kind) return [element('p', '这个网址在材料', named, '之下，但没有对应的页面。')];
  const noun = KIND_NOUN[kind];
  const entries = review.entries[kind];
  const entry = entries.find(([entryId]) => entryId === id);
  if (entry) {
    const [entryId, label, title] = entry;
    const page = link(entryPath(review.id, kind, entryId), `${label}“${title}”`);
    return [element('p', '这个网址在材料', named, '的', page, '之下，但没有对应的页面。')];
  }
  const said = id
    ? element('p', '这个网址指向材料', named, `中编号为“${id}”的${noun}，这份材料没有这个${noun}。`)
    : element('p', '这个网址指向材料', named, `的${KIND_PART_NAME[kind]}。`);
  if (entries.length === 0) return [said, element('p', `这份材料没有${noun}。`)];
  const heading = element('h2', `这份材料的全部${noun}（${entries.length} ${COUNTER[kind]}）`);
  const list = element(
    'ul',
    ...entries.map(([entryId, label, title]) => {
      const a = link(entryPath(review.id, kind, entryId), label);
      a.className = 'label';
      return element('li', a, title);
    }),
  );
  list.className = 'not-found-entries';
  return [said, heading, list];
}

const data = document.getElementById('not-found-data')?.textContent;
const place = document.querySelector<HTMLElement>('[data-not-found]');
if (data && place) {
  const { reviews } = JSON.parse(data) as NotFoundData;
  const address = missingAddress(
    location.pathname,
    base,
    reviews.map((review) => review.id),
  );
  const review = reviews.find((r) => r.id === address.review);
  if (review) {
    place.replaceChildren(...answer(review, address.kind, address.id));
    place.hidden = false;
  }
  const search = document.querySelector<HTMLInputElement>('[data-not-found-search]');
  if (search && address.words.length > 0) search.value = address.words.join(' ');
}
