// Words that make a capitalised speaker an organisation rather than a person ("the Wall Street
// Journal reported", "the Syrian Observatory for Human Rights said"). Lower case.

export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  "post", "times", "journal", "news", "herald", "tribune", "telegraph", "guardian", "gazette", "globe",
  "chronicle", "examiner", "observer", "independent", "economist", "magazine", "daily", "weekly",
  "review", "press", "wire", "network", "radio", "television", "tv", "channel", "media", "broadcasting",
  "associated", "reuters", "bloomberg", "politico", "axios", "breitbart", "cnn", "msnbc", "fox", "nbc",
  "abc", "cbs", "bbc", "pbs", "npr", "afp", "ap", "upi", "sputnik", "tass", "xinhua", "al-jazeera",
  "jazeera", "blaze", "hill", "atlantic", "newsweek", "time", "vox", "slate", "salon", "huffpost",
  "huffington", "buzzfeed", "twitter", "facebook", "google", "youtube", "instagram", "company", "corp",
  "corporation", "inc", "co", "ltd", "llc", "group", "holdings", "bank", "fund", "foundation", "institute",
  "institution", "university", "college", "school", "academy", "center", "centre", "council", "committee",
  "commission", "board", "agency", "authority", "administration", "department", "ministry", "office",
  "bureau", "service", "services", "court", "congress", "parliament", "assembly", "senate",
  "government", "party", "campaign", "coalition", "alliance", "union", "federation", "association",
  "society", "league", "organization", "organisation", "movement", "forces", "army", "navy", "military",
  "police", "observatory", "watch", "project", "initiative", "caucus", "pac", "club", "church",
  "command", "forum", "trust", "industries", "airlines", "motors", "systems", "labs",
  "state", "states", "nations", "pentagon", "kremlin", "fbi", "cia", "nsa", "dhs", "doj", "epa", "irs",
  "rnc", "dnc", "gop", "un", "eu", "nato", "sdf", "isis", "isil",
]);
