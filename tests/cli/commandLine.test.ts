import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (script: string, ...args: string[]) =>
  spawnSync("node_modules/.bin/tsx", [`src/cli/${script}.ts`, ...args], { encoding: "utf8" });

describe("the commands' command lines", () => {
  it("print their usage on --help and exit 0", () => {
    for (const script of ["build", "extract", "dev"]) {
      const { status, stdout } = run(script, "--help");
      expect(status).toBe(0);
      expect(stdout).toMatch(new RegExp(`^usage: npm run ${script} -- `));
    }
  });

  it("name an option they do not know, print their usage and exit 2, without a stack trace", () => {
    const { status, stderr } = run("build", "--artciles", "news");
    expect(status).toBe(2);
    expect(stderr).toContain("Unknown option '--artciles'");
    expect(stderr).toContain("usage: npm run build -- [--articles DIR]");
    expect(stderr).not.toContain("    at ");
  });

  it("tell a build given a bare folder to pass it as --articles", () => {
    const { status, stderr } = run("build", "news");
    expect(status).toBe(2);
    expect(stderr).toContain("give the articles folder as --articles news");
  });
});
