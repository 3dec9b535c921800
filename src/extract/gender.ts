// Guesses which pronoun a person takes, so "she said" goes to the last woman named and not
// to the last person. Evidence, strongest first: an explicit gender from the entity module, a
// title in front of the name, a pronoun right after a mention, the first name.

import { firstNameGender } from "./lexicon.ts";
import type { Gender } from "./types.ts";

const FEMALE_TITLES: ReadonlySet<string> = new Set(["mrs", "ms", "miss", "madam", "dame", "lady", "baroness", "duchess", "countess", "queen", "princess", "sister", "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "actress"]);
const MALE_TITLES: ReadonlySet<string> = new Set(["mr", "sir", "lord", "viscount", "king", "prince", "father", "brother", "congressman", "spokesman", "chairman", "businessman", "emir", "sultan"]);

// The pronoun that picks up a just-named person: "Bali said he ...", "Ciyager, who says her ...",
// "Jerry Springer, whose programme inspired the opera shown by the BBC, has said he ...".
const PRONOUN_AFTER = /^[^.!?"“”]{0,150}?\b(he|him|his|she|her|hers)\b/i;
// Another person named between the mention and the pronoun may be the one it picks up.
const FULL_NAME = /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;

export function genderFromTitle(title: string): Gender | undefined {
  const t = title.toLowerCase().replace(/\.$/, "");
  if (FEMALE_TITLES.has(t)) return "female";
  if (MALE_TITLES.has(t)) return "male";
  return undefined;
}

export function genderFromFirstName(fullName: string): Gender | undefined {
  return firstNameGender(fullName.split(/\s+/)[0]?.toLowerCase() ?? "");
}

/** The pronoun in the same sentence right after a mention, if there is one. */
export function genderFromFollowingPronoun(textAfterMention: string): Gender | undefined {
  const m = PRONOUN_AFTER.exec(textAfterMention);
  if (!m || FULL_NAME.test(m[0])) return undefined;
  return /^(he|him|his)$/i.test(m[1]!) ? "male" : "female";
}
