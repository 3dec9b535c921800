/**
 * The person or organisation of an article who gave a quote: the speaker
 * string is the entity's name or one of the forms the article used for it.
 * Descriptors ("SDF spokesman") and unnamed speakers resolve to nothing, and
 * places never speak. One rule for the topic pages and for which entities get one.
 */
export function speakerAmong<E extends { name: string; mentions: string[] }>(
  people: readonly E[],
  organizations: readonly E[],
  speaker: string | null,
): E | undefined {
  if (!speaker) return undefined;
  const speaks = (e: E) => e.name === speaker || e.mentions.includes(speaker);
  return people.find(speaks) ?? organizations.find(speaks);
}
