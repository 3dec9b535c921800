// Words that stand in front of a speaker's name as a title or role ("Prime Minister Justin
// Trudeau", "SDF commander Adnan Afrin"). Lower case, trailing period dropped. A capitalised run
// is cut after its last such word, so the name is what follows.

export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "baroness", "viscount", "duchess", "countess", "rev", "reverend",
  "father", "sister", "brother", "rabbi", "imam", "sheikh", "pope", "cardinal", "archbishop", "bishop",
  "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "senator", "sen",
  "representative", "rep", "reps", "congressman", "congresswoman", "congressmember", "assemblyman",
  "assemblywoman", "gov", "governor", "lt", "lieut", "mayor", "speaker", "leader", "whip", "chairman",
  "chairwoman", "chair", "chairperson", "chief", "director", "commissioner", "ambassador", "envoy",
  "attorney", "general", "gen", "judge", "justice", "sheriff", "officer", "inspector", "detective",
  "col", "colonel", "maj", "major", "capt", "captain", "cmdr", "commander", "adm", "admiral", "rear",
  "sgt", "sergeant", "cpl", "corporal", "pvt", "private", "marshal", "brig", "king", "queen", "prince",
  "princess", "emir", "sultan", "ayatollah", "spokesman", "spokeswoman", "spokesperson", "candidate",
  "nominee", "hopeful", "adviser", "advisor", "aide", "strategist", "pollster", "analyst", "economist",
  "founder", "ceo", "executive", "manager", "host", "anchor", "correspondent", "columnist", "editor",
  "reporter", "author", "activist", "lawyer", "counsel", "deputy", "acting", "former", "ex", "senior",
  "junior", "assistant", "associate", "press", "frontrunner", "front-runner", "businessman",
  "businesswoman", "billionaire", "mogul", "star", "actor", "actress", "singer", "rapper", "comedian",
  "coach", "owner", "partner", "official", "delegate", "surrogate", "mp", "mep", "dem", "gop", "sec",
  "treasurer", "comptroller", "auditor", "magistrate", "chaplain", "pastor", "dean", "provost",
  "superintendent", "trustee", "councilman", "councilwoman", "councilor", "alderman",
  "legislator", "lawmaker", "state", "house", "senate", "majority", "minority", "democratic",
  "republican", "democrat", "presidential", "federal", "foreign", "defense", "defence", "interior",
  "homeland", "security", "national", "first", "white", "campaign", "committee", "chairs", "u.s", "us",
  // Sport's roles, as British reports put them before a name ("Brentford boss Martin Allen").
  "boss", "player", "striker", "midfielder", "defender", "goalkeeper", "keeper", "skipper", "winger",
  "fly-half", "scrum-half", "flanker", "batsman", "bowler", "sprinter", "athlete", "full-back", "legend", "veteran",
  // Westminster's: "Tory peer Lord Tebbit", "Tory frontbencher Andrew Tyrie".
  "peer", "frontbencher", "backbencher",
]);

/** Capitalised at a sentence start or in a date, but never part of a speaker's name. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "and", "but", "or", "in", "on", "at", "for", "of", "to", "from", "by", "with", "as",
  "if", "when", "while", "after", "before", "since", "then", "so", "yet", "still", "also", "meanwhile",
  "however", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "his", "her",
  "their", "our", "my", "you", "your", "there", "here", "what", "who", "why", "how", "where", "which",
  "asked", "during", "last", "next", "earlier", "later", "now", "today", "yesterday", "tonight",
]);
