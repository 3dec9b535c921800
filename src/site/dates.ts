/**
 * Article dates come from front matter as "2019-02-15" (or a full ISO
 * timestamp); anything else is treated as no date. Returned as an RFC 3339
 * timestamp, which sorts as text and is what Atom and schema.org want.
 */
export function isoDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(date) ? undefined : parsed.toISOString().replace(/\.000Z$/, "Z");
}

/** Dated articles newest first, then undated ones in archive order (sort is stable). */
export function newestFirst<T>(items: T[], dateOf: (item: T) => string | undefined): T[] {
  return [...items].sort((a, b) => {
    const da = isoDate(dateOf(a)) ?? "";
    const db = isoDate(dateOf(b)) ?? "";
    return da < db ? 1 : da > db ? -1 : 0;
  });
}
