/**
 * Article dates are "2019-02-15" (the reader accepts no other form). Returned
 * as an RFC 3339 timestamp, which sorts as text and is what Atom and
 * schema.org want; anything else is no date.
 */
export function isoDate(date: string | undefined): string | undefined {
  return date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : undefined;
}

/** Dated articles newest first, then undated ones in their given order. */
export function newestFirst<T>(items: T[], dateOf: (item: T) => string | undefined): T[] {
  const keyed = items.map((item, index) => ({ item, index, date: isoDate(dateOf(item)) ?? "" }));
  keyed.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.index - b.index));
  return keyed.map((k) => k.item);
}
