/**
 * The full text's table of contents (components/full-text/Toc.astro) and 「回到顶部」: the contents
 * open beside the text on wide screens, folded on narrow ones (where following a link folds them
 * again, to show the text); the section being read is marked in them as the reader scrolls
 * (`aria-current`), and its part too; 「回到顶部」 floats in once the header is out of sight.
 */

/** Where a section starts to be the one being read: a quarter of the way down the window. */
const READING_LINE = 0.25;

const toc = document.querySelector<HTMLElement>('[data-toc]');
const details = toc?.querySelector<HTMLDetailsElement>('details');
if (toc && details) {
  const wide = matchMedia('(min-width: 68.75rem)');
  details.open = wide.matches;
  wide.addEventListener('change', () => {
    details.open = wide.matches;
  });

  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  for (const link of links) {
    link.addEventListener('click', () => {
      if (!wide.matches) details.open = false;
    });
  }
  followReading(toc, details, links);
}

/** Marks the link of the section being read, each time a section's start crosses the window. */
function followReading(toc: HTMLElement, list: HTMLElement, links: HTMLAnchorElement[]): void {
  const sections = links.flatMap((link) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  const footer = document.querySelector('.site-footer');
  let atEnd = false;
  let current: HTMLAnchorElement | undefined;

  const update = () => {
    const line = innerHeight * READING_LINE;
    // At the end of the page the last sections cannot reach the line: the last one in view is read.
    const reached = sections.filter(({ target }) => {
      const top = target.getBoundingClientRect().top;
      return top <= line || (atEnd && top < innerHeight);
    });
    const next = reached.at(-1)?.link;
    if (next === current) return;
    current?.removeAttribute('aria-current');
    for (const part of toc.querySelectorAll('[data-toc-within]')) {
      part.removeAttribute('data-toc-within');
    }
    current = next;
    if (!current) return;
    current.setAttribute('aria-current', 'true');
    const part = current.closest('ol ol')?.closest('li')?.querySelector('.toc-part');
    part?.setAttribute('data-toc-within', '');
    keepInView(list, current);
  };

  // A start crossing the reading line, or any section coming into view or leaving it; a jump that
  // passes over every start (a search, a script) is caught when the scrolling ends.
  const crossings = new IntersectionObserver(update, {
    rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px`,
  });
  const inView = new IntersectionObserver(update);
  for (const { target } of sections) {
    crossings.observe(target);
    inView.observe(target);
  }
  addEventListener('scrollend', update);
  if (footer) {
    new IntersectionObserver(([entry]) => {
      atEnd = entry?.isIntersecting ?? false;
      update();
    }).observe(footer);
  }
}

/** Scrolls the contents (not the page) so that `link` is in view. */
function keepInView(list: HTMLElement, link: HTMLElement): void {
  if (list.scrollHeight <= list.clientHeight) return;
  const top = link.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
  if (top < list.scrollTop || top + link.offsetHeight > list.scrollTop + list.clientHeight) {
    list.scrollTop = top - list.clientHeight / 3;
  }
}

const backToTop = document.querySelector<HTMLElement>('[data-back-to-top]');
const header = document.querySelector('.site-header');
if (backToTop && header) {
  new IntersectionObserver(([entry]) => {
    backToTop.toggleAttribute('data-shown', !(entry?.isIntersecting ?? true));
  }).observe(header);
}
