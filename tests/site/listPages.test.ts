import { describe, expect, it } from "vitest";
import { listPages } from "../../src/site/listPages.ts";

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("listPages", () => {
  it("splits a list in order, the first page at the list's own address and the rest under page/N/", () => {
    const pages = listPages(numbers(250), "/", 100);
    expect(pages.map((p) => [p.url, p.number, p.count, p.start, p.items.length])).toEqual([
      ["/", 1, 3, 1, 100],
      ["/page/2/", 2, 3, 101, 100],
      ["/page/3/", 3, 3, 201, 50],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(numbers(250));
    expect(pages[1]).toMatchObject({ previous: "/", next: "/page/3/" });
    expect(pages[0]!.previous).toBeUndefined();
    expect(pages[2]!.next).toBeUndefined();
  });

  it("keeps an empty list's one page, and a short list's", () => {
    expect(listPages([], "/quotes/", 100)).toEqual([{ url: "/quotes/", number: 1, count: 1, items: [], start: 1, links: [{ number: 1 }] }]);
    expect(listPages(numbers(100), "/", 100)).toHaveLength(1);
  });

  it("links the first and last pages and two either side, marking what it leaves out", () => {
    const pages = listPages(numbers(20), "/quotes/", 1);
    expect(pages[9]!.links).toEqual([
      { number: 1, url: "/quotes/" },
      { gap: true },
      ...[8, 9].map((n) => ({ number: n, url: `/quotes/page/${n}/` })),
      { number: 10 },
      ...[11, 12].map((n) => ({ number: n, url: `/quotes/page/${n}/` })),
      { gap: true },
      { number: 20, url: "/quotes/page/20/" },
    ]);
    expect(pages[0]!.links.map((l) => ("gap" in l ? "…" : l.number))).toEqual([1, 2, 3, "…", 20]);
    expect(pages[3]!.links.map((l) => ("gap" in l ? "…" : l.number))).toEqual([1, 2, 3, 4, 5, 6, "…", 20]);
  });

  it("fills pages by weight, giving an item heavier than a page a page of its own", () => {
    const groups = [{ n: 3 }, { n: 4 }, { n: 12 }, { n: 1 }, { n: 2 }];
    const pages = listPages(groups, "/quotes/", 10, (g) => g.n);
    expect(pages.map((p) => p.items.map((g) => g.n))).toEqual([[3, 4], [12], [1, 2]]);
    expect(pages.map((p) => p.start)).toEqual([1, 3, 4]);
  });
});
