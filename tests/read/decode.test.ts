import { describe, expect, it } from "vitest";
import { decodeArticleBytes } from "../../src/read/decode.ts";
import { ArticleError } from "../../src/read/errors.ts";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decodeArticleBytes", () => {
  it("reads CRLF and lone CR line endings as LF", () => {
    expect(decodeArticleBytes(bytes("Head\r\n\r\nBody.\rMore."), "a.txt").text).toBe("Head\n\nBody.\nMore.");
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(decodeArticleBytes(bytes([0xef, 0xbb, 0xbf], "Café"), "a.txt")).toEqual({ text: "Café", warning: undefined });
  });

  it("reads UTF-16 with a byte-order mark, both byte orders", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Raqqa “falls”", "utf16le")]);
    expect(decodeArticleBytes(le, "a.txt").text).toBe("Raqqa “falls”");
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeArticleBytes(be, "a.txt").text).toBe("Raqqa “falls”");
  });

  it("reads invalid UTF-8 as Windows-1252 and warns naming the file", () => {
    const result = decodeArticleBytes(bytes("caf", [0xe9], " ", [0x93], "quoted", [0x94]), "old/file.txt");
    expect(result.text).toBe("café “quoted”");
    expect(result.warning).toMatch(/^old\/file\.txt: not valid UTF-8; read as Windows-1252/);
  });

  it("refuses binary files with an error that names the file", () => {
    expect(() => decodeArticleBytes(bytes([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "photo.txt")).toThrow(ArticleError);
    expect(() => decodeArticleBytes(bytes([0x00, 0x01]), "photo.txt")).toThrow(/^photo\.txt: looks like a binary file/);
    // A UTF-16 byte-order mark does not make NULs prose.
    expect(() => decodeArticleBytes(bytes([0xff, 0xfe, 0x00, 0x00]), "odd.txt")).toThrow(/^odd\.txt: looks like a binary file/);
  });
});
