import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/buildSite.ts";
import type { Archive } from "../../src/types.ts";
import { htmlPages, internalLinks } from "../support/siteFiles.ts";

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
    for (const url of ["/", "/topics/", "/search/"]) expect(pages.has(url)).toBe(true);
    expect(pages.size).toBe(3 + archive.topics.length + 3);
  });

  it("lists every article on the home page", () => {
    const home = pageOf("/");
    for (const a of archive.articles) expect(home).toContain(`href="${a.url}"`);
    expect(home).toContain("Isis jihadist holed up in Raqqa is British barrister");
  });

  it("links articles to their topics and topics back to their articles", () => {
    for (const a of archive.articles) {
      for (const ref of [...a.people, ...a.places, ...a.organizations]) {
        const topic = archive.topics.find((t) => t.slug === ref.topic);
        expect(topic, `${a.id} → ${ref.name}`).toBeDefined();
        expect(topic!.articles).toContain(a.id);
        expect(pageOf(a.url)).toContain(`href="${topic!.url}"`);
        expect(pageOf(topic!.url)).toContain(`href="${a.url}"`);
      }
    }
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

  it("has no broken internal link", () => {
    const broken: string[] = [];
    for (const [url, html] of pages) {
      for (const link of internalLinks(html)) {
        const target = join(out, link);
        if (!existsSync(link.endsWith("/") ? join(target, "index.html") : target)) broken.push(`${url} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("writes the Pagefind index and archive.json", () => {
    expect(existsSync(join(out, "pagefind", "pagefind.js"))).toBe(true);
    expect(archive.topics.every((t) => t.url === `/topics/${t.slug}/`)).toBe(true);
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
