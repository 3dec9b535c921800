/** The --threads option: a whole number of at least 1, or absent for automatic. */
export function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`--threads ${value}: give a whole number of threads, 1 or more`);
  return threads;
}
