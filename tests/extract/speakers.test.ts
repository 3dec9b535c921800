import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/extract/quotes.ts";
import { attributeSpeakers } from "../../src/extract/speakers.ts";
import type { Entity } from "../../src/extract/types.ts";

function speakers(paragraphs: string[], people: Entity[] = []) {
  const quotes = findQuotes(paragraphs);
  return attributeSpeakers(paragraphs, quotes, people).map((a, i) => [quotes[i]!.text.split(" ").slice(0, 4).join(" "), a.speaker, a.kind]);
}

describe("attributeSpeakers", () => {
  it("reads the seed articles' attributions", () => {
    expect(speakers([
      '"Some of the Islamic State fighters say they want to die there", she said, claiming only foreign jihadists are left inside.',
      '"The battle to finish off what is left of Daesh has started", said SDF commander Adnan Afrin, using the Arabic acronym for IS.',
      '"With the tunnels that they dug, we don\'t know how many of them there are", Sefqan admits.',
      '"Many of the arrivals are exhausted, hungry and sick", according to Jens Laerke, spokesman of the UN Office for the Coordination of Humanitarian Affairs.',
      '"There hasn\'t been any big advance or change on our side over the past 5 days", an SDF spokesman told Agence France-Presse (AFP) on Friday.',
      '"Units of our armed forces continue their advance on a number of fronts", the military source said.',
    ])).toEqual([
      ["Some of the Islamic", null, null],
      ["The battle to finish", "Adnan Afrin", "person"],
      ["With the tunnels that", "Sefqan", "person"],
      ["Many of the arrivals", "Jens Laerke", "person"],
      ["There hasn't been any", "SDF spokesman", "descriptor"],
      ["Units of our armed", "military source", "descriptor"],
    ]);
  });

  it("gives a surname the full name the article uses elsewhere, titles stripped", () => {
    expect(speakers([
      "On Friday, Syrian Democratic Forces spokesperson Mustafa Bali announced the final push.",
      "“The battle will last between seven and ten days,” Bali said.",
      "“We are ready to talk,” Prime Minister Justin Trudeau told reporters in Regina.",
    ])).toEqual([
      ["The battle will last", "Mustafa Bali", "person"],
      ["We are ready to", "Justin Trudeau", "person"],
    ]);
  });

  it("prefers the entity module's canonical name and a matching title gender", () => {
    const people: Entity[] = [
      { name: "Michelle Obama", gender: "female", mentions: [{ surface: "Michelle Obama", paragraph: 0, start: 0, end: 14 }] },
      { name: "Barack Obama", gender: "male", mentions: [{ surface: "Barack Obama", paragraph: 0, start: 19, end: 31 }] },
    ];
    expect(speakers([
      "Michelle Obama and Barack Obama spoke at the dinner.",
      "“My name may not be on the ballot, but our progress is,” Mr. Obama said.",
    ], people)).toEqual([["My name may not", "Barack Obama", "person"]]);
  });

  it("names organisations and descriptors as the text gives them", () => {
    expect(speakers([
      "The New York Post reports that the team avoided the emergency room to “keep the details of her medical treatment under wraps.”",
      "Scott Pruitt, the Republican attorney general of Oklahoma, said it was “an invasion of the state regulatory domain.”",
      "“The drop we are seeing now is directly attributable to the emails,” said a person close to the Clintons.",
    ])).toEqual([
      ["keep the details of", "New York Post", "organization"],
      ["an invasion of the", "Scott Pruitt", "person"],
      ["The drop we are", "person close to the Clintons", "descriptor"],
    ]);
  });

  it("resolves he and she to the last person of that gender named shortly before", () => {
    expect(speakers([
      "Hillary Clinton met Bernie Sanders in Vermont on Friday.",
      "“We agree on far more than we disagree,” she said as Sanders nodded.",
      "“I will campaign for her,” he told reporters.",
    ])).toEqual([
      ["We agree on far", "Hillary Clinton", "person"],
      ["I will campaign for", "Bernie Sanders", "person"],
    ]);
  });

  it("carries the speaker through the paragraph and into a quote-only paragraph", () => {
    expect(speakers([
      "“Now that I don’t have to be politically correct anymore,” Ham told the host, “it was demoralizing to work for Obama.”",
      "“We’re paying ransom to the largest state sponsor of terrorism in the world.”",
      "Caddell continued:",
      "“This is in their heads. This is in their consciousness.”",
    ])).toEqual([
      ["Now that I don’t", "Ham", "person"],
      ["it was demoralizing to", "Ham", "person"],
      ["We’re paying ransom to", "Ham", "person"],
      ["This is in their", "Caddell", "person"],
    ]);
  });

  it("finds the speaker of a quote that opens the sentence after the attribution", () => {
    expect(speakers([
      'The administration may be reluctant to act, Schiff said. "The other factor the administration may be considering is the election."',
      'Trump attacked Clinton for her support of military action in Libya, saying, "She\'s trigger-happy and very unstable."',
    ])).toEqual([
      ["The other factor the", "Schiff", "person"],
      ["She's trigger-happy and very", "Trump", "person"],
    ]);
  });

  it("leaves the speaker null when the text does not say", () => {
    expect(speakers(["“It was a very long night for everyone in the city.”"])).toEqual([["It was a very", null, null]]);
  });
});
