// Speaker attribution: who said each quote. First the quote's own sentence ("...," said X;
// X told AP: "..."; according to X; the subject of a sentence that embeds the quote), then what
// news style lets a reader carry over: the last speaker earlier in the paragraph, and the
// previous paragraph's speaker for a paragraph that opens with a quote and names nobody.

import type { Attribution, Entity, QuoteSpan } from "./types.ts";
import { EPITHET_LINKS, NameBook, POSSESSIVE, SOURCE_HEAD, SOURCE_WORDS, type Position } from "./speakerNames.ts";
import { agrees, asideSpeaker, clauseSubject, passiveSubject, withSubject, watchedSpeaker, takesSentenceSubject, speechVerbAt, phraseAfter, sentenceSubject, subjectBefore, tokenize, type Phrase, type Token } from "./speakerPhrase.ts";
import { genderFromTitle } from "./gender.ts";
import { isHonorificWord } from "./titles.ts";
import { CLAUSE_OPENERS, lastSentenceStart } from "./sentences.ts";
import { SPEECH_VERBS } from "./speechVerbs.ts";

// Only the start of the text after a quote can attribute it: enough for a long sentence that a
// subject and verb close ("..., wrote Morton Klein, president of ...").
const AFTER_WINDOW = 320;
const BEFORE_WINDOW = 400;
const AFTER_MAX_TOKENS = 14;
// ""...," Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the
// EPA, said": a subject set off by commas may hold the verb back further.
const AFTER_MAX_TOKENS_APPOSITIVE = 30;
// "It was." Trump said. -- after a quote that ends its sentence with a full stop, only a short
// clause that ends right after the verb is still its attribution.
const SHORT_TAIL = 4;
// "told CBS News", "asked reporters": what follows these verbs is who was spoken to.
const OBJECT_FIRST = /^(?:tell|tells|told|telling|ask|asks|asked|asking|urge|urged|urges|urging)$/;
const DASH_LINE = /^\s*[\u2015\u2014\u2013-]+\s*[\p{Lu}][^.!?]{0,60}[.!?]?\s*$/u;
const DASH_ATTRIBUTION = /^\s*[\u2015\u2014\u2013-]+\s*/;
const ENDS_SENTENCE = /[.\u2026]$/;
const STOP_AFTER_QUOTE = /^[.!?]\s/;
// What may stand before a paragraph's first quote and still leave it a paragraph of quotes:
// nothing, or the colon or dash of an interview's layout (": "I joined Island Records in 1977 ...").
const LEAD_IN_MARKS = /^[\s:\u2013\u2014-]*$/;
const QUOTE_GAP = /^[\s,.;:!?\u2013\u2014-]*$/;
const COLON_LED = /^\s*:/;
// Between quotes a list joins: '"A" and "B"', '"A", "B"'.
const JOINS_QUOTES = /^\s*(?:,|,?\s*(?:and|or))\s*$/;
const COLON_ENDS = /:\s*$/;
// `after` runs to the next quote, so a colon with nothing after it is that quote's lead-in.
const COLON_BEFORE_QUOTE = /^:\s*$/;
/** What may stand between a lead-in's verb and its colon: "said on Saturday:", "told BBC Radio Five Live:". */
const LEAD_IN_END = /^[^.!?:]*:\s*$/;
// A past form, as a speech verb that opens its sentence takes: "Said the Pew report:".
const INFLECTED_PAST = /(?:ed|said|told|wrote)$/;
// Verbs that name what follows them, not report it: "what Gingrich called", "what he dubbed".
const NAMING = /^(?:called|calls|dubbed|dubs|termed|terms|branded|brands|labelled|labeled)$/;
// An unnamed source's description, its head near the start ("spokesman for the BCA") or last
// ("A Department for Constitutional Affairs spokeswoman").
const ANONYMOUS = new RegExp(`^(?:\\S+ ){0,3}(?:${SOURCE_WORDS})\\b`, "i");
const ANONYMOUS_HEAD = new RegExp(`\\b(?:${SOURCE_WORDS})$`, "i");
/** What stands before the agent of a passive: "and were joined by Taylor", "research by Dr Alastair Sibbald", "conducted by independent analyst Elena Sadovskaya". */
const AGENT_BEFORE = /\bby\s+(?:[\p{L}.-]+\s+){0,3}$/u;
const PRONOUN_OPENS = /^(?:He|She)\s/;
const MENTIONS_ANONYMOUS = new RegExp(`\\b(?:${SOURCE_WORDS})\\b`, "i");
const QUOTE_MARK = /["\u201C\u201D]/;
// Verbs of thought that attribute a quote only when inverted right after it: "thinks Curry".
const THOUGHT_INVERTED = /^(?:thinks|thought|believes|believed|reckons|reckoned|feels|felt)$/;
// Whose document speaks: "Chelsea's statement", "Mr Kok's report".
const DOCUMENT_OWNER = /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3})['\u2019]s? (?:[\p{Ll}-]+ ){0,2}(?:statement|report|letter|slogan|manifesto|website|advert|poster|leaflet|memo|email|blog|submission)$/u;
// A past participle, or its particle, right before a passive's "by": "singled out by", "described by".
const PASSIVE_BEFORE_BY = /^(?:\p{L}+(?:ed|en)|out|up|off|made|told|said|sent|held|led)$/u;
// "Tony Blair's official spokesman declined (to say)", "A Labour Party spokesman criticised
// Michael Howard's record": a verb the subject took along, and what follows it; not a link that
// goes on with the description ("spokesman for the ICO", "spokesman on health").
const HEAD_LINKS = [...EPITHET_LINKS, "on", "to"].join("|");
const VERB_AFTER_HEAD = new RegExp(`\\b(${SOURCE_WORDS})\\s+(?!(?:${SOURCE_WORDS}|${HEAD_LINKS})\\b)\\p{Ll}.*$`, "iu");

/**
 * A spokesman, official, source or aide whom the article does not name, whom a later "he" may
 * mean ("a spokesman for the British Casino Association"); not a role someone named may hold
 * ("Ford chairman", "Blair's spokesman") nor a description around a name ("Shadow spokesman for
 * sport Hugh Robertson").
 */
function unnamedSource(text: string, book: NameBook): boolean {
  if (!ANONYMOUS.test(text) && !ANONYMOUS_HEAD.test(text)) return false;
  const words = text.split(/\s+/);
  const head = words.findIndex((w) => SOURCE_HEAD.test(w.toLowerCase()));
  // "Tony Blair's official spokesman" is unnamed: the name before the head is whose he is.
  return !words.some((w, i) => book.knowsSurname(w.replace(POSSESSIVE, "")) && !(i < head && POSSESSIVE.test(w)));
}

// A description of several: "Two big US names", "its authors".
const PLURAL = /[^s]s$/;

const NONE: Attribution = { speaker: null, kind: null };

/** Whether a quote ends its sentence: a stop inside its marks, or right after them (""...". He said ..."). */
const endsItsSentence = (quote: QuoteSpan, after: string): boolean => ENDS_SENTENCE.test(quote.text) || STOP_AFTER_QUOTE.test(after);
/** Whether the text after a quote opens a sentence of its own. */
const opensNextSentence = (quote: QuoteSpan, after: string): boolean => endsItsSentence(quote, after) && /^\s*\p{Lu}/u.test(after);

/**
 * "..., singer Gary Lightbody and drummer Jonny Quinn said": two people named before the verb
 * say it together. The quote goes to the one named next to the verb, as one speaker of many.
 */
function jointSpeaker(toks: Token[], from: number, found: { phrase: Phrase; start: number }): boolean {
  if (found.phrase.kind !== "name" || found.start - 1 <= from || toks[found.start - 1]!.lower !== "and" || toks[found.start - 2]!.comma) return false;
  const first = subjectBefore(toks, found.start - 1);
  return first !== null && first.start === from && first.phrase.kind === "name";
}

/** The speaker the text after a quote names: `, said X`, `, X said`, `, according to X`, `― X`. */
function phraseAfterQuote(after: string, quoteEndsSentence: boolean): Phrase | null {
  const dash = DASH_ATTRIBUTION.exec(after);
  const toks = tokenize(after.slice(0, AFTER_WINDOW));
  if (dash && toks[0] && /^[\p{Lu}]/u.test(toks[0].core)) return phraseAfter(toks, 0);
  // "According to analysts Nielsen//NetRatings, ..." after a quote that ended its sentence opens the next one.
  if (toks[0]?.lower === "according" && toks[1]?.lower === "to" && !(quoteEndsSentence && toks[0].core === "According")) return phraseAfter(toks, 2, true);
  // ""It is totally going to kill the business model of radio," thinks Curry.": a verb of thought,
  // inverted right after the quote, attributes it as a speech verb would.
  if (toks[0] && THOUGHT_INVERTED.test(toks[0].lower) && /^\p{Lu}/u.test(toks[1]?.core ?? "")) return phraseAfter(toks, 1);
  // "..., as a Homeland Security memo put it."
  const from = toks[0]?.lower === "as" ? 1 : 0;
  // Past the usual reach only a subject that opens the text and is followed by a comma, as an
  // appositive is, can still be waiting for its verb.
  const appositive = toks.slice(from, from + 4).some((x) => x.comma && !x.stop);
  const reach = appositive ? AFTER_MAX_TOKENS_APPOSITIVE : AFTER_MAX_TOKENS;
  for (let v = from; v < toks.length; v++) {
    const t = toks[v]!;
    // "The band have done "..." to ensure they remain the biggest band in the world, according to
    // Q magazine editor Paul Rees.": the quote's own sentence, going on in lower case, names its
    // source at its end; not "..., and, according to Reuters, once told analysts".
    if (t.lower === "according" && toks[v + 1]?.lower === "to" && v > from && toks[v - 1]!.comma && /^\p{Ll}/u.test(toks[from]!.core)) {
      const stop = toks.findIndex((x, k) => k > v && x.stop);
      const source = stop > v && !toks.slice(v + 2, stop).some((x) => x.comma) ? phraseAfter(toks, v + 2, true) : null;
      if (source) return source;
    }
    // Past any reach only the subject and verb that close the quote's sentence still attribute
    // it: "The "best person for the job" should be appointed ..., the courts minister has told MPs."
    const far = v >= reach;
    if (v >= AFTER_MAX_TOKENS && !speechVerbAt(toks, v)) {
      if (t.stop) break;
      continue;
    }
    const verb = speechVerbAt(toks, v) || (from === 1 && t.lower === "put" && toks[v + 1]?.lower === "it");
    // "... action." The Welsh Assembly Government said: "...": a colon hands the verb to the
    // next quote; not one before a paraphrase ("," Rubio said: That Cruz is ...").
    // So does a sentence of its own that ends on one: "... going mad." Annie Walker said on Saturday: "...".
    const rest = after.slice(t.at + t.core.length);
    if (verb && (COLON_BEFORE_QUOTE.test(rest) || (quoteEndsSentence && LEAD_IN_END.test(rest)))) return null;
    if (verb) {
      // Far off, the quote's sentence must go on after it in lower case: a capital there opens
      // another ("...our vote." Asked whether ..., Mr Howard told the BBC), whatever mark the quote
      // ended on ("... across the UK," Digital prints cost less ..., said Ms Deans).
      // Nor may the window end before the sentence does, cutting the name ("wrote Mor").
      if (far && (!/^\p{Ll}/u.test(toks[from]!.core) || !toks.slice(v).some((x) => x.stop))) return null;
      const endsSoon = toks.slice(v, v + SHORT_TAIL).some((x) => x.stop);
      // After a quote that ended its sentence a capital opens the next one, unless it is a short
      // "Trump said." of its own.
      if (quoteEndsSentence && /^[\p{Lu}]/u.test(toks[0]!.core) && !endsSoon) return null;
      // "..."more work to do," noting flagging economic conditions": what a participle takes is no speaker.
      if (v === from) return takesSentenceSubject(toks, v) ? null : phraseAfter(toks, v + 1);
      const found = subjectBefore(toks, v);
      if (!found || !agrees(toks, v, found.phrase)) {
        // "... and Clevelanders get nervous, said Christine Link": the verb opens its clause.
        return toks[v - 1]!.comma && !OBJECT_FIRST.test(t.lower) ? phraseAfter(toks, v + 1) : null;
      }
      // The subject opens the text after the quote, or closes the quote's sentence: "... is held
      // accountable, Warren said."
      const closing = endsSoon && found.start > 0 && toks[found.start - 1]!.comma && !toks[found.start - 1]!.stop;
      if (far) return closing ? found.phrase : null;
      return found.start === from || closing || jointSpeaker(toks, from, found) ? found.phrase : null;
    }
    if (t.stop) break;
  }
  return null;
}

/**
 * "Trump's "excesses" are sickening, Hollande said Tuesday in Paris, noting the Republican nominee "...": a
 * participle goes on from the speech verb before it, whose subject speaks, not the sentence's; where that
 * subject is a person the article names (not "North Carolina" of "Butterfield of North Carolina said").
 */
function earlierSpeaker(toks: Token[], participle: number, knownSurname: (word: string) => boolean): Phrase | null {
  for (let j = participle - 1; j > 0; j--) {
    if (!speechVerbAt(toks, j) || takesSentenceSubject(toks, j)) continue;
    const subject = subjectBefore(toks, j)?.phrase;
    return subject?.kind === "name" && knownSurname(subject.text.split(" ").pop()!) ? subject : null;
  }
  return null;
}

/** The speaker the sentence before a quote names: `X said: "`, `according to X, "`, `X told Y that "`. */
function phraseBeforeQuote(sentence: string, book: NameBook, quoteOpensSentence = false): Phrase | null {
  const knownSurname = (word: string): boolean => book.knowsSurname(word);
  const toks = tokenize(sentence);
  const labelled = COLON_ENDS.test(sentence);
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (t.lower === "according" && toks[i + 1]?.lower === "to") {
      const p = phraseAfter(toks, i + 2, true);
      // "a league table which ranks countries according to the steps they're taking": inside a
      // clause, not set off by a comma, it says how, unless a name follows.
      const setOff = i === 0 || toks[i - 1]!.comma;
      if (p && (setOff || p.kind !== "descriptor")) return p;
    }
    if (!speechVerbAt(toks, i)) continue;
    const aside = OBJECT_FIRST.test(t.lower) ? null : asideSpeaker(toks, i);
    if (aside) return aside;
    const adjacent = subjectBefore(toks, i)?.phrase ?? null;
    // "Trump attacked Clinton, saying ...", "Sanders used the question to demand": unless a name
    // stands right before it ("footage of Hillary Clinton asking"), the sentence's subject speaks.
    const found = watchedSpeaker(toks, i) ?? (takesSentenceSubject(toks, i) && adjacent?.kind !== "name" ? earlierSpeaker(toks, i, knownSurname) ?? sentenceSubject(toks, knownSurname) : adjacent);
    if (found && agrees(toks, i, found)) return found;
    // ""I do well," said Iampaglia, who ...": an inverted verb right after an earlier quote.
    // Not a participle's: "..., adding it was almost as if ..." is Campbell's, said before.
    const inverted = (i === 0 || toks[i - 1]!.comma) && !OBJECT_FIRST.test(t.lower) && !takesSentenceSubject(toks, i) ? phraseAfter(toks, i + 1) : null;
    if (inverted && inverted.kind !== "descriptor") return inverted;
  }
  // "Said the Pew report: "...": a verb that opens the sentence, capitalised.
  if (toks.length > 1 && toks[0]!.core !== toks[0]!.lower && SPEECH_VERBS.has(toks[0]!.lower) && INFLECTED_PAST.test(toks[0]!.lower)) {
    const inverted = phraseAfter(toks, 1);
    if (inverted) return inverted;
  }
  // "what Newt Gingrich called "the loudest ... election"": a naming verb right before the quote
  // names it on its subject's word.
  const last = toks.length - 1;
  if (last > 0 && NAMING.test(toks[last]!.lower) && !toks[last - 1]!.comma) {
    const named = subjectBefore(toks, last)?.phrase;
    if (named && (named.kind === "name" || named.kind === "organization")) return named;
  }
  // "Independent faith schools were singled out by Ofsted chief, David Bell, for not doing enough to
  // promote the "wider tenets of British society"": the agent of a passive names whose words they are.
  for (let k = toks.length - 2; k > 0; k--) {
    // Not an opening participle's agent: "Led by Melissa Mark-Viverito, the rally denounced Trump's call for "..."".
    if (toks[k]!.lower !== "by" || !PASSIVE_BEFORE_BY.test(toks[k - 1]!.lower) || k === 1) continue;
    // Not across another clause: "a lawsuit filed by Mr Spitzer, but under the settlement it "..."".
    if (toks.slice(k + 1).some((t) => CLAUSE_OPENERS.has(t.lower))) break;
    const agent = phraseAfter(toks, k + 1, true);
    if (agent?.kind === "name" && book.knowsPerson(agent.text)) return agent;
  }
  // A quote embedded without a speech verb ("Reid has gone after Trump as a "human leech"")
  // is the words of its clause's subject ("..., when many commentators called him "..."").
  let subject: Phrase | null = null;
  let clause = toks;
  for (let k = toks.length - 2; k > 0; k--) {
    if (!CLAUSE_OPENERS.has(toks[k]!.lower) && !toks[k - 1]!.comma) continue;
    const start = CLAUSE_OPENERS.has(toks[k]!.lower) ? k + 1 : k;
    // A clause has a verb ("as a uniter", ", South Carolina on Monday" are no clauses), unless it
    // labels what follows: "... - Philip Bump: "..."".
    const rest = toks.slice(start);
    subject = labelled ? sentenceSubject(rest, knownSurname) : clauseSubject(rest, knownSurname) ?? withSubject(rest);
    if (subject) clause = rest;
    break;
  }
  subject ??= sentenceSubject(toks, knownSurname);
  if (subject && !labelled && passiveSubject(clause, knownSurname)) return null;
  // The sentence before a quote that opens its own, without a speech verb or a label, names its
  // speaker only if its subject is a person the article names or a body: "The album Exodus came
  // out in 1977 ... "By 1979 he was ..."" is not the album's, nor "The technology works through
  // ... "We are basically trying ..."" the technology's.
  if (quoteOpensSentence && !labelled && (subject?.kind === "descriptor" || (subject?.kind === "name" && !book.knowsPerson(subject.text)))) return null;
  return subject;
}

class Attributor {
  private lastOrganization: string | null = null;

  constructor(private readonly book: NameBook) {}

  /** A document's owner as the article names them: a person by surname or title ("Mr Kok"), or an organisation. */
  private ownerOf(owner: string, at: Position): Attribution | null {
    if (this.book.knowsOrganization(owner)) return { speaker: owner, kind: "organization" };
    const [first = "", ...rest] = owner.split(" ");
    const name = rest.length > 0 && isHonorificWord(first.replace(/\.$/, "").toLowerCase()) ? rest.join(" ") : owner;
    if (!this.book.knowsPerson(name)) return null;
    const speaker = this.book.resolve(name, at);
    this.book.noteSpeaker(speaker, at, undefined);
    return { speaker, kind: "person" };
  }

  resolve(phrase: Phrase | null, at: Position, closing = false, quote = ""): Attribution | null {
    if (!phrase) return null;
    switch (phrase.kind) {
      case "name": {
        const gender = phrase.title ? genderFromTitle(phrase.title) : undefined;
        const name = this.book.resolve(phrase.text, at, gender);
        this.book.noteSpeaker(name, at, gender);
        return { speaker: name, kind: "person" };
      }
      case "organization":
        this.lastOrganization = phrase.text;
        return { speaker: phrase.text, kind: "organization" };
      case "descriptor": {
        // "Chelsea's statement", "Mr Kok's report", "Labour's election slogan": the words of whose document it is.
        const owner = DOCUMENT_OWNER.exec(phrase.text)?.[1];
        const known = owner ? this.ownerOf(owner, at) : null;
        if (known) return known;
        // "the company said": the organisation named last before it.
        const body = phrase.definite ? this.book.organizationReferent(phrase.text, at, this.lastOrganization) : null;
        if (body) {
          this.lastOrganization = body;
          return { speaker: body, kind: "organization" };
        }
        // "said the Dutchman", "the cardinal will ask": the person named before, when the text shows who.
        const person = phrase.definite ? this.book.epithetReferent(phrase.text, at) : null;
        const unnamed = unnamedSource(phrase.text, this.book);
        // "Scotland's justice minister has warned ..." opening the article: whom the next paragraph opens on.
        const named = person ?? (unnamed || PLURAL.test(phrase.text) ? null : this.book.ledeSubject(at));
        if (!named) {
          if (!unnamed) return { speaker: phrase.text, kind: "descriptor" };
          // "The band's spokesman said" after "said an REM spokesman": the one described before.
          const speaker = (phrase.definite ? this.book.earlierDescription(phrase.text, at) : null) ?? phrase.text;
          this.book.noteDescription(speaker, at);
          return { speaker, kind: "descriptor" };
        }
        this.book.noteSpeaker(named, at, undefined);
        return { speaker: named, kind: "person" };
      }
      case "pronoun": {
        if (phrase.text === "it") {
          const body = this.lastOrganization ?? this.book.subjectOrganization(at);
          return body ? { speaker: body, kind: "organization" } : NONE;
        }
        if (phrase.text !== "he" && phrase.text !== "she") return NONE;
        const gender = phrase.text === "he" ? "male" : "female";
        const referent = this.book.pronounReferent(at, gender, closing, quote);
        if (!referent) return NONE;
        // Noted where the pronoun speaks, so a "he said" two paragraphs on still reaches them.
        if (referent.described) {
          this.book.noteDescription(referent.name, at);
          return { speaker: referent.name, kind: "descriptor" };
        }
        this.book.noteSpeaker(referent.name, at, gender);
        return { speaker: referent.name, kind: "person" };
      }
    }
  }
}

/**
 * The phrase after the last of the quotes a list joins to quote `i` in one sentence: 'Guns are
 * "the ultimate public health crisis" and "stunt children's growth," Howard Dean proclaimed'.
 */
function closingAttribution(text: string, p: number, quotes: QuoteSpan[], i: number): Phrase | null {
  for (let k = i + 1; k < quotes.length && quotes[k]!.paragraph === p; k++) {
    if (!JOINS_QUOTES.test(text.slice(quotes[k - 1]!.end, quotes[k]!.start))) return null;
    const after = phraseAfterQuoteAt(text, p, quotes, k);
    if (after) return after;
  }
  return null;
}

/** The phrase that attributes quote `k` in the text after it, up to its paragraph's next quote. */
function phraseAfterQuoteAt(text: string, p: number, quotes: QuoteSpan[], k: number): Phrase | null {
  const next = quotes[k + 1];
  const rest = text.slice(quotes[k]!.end, next?.paragraph === p ? next.start : text.length);
  return phraseAfterQuote(rest, endsItsSentence(quotes[k]!, rest));
}

/** The attribution a quote's own sentence gives (or the sentence before, when it opens one). */
function ownAttribution(text: string, p: number, quotes: QuoteSpan[], i: number, first: number, attributor: Attributor, book: NameBook): Attribution | null {
  const quote = quotes[i]!;
  const after = phraseAfterQuoteAt(text, p, quotes, i) ?? closingAttribution(text, p, quotes, i);
  // A pronoun after the quote looks back from the quote's start, past the quote's own names.
  if (after) return attributor.resolve(after, { paragraph: p, offset: quote.start }, true, quote.text);
  const windowStart = Math.max(i > first ? quotes[i - 1]!.end : 0, quote.start - BEFORE_WINDOW);
  let sentenceStart = windowStart + lastSentenceStart(text.slice(windowStart, quote.start));
  let sentence = text.slice(sentenceStart, quote.start);
  // Not right after another quote: "..."A." "B."" has no sentence of narrative between them to name anyone.
  const opensSentence = sentence.trim() === "" && sentenceStart > windowStart && (i === first || /\p{L}/u.test(text.slice(windowStart, sentenceStart)));
  let narrative = false;
  if (opensSentence) {
    // The quote opens its sentence: "..., Schiff said. "The other factor ..."" -- the
    // sentence before it names the speaker.
    const previous = text.slice(windowStart, sentenceStart);
    sentenceStart = windowStart + lastSentenceStart(previous, true);
    sentence = text.slice(sentenceStart, windowStart + previous.length);
    // After another quote, only a sentence of its own breaks the run of the quotes before, not the
    // earlier quote's attribution (""A," Welch said, according to Vermont Edition. "B.""): one where
    // a person speaks ("Mr Dunn warned that ... "If companies ...") or one a person named is the
    // subject of ("Ruddock, though, is keen to protect his players. "At this stage ..."), not
    // narrative about no one ("The studio opened in 1988.").
    const ownSentence = sentenceStart > windowStart || (i > first && opensNextSentence(quotes[i - 1]!, previous));
    if (i > first && !ownSentence) return null;
    narrative = i > first && !speaksIn(sentence);
  }
  const before = phraseBeforeQuote(sentence, book, opensSentence);
  // Of narrative, only a name that does something: not a passive's agent ("and were joined by Taylor").
  if (narrative && (before?.kind !== "name" || AGENT_BEFORE.test(sentence.slice(0, before.at)))) return null;
  const attribution = attributor.resolve(before, { paragraph: p, offset: sentenceStart + (before?.at ?? 0) }, false, quote.text);
  return opensSentence && i > first && attribution?.kind !== "person" ? null : attribution;
}

/** Whether a sentence has a speech verb, or a naming one ("Kirsty Williams called the new target ..."). */
function speaksIn(sentence: string): boolean {
  const toks = tokenize(sentence);
  return toks.some((t, k) => speechVerbAt(toks, k) || NAMING.test(t.lower));
}

/** Who a paragraph without quotes hands on to a quote paragraph after it: "Caddell continued:". */
function handOff(text: string, p: number, attributor: Attributor, book: NameBook): Attribution {
  // Without a closing colon only a finished last sentence counts.
  const colon = COLON_ENDS.test(text);
  const tail = text.slice(-BEFORE_WINDOW).replace(COLON_ENDS, "");
  const intro = tail.slice(lastSentenceStart(tail, !colon));
  return attributor.resolve(intro ? phraseBeforeQuote(intro, book) : null, { paragraph: p, offset: text.length }) ?? NONE;
}

/**
 * "Mr Kennedy said: "...". Menzies Campbell said a win by Mr Kerry would have given ...": the person
 * who speaks in reported speech after a paragraph's last quote is whom a quote opening the next
 * paragraph goes on with, not the speaker of that last quote.
 */
function reportedAfterQuotes(text: string, p: number, lastQuote: QuoteSpan, attributor: Attributor, book: NameBook): Attribution | null {
  const tail = text.slice(lastQuote.end);
  const start = lastSentenceStart(tail, true);
  // The last sentence must be narrative of its own: after the quote's, or the first after it.
  const own = start > 0 || opensNextSentence(lastQuote, tail);
  return own ? reporterIn(tail.slice(start), { paragraph: p, offset: lastQuote.end + start }, attributor, book) : null;
}

/** The person who speaks in reported speech in a sentence of narrative starting at `at`, or null. */
function reporterIn(sentence: string, at: Position, attributor: Attributor, book: NameBook): Attribution | null {
  if (!speaksIn(sentence)) return null;
  const found = attributor.resolve(phraseBeforeQuote(sentence, book), at);
  return found?.kind === "person" ? found : null;
}

/**
 * "Mr Dein said that ... he feared there might now be too many games being shown. Since ... 1992/93,
 * Premiership clubs have seen their income from television soar. "Television has been ...": words no
 * sentence gives anyone go to the person who last spoke in reported speech before them in the paragraph.
 */
function lastReporter(before: string, p: number, attributor: Attributor, book: NameBook): Attribution | null {
  let tail = before;
  for (let n = 0; n < REPORTER_SENTENCES && tail.trim() !== ""; n++) {
    const start = lastSentenceStart(tail, true);
    const found = reporterIn(tail.slice(start), { paragraph: p, offset: start }, attributor, book);
    // A person named in full, not a body the article names like one ("the Liberal Democrats said").
    if (found && found.speaker!.includes(" ") && !book.knowsOrganization(found.speaker!)) return found;
    tail = tail.slice(0, start);
  }
  return null;
}
/** How many sentences back a quote no sentence gives anyone looks for who last spoke. */
const REPORTER_SENTENCES = 2;

/**
 * "The Assistive Mouse Adapter is the brainchild of IBM researcher Jim Levine who developed the prototype
 * after seeing his uncle ... struggle. "I knew that there must be way ..."": words in the first person that
 * no sentence gives anyone are those of the one person the sentence before them names.
 */
function onlyPersonBefore(text: string, p: number, quote: QuoteSpan, book: NameBook): Attribution | null {
  if (!FIRST_PERSON.test(quote.text)) return null;
  const start = lastSentenceStart(text.slice(0, quote.start), true);
  const only = book.onlyPersonBetween(p, start, quote.start);
  // Not the agent of a passive, whose work the sentence is about: "grew out of research by Dr Alastair Sibbald",
  // "a survey conducted by independent analyst Elena Sadovskaya found ...".
  return only && !AGENT_BEFORE.test(text.slice(start, only.offset)) ? { speaker: only.name, kind: "person" } : null;
}
/** "I", "my", "we", "our", "us": not "US", the country. */
const FIRST_PERSON = /\bI\b|\b(?:[Mm]y|[Ww]e|[Oo]ur|us)\b/;

/**
 * "A Department for Constitutional Affairs spokeswoman said Lord Woolf and Lord Falconer agreed ...
 * "..." she said": an unnamed source who speaks in a sentence without quotation marks is who a
 * later "she said" means, as one whose words are quoted is.
 */
function noteReportingSources(paragraphs: readonly string[], book: NameBook): void {
  paragraphs.forEach((text, p) => {
    if (!MENTIONS_ANONYMOUS.test(text)) return;
    const starts = book.sentenceStartsOf(p);
    starts.forEach((start, k) => {
      const sentence = text.slice(start, starts[k + 1] ?? text.length);
      if (!MENTIONS_ANONYMOUS.test(sentence) || QUOTE_MARK.test(sentence)) return;
      const toks = tokenize(sentence);
      const verb = toks.findIndex((_, i) => speechVerbAt(toks, i));
      // "But a spokesman for the Home Office defended the proposals. He said: ...": where a pronoun
      // opens the next sentence, the subject of any verb is who it means.
      const pronounNext = () => PRONOUN_OPENS.test(text.slice(starts[k + 1] ?? text.length));
      const subject = verb > 0 ? subjectBefore(toks, verb)?.phrase : verb < 0 && pronounNext() ? clauseSubject(toks, (word) => book.knowsSurname(word)) : undefined;
      if (!subject || subject.kind === "name" || subject.kind === "pronoun") return;
      const description = subject.text.replace(VERB_AFTER_HEAD, "$1");
      if (unnamedSource(description, book)) book.noteDescription(description, { paragraph: p, offset: start + subject.at });
    });
  });
}

/** One Attribution per quote, in the quotes' order; `people` as NameBook takes them. */
export function attributeSpeakers(paragraphs: string[], quotes: QuoteSpan[], people: Entity[] | undefined, organizations: Entity[] = []): Attribution[] {
  const book = new NameBook(paragraphs, people, quotes, organizations);
  noteReportingSources(paragraphs, book);
  const attributor = new Attributor(book);
  const result: Attribution[] = quotes.map(() => NONE);
  let q = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    const first = q;
    while (q < quotes.length && quotes[q]!.paragraph === p) q++;
    if (first === q) continue;
    const own: (Attribution | null)[] = [];
    for (let i = first; i < q; i++) own.push(ownAttribution(text, p, quotes, i, first, attributor, book));
    let carried: Attribution | null = null;
    const previousHadQuotes = first > 0 && quotes[first - 1]!.paragraph === p - 1;
    // ""A." "B," Rubio said.", ""If there had not been that intervention" by the US, Clinton
    // said, "we would ..."": the first attribution covers the quotes that run on up to it, one
    // after another or in one sentence.
    // Not one a colon hands on to the quote after it: ""A. "B." Simpson-Daniel added: "C.""
    // leaves A and B to the speaker before.
    const next = own.findIndex((a) => a !== null);
    const runsOn = next > 0 && quotes.slice(first, first + next).every((quote, k) => {
      const gap = text.slice(quote.end, quotes[first + k + 1]!.start);
      return QUOTE_GAP.test(gap) || (lastSentenceStart(gap) === 0 && !(k === next - 1 && COLON_ENDS.test(gap)));
    });
    if (LEAD_IN_MARKS.test(text.slice(0, quotes[first]!.start)) && own[0] === null && !runsOn) {
      // A paragraph that opens with a quote no one is given: signed on the next line ("-
      // Sanders."), else it goes on with the speaker of the paragraph before, whoever speaks
      // after the narrative that follows.
      const signature = DASH_LINE.exec(paragraphs[p + 1] ?? "");
      // A signature names someone; "– An immigrant himself –." is a subheading.
      const signer = signature ? phraseAfterQuote(signature[0], false) : null;
      const signed = signer?.kind === "descriptor" ? null : attributor.resolve(signer, { paragraph: p + 1, offset: 0 });
      carried = signed ?? (previousHadQuotes
        ? reportedAfterQuotes(paragraphs[p - 1]!, p - 1, quotes[first - 1]!, attributor, book) ?? result[first - 1]!
        : p > 0 ? handOff(paragraphs[p - 1]!, p - 1, attributor, book) : NONE);
    } else if (previousHadQuotes && own.every((a) => a === null) && (COLON_LED.test(text) || !book.namesPersonBetween(p, 0, quotes[first]!.start))) {
      // Words of no one in a paragraph that names no one before them go on from the paragraph
      // before: "The album Exodus came out in 1977 ... "By 1979 he was ..."; so do those of a
      // paragraph an interview's layout opens with a colon, whoever it names (": Bob was one of
      // the most mesmeric people I've ever worked with. "He must have had an iron will ...").
      carried = result[first - 1]!;
    } else if (own.every((a) => a === null)) {
      carried = lastReporter(text.slice(0, quotes[first]!.start), p, attributor, book) ?? onlyPersonBefore(text, p, quotes[first]!, book);
    }
    for (let k = 0; k < own.length; k++) {
      // Unattributed quotes take the last speaker before them in the paragraph, else the next.
      result[first + k] = own[k] ?? carried ?? own.slice(k + 1).find((x) => x !== null) ?? NONE;
      if (own[k]) carried = own[k]!;
    }
  }
  return result;
}
