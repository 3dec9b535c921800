// `npm run dev -- [--articles DIR] [--output DIR] [--port N] [--path-prefix /sub/]`: builds,
// serves the site on 127.0.0.1 (under the prefix, as it will be published) and rebuilds
// when an article or template changes.
import { watch } from "node:fs";
import { formatReport } from "../archive/loadArchive.ts";
import { buildSite, DEFAULT_CACHE_DIR } from "../site/buildSite.ts";
import { serveSite } from "../site/serveSite.ts";
import { parseCommandLine } from "./args.ts";

const { values } = parseCommandLine("usage: npm run dev -- [--articles DIR] [--output DIR] [--port N] [--path-prefix /sub/]", {
  articles: { type: "string", default: "articles" },
  output: { type: "string", default: "_site" },
  port: { type: "string", default: "8080" },
  "path-prefix": { type: "string", default: "/" },
});

let building: Promise<void> | undefined;
let again = false;

async function rebuild(): Promise<void> {
  if (building) {
    again = true;
    return;
  }
  building = buildSite({
    articlesDir: values.articles,
    outputDir: values.output,
    pathPrefix: values["path-prefix"],
    keepGoing: true,
    cacheDir: DEFAULT_CACHE_DIR,
  })
    .then(({ report }) => console.log(formatReport(report)))
    // A bad edit should not stop the preview: say why, keep serving the last good site.
    .catch((err: Error) => console.error(`build failed, still serving the last good site:\n${err.message}`))
    .finally(() => {
      building = undefined;
      if (again) {
        again = false;
        void rebuild();
      }
    });
  await building;
}

await rebuild();
const { url } = await serveSite(values.output, { port: Number(values.port), pathPrefix: values["path-prefix"] });
console.log(`serving ${values.output}/ at ${url} (Ctrl-C to stop)`);
let timer: NodeJS.Timeout | undefined;
for (const dir of [values.articles, "templates"]) {
  watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 200);
  });
}
