// Verbs that introduce reported speech, in every inflection we match. Shared by
// speaker attribution ("X said") and person detection (a lone capitalised word
// before a speech verb is a name).

const LEMMAS = [
  "say", "tell", "add", "announce", "state", "explain", "claim", "insist", "argue",
  "warn", "note", "write", "declare", "admit", "acknowledge", "confirm", "deny",
  "report", "reply", "respond", "recall", "ask", "urge", "suggest", "tweet",
  "post", "continue", "conclude", "describe", "complain", "comment", "remark",
  "predict", "promise", "vow", "boast", "joke", "quip", "concede", "contend",
  "maintain", "observe", "point out", "emphasize", "emphasise", "stress",
  "shout", "yell", "scream", "cry", "whisper", "mutter", "exclaim", "assert",
  "allege", "testify", "charge", "counter", "retort", "caution", "tout",
  "lament", "recount", "reveal", "disclose", "indicate", "mention",
  "agree", "wonder", "demand", "plead", "pledge", "proclaim",
  "assure", "reiterate", "opine", "muse", "scoff", "chide", "gush", "implore",
  "interject", "react", "answer", "elaborate", "go on", "remember", "put it",
  // Said with feeling, or by a document: "Toomey fumed", "Trump shot back", "the letter reads".
  "fume", "bark", "echo", "chant", "shoot back", "fire back", "hit back", "read",
  // Said with a face: ""You can call it a peace dividend," smiles one broker."
  "smile", "laugh", "sigh",
];

const IRREGULAR: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  cry: ["cry", "cries", "cried", "crying"],
  reply: ["reply", "replies", "replied", "replying"],
  testify: ["testify", "testifies", "testified", "testifying"],
  quip: ["quip", "quips", "quipped", "quipping"],
  admit: ["admit", "admits", "admitted", "admitting"],
  deny: ["deny", "denies", "denied", "denying"],
  "go on": ["go on", "goes on", "went on", "going on"],
  "put it": ["put it", "puts it", "putting it"],
  echo: ["echo", "echoes", "echoed", "echoing"],
  read: ["read", "reads", "reading"],
  "shoot back": ["shoot back", "shoots back", "shot back", "shooting back"],
  "fire back": ["fire back", "fires back", "fired back", "firing back"],
  "hit back": ["hit back", "hits back", "hitting back"],
  "point out": ["point out", "points out", "pointed out", "pointing out"],
};

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma];
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

/** Every inflected form, lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(LEMMAS.flatMap(inflect));

/**
 * The bare forms no past tense shares ("say", "report", "claim"; not "read" or "hit back"): after
 * one name they are nouns ("an Ofcom report found", "the Yukos claim"), since one speaker "says".
 */
export const PLURAL_PRESENT_FORMS: ReadonlySet<string> = new Set(
  // An irregular verb listed with three forms has no past of its own: its bare form is the past.
  LEMMAS.filter((lemma) => IRREGULAR[lemma]?.length !== 3),
);

/** An alternation for building regexes, longest forms first so "said" never shadows "saying". */
export const SPEECH_VERB_PATTERN: string = [...SPEECH_VERBS]
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, "\\s+"))
  .join("|");
