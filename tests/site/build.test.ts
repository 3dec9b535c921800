import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/buildSite.ts";
import { speakerAmong } from "../../src/archive/speakers.ts";
import type { Archive } from "../../src/types.ts";
import { brokenLinks, htmlPages, internalLinks, xmlFiles } from "../support/siteFiles.ts";

const work = mkdtempSync(join(tmpdir(), "archive-build-"));
const out = join(work, "site");
let archive: Archive;
let pages: Map<string, string>;

beforeAll(async () => {
  const { report } = await buildSite({ articlesDir: "articles", outputDir: out });
  expect(report).toMatchObject({ filesRead: 3, published: 3, skipped: [] });
  archive = JSON.parse(readFileSync(join(out, "archive.json"), "utf8"));
  pages = htmlPages(out);
});

const pageOf = (url: string) => {
  const html = pages.get(url);
  if (html === undefined) throw new Error(`no page at ${url}`);
  return html;
};

describe("the built site", () => {
  it("has a page per article, per topic, and the index pages", () => {
    expect(archive.articles.map((a) => a.id)).toEqual(["000_ab21298c3eb94b88", "002_760ff4f447e4dcaf", "004_329c51dc25e53e94"]);
    for (const a of archive.articles) expect(pageOf(a.url)).toContain(`<h1 data-pagefind-meta="title">${a.headline.replace(/'/g, "&#39;")}</h1>`);
    for (const t of archive.topics) expect(pageOf(t.url)).toContain(`<h1>${t.name.replace(/'/g, "&#39;")}</h1>`);
    for (const url of ["/", "/topics/", "/quotes/", "/search/"]) expect(pages.has(url)).toBe(true);
    expect(pages.size).toBe(3 + archive.topics.length + 4);
  });

  it("lists every article on the home page", () => {
    const home = pageOf("/");
    for (const a of archive.articles) expect(home).toContain(`href="${a.url}"`);
    expect(home).toContain("Isis jihadist holed up in Raqqa is British barrister");
  });

  it("links articles to their topics and topics back to their articles", () => {
    for (const a of archive.articles) {
      for (const ref of [...a.people, ...a.places, ...a.organizations]) {
        if (ref.topic === null) {
          // No page: listed on the article, as text.
          expect(pageOf(a.url), `${a.id} → ${ref.name}`).toMatch(new RegExp(`<span data-pagefind-filter="(person|place|organization)">${ref.name.replace(/'/g, "&#39;")}</span>`));
          continue;
        }
        const topic = archive.topics.find((t) => t.slug === ref.topic);
        expect(topic, `${a.id} → ${ref.name}`).toBeDefined();
        expect(topic!.articles).toContain(a.id);
        expect(pageOf(a.url)).toContain(`href="${topic!.url}"`);
        expect(pageOf(topic!.url)).toContain(`href="${a.url}"`);
      }
    }
  });

  it("gives a page to every entity named in two articles or quoted, and to no other", () => {
    const named = new Map<string, { articles: Set<string>; quoted: boolean }>();
    for (const a of archive.articles) {
      for (const ref of [...a.people, ...a.places, ...a.organizations]) {
        const key = ref.topic ?? `${a.id}:${ref.name}`;
        const entry = named.get(key) ?? { articles: new Set(), quoted: false };
        entry.articles.add(a.id);
        entry.quoted ||= a.quotes.some((q) => speakerAmong(a.people, a.organizations, q.speaker) === ref);
        named.set(key, entry);
      }
    }
    for (const [key, { articles, quoted }] of named) {
      expect(archive.topics.some((t) => t.slug === key), key).toBe(articles.size >= 2 || quoted);
    }
    expect(archive.topics.find((t) => t.name === "Adnan Afrin")).toMatchObject({ articles: ["000_ab21298c3eb94b88"] }); // quoted once
    expect(archive.topics.find((t) => t.name === "Mustafa Bali")).toMatchObject({ articles: ["000_ab21298c3eb94b88", "004_329c51dc25e53e94"] });
    expect(archive.topics.some((t) => t.name === "Uzbekistan")).toBe(false); // named once, never quoted
  });

  it("gives Baghouz one topic that links both articles naming it", () => {
    const baghouz = archive.topics.filter((t) => t.kind === "place" && /baghouz/i.test([t.name, ...t.aliases].join(" ")));
    expect(baghouz).toHaveLength(1);
    expect(baghouz[0]!.articles).toEqual(["000_ab21298c3eb94b88", "002_760ff4f447e4dcaf"]);
  });

  it("shows a person's quotes on their topic page", () => {
    const afrin = archive.topics.find((t) => t.name === "Adnan Afrin")!;
    expect(afrin.kind).toBe("person");
    expect(pageOf(afrin.url)).toContain("The battle to finish off what is left of Daesh has started");
  });

  it("has no broken internal link in any page or feed", () => {
    expect(brokenLinks(out)).toEqual([]);
  });

  it("writes an Atom feed for the archive and one per topic, and no sitemap without --site-url", () => {
    const feeds = xmlFiles(out);
    expect([...feeds.keys()].sort()).toEqual(["/feed.xml", ...archive.topics.map((t) => `${t.url}feed.xml`)].sort());
    for (const a of archive.articles) expect(feeds.get("/feed.xml")).toContain(`<link href="${a.url}"/>`);
    const baghouz = archive.topics.find((t) => t.slug === "al-baghouz")!;
    expect(internalLinks(feeds.get(`${baghouz.url}feed.xml`)!).filter((l) => l.startsWith("/articles/")).sort()).toEqual(
      baghouz.articles.map((id) => archive.articles.find((a) => a.id === id)!.url).sort(),
    );
    expect(existsSync(join(out, "sitemap.xml"))).toBe(false);
    expect(pageOf("/")).not.toMatch(/rel="canonical"|og:url/);
  });

  it("splits a topic's articles into those about it and passing mentions", () => {
    // Mustafa Bali is named once in each article, never in a headline or first paragraph, and never quoted.
    const bali = pageOf("/topics/mustafa-bali/");
    expect(bali).not.toContain("Articles about Mustafa Bali");
    expect(bali).toContain("Mentioned in passing <span class=\"count\">(2)</span>");
    expect(pageOf("/topics/adnan-afrin/")).toContain("Articles about Adnan Afrin <span class=\"count\">(1)</span>");
  });

  it("writes the Pagefind index and archive.json", () => {
    expect(existsSync(join(out, "pagefind", "pagefind.js"))).toBe(true);
    expect(archive.topics.every((t) => t.url === `/topics/${t.slug}/`)).toBe(true);
  });
});

describe("a site built with --path-prefix and --site-url", () => {
  const prefixed = join(work, "prefixed");
  beforeAll(async () => {
    await buildSite({ articlesDir: "articles", outputDir: prefixed, pathPrefix: "/news/", siteUrl: "https://example.org" });
  });

  it("starts every internal link, feed link and sitemap entry with the prefix, and none is broken", () => {
    expect(brokenLinks(prefixed, "/news/", "https://example.org")).toEqual([]);
    const links = [...htmlPages(prefixed).values(), ...xmlFiles(prefixed).values()].flatMap((t) => internalLinks(t, "https://example.org"));
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((l) => !l.startsWith("/news/"))).toEqual([]);
    expect(readFileSync(join(prefixed, "search", "index.html"), "utf8")).toContain('<script type="module" src="/news/assets/search.js">');
  });

  it("gives canonical URLs, Open Graph URLs, absolute feed links and a sitemap of every page", () => {
    const article = archive.articles[0]!;
    const html = readFileSync(join(prefixed, article.url, "index.html"), "utf8");
    expect(html).toContain(`<link rel="canonical" href="https://example.org/news${article.url}">`);
    expect(html).toContain(`<meta property="og:url" content="https://example.org/news${article.url}">`);
    expect(readFileSync(join(prefixed, "feed.xml"), "utf8")).toContain(`<id>https://example.org/news${article.url}</id>`);
    const sitemap = readFileSync(join(prefixed, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toHaveLength(3 + archive.topics.length + 4);
    expect(locs).toContain(`https://example.org/news${archive.topics[0]!.url}`);
  });
});

describe("a failed build", () => {
  it("leaves the previous site byte for byte and names the bad file", async () => {
    const articles = join(work, "bad-articles");
    cpSync("articles", articles, { recursive: true });
    writeFileSync(join(articles, "broken.md"), "---\ntitle: [unclosed\n---\nBody.\n");
    const before = readFileSync(join(out, "archive.json"));
    const indexBefore = readFileSync(join(out, "index.html"));
    await expect(buildSite({ articlesDir: articles, outputDir: out })).rejects.toThrow(/broken\.md.*malformed YAML/);
    expect(readFileSync(join(out, "archive.json")).equals(before)).toBe(true);
    expect(readFileSync(join(out, "index.html")).equals(indexBefore)).toBe(true);
  });
});
