import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serveSite } from "../../src/site/serveSite.ts";

describe("serveSite", () => {
  it("serves under a prefix given with or without slashes, and nothing outside the folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "archive-serve-"));
    mkdirSync(join(dir, "topics"));
    writeFileSync(join(dir, "index.html"), "<h1>Home</h1>");
    writeFileSync(join(dir, "topics", "index.html"), "<h1>Topics</h1>");
    const { server, url } = await serveSite(dir, { pathPrefix: "news" });
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news\/$/);
      expect(await (await fetch(`${url}topics/`)).text()).toBe("<h1>Topics</h1>");
      expect((await fetch(`${url}`)).headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect((await fetch(`${url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
      expect((await fetch(`${url}%E0`)).status).toBe(400);
      expect((await fetch(url.replace("/news/", "/topics/"))).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
