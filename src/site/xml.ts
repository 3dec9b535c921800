// Article text is untrusted and reaches the feeds and the sitemap: every value
// goes through `xmlText`, which escapes markup and drops the characters XML 1.0
// forbids (a stray control character would make the whole feed unreadable).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export const xmlText = (value: string): string => value.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** A template tag that escapes every interpolated value: xml`<title>${title}</title>`. */
export function xml(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? xmlText(String(values[i])) : ""), "");
}
