import { createRequire } from "node:module";
import type matter from "gray-matter";
import { marked, type Token, type Tokens } from "marked";
import type sanitizeHtml from "sanitize-html";
import type { ArticleMeta } from "../types.ts";
import { ArticleError } from "./errors.ts";

// gray-matter and sanitize-html take a tenth of a second to load, in every extraction
// thread; an archive of plain-text articles never needs them.
const require = createRequire(import.meta.url);
let markdownLibraries: { matter: typeof matter; sanitizeHtml: typeof sanitizeHtml } | undefined;
const libraries = () => (markdownLibraries ??= { matter: require("gray-matter"), sanitizeHtml: require("sanitize-html") });

export interface ParsedMarkdown {
  headline: string;
  paragraphs: string[];
  bodyHtml: string;
  meta: ArticleMeta;
}

/**
 * Markdown bodies come from people and exports, so their HTML is untrusted:
 * keep the elements prose needs and links/images with safe URL schemes only.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "em", "strong", "del",
    "code", "pre", "a", "img", "br", "hr", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td",
  ],
  allowedAttributes: { a: ["href", "title"], img: ["src", "alt", "title"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href", "src"],
  // A body's own top-level heading would compete with the page's headline.
  transformTags: { h1: "h2" },
};

/**
 * gray-matter would `eval` front matter marked `---js`; an article file must
 * never run code, so every language but YAML is refused. (Passing options
 * also turns off gray-matter's cache, which shares one parsed object between
 * files with the same text.)
 */
const refuse = (language: string) => () => {
  throw new Error(`front matter in ${language} is not supported, only YAML`);
};
const FRONT_MATTER_ENGINES = { js: refuse("JavaScript"), javascript: refuse("JavaScript"), coffee: refuse("CoffeeScript"), toml: refuse("TOML") };

/** An `.md` article: YAML front matter and a Markdown body. */
export function parseMarkdownArticle(text: string, file: string): ParsedMarkdown {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = libraries().matter(text, { engines: FRONT_MATTER_ENGINES });
  } catch (err) {
    const e = err as { reason?: string; mark?: { line?: number }; message: string };
    throw new ArticleError(
      file,
      `malformed YAML front matter (${e.reason ?? e.message})`,
      "Fix the YAML between the two `---` lines, or remove the front matter.",
      e.mark?.line !== undefined ? e.mark.line + 2 : undefined,
    );
  }
  const meta = readFrontMatter(parsed.data, file);
  const tokens = marked.lexer(parsed.content);
  const lead = tokens.find((t) => t.type !== "space");
  const leadText = lead ? oneLine(blockTexts(lead).join(" ")) : "";
  const firstHeading = tokens.find((t): t is Tokens.Heading => t.type === "heading");
  const title = typeof parsed.data.title === "string" ? oneLine(parsed.data.title) : "";
  const headline = title || (firstHeading ? oneLine(inlineText(firstHeading.tokens)) : leadText);
  // The headline is shown once, above the body: a body that opens with it loses that copy, in its text and its HTML alike.
  if (lead && leadText === headline) tokens.splice(tokens.indexOf(lead), 1);
  const paragraphs = tokens.flatMap(blockTexts).map(oneLine).filter(Boolean);
  const bodyHtml = libraries().sanitizeHtml(marked.parser(tokens), SANITIZE);
  return { headline, paragraphs, bodyHtml, meta };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/;

/** Headlines and paragraphs are single lines with single spaces, however the source wrapped them. */
const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

function readFrontMatter(data: Record<string, unknown>, file: string): ArticleMeta {
  const meta: ArticleMeta = {};
  const wrongType = (field: string, want: string, got: unknown): never => {
    throw new ArticleError(file, `front-matter field \`${field}\` is ${JSON.stringify(got)}, not ${want}`, `Set \`${field}\` to ${want}, or remove it.`);
  };
  if (data.title !== undefined && typeof data.title !== "string") wrongType("title", "a string", data.title);
  if (data.date !== undefined) {
    // YAML reads 2019-02-15 as a Date at UTC midnight; a string is taken only in the same form,
    // so no date ever depends on the time zone of the machine that builds.
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10)
      : typeof data.date === "string" && ISO_DATE.test(data.date) ? data.date.slice(0, 10) : undefined;
    if (!date || Number.isNaN(Date.parse(date))) wrongType("date", "a date such as 2019-02-15", data.date);
    meta.date = date!;
  }
  if (data.source_url !== undefined) {
    if (typeof data.source_url !== "string" || !/^https?:\/\/\S+$/i.test(data.source_url)) {
      wrongType("source_url", "an http(s) URL", data.source_url);
    }
    meta.sourceUrl = data.source_url as string;
  }
  if (data.outlet !== undefined) {
    if (typeof data.outlet !== "string") wrongType("outlet", "a string", data.outlet);
    meta.outlet = data.outlet as string;
  }
  if (data.tags !== undefined) {
    const tags = typeof data.tags === "string" ? [data.tags] : data.tags;
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === "string")) wrongType("tags", "a list of strings", data.tags);
    meta.tags = tags as string[];
  }
  return meta;
}

/** The prose of one block token, one string per paragraph-like block. */
function blockTexts(token: Token): string[] {
  switch (token.type) {
    case "paragraph":
    case "heading":
      return [inlineText((token as Tokens.Paragraph).tokens)];
    case "blockquote":
      return (token as Tokens.Blockquote).tokens.flatMap(blockTexts);
    case "list":
      return (token as Tokens.List).items.map((item) => item.tokens.flatMap(blockTexts).join(" "));
    case "text":
      return [(token as Tokens.Text).tokens ? inlineText((token as Tokens.Text).tokens!) : (token as Tokens.Text).text];
    case "table": {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].map((row) => row.map((cell) => inlineText(cell.tokens)).join(" "));
    }
    default:
      return []; // code, raw HTML, rules and spacing are not prose
  }
}

function inlineText(tokens: Token[]): string {
  return tokens.map((t) => {
    if (t.type === "html" || t.type === "image") return "";
    if (t.type === "br") return " ";
    if ("tokens" in t && Array.isArray(t.tokens)) return inlineText(t.tokens as Token[]);
    return "text" in t ? String(t.text) : "";
  }).join("");
}
