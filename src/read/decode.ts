import { ArticleError } from "./errors.ts";

export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8 and were read as Windows-1252. */
  warning?: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const latin1 = new TextDecoder("latin1");

/**
 * Windows-1252's bytes 0x80–0x9F (curly quotes, dashes, the euro sign). Node
 * 20's TextDecoder reads "windows-1252" as ISO-8859-1 and leaves these as C1
 * control characters, so they are mapped here; undefined bytes stay as they are.
 */
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
  + "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Turns a file's bytes into text with LF line endings. Scrapers and exports
 * hand us UTF-8 with or without a BOM, UTF-16 with a BOM, and old Windows
 * files; a byte that is none of these is a binary file, not an article.
 */
export function decodeArticleBytes(bytes: Uint8Array, file: string): DecodedText {
  let text: string;
  let warning: string | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes);
  else {
    try {
      text = utf8.decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
      warning = `${file}: not valid UTF-8; read as Windows-1252. Save it as UTF-8 to silence this warning.`;
    }
  }
  // No text format puts a NUL character in prose, whatever the encoding said.
  if (text.includes("\0")) {
    throw new ArticleError(file, "looks like a binary file (it contains NUL characters)", "Remove it from the articles folder or save it as UTF-8 text.");
  }
  return { text: normalizeLineEndings(text), warning };
}

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
