/**
 * A problem with one input file. The message always names the file and says
 * what to do about it, because the person reading it is fixing a folder of
 * articles, not debugging our code.
 */
export class ArticleError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly fix: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${problem}. ${fix}`);
    this.name = "ArticleError";
  }
}
