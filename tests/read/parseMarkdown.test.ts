import { describe, expect, it } from "vitest";
import { parseMarkdownArticle } from "../../src/read/parseMarkdown.ts";

describe("parseMarkdownArticle", () => {
  it("reads front matter and the body's text, not its markup", () => {
    const md = [
      "---",
      "title: Forces close in on Baghouz",
      "date: 2019-02-15",
      "source_url: https://example.org/story",
      "outlet: Example Wire",
      "tags: [syria, conflict]",
      "---",
      "The **Syrian Democratic Forces** said on [Friday](https://example.org) that the push had begun.",
      "",
      "> “We are close,” said Mustafa Bali.",
    ].join("\n");
    const parsed = parseMarkdownArticle(md, "a.md");
    expect(parsed.headline).toBe("Forces close in on Baghouz");
    expect(parsed.meta).toEqual({ date: "2019-02-15", sourceUrl: "https://example.org/story", outlet: "Example Wire", tags: ["syria", "conflict"] });
    expect(parsed.paragraphs).toEqual([
      "The Syrian Democratic Forces said on Friday that the push had begun.",
      "“We are close,” said Mustafa Bali.",
    ]);
    expect(parsed.bodyHtml).toContain("<strong>Syrian Democratic Forces</strong>");
  });

  it("takes the headline from a leading heading when there is no title", () => {
    const parsed = parseMarkdownArticle("# Raqqa falls\n\nThe city fell on Tuesday.", "b.md");
    expect(parsed.headline).toBe("Raqqa falls");
    expect(parsed.paragraphs).toEqual(["The city fell on Tuesday."]);
    expect(parsed.bodyHtml).not.toContain("Raqqa falls");
  });

  it("shows a title the body repeats once, whatever made it the headline", () => {
    const titled = parseMarkdownArticle("---\ntitle: Raqqa falls\n---\n# Raqqa falls\n\nThe city fell.", "t.md");
    expect(titled).toMatchObject({ headline: "Raqqa falls", paragraphs: ["The city fell."] });
    expect(titled.bodyHtml).not.toContain("Raqqa falls");
    const untitled = parseMarkdownArticle("Raqqa falls\n\nThe city fell.", "u.md");
    expect(untitled).toMatchObject({ headline: "Raqqa falls", paragraphs: ["The city fell."] });
    expect(untitled.bodyHtml).not.toContain("Raqqa falls");
  });

  it("reads dates without the machine's time zone, and refuses ambiguous ones", () => {
    expect(parseMarkdownArticle("---\ndate: 2019-02-15\n---\nBody.", "d.md").meta.date).toBe("2019-02-15");
    expect(parseMarkdownArticle("---\ndate: \"2019-02-15T23:30:00+05:00\"\n---\nBody.", "d.md").meta.date).toBe("2019-02-15");
    expect(() => parseMarkdownArticle("---\ndate: \"15 February 2019\"\n---\nBody.", "d.md")).toThrow(/`date` is "15 February 2019", not a date such as 2019-02-15/);
  });

  it("sanitises the body's HTML", () => {
    const md = "# T\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)> <iframe src=https://evil.example></iframe>";
    const { bodyHtml } = parseMarkdownArticle(md, "c.md");
    expect(bodyHtml).not.toMatch(/<script|javascript:|onerror|<iframe/i);
    expect(bodyHtml).toContain('<img src="x" />');
  });

  it("names the file and line of malformed YAML", () => {
    expect(() => parseMarkdownArticle("---\ntitle: [unclosed\n---\nBody.", "bad.md")).toThrow(/^bad\.md(:\d+)?: malformed YAML front matter .*Fix the YAML/);
  });

  it("names the field of the wrong type and the fix", () => {
    expect(() => parseMarkdownArticle("---\ntitle: [1, 2]\n---\nBody.", "t.md")).toThrow("t.md: front-matter field `title` is [1,2], not a string. Set `title` to a string, or remove it.");
    expect(() => parseMarkdownArticle("---\ndate: soon\n---\nBody.", "d.md")).toThrow(/`date` is "soon"/);
    expect(() => parseMarkdownArticle("---\nsource_url: javascript:alert(1)\n---\nBody.", "u.md")).toThrow(/`source_url`/);
  });

  it("refuses JavaScript front matter instead of running it", () => {
    expect(() => parseMarkdownArticle("---js\n{ title: (globalThis.ran = 'yes') }\n---\nBody.", "js.md")).toThrow(/js\.md/);
    expect((globalThis as { ran?: string }).ran).toBeUndefined();
  });
});
