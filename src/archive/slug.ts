import { createHash } from "node:crypto";

const MAX_SLUG = 80;

/**
 * A URL slug from any text: Latin letters lose their accents, other scripts
 * are kept (an Arabic headline gets an Arabic slug), everything else becomes
 * a hyphen. Never contains "/" or "..", so it cannot leave the output folder.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug.length > MAX_SLUG ? slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, "") || slug.slice(0, MAX_SLUG) : slug;
}

export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 6);
}

/**
 * Gives every key a distinct slug. Where several keys want the same slug, the
 * first in code-point order of the key keeps it and the others get a suffix
 * hashed from their own key, so a slug does not change when files are added
 * in another order. Text with no letters or digits falls back to `fallback`.
 */
export function assignSlugs(items: { key: string; text: string }[], fallback: string): Map<string, string> {
  const wanted = new Map<string, string[]>();
  for (const { key, text } of items) {
    const slug = slugify(text) || `${fallback}-${shortHash(key)}`;
    wanted.set(slug, [...(wanted.get(slug) ?? []), key]);
  }
  const slugs = new Map<string, string>();
  const taken = new Set(wanted.keys());
  for (const [slug, keys] of wanted) {
    const [first, ...rest] = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    slugs.set(first!, slug);
    for (const key of rest) {
      let candidate = `${slug}-${shortHash(key)}`;
      for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${shortHash(`${key}#${n}`)}`;
      taken.add(candidate);
      slugs.set(key, candidate);
    }
  }
  return slugs;
}
