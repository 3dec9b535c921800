// Types shared by the extraction modules, internal to src/extract.

/** The text extraction sees: a headline and the cleaned body paragraphs. */
export interface ArticleText {
  headline: string;
  paragraphs: string[];
}

/** Where a surface form stands: paragraph index (-1 for the headline) and character offsets. */
export interface Mention {
  surface: string;
  paragraph: number;
  start: number;
  /** Exclusive. */
  end: number;
}

export type Gender = "female" | "male";

export interface Entity {
  /** Canonical name (full name for people, alias-table name where one applies). */
  name: string;
  mentions: Mention[];
  /** People only, where the text or the first name says. */
  gender?: Gender;
  /** Places only: every mention is one the gazetteer alone types, with no word of place around it. */
  guessed?: true;
}

export interface EntitySet {
  people: Entity[];
  places: Entity[];
  organizations: Entity[];
  /** Single names the article uses without saying what they are ("Pfizer's popular drug"): the archive may know. */
  untyped: Entity[];
}

export interface QuoteSpan {
  /** Inside the marks, marks removed. */
  text: string;
  paragraph: number;
  /** Offset of the opening mark in the paragraph. */
  start: number;
  /** Offset just past the closing mark (exclusive). */
  end: number;
}

export type SpeakerKind = "person" | "organization" | "descriptor";

export interface Attribution {
  /** Canonical full name, organisation name, or descriptor ("SDF spokesman"); null when the text does not say. */
  speaker: string | null;
  kind: SpeakerKind | null;
}
