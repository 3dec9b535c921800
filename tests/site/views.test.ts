import { beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/archive/loadArchive.ts";
import { atomFeed } from "../../src/site/atom.ts";
import { isoDate, newestFirst } from "../../src/site/dates.ts";
import { locate } from "../../src/site/geo.ts";
import { scriptJson } from "../../src/site/jsonLd.ts";
import { isAbout, prominenceIn } from "../../src/site/prominence.ts";
import { siteUrls, SiteOptionError } from "../../src/site/urls.ts";
import { buildSiteData, type SiteData } from "../../src/site/views.ts";
import { xmlText } from "../../src/site/xml.ts";
import type { Archive, ArticleRecord, TopicRecord } from "../../src/types.ts";

// View data from the real seed articles in articles/.
let archive: Archive;
let site: SiteData;
const article = (id: string): ArticleRecord => archive.articles.find((a) => a.id.startsWith(id))!;
const topic = (name: string): TopicRecord => archive.topics.find((t) => t.name === name)!;
const view = (name: string) => site.topics.find((t) => t.topic.name === name)!;

beforeAll(async () => {
  ({ archive } = await loadArchive("articles"));
  site = buildSiteData(archive, siteUrls());
});

describe("how prominently an article names an entity", () => {
  it("counts every form of a name, longest form first, case-sensitively", () => {
    const p = prominenceIn(article("000"));
    const slug = (name: string) => topic(name).slug;
    expect(p.get(slug("Al-Baghouz"))).toEqual({ count: 2, inHeadline: false, inFirstParagraph: false }); // Al-Baghouz, Baghouz
    // "Euphrates Valley" counts for the valley, not also for the river.
    expect(p.get(slug("Euphrates"))!.count).toBe(2);
    expect(archive.topics.some((t) => t.name === "Euphrates Valley")).toBe(false); // one article, never quoted: no page
    // Islamic State, Isis, IS, Daesh; "is" and "its" are not "IS".
    expect(p.get(slug("Islamic State"))).toMatchObject({ inHeadline: true, inFirstParagraph: true });
    expect(p.get(slug("Mustafa Bali"))).toEqual({ count: 1, inHeadline: false, inFirstParagraph: false });
  });

  it("matches a form only as a whole word, letters outside the BMP and digits included, and never inside a longer form", () => {
    const ref = (name: string, topic: string, mentions: string[] = []) => ({ name, topic, mentions: [name, ...mentions] });
    const record: ArticleRecord = {
      ...article("000"),
      headline: "Rivers of Syria",
      paragraphs: [
        "The Euphrates Valley and the Euphrates River meet the Euphrates.",
        // Not names of the river: inside a word, next to a digit, next to a letter written as a surrogate pair.
        "Euphratesian Euphrates2 𝐀Euphrates 2024 Tigris",
        "The Tigris, the Tigris.",
      ],
      people: [],
      places: [ref("Euphrates Valley", "euphrates-valley"), ref("Euphrates", "euphrates", ["Euphrates River"]), ref("Tigris", "tigris")],
      organizations: [],
    };
    const p = prominenceIn(record);
    expect(p.get("euphrates-valley")).toEqual({ count: 1, inHeadline: false, inFirstParagraph: true });
    expect(p.get("euphrates")).toEqual({ count: 2, inHeadline: false, inFirstParagraph: true });
    expect(p.get("tigris")).toEqual({ count: 3, inHeadline: false, inFirstParagraph: false });
  });

  it("calls an article about an entity it quotes, or names in the headline, the first paragraph or twice", () => {
    const once = { count: 1, inHeadline: false, inFirstParagraph: false };
    expect(isAbout(once, false)).toBe(false);
    expect(isAbout(once, true)).toBe(true);
    expect(isAbout({ ...once, count: 2 }, false)).toBe(true);
    expect(isAbout({ ...once, inHeadline: true }, false)).toBe(true);
    expect(isAbout({ ...once, inFirstParagraph: true }, false)).toBe(true);
  });
});

describe("topic pages", () => {
  it("keep articles about a person apart from passing mentions", () => {
    expect(view("Mustafa Bali").about).toEqual([]);
    expect(view("Mustafa Bali").passing.map((a) => a.url).sort()).toEqual([article("000").url, article("004").url].sort());
    expect(view("Adnan Afrin").about.map((a) => a.url)).toEqual([article("000").url]);
  });

  it("list a person's quotes, each with its article", () => {
    expect(view("Adnan Afrin").quotes).toEqual([
      { text: "The battle to finish off what is left of Daesh has started", article: expect.objectContaining({ url: article("000").url }) },
    ]);
  });

  it("count who is named with a topic, by kind", () => {
    const bali = view("Mustafa Bali").namedWith;
    const places = bali.find((g) => g.kind === "place")!.links;
    expect(places.slice(0, 3).map((l) => [l.name, l.count])).toEqual([["Deir al-Zor", 2], ["Euphrates", 2], ["Iraq", 2]]);
    expect(bali.find((g) => g.kind === "person")!.links.every((l) => l.count === 1 && l.name !== "Mustafa Bali")).toBe(true);
  });

  it("give a place the speakers quoted in its articles", () => {
    const baghouz = view("Al-Baghouz").quotedAbout;
    expect(baghouz).toContainEqual({ name: "Adnan Afrin", url: topic("Adnan Afrin").url, count: 1 });
    expect(baghouz).toContainEqual({ name: "SDF spokesman", count: 1 });
  });

  it("draw a map for a country (its shape) and a city (a dot), none where there are no coordinates", () => {
    expect(view("Syria").map!.svg()).toMatch(/^<svg class="map"[^>]* role="img" aria-label="Map showing where Syria is">.*<path class="map-highlight"/);
    expect(view("Deir al-Zor").map!.svg()).toMatch(/<circle class="map-point" cx="320\.0" cy="180\.0" r="8\.0"><title>Deir al-Zor<\/title><\/circle><\/svg>$/);
    expect(view("Euphrates").map).toBeUndefined();
    expect(locate(topic("United States"))?.shape?.properties.name).toBe("United States of America");
    expect(locate(topic("Mustafa Bali"))).toBeUndefined();
  });
});

describe("article pages", () => {
  it("rank related articles by shared topics, rarest first in the reason", () => {
    const related = site.articles.find((a) => a.record.id === article("004").id)!.related;
    expect(related[0]!.article.url).toBe(article("000").url);
    expect(related[0]!.reason).toMatch(/^Also names (?=.*Mustafa Bali)(?=.*Deir al-Zor).* and \d+ more$/);
    expect(related[0]!.reason).not.toContain("Syria"); // named by every article, so last in line
  });

  it("describe the article as schema.org JSON-LD with its quotes", () => {
    const ld = JSON.parse(site.articles.find((a) => a.record.id === article("000").id)!.jsonLd());
    expect(ld).toMatchObject({ "@type": "NewsArticle", headline: article("000").headline, url: article("000").url });
    expect(ld.about).toContainEqual({ "@type": "Person", name: "Adnan Afrin", url: "/topics/adnan-afrin/" });
    expect(ld.mentions).toContainEqual({ "@type": "Person", name: "Mustafa Bali", url: "/topics/mustafa-bali/" });
    expect(ld.hasPart).toContainEqual({
      "@type": "Quotation",
      text: "Many of the arrivals are exhausted, hungry and sick",
      creator: { "@type": "Person", name: "Jens Laerke", url: "/topics/jens-laerke/" },
    });
  });

  it("escape JSON-LD so no text can close the script element", () => {
    const json = scriptJson({ text: "</script><script>alert(1)</script> & <!--" });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script> & <!--" });
  });
});

describe("indexes and the home page", () => {
  it("group every quote by speaker: named A–Z, then descriptions, then the unnamed", () => {
    expect(site.quotePages).toHaveLength(1); // three articles' quotes fit one page
    const groups = site.quotePages[0]!.items;
    expect(groups.reduce((n, g) => n + g.quotes.length, 0)).toBe(archive.articles.reduce((n, a) => n + a.quotes.length, 0));
    expect(groups[0]).toMatchObject({ name: "Adnan Afrin", url: "/topics/adnan-afrin/" });
    expect(groups.at(-1)).toMatchObject({ name: "Speaker not named", quotes: [expect.anything(), expect.anything()] });
    expect(groups.find((g) => g.name === "SDF spokesman")!.url).toBeUndefined();
  });

  it("list topics A–Z by kind with article counts", () => {
    const places = site.topicGroups.find((g) => g.kind === "place")!;
    expect(places.count).toBe(archive.topics.filter((t) => t.kind === "place").length);
    expect(places.letters[0]).toEqual({ letter: "A", topics: [{ name: "Al-Baghouz", url: "/topics/al-baghouz/", count: 2 }] });
  });

  it("show the most-named people and places, and every located place on the world map", () => {
    expect(site.mostNamed.find((g) => g.kind === "person")!.links[0]).toEqual({ name: "Mustafa Bali", url: "/topics/mustafa-bali/", count: 2 });
    expect(site.mostNamed.find((g) => g.kind === "place")!.links.slice(0, 3).map((l) => l.name)).toEqual(["Iraq", "Syria", "United States"]);
    expect(site.worldMap.svg.match(/<circle /g)).toHaveLength(site.worldMap.located);
    expect(site.worldMap.svg).toContain("<title>Syria: 3 articles</title>");
  });

  it("order articles newest first, undated ones after in archive order", () => {
    const items = [{ id: "a" }, { id: "b", date: "2019-02-15" }, { id: "c" }, { id: "d", date: "2019-03-01" }];
    expect(newestFirst(items, (i: { date?: string }) => i.date).map((i) => i.id)).toEqual(["d", "b", "a", "c"]);
    expect(isoDate("2019-02-15")).toBe("2019-02-15T00:00:00Z");
    expect(isoDate("last Tuesday")).toBeUndefined();
  });
});

describe("URLs, feeds and XML", () => {
  it("prefix paths and make them absolute only with a site URL", () => {
    const plain = siteUrls();
    expect([plain.path("/topics/x/"), plain.absolute("/topics/x/"), plain.best("/topics/x/")]).toEqual(["/topics/x/", undefined, "/topics/x/"]);
    const news = siteUrls("news", "https://example.org");
    expect([news.prefix, news.path("/topics/x/"), news.absolute("/topics/x/")]).toEqual(["/news/", "/news/topics/x/", "https://example.org/news/topics/x/"]);
    expect(() => siteUrls("/", "example.org")).toThrow(SiteOptionError);
    expect(() => siteUrls("/", "https://example.org/news/")).toThrow(/--path-prefix/);
  });

  it("escape feed text and drop characters XML forbids", () => {
    expect(xmlText(`a < b & "c" 'd'\u0001`)).toBe("a &lt; b &amp; &quot;c&quot; &apos;d&apos;");
    const feed = atomFeed({ title: "T", path: "/feed.xml", pagePath: "/", entries: [{ title: "<b>", path: "/articles/x/", summary: "s", date: "2019-02-15" }] }, "Site", siteUrls("/news/"));
    expect(feed).toContain("<title>&lt;b&gt;</title>");
    expect(feed).toContain('<link href="/news/articles/x/"/>');
    expect(feed).toContain("<updated>2019-02-15T00:00:00Z</updated>");
    expect(feed).toMatch(/<id>urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/id>/);
  });
});
