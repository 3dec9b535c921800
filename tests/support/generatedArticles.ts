import { writeFileSync } from "node:fs";
import { join } from "node:path";

// Enough small articles for lists that run over several pages, each with two named speakers.
const FIRST = ["Harriet", "Walter", "Agnes", "Bernard", "Clara", "Dennis", "Edith", "Frank", "Gloria", "Howard",
  "Irene", "Jasper", "Kathleen", "Leonard", "Mabel", "Norman", "Olive", "Percy", "Rosalind", "Stanley"];
const LAST = ["Ashby", "Barlow", "Carver", "Dalton", "Ellison", "Fenwick", "Garner", "Holloway", "Ingram", "Jessop", "Kendall", "Lowther",
  "Marsden", "Norcott", "Oakley", "Pemberton", "Quarrie", "Radford", "Shelton", "Thornton", "Upton", "Varley", "Whitlock"];

/** Article i's two speakers (`which` 0 or 1): distinct for every i below 230. */
export const generatedSpeaker = (i: number, which: 0 | 1): string => `${FIRST[which * 10 + (i % 10)]} ${LAST[Math.floor(i / 10)]}`;

/** Article i's file name, without extension. */
export const generatedId = (i: number): string => `story-${String(i).padStart(3, "0")}`;

/** Article i's headline, markup characters and all. */
export const generatedHeadline = (i: number): string => `Story ${String(i).padStart(3, "0")} & <more>`;

/** Writes `count` (≤ 230) Markdown articles into `dir`, article i dated i days after 1 January 2020. */
export function writeGeneratedArticles(dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    writeFileSync(join(dir, `${generatedId(i)}.md`), [
      "---",
      `title: "${generatedHeadline(i)}"`,
      `date: ${date}`,
      "---",
      "",
      `The council met on Monday to talk about the bridge. "We will build the bridge by next year, whatever it costs," said ${generatedSpeaker(i, 0)}.`,
      "",
      `"Nobody asked the people who live beside the river," said ${generatedSpeaker(i, 1)}.`,
      "",
    ].join("\n"));
  }
}
