/**
 * Long lists split over pages. At 9,000 articles the home page listing them
 * all was 8.9 MB of HTML and the quotes index 11.6 MB: more than a phone
 * should fetch and lay out to show its first screen.
 */

/** A link to another page of the same list, this page (no `url`), or pages left out between (`gap`). */
export type PageLink = { number: number; url?: string } | { gap: true };

/** One page of a list. */
export interface ListPage<T> {
  /** Site path: the list's own for the first page, `…page/N/` after it. */
  url: string;
  /** 1-based. */
  number: number;
  /** Pages in the list. */
  count: number;
  items: T[];
  /** The 1-based place of the page's first item in the whole list. */
  start: number;
  previous?: string;
  next?: string;
  /** The first and last pages and those near this one, in order. */
  links: PageLink[];
}

/** Pages either side of the current one that the page links list. */
const NEAR = 2;

/** `/` → `/page/3/`; `/quotes/` → `/quotes/page/3/`. */
export const pageUrl = (first: string, number: number): string => (number === 1 ? first : `${first}page/${number}/`);

/**
 * Splits `items` into pages in order, a new page starting where adding the
 * next item would pass `perPage` by weight (`weigh`, one per item unless
 * given), so an item heavier than a page (a speaker's 300 quotes) has a page
 * to itself rather than being cut. An empty list still has its first page.
 */
export function listPages<T>(items: readonly T[], first: string, perPage: number, weigh: (item: T) => number = () => 1): ListPage<T>[] {
  const chunks: T[][] = [[]];
  let weight = 0;
  for (const item of items) {
    const w = weigh(item);
    if (weight > 0 && weight + w > perPage) {
      chunks.push([]);
      weight = 0;
    }
    chunks.at(-1)!.push(item);
    weight += w;
  }
  const count = chunks.length;
  let start = 1;
  return chunks.map((chunk, i) => {
    const number = i + 1;
    const near = (n: number) => n === 1 || n === count || Math.abs(n - number) <= NEAR;
    const links: PageLink[] = [];
    for (let n = 1; n <= count; n++) {
      if (near(n)) links.push(n === number ? { number: n } : { number: n, url: pageUrl(first, n) });
      // Page 1 is always near, so there is a link before any gap.
      else if (!("gap" in links.at(-1)!)) links.push({ gap: true });
    }
    const page = {
      url: pageUrl(first, number),
      number,
      count,
      items: chunk,
      start,
      ...(number > 1 ? { previous: pageUrl(first, number - 1) } : {}),
      ...(number < count ? { next: pageUrl(first, number + 1) } : {}),
      links,
    };
    start += chunk.length;
    return page;
  });
}
