import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/extract/entities.ts";
import { placeCoordinates } from "../../src/extract/gazetteer.ts";
import type { Entity, EntitySet } from "../../src/extract/types.ts";

const find = (...paragraphs: string[]): EntitySet => findEntities({ headline: "", paragraphs });
const names = (list: readonly Entity[]) => list.map((e) => e.name);
const surfaces = (e: Entity | undefined) => [...new Set(e?.mentions.map((m) => m.surface))];
const byName = (list: readonly Entity[], name: string) => list.find((e) => e.name === name);

describe("people", () => {
  it("strips titles and roles from names", () => {
    const e = find(
      "On Friday, Syrian Democratic Forces spokesperson Mustafa Bali announced that the final push had begun.",
      "\"The battle to finish off what is left of Daesh has started\", said SDF commander Adnan Afrin, using the Arabic acronym for IS.",
      "Prime Minister Justin Trudeau cancelled the visit, and Rep. Jim Clyburn said he would not attend.",
      "US Secretary of State John Kerry met Syrian President Bashar al-Assad.",
      "But US Treasury Under-Secretary John Taylor said the US could not support the IFF, and Vice-President Dick Cheney agreed.",
    );
    expect(names(e.people)).toEqual(["Mustafa Bali", "Adnan Afrin", "Justin Trudeau", "Jim Clyburn", "John Kerry", "Bashar al-Assad", "John Taylor", "Dick Cheney"]);
  });

  it("reads a title word after a common given name as a surname, before \"of\" and a place too", () => {
    const e = find(
      "Peter T. King of New York endorsed Mr. Rubio on Tuesday, and Senator Angus King of Maine did not.",
      "The message was sent to Clinton Chief of Staff Cheryl Mills and forwarded.",
      "Second favourite is a biography of Mary Queen of Scots, by John Guy.",
    );
    expect(names(e.people)).toEqual(["Peter T. King", "Rubio", "Angus King", "Cheryl Mills", "John Guy"]);
  });

  it("names the party a title names, and strips it from the person", () => {
    const e = find(
      "\"We need a proper response,\" said the chairman of the Commons education select committee, Labour MP Barry Sheerman.",
      "The register shows former Tory leader William Hague earning up to £820,000.",
    );
    expect(names(e.people)).toEqual(["Barry Sheerman", "William Hague"]);
    expect(names(e.organizations)).toEqual(expect.arrayContaining(["Labour Party", "Conservative Party"]));
    // A party's name right before a surname may be a given name.
    expect(find("Steve Marchand, Tory Mazzola, Jim Merrill and Jayne Millerick were polled.").organizations).toEqual([]);
  });

  it("reads a baroness's title as a title, and her name as the full name given", () => {
    const e = find(
      "Former Speaker Betty Boothroyd has called for a Speaker of the Lords.",
      "Baroness Boothroyd said the Lord Chancellor should not preside.",
    );
    expect(names(e.people)).toEqual(["Betty Boothroyd"]);
    expect(byName(e.people, "Betty Boothroyd")?.mentions).toHaveLength(2);
  });

  it("merges a surname the article misspells, titled or after a speech verb, into the full name it gave, but not a given name", () => {
    const e = find(
      "David Monteith, of Sonaptic, said the technology would reach phones.",
      "Mr Montieth says the sound comes from a single source.",
      "Archbishop Rowan Williams will bless the couple. The Queen may hand the throne to her grandson Prince William, 22.",
      "Lindsay Davenport backed the move. \"You hear about women playing only three sets,\" said Daveport.",
    );
    expect(surfaces(byName(e.people, "David Monteith"))).toEqual(["David Monteith", "Montieth"]);
    expect(surfaces(byName(e.people, "Rowan Williams"))).toEqual(["Rowan Williams"]);
    expect(surfaces(byName(e.people, "Lindsay Davenport"))).toEqual(["Lindsay Davenport", "Daveport"]);
  });

  it("takes a people's name as a surname where a title gives it so, or a given name that is no word", () => {
    const e = find(
      "There may not be enough iPod minis to go round, predicts Oliver Irish, editor of gadget magazine Stuff.",
      "\"The iPod mini is likely to be this year's big seller,\" said Mr Irish.",
    );
    expect(names(e.people)).toEqual(["Oliver Irish"]);
    expect(surfaces(byName(e.people, "Oliver Irish"))).toEqual(["Oliver Irish", "Irish"]);
    // Without "Mr Irish" the given name still makes a full name; a word before a people's name does not.
    expect(names(find("There may not be enough iPod minis to go round, predicts Oliver Irish, editor of gadget magazine Stuff.").people)).toEqual(["Oliver Irish"]);
    expect(find("Young Irish players impressed the coach, and Grace Irish dancers followed.").people).toEqual([]);
  });

  it("takes a common word after a common given name as a surname where a title gives it so", () => {
    const e = find(
      "Bill Gates has opened the Consumer Electronics Show in Las Vegas.",
      "Yesterday, Jack Straw flew to Washington. Mr Gates and Mr Straw made no announcement.",
    );
    expect(names(e.people)).toEqual(["Bill Gates", "Jack Straw"]);
    // Without the title the words are words: "Bill" and "Gates" name no one.
    expect(find("Bill Gates has opened the Consumer Electronics Show in Las Vegas.").people).toEqual([]);
  });

  it("ends a titled full name at 'of', and names what 'of' leads apart", () => {
    const e = find(
      "On Saturday, Senator Bernie Sanders of Vermont, a Democratic candidate, assailed her.",
      "Professor John Curtice of Strathclyde University said the poll was close.",
      "In Washington, Iowa, Pastor Joseph Brown of Marion Avenue Baptist Church plans to continue recruiting.",
    );
    expect(names(e.people)).toEqual(["Bernie Sanders", "John Curtice", "Joseph Brown"]);
    expect(names(e.places)).toEqual(expect.arrayContaining(["Vermont"]));
    expect(names(e.organizations)).toEqual(["Strathclyde University", "Marion Avenue Baptist Church"]);
    // A peer's seat is part of his name; so is an office's complement.
    expect(names(find("Lord Falconer of Thoroton and US Secretary of State John Kerry met.").people)).toEqual(["John Kerry"]);
  });

  it("does not make a person of a preposition's object that a speech verb or an appositive follows", () => {
    const e = find(
      "Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said the meeting helped.",
      "Sen. Ted Cruz of Texas, a candidate mathematically eliminated from winning, spoke too.",
      "A spokesman for the people of Indiana said they would vote.",
    );
    expect(names(e.people)).toEqual(["Tom Cole", "Ted Cruz"]);
    expect(names(e.places)).toEqual(["Oklahoma", "Texas", "Indiana"]);
    const firm = find("\"We will submit a modified offer,\" the letter from Qwest said. Verizon is far bigger than Qwest.");
    expect(names(firm.people)).toEqual([]);
  });

  it("ends a name at an honour or rank written after it", () => {
    const e = find(
      "Michael Mansfield QC, for the family, said the inquiry had failed.",
      "Labour MP Diane Abbott OBE said it was wrong.",
    );
    expect(names(e.people)).toEqual(["Michael Mansfield", "Diane Abbott"]);
    expect(names(e.organizations)).toEqual([]);
  });

  it("reads a people's adjective of two words as a group's, before a name or alone", () => {
    const e = find(
      "Wales lost to Australia in 2001, when New Zealander Graham Henry was the head coach.",
      "One Sri Lankan blogger wrote that a quarter of a million Sri Lankans had lost their homes.",
    );
    expect(names(e.people)).toEqual(["Graham Henry"]);
    expect(names(e.organizations)).toEqual([]);
  });

  it("reads a continent's name before a place's as a region, not a woman's name", () => {
    const e = find(
      "But in Japan and Asia Pacific, where camera phone technology is much more advanced, sales of the Asia-Pacific unit rose.",
      // Not a continent's name before something else's, nor before more words.
      "MTV's Asia Aid will be held in Bangkok on 3 February.",
      "\"The fear is real,\" said Alexander Gabuyev, head of the Russia in the Asia Pacific Program at the Carnegie Moscow Center.",
    );
    expect(names(e.people)).not.toContain("Asia Pacific");
    expect(names(e.places)).toEqual(["Japan", "Asia Pacific", "Bangkok", "Russia"]);
  });

  it("reads a team sheet's items as surnames, not towns, and its bracketed clubs as before", () => {
    const e = find(
      "Subs Not Used: Francis, Kabba, Shaw, Haystead.",
      "Replacements: R McBryde (Llanelli), J Yapp (Cardiff), J Thomas (Neath-Swansea), G Cooper (Newport-Gwent).",
      "Booked: Rooney, Scholes. Subs Not Used: Warrington, Maloney.",
      "Bolton: Jaaskelainen, Hunt (Fadiga 14), N'Gotty, Ben Haim, Candela, Okocha (Vaz Te 77), Speed, Gardner, Davies.",
      "Hislop, Griffin, Primus, De Zeeuw, Taylor, Stone (Cisse 76), Quashie (Berkovic 83), Faye.",
      ": Murphy, Dempsey, Horgan, Maggs, Hickie, O'Connell, capt, S Easterby, Foley.",
      "Replacements: Everitt for Mapletoft (53), Skivington for Hyde (71), Birkett for Hart (57).",
      // Neither four names nor a list of players after its label: the towns are places.
      "The squad trained in two towns: Shaw, Burnley.",
    );
    expect(names(e.places)).toEqual(["Llanelli", "Cardiff", "Bolton", "Shaw", "Burnley"]);
  });

  it("reads a band's frontman or bassist as a person, even one named like a town", () => {
    const e = find("Show business figures will also put in an appearance, from U2 frontman Bono - a well-known campaigner on trade - to Franz Ferdinand bassist Bob Hardy.");
    expect(names(e.people)).toEqual(["Bono", "Bob Hardy"]);
    expect(names(e.places)).toEqual([]);
  });

  it("takes a name whose economist or analyst the article names for a business", () => {
    const e = find(
      "\"There is huge growth in the Indian telecoms market,\" said Gartner's principal analyst Kobita Desai.",
      "Gartner said the market would double.",
    );
    expect(names(e.organizations)).toEqual(["Gartner"]);
    expect(names(e.people)).toEqual(["Kobita Desai"]);
  });

  it("takes a partner, a rival or an owner before a single name for no sign of a person", () => {
    const e = find("General Motors had to pay former partner Fiat 1.55bn euros to end the deal. Fiat has yet to comment on the matter.");
    expect(names(e.people)).toEqual([]);
    expect(names(e.organizations)).toEqual(["General Motors"]);
  });

  it("takes no prize named after a role's category for a person", () => {
    const e = find("Leonardo DiCaprio and Jamie Foxx were nominated. DiCaprio, who lost out on the best actor Bafta to Foxx, will face him again at the Academy Awards.");
    expect(names(e.people)).toEqual(["Leonardo DiCaprio", "Jamie Foxx"]);
  });

  it("reads two firms' names, the first also a first name, as the firm they make", () => {
    const e = find("A recent survey by Sony Ericsson predicted that the number of users would rise. Nokia was not impressed.");
    expect(names(e.people)).toEqual([]);
    expect(names(e.organizations)).toEqual(["Sony Ericsson", "Nokia"]);
  });

  it("ends a name at a seat's letters after it, but not at a title's before a name or a seat", () => {
    const e = find(
      "Scottish Finance Minister, Tom McCabe MSP, said: \"Last week in parliament I announced an additional £419m.\" Mr McCabe is also looking for savings.",
      "Labour MP Barry Sheerman said: \"That is wrong.\"",
      "The MP for Sittingbourne and Sheppey said Prime Minister Tony Blair had been \"trying very hard\".",
      "The Glasgow Kelvin MP, who was expelled from Labour, said: \"Nobody asked me.\"",
    );
    expect(names(e.people)).toEqual(["Tom McCabe", "Barry Sheerman", "Tony Blair"]);
    expect(surfaces(byName(e.people, "Tom McCabe"))).toEqual(["Tom McCabe", "McCabe"]);
    expect(names(e.organizations)).toEqual(["Labour Party"]);
  });

  it("merges a surname, or a title and surname, into the full name given earlier", () => {
    const e = find(
      "Mustafa Bali of the Kurdish-led Syrian Democratic Forces told AP that the battle is expected to last between seven to 10 days.",
      "Bali said the fighters were cornered.",
      "Hillary Clinton and Bill Clinton arrived together. Mrs. Clinton spoke first; Mr. Clinton did not.",
    );
    expect(surfaces(byName(e.people, "Mustafa Bali"))).toEqual(["Mustafa Bali", "Bali"]);
    expect(surfaces(byName(e.people, "Hillary Clinton"))).toEqual(["Hillary Clinton", "Clinton"]);
    expect(byName(e.people, "Hillary Clinton")?.mentions).toHaveLength(2);
    expect(byName(e.people, "Bill Clinton")?.mentions).toHaveLength(2);
    expect(byName(e.people, "Hillary Clinton")?.gender).toBe("female");
  });

  it("merges a surname that comes before the full name (a headline)", () => {
    const e = findEntities({
      headline: "Trump says coalition has reclaimed territory",
      paragraphs: ["The US military is preparing to withdraw even as the Donald Trump administration is yet to come up with a plan."],
    });
    expect(e.people.map((p) => [p.name, surfaces(p)])).toEqual([["Donald Trump", ["Trump", "Donald Trump"]]]);
  });

  it("takes a lone name before or after a speech verb, or before an appositive, as a person", () => {
    const e = find(
      "\"In terms of Raqqa and Deir ez- Zor, we're talking about families\", Heras said.",
      "\"With the tunnels that they dug, we don't know how many of them there are\", Sefqan admits.",
      "Ciyager, an official with the Kurdish-led Syrian Democratic Forces, says 200 more people are expected to evacuate.",
      "However, \"those who took up arms will not be released\", Mohammed told the website.",
    );
    expect(names(e.people)).toEqual(["Heras", "Sefqan", "Ciyager", "Mohammed"]);
  });

  it("takes no sentence-initial word, day or demonym for a name", () => {
    const e = find(
      "Thousands of fighters, followers and civilians had retreated to this tiny cluster of hamlets.",
      "Retaking the sliver of land would be a milestone. Despite its demise, many defended what remained.",
      "Meanwhile on Friday the Kurdish authorities said Syrians and Iraqis had been freed.",
    );
    expect(e.people).toEqual([]);
    expect(e.places).toEqual([]);
  });

  it("keeps a given name of two hyphened syllables whole, and cuts a qualifier off a name", () => {
    const e = find("President Park Geun-hye met Kim Jong-un, as did New York-born Christina Aguilera.", "Fly-half Stephen Jones scored.");
    expect(names(e.people)).toEqual(["Park Geun-hye", "Kim Jong-un", "Christina Aguilera", "Stephen Jones"]);
    expect(names(e.places)).toEqual(["New York"]);
  });

  it("takes no law or treaty for a person", () => {
    const e = find("The North American Free Trade Agreement and the Texas Deceptive Trade Practices Act were cited at the G-20.");
    expect(e.people).toEqual([]);
    expect(names(e.organizations)).toEqual(["G-20"]);
  });

  it("takes no pronoun with its verb for a name", () => {
    const e = find("I've said it before, and He'd gone by then. I’m sure We’re right, said Tom Smith.");
    expect(names(e.people)).toEqual(["Tom Smith"]);
    expect(e.places).toEqual([]);
    expect(e.organizations).toEqual([]);
  });

  it("takes a person's name over a place of the same name", () => {
    const e = find("Richard Hill scored twice, and Bali later said Mustafa Bali was right.");
    expect(names(e.people)).toEqual(["Richard Hill", "Mustafa Bali"]);
    expect(e.places).toEqual([]);
  });

  it("takes a titled surname that is a place's head for a person, and a lane or a saint's park for a place", () => {
    const e = find("Mr Hill said so, and Dame Barbara Castle agreed.", "Fans at White Hart Lane and St James' Park cheered the Producers' Nathan Lane.");
    expect(names(e.people)).toEqual(["Hill", "Barbara Castle", "Nathan Lane"]);
    expect(names(e.places)).toEqual(["White Hart Lane", "St James' Park"]);
  });

  it("but not over a head no one has for a surname", () => {
    const e = find("Protesters marched from George Street to Madison Avenue.");
    expect(names(e.places)).toEqual(["George Street", "Madison Avenue"]);
    expect(e.people).toEqual([]);
  });
});

describe("places", () => {
  it("reads a name nothing else settles as a place where it only ever stands after \"in\" or \"near\"", () => {
    const e = find(
      "They trained in Qatar rather than in Crete, near Welshpool and in Khayelitsha.",
      "She starred in Chocolat, and the prayer was said in Aramaic, as in Hitler's Germany.",
    );
    expect(names(e.places)).toEqual(["Qatar", "Crete", "Welshpool", "Khayelitsha", "Germany"]);
    expect(e.people).toEqual([]);
    expect(e.organizations).toEqual([]);
  });

  it("reads a place name that is also a first name as the place where it is listed beside places", () => {
    const e = find("In provinces like Ontario, Alberta and Quebec, the share is higher.");
    expect(names(e.places)).toEqual(["Ontario", "Alberta", "Quebec"]);
    expect(e.people).toEqual([]);
  });

  it("reads a US state named like a person as the state, bare", () => {
    const e = find("Florida is nearly 3% Polish American, and Virginia is close.", "Washington has claimed all four were enemy combatants.");
    expect(names(e.places)).toEqual(["Florida", "Virginia", "Washington"]);
    expect(e.people).toEqual([]);
  });

  it("finds cities, provinces, countries, rivers and landmarks", () => {
    const e = find(
      "The jihadists are cornered in a bend of the Euphrates, with Syrian government forces on the west bank.",
      "Meanwhile on Friday the FBI said it thwarted a jihadist plot to attack US targets including New York's subway and Times Square.",
      "The loss of Islamic State's remaining streets in Raqqa following its defeat in Iraq's Mosul this year.",
    );
    expect(names(e.places)).toEqual(["Euphrates", "United States", "New York", "Times Square", "Raqqa", "Iraq", "Mosul"]);
  });

  it("merges transliteration variants and article prefixes into one place", () => {
    const e = find(
      "Thousands had retreated to this tiny cluster of hamlets in Deir al-Zor province.",
      "The final push against the militants in the village of Al-Baghouz in the eastern province of Deir Ezzor had begun.",
      "Ciyager says 200 more people are expected to evacuate the village of Baghouz later Monday.",
      "\"In terms of Raqqa and Deir ez- Zor, we're talking about families\", Heras said.",
      "Daesh terrorists in the city of al-Mayadin. Al-Mayadin is one of the last strongholds.",
      "Syrian regime forces on Friday broke into the eastern town of Mayadeen.",
    );
    expect(e.places.map((p) => [p.name, surfaces(p)])).toEqual([
      ["Deir al-Zor", ["Deir al-Zor", "Deir Ezzor", "Deir ez- Zor"]],
      ["Al-Baghouz", ["Al-Baghouz", "Baghouz"]],
      ["Raqqa", ["Raqqa"]],
      ["al-Mayadin", ["al-Mayadin", "Al-Mayadin", "Mayadeen"]],
    ]);
  });

  it("records every mention with its paragraph and offsets", () => {
    const e = findEntities({ headline: "Isis jihadist holed up in Raqqa", paragraphs: ["There are two camps north of Raqqa."] });
    expect(byName(e.places, "Raqqa")?.mentions).toEqual([
      { surface: "Raqqa", paragraph: -1, start: 26, end: 31 },
      { surface: "Raqqa", paragraph: 0, start: 29, end: 34 },
    ]);
  });

  it("needs a place context for a town named like a word or a first name", () => {
    expect(find("Regina said she would stay.").places).toEqual([]);
    expect(names(find("The prime minister cancelled a visit to Regina, Saskatchewan.").places)).toContain("Regina");
  });

  it("reads a given name and a surname that spell a town's name with a space as the person", () => {
    const e = find("Glen Wood, Vice President of Deutsche Securities Japan, asks who is going to fund the pension fund.", "Mr Wood said the state would have to pay.");
    expect(names(e.people)).toEqual(["Glen Wood"]);
    expect(names(e.places)).toEqual(["Japan"]);
    // A region written with a space where the gazetteer has a hyphen is still the region.
    expect(names(find("Unemployment rose in the North East last year.").places)).toEqual(["North East"]);
  });

  it("reads a first name before a head no one has for a surname as a place's", () => {
    const e = find("Japan is not ready for an Ellis Island, and Richard Hill said so.");
    expect(names(e.places)).toEqual(["Japan", "Ellis Island"]);
    expect(names(e.people)).toEqual(["Richard Hill"]);
  });

  it("reads a sports ground or a theatre as a place, even one named like a person", () => {
    const e = find("The replay will be played at Griffin Park on Saturday, and Michael Owen, who moved to the Bernabeu last summer, will watch from Old Trafford.");
    expect(names(e.places)).toEqual(["Griffin Park", "Bernabeu", "Old Trafford"]);
    expect(names(e.people)).toEqual(["Michael Owen"]);
  });

  it("reads a region named like a first name as the place where something is based in it, or after a town and a comma", () => {
    expect(names(find("The Jacksonville, Florida-based firm has total debts of $2.1bn.").places)).toEqual(["Jacksonville", "Florida"]);
    expect(names(find("Highfield said that it intends to take the Virginia-based firm private.").places)).toEqual(["Virginia"]);
    expect(names(find("Contrack International, of Arlington, Virginia, heads a coalition of firms.").places)).toEqual(["Arlington", "Virginia"]);
    expect(names(find("He is saying so in a speech in Chatham, Kent.").places)).toEqual(["Chatham", "Kent"]);
    // In a team sheet a name after a town's namesake and a comma is the next player, not a region.
    expect(names(find("Ntimban-Zeh, Crooks, Puncheon, Kamara (Makofo 64), Chorley, Herve (McKoy 45), Tapp.").places)).not.toContain("Herve");
    expect(names(find("Office leasing was especially brisk in Washington DC and New York City.").places)).toEqual(["Washington DC", "New York City"]);
  });
});

describe("organisations", () => {
  it("finds newspapers known by one word, or by a Sunday's", () => {
    const e = find(
      "Mr Blair told the Times he would stand down. Writing in the Sunday Telegraph, Mr Howard disagreed.",
      "Bruce Willis said he was injured while making Tears of the Sun.",
      "The Financial Times reported it first; the Sun even carried a cartoon joke about it.",
    );
    expect(names(e.organizations)).toEqual(["Times", "Sunday Telegraph", "Financial Times", "Sun"]);
    // "... on Sunday" goes on only after a name the alias table gives a Sunday paper.
    const onSunday = find(
      "Meersseman told the Mail on Sunday he would return. A second poll for the Independent on Sunday found support had fallen.",
      "Chelsea will play Arsenal on Sunday.",
    );
    expect(names(onSunday.organizations)).toEqual(["Mail on Sunday", "Independent on Sunday"]);
  });

  it("takes a paper's one word for the paper the article names in full", () => {
    const e = find("The New York Times reported the deal on Friday. Mr Trump told the Times it was a disgrace, and the Times printed it.");
    expect(e.organizations.map((o) => [o.name, surfaces(o)])).toEqual([["New York Times", ["New York Times", "Times"]]]);
    // Which of two it is, nothing says.
    const two = find("The New York Times and the Los Angeles Times reported the deal. Mr Trump told the Times it was a disgrace.");
    expect(names(two.organizations)).toEqual(["New York Times", "Los Angeles Times", "Times"]);
  });

  it("finds organisations by their head words and by acronym", () => {
    const e = find(
      "\"Many of the arrivals are exhausted, hungry and sick\", according to Jens Laerke, spokesman of the UN Office for the Coordination of Humanitarian Affairs, at a news briefing in Geneva.",
      "The Britain-based Syrian Observatory for Human Rights, a war monitor, said SDF fighters are advancing.",
      "The US military is preparing to withdraw, the Wall Street Journal has reported.",
    );
    expect(names(e.organizations)).toEqual([
      "UN Office for the Coordination of Humanitarian Affairs", "Syrian Observatory for Human Rights", "SDF", "Wall Street Journal",
    ]);
    expect(names(e.places)).toEqual(["Geneva", "United Kingdom", "United States"]);
  });

  it("merges an acronym with the name it abbreviates, by parenthesis or by initials", () => {
    const e = find(
      "\"There hasn't been any big advance\", an SDF spokesman told Agence France-Presse (AFP) on Friday.",
      "Ciyager, an official with the Kurdish-led Syrian Democratic Forces, says 200 more people are expected to leave.",
      "The Scottish Executive will not merge the Scottish Prison Service (SPS) with social work departments.",
    );
    expect(e.organizations.map((o) => [o.name, surfaces(o)])).toEqual([
      ["Syrian Democratic Forces", ["SDF", "Syrian Democratic Forces"]],
      ["Agence France-Presse", ["Agence France-Presse", "AFP"]],
      ["Scottish Prison Service", ["Scottish Prison Service", "SPS"]],
    ]);
  });

  it("merges the Islamic State's names, and reads IS only beside another", () => {
    const e = find(
      "US-backed fighters are preparing a final offensive on neighborhoods still held by Islamic State (IS, formerly ISIS/ISIL) in Raqqa.",
      "Scores of Isis fighters are besieged, and Daesh still has sleeper cells.",
    );
    expect(e.organizations.map((o) => [o.name, surfaces(o)])).toEqual([
      ["Islamic State", ["Islamic State", "IS", "ISIS", "ISIL", "Isis", "Daesh"]],
    ]);
    expect(find("IS THIS THE END OF THE ROAD FOR THE US DOLLAR").organizations).toEqual([]);
  });

  it("tells an organisation from a person by what it does", () => {
    const e = find("Yukos claims its downfall was punishment. Shares in Rosneft fell.");
    expect(names(e.organizations)).toEqual(["Yukos", "Rosneft"]);
    expect(e.people).toEqual([]);
  });
});

describe("the all-caps country and the pronoun", () => {
  it("reads US as the country and us as a word", () => {
    const e = find("Let us be clear: the US will not withdraw, and the U.S. military agrees.");
    expect(e.places.map((p) => [p.name, surfaces(p)])).toEqual([["United States", ["US", "U.S."]]]);
  });
});

describe("placeCoordinates", () => {
  it("locates gazetteer cities by any spelling, and nothing else", () => {
    const [lon, lat] = placeCoordinates("Raqqa")!;
    expect(lon).toBeCloseTo(39.0, 0);
    expect(lat).toBeCloseTo(35.95, 0);
    expect(placeCoordinates("Al-Mayadin")).toEqual(placeCoordinates("Mayadeen"));
    expect(placeCoordinates("Geneva")![1]).toBeCloseTo(46.2, 0);
    expect(placeCoordinates("Nowhereville")).toBeUndefined();
  });
});

describe("a titled surname", () => {
  it("does not join a namesake of the other gender", () => {
    const set = findEntities({
      headline: "Obama rallies voters",
      paragraphs: [
        "The campaign will employ the first lady, Michelle Obama, in Florida.",
        "Mr. Obama said on Saturday that the election was about his legacy.",
      ],
    });
    const michelle = set.people.find((p) => p.name === "Michelle Obama")!;
    expect(michelle.mentions.map((m) => m.paragraph)).not.toContain(1);
    expect(set.people.some((p) => p.name === "Obama" && p.mentions.some((m) => m.paragraph === 1))).toBe(true);
  });
});

describe("\"and\" inside a name", () => {
  it("joins an organisation whose name goes on to its head word, never two people", () => {
    const orgs = (p: string) => findEntities({ headline: "", paragraphs: [p] }).organizations.map((e) => e.name);
    const people = (p: string) => findEntities({ headline: "", paragraphs: [p] }).people.map((e) => e.name);
    expect(orgs("The Securities and Exchange Commission said it would act.")).toEqual(["Securities and Exchange Commission"]);
    expect(orgs("The Department of Health and Human Services said so.")).toEqual(["Department of Health and Human Services"]);
    expect(people("Hillary Clinton and Bill Clinton spoke on Monday.")).toEqual(["Hillary Clinton", "Bill Clinton"]);
  });
});

describe("\"and\" between two names", () => {
  it("takes a table name that is also a common word, opening a sentence, as the name only when the article uses it mid-sentence too", () => {
    const orgs = (...paragraphs: string[]) => findEntities({ headline: "", paragraphs }).organizations.map((e) => [e.name, e.mentions.length]);
    expect(orgs("Labour costs rose by 4% last year.")).toEqual([]);
    expect(orgs("Labour said the plan was flawed.", "The minister blamed Labour for the delay.")).toEqual([["Labour Party", 2]]);
    expect(orgs("Democrats claim the plan has not done enough.")).toEqual([["Democratic Party", 1]]); // not one of the commonest words
  });

  it("keeps two organisations apart", () => {
    const orgs = (p: string) => findEntities({ headline: "", paragraphs: [p] }).organizations.map((e) => e.name);
    expect(orgs("UPS and Deutsche Post are rivals.")).toEqual(["UPS", "Deutsche Post"]);
    expect(orgs("The Conservatives and Liberal Democrats said no.")).toEqual(["Conservative Party", "Liberal Democrats"]);
    expect(orgs("The Electoral Commission and National Union of Students disagreed.")).toEqual(["Electoral Commission", "National Union of Students"]);
    expect(orgs("The Department of Justice and the SEC opened inquiries.")).toEqual(["Department of Justice", "SEC"]);
    expect(orgs("Fans of Arsenal and Manchester United queued.")).toEqual(["Manchester United"]);
    expect(orgs("Republican leaders in the House and Senate agreed.")).toEqual(["Senate"]); // the alias table's; never "House and Senate"
    expect(orgs("The House of Flying Daggers and UK box office figures.")).toEqual(["House of Flying Daggers"]);
  });

  it("still joins the lists inside one name", () => {
    const orgs = (p: string) => findEntities({ headline: "", paragraphs: [p] }).organizations.map((e) => e.name);
    expect(orgs("The Department for Culture Media and Sport said so.")).toEqual(["Department for Culture Media and Sport"]);
    expect(orgs("The Transport and General Workers' Union backed it.")).toEqual(["Transport and General Workers' Union"]);
    expect(orgs("The Police Federation of England and Wales objected.")).toEqual(["Police Federation of England and Wales"]);
    expect(orgs("He joined the University of Chicago and Professor Knittel agreed.")).toEqual(["University of Chicago"]);
  });
});

describe("\"&\" inside a name", () => {
  const find1 = (p: string) => findEntities({ headline: "", paragraphs: [p] });
  it("makes one firm of the names it joins, whose initials are its acronym", () => {
    expect(names(find1("Shares in Marks & Spencer and Procter & Gamble rose, said analysts at Ernst & Young.").organizations))
      .toEqual(["Marks & Spencer", "Procter & Gamble", "Ernst & Young"]);
    expect(names(find1("The rating agency Standard & Poor's cut its outlook for Tiffany & Co on Monday.").organizations))
      .toEqual(["Standard & Poor", "Tiffany & Co"]);
    // "Co." closes the firm, and here the sentence.
    const fund = find1("He went to the hedge fund Shaw & Co. Obama adviser David Plouffe left.");
    expect(names(fund.organizations)).toEqual(["Shaw & Co."]);
    expect(names(fund.people)).toEqual(["David Plouffe"]);
    const fao = byName(find1("The Food & Agriculture Organisation (FAO) warned of locusts.").organizations, "Food & Agriculture Organisation");
    expect(surfaces(fao)).toEqual(["Food & Agriculture Organisation", "FAO"]);
  });

  it("keeps two people, two countries and two plain words apart", () => {
    const e = find1("Matt Lucas & David Walliams met fans from Serbia & Montenegro before Body & Soul aired.");
    expect(names(e.people)).toEqual(["Matt Lucas", "David Walliams"]);
    expect(names(e.places)).toEqual(["Serbia", "Montenegro"]);
    expect(names(e.organizations)).toEqual([]);
  });
});

describe("stations, channels and groups of nations", () => {
  it("names a station or a channel with its number, and a group of nations by its letter and number", () => {
    const e = find(
      "Speaking on BBC Radio 4, he said the G8 would act.",
      "Channel 4 and Radio Five Live covered the G20 talks in the Channel Islands.",
      "He told Radio 2 Today that it was over.",
    );
    expect(names(e.organizations)).toEqual(["BBC Radio 4", "G8", "Channel 4", "Radio Five Live", "G20", "Radio 2"]);
    expect(names(e.places)).toEqual(["Channel Islands"]);
  });

  it("ends the station at its number or before a title, so the person after it is named", () => {
    const e = find("BBC Radio 1 DJ Trevor Nelson and Virgin Radio DJ Pete Mitchell chose the winners.");
    expect(names(e.people)).toEqual(["Trevor Nelson", "Pete Mitchell"]);
    expect(names(e.organizations)).toEqual(["BBC Radio 1", "Virgin Radio"]);
  });

  it("reads an airline's \"Air\" only where it leads the name", () => {
    const e = find("Inspectors will look at two carriers - US Airways and Delta Air Lines' Comair subsidiary - after the chaos.");
    expect(names(e.organizations)).not.toContain("Delta Air Lines' Comair");
  });
});

describe("acronyms of technologies and shouted words, and capitals around \"&\"", () => {
  it("takes no technology, honour or shouted common word for a body", () => {
    const e = find(
      "Phones with GPRS and ADSL lines, VHS tapes and RFID tags were shown; he was made an OBE.",
      "It WAS over. Did they have ANY idea?",
    );
    expect(names(e.organizations)).toEqual([]);
  });

  it("reads AT&T and P&O as firms, and M&S as the short name of Marks & Spencer", () => {
    const e = find("The giant AT&T was sold and P&O ferries sailed.", "Shares in Marks & Spencer rose, and M&S said sales grew.");
    expect(names(e.organizations)).toEqual(["AT&T", "P&O", "Marks & Spencer"]);
    expect(surfaces(byName(e.organizations, "Marks & Spencer"))).toEqual(["Marks & Spencer", "M&S"]);
  });
});

describe("a first name alone", () => {
  it("reads a first name that is no word, before \"who\", as a person; not a word or a club", () => {
    const e = find(
      "Jane, who runs the website, compiles a chronicle of heart-rending stories.",
      "The singer Paul Rodgers left Free, who split in 1973, and Chelsea, who are top of the league, won again.",
    );
    expect(names(e.people)).toEqual(["Jane", "Paul Rodgers"]);
  });
});

describe("a surname that is a people's name", () => {
  it("reads a given name that is no word before a people's name as a full name, but not a place before a party", () => {
    const e = find("Human rights lawyer Louise Christian said the move was wrong, and conservative writer David French agreed.", "The Florida Republican and the Orlando Democrat disagreed.");
    expect(names(e.people)).toEqual(["Louise Christian", "David French"]);
  });
});

describe("a newspaper's head after a hyphen", () => {
  it("reads a name whose last word ends in an organisation's head after a hyphen as an organisation", () => {
    const e = find("Marchers paused for a moment of silence, the Chicago Sun-Times said.", "Lemkin told the San Diego Union-Tribune in 1949 that it happened again.");
    expect(names(e.organizations)).toEqual(["Chicago Sun-Times", "San Diego Union-Tribune"]);
    expect(names(e.people)).toEqual(["Lemkin"]);
  });
});

describe("a person named like an organisation", () => {
  it("reads a full name the article also gives an organisation as that organisation, named as the organisation", () => {
    const exchange = find(
      "Deutsche Boerse, the German stock exchange that is trying to buy its London rival, is to raise its dividend.",
      "Deutsche Boerse also said profit in the three months to 31 December was up. Frankfurt-based Deutsche Boerse has offered £1.3bn for the London Stock Exchange.",
    );
    expect(exchange.people).toEqual([]);
    expect(names(exchange.organizations)).toEqual(["Deutsche Boerse", "London Stock Exchange"]);
    const carMaker = find(
      "British car maker Aston Martin has gone head-to-head with Porsche's 911 sports cars.",
      "It is cheaper than existing Aston models, said Aston's chief executive Ulrich Bez. Aston - whose cars were famously used by James Bond - will unveil it. This in turn would make Aston Martin \"globally visible, but still very, very exclusive\".",
    );
    expect(names(carMaker.people)).toEqual(["Ulrich Bez", "James Bond"]);
    expect(names(carMaker.organizations)).toEqual(["Aston Martin"]);
  });
});

describe("names that open sentences", () => {
  it("reads a pair of capitalised words that opens sentences more than once as one name, not a title and a name", () => {
    const band = find(
      "Snow Patrol were the big winners in Ireland's top music honours.",
      "Snow Patrol will support U2 on their European tour later this year.",
    );
    expect(names(band.organizations)).toEqual(["Snow Patrol", "U2"]);
    const knight = find("Sir Elton John has performed in Paris.", "Sir Elton played hits from his vast back catalogue.", "Sir Elton has also teamed up with Phil Collins.");
    expect(names(knight.people)).toEqual(["Elton John", "Phil Collins"]);
    expect(surfaces(byName(knight.people, "Elton John"))).toEqual(["Elton John", "Elton"]);
  });

  it("still drops the first word of a pair that opens one sentence only, or whose second word is a people's", () => {
    expect(names(find("Young Labour members backed the plan.").organizations)).toEqual(["Labour Party"]);
    const coach = find("Legendary Dutch coach Rinus Michels has died.", "Legendary Dutch players paid tribute to him.");
    expect(names(coach.people)).toEqual(["Rinus Michels"]);
    expect(coach.organizations).toEqual([]);
  });
});

describe("well-known organisations", () => {
  it("names a well-known firm, body or band with no cue in the text, even one named like a town", () => {
    const e = find(
      "Toshiba announced the players, and Nokia and Sony followed.",
      "Goldman Sachs said the Bee Gees sold well.",
    );
    expect(names(e.organizations)).toEqual(["Toshiba", "Nokia", "Sony", "Goldman Sachs", "Bee Gees"]);
    expect(e.people).toEqual([]);
    expect(e.places).toEqual([]);
  });

  it("names the world's biggest companies, by their full names and by the first words news shortens them to", () => {
    const e = find(
      "Morgan Stanley and Deutsche Telekom agreed terms, and Lukoil, Sberbank and Swiss Re followed.",
      "Hyundai Motor and Airbus said Nissan Motor and Tyson Foods would not.",
    );
    expect(names(e.organizations)).toEqual(["Morgan Stanley", "Deutsche Telekom", "Lukoil", "Sberbank", "Swiss Re", "Hyundai Motor", "Airbus", "Nissan Motor", "Tyson Foods"]);
    expect(e.people).toEqual([]);
  });

  it("keeps a company's short name a place, a people or an adjective where it is one", () => {
    const e = find(
      "The ice of Greenland is melting, and Zurich hosted the talks.",
      "MPs debated Anglo-American relations on Wednesday.",
    );
    expect(names(e.places)).toEqual(["Greenland", "Zurich"]);
    expect(e.organizations).toEqual([]);
  });

  it("does not shorten a company's name to four letters or fewer: \"the Dow\" is an index, \"Amer- ica\" a word broken at a line end", () => {
    const e = find("The Dow fell 120 points as investors sold.", "It had confirmed my faith in Amer- ica.");
    expect(e.organizations).toEqual([]);
  });

  it("reads what staff are \"at\" and what has done something to \"its\" own as a firm", () => {
    const e = find("Mike McGuire, a research director at analyst Gartner, spoke.", "Earlier, Webroot has expanded its range.");
    expect(names(e.organizations)).toEqual(["Gartner", "Webroot"]);
    expect(names(e.people)).toEqual(["Mike McGuire"]);
    const president = find("Candidates lashed out at President Obama and his would-be successor.", "The debate came after Obama delivered his speech.");
    expect(names(president.people)).toEqual(["Obama"]);
    expect(president.places).toEqual([]);
  });

  it("reads \"Transport\" as the head of a body's name with \"for\"", () => {
    const e = find("Officials at Transport for London said it was wrong.");
    expect(names(e.organizations)).toEqual(["Transport for London"]);
    expect(e.places).toEqual([]);
  });

  it("reads a magazine and a band named as such, even a plural word", () => {
    const e = find("It topped a list in the magazine Rolling Stone.", "He recorded it with the band Wings.");
    expect(names(e.organizations)).toEqual(["Rolling Stone", "Wings"]);
  });

  it("reads a producer, a broadcaster or a film-maker with a first name as a person, a prison as a place and an age group as a side", () => {
    const e = find("Organisers turned to producer Don Mischer, and the oil producer Yukos paid.", "Detainees in Woodhill Prison wrote, and the England Under-21 side won.");
    expect(names(e.people)).toEqual(["Don Mischer"]);
    expect(names(e.organizations)).toEqual(["Yukos", "England Under-21"]);
    expect(names(e.places)).toEqual(["Woodhill Prison"]);
    const broadcasters = find("Veteran comedian and broadcaster Cyril Fletcher has died, said his friend and fellow broadcaster Michael Pointon.", "The broadcaster Channel TV paid tribute.");
    expect(names(broadcasters.people)).toEqual(["Cyril Fletcher", "Michael Pointon"]);
    expect(names(broadcasters.organizations)).toEqual(["Channel TV"]);
    const makers = find(
      "It will be directed by film-maker Gary Winick, and documentary maker Michael Cockerell filmed it.",
      "Leading British games maker Peter Molyneux was made an OBE. The sports car maker Aston Martin agreed.",
    );
    expect(names(makers.people)).toEqual(["Gary Winick", "Michael Cockerell", "Peter Molyneux"]);
    expect(names(makers.organizations)).toEqual(["Aston Martin"]);
  });

  it("reads brands with a lower-case head, and what has a founder, as firms", () => {
    const e = find("Shares in eBay rose, and a venture from Easyjet's founder followed.", "Argonaut founder Jez San agreed.");
    expect(names(e.organizations)).toEqual(["eBay", "Easyjet", "Argonaut"]);
    expect(names(e.people)).toEqual(["Jez San"]);
  });

  it("reads a well-known name written with digits as the body it names", () => {
    const e = find("Fans of U2 queued as VH1 filmed, and the MP3 player sold.");
    expect(names(e.organizations)).toEqual(["U2", "VH1"]);
  });

  it("knows a well-known name written in two words as the one written as one, and merges the spellings", () => {
    const e = find("JP Morgan bought Bank One. Wal-Mart and Fed-Ex agreed.", "JPMorgan said it would pay, and the U-2 flew on.");
    expect(names(e.organizations)).toEqual(["JP Morgan", "Wal-Mart", "Fed-Ex"]);
    expect(surfaces(byName(e.organizations, "JP Morgan"))).toEqual(["JP Morgan", "JPMorgan"]);
    expect(e.people).toEqual([]);
  });

  it("takes no name a well-known firm's name leads for a person", () => {
    const e = find("Cadbury Schweppes and Bayer Leverkusen agreed, said Jean Bayer.");
    expect(names(e.organizations)).toEqual(["Cadbury Schweppes", "Bayer Leverkusen"]);
    expect(names(e.people)).toEqual(["Jean Bayer"]);
  });

  it("keeps the person the article names so, and leaves a name that is also a word to the text", () => {
    const e = find("Michael Dell said Dell would grow.", "Visa processing staff are expected to decide quickly.");
    expect(names(e.people)).toEqual(["Michael Dell"]);
    expect(surfaces(byName(e.people, "Michael Dell"))).toEqual(["Michael Dell", "Dell"]);
    expect(e.organizations).toEqual([]);
  });
});

describe("events, plural acronyms and companies named like towns", () => {
  it("takes no event for a person, and keeps the place or organiser named in it", () => {
    const e = find(
      "Andy Roddick said the Davis Cup tie would be hard, days before the Athens Olympics opened.",
      "The FIFA World Cup draw and the Berlin Film Festival were both on Sunday.",
    );
    expect(names(e.people)).toEqual(["Andy Roddick"]);
    expect(names(e.places)).toEqual(["Athens", "Berlin"]);
    expect(names(e.organizations)).toEqual(["FIFA"]);
  });

  it("names the person a show is named after, but not a sponsor before a place", () => {
    const e = find("On The Steve Harvey Morning Show on Tuesday she spoke, before the Flora London Marathon.");
    expect(names(e.people)).toEqual(["Steve Harvey"]);
    expect(names(e.places)).toEqual(["London"]);
  });

  it("keeps a known place at a sentence start whole", () => {
    const e = find("New Jersey Gov. Chris Christie said so. New York Times reporters agreed.");
    expect(names(e.places)).toEqual(["New Jersey"]);
    expect(names(e.people)).toEqual(["Chris Christie"]);
    expect(names(e.organizations)).toEqual(["New York Times"]);
  });

  it("takes a show, a fair or a conference for no one, even after a title's word", () => {
    const e = find(
      "At the Geneva Motor Show and the London Book Fair, the Catherine Tate Show was talked of.",
      "The chip will be shown at the International Solid State Circuits Conference.",
    );
    expect(names(e.people)).toEqual(["Catherine Tate"]); // the show is named after her; no show is anyone
    expect(names(e.places)).toEqual(["Geneva", "London"]);
  });

  it("takes a work's title for no one wherever the article names it, but keeps its star", () => {
    const e = find(
      "Vera Drake won three prizes on Sunday.",
      "Imelda Staunton, who plays the title role in the film Vera Drake, said she was thrilled.",
      "Drake is a backstreet abortionist in 1950s London.",
    );
    expect(names(e.people)).toEqual(["Imelda Staunton"]);
  });

  it("takes no plural acronym for a person", () => {
    const e = find("MPs said the bill was rushed, and GPs warned that MEPs had not read it.");
    expect(e.people).toEqual([]);
  });

  it("reads a town's name as the company when the article says it is one", () => {
    const e = find(
      "Nokia said it would cut 2,000 jobs.",
      "Shares in Nokia fell 3% in Helsinki, and Nokia's profits were down for a second quarter.",
    );
    expect(names(e.organizations)).toEqual(["Nokia"]);
    expect(names(e.places)).toEqual(["Helsinki"]);
  });

  it("keeps a city whose shares or stock market are meant as the city", () => {
    const e = find("Tokyo shares rose 2%, and the Tokyo stock market closed higher.");
    expect(names(e.places)).toEqual(["Tokyo"]);
    expect(e.organizations).toEqual([]);
  });

  it("reads research firms and abbreviated clubs as organisations", () => {
    const e = find("Jupiter Research said sales of Man Utd shirts were up.");
    expect(names(e.organizations)).toEqual(["Jupiter Research", "Man Utd"]);
    expect(e.people).toEqual([]);
  });
});

describe("a title decides over the words around it", () => {
  it("reads a titled name as a person even where \"said it\" would mark a business, but not over a business's own things", () => {
    const e = find("Prime Minister Tony Blair said it was \"only the start of the journey\". Liberal Democrat David Laws said it was a \"very serious\" matter.");
    expect(names(e.people)).toEqual(["Tony Blair", "David Laws"]);
    expect(e.organizations).toEqual([]);
    const business = find("Royal Ahold said its sales fell 3%. Morgan Stanley Dean Witter said it would appeal, and Jose Luis Rodriguez Zapatero said it was good. Gordon Brown said it was fine.");
    expect(names(business.organizations)).toEqual(["Royal Ahold", "Morgan Stanley Dean Witter"]);
    expect(names(business.people)).toEqual(["Jose Luis Rodriguez Zapatero", "Gordon Brown"]);
  });

  it("reads the one name after a title and \"of\" or \"for\" as its office's body or seat, not a person", () => {
    const e = find("Ken Kutaragi, Chief Operating Officer of Sony, shared an office with the MP for Sedgefield, Tony Blair, and Secretary of State John Kerry.");
    expect(names(e.people)).toEqual(["Ken Kutaragi", "Tony Blair", "John Kerry"]);
    expect(names(e.organizations)).toEqual(["Sony"]);
    const senator = find(
      "Senator Joe Donnelly, Democrat of Indiana, and Senator Marco Rubio, Republican of Florida, said no.",
      "Senator Shelley Moore Capito, Republican of West Virginia, and Representative Peter King, Republican of New York, agreed.",
    );
    expect(names(senator.people)).toEqual(["Joe Donnelly", "Marco Rubio", "Shelley Moore Capito", "Peter King"]);
    expect(names(senator.places)).toEqual(["Indiana", "Florida", "West Virginia", "New York"]);
  });

  it("reads a name with \"of\" inside after a title and \"of\" as the body, not its last word as a person", () => {
    const e = find("\"But,\" said David Frost, Director General of the British Chambers of Commerce (BCC).");
    expect(names(e.people)).toEqual(["David Frost"]);
    expect(names(e.organizations)).toEqual(["Chambers of Commerce"]);
    expect(surfaces(e.organizations[0])).toEqual(["Chambers of Commerce", "BCC"]);
  });

  it("reads a word made of words before a known surname at a sentence's start as what the person is, not a first name", () => {
    const e = find(
      "Robbie Keane scored the winner. Matchwinner Keane was another full of praise for Damien Duff.",
      "Moazzam Begg was released on Tuesday. Azmat Begg welcomed his son's release.",
    );
    expect(names(e.people)).toEqual(["Robbie Keane", "Damien Duff", "Moazzam Begg", "Azmat Begg"]);
    expect(surfaces(e.people[0])).toEqual(["Robbie Keane", "Keane"]);
  });

  it("takes the word or plural after Mr for a surname", () => {
    const e = find(
      "Although details were scant, Mr Gates, said IE7 would include new protections against spyware.",
      "Mr Jobs also unveiled the iPod shuffle, a new music player. Mr Jobs said it was the most important Mac.",
      "Mister Brown said so.",
    );
    expect(names(e.people)).toEqual(["Gates", "Jobs", "Brown"]);
    expect(e.organizations).toEqual([]);
  });

  it("takes the word or plural after a peer's title for a surname, at a sentence's start too", () => {
    const e = find(
      "The government refused to back the bill. Lord Dubs agreed to withdraw his bill after its second reading.",
      "Labour peer Lord Young said he would vote against it. Last year, The Lord Of the Rings won the award.",
    );
    expect(names(e.people)).toEqual(["Dubs", "Young"]);
  });

  it("keeps a place after a title and \"of\" or \"for\" a place", () => {
    const e = find(
      "Tory leader Michael Howard's only fresh entry is a Christmas hamper from the Sultan of Brunei.",
      "Conservative policy co-ordinator David Cameron, MP for Witney, added: \"If it wasn't so serious it would be funny.\"",
      "Mr President, this is a very bad thing.",
    );
    expect(names(e.people)).toEqual(["Michael Howard", "David Cameron"]);
    expect(names(e.places)).toEqual(["Brunei", "Witney"]);
  });

  it("reads a common first name spelt like a group's adjective as a first name", () => {
    const e = find("Olympic champion Christian Olsson will not be taking part. Christian Aid said the Christian Democrats had not replied.");
    expect(names(e.people)).toEqual(["Christian Olsson"]);
    expect(names(e.organizations)).toContain("Christian Democrats");
  });
});

describe("companies known by what is said of them", () => {
  it("reads a word whose shares move by a percentage, or that speaks of \"its\" profits, as a company; a city's market stays a city", () => {
    const e = find(
      "France's Peugeot warned that its profits may decline this year as a result of higher raw material costs.",
      "In Europe, Arcelor shed 2.1% to 17.58 euros in Paris, with ThyssenKrupp dropping 1.7% to 16.87 euros. In London, Corus fell 2.2% to 55.57 pence.",
      "Tokyo fell 1.2% and Frankfurt rose 0.5%.",
    );
    expect(names(e.organizations)).toEqual(["Peugeot", "Arcelor", "ThyssenKrupp", "Corus"]);
    const people = find("Blunkett said that its findings were flawed. Yanukovych gained 44% of the vote. He worked with producers such as Timbaland.");
    expect(people.organizations).toEqual([]);
    expect(names(e.places)).toEqual(["France", "Europe", "Paris", "London", "Tokyo", "Frankfurt"]);
    expect(e.people).toEqual([]);
  });

  it("reads a state monopoly, and a word that does something of \"its\" own, as a company", () => {
    const e = find(
      "A consortium was behind a bid for the unit by state gas monopoly Gazprom.",
      "There is interest in podcasting from the corporate world. Heineken is doing its own podcast now.",
    );
    expect(names(e.organizations)).toEqual(["Gazprom", "Heineken"]);
    expect(e.people).toEqual([]);
  });

  it("takes a place's name before a plural for no person", () => {
    const e = find("Texas Instruments said the chip would appear by the end of the year. Chicago Cubs fans, Sydney Chambers and Leander Paes cheered.");
    expect(names(e.people)).toEqual(["Sydney Chambers", "Leander Paes"]);
  });

  it("reads a town's name before a club's role as the club, not before \"fans\"", () => {
    const e = find(
      "Chelsea boss Jose Mourinho says his side can beat Barcelona. Barcelona coach Frank Rijkaard disagreed.",
      "Elvis fans gathered in Memphis, and Liverpool is a city. Radcliffe's coach Gary Lough said nothing.",
    );
    expect(names(e.organizations)).toEqual(["Chelsea", "Barcelona"]);
    expect(names(e.people)).toEqual(["Jose Mourinho", "Frank Rijkaard", "Gary Lough"]);
    expect(names(e.places)).toEqual(["Memphis", "Liverpool"]);
    const city = find("Liverpool boss Rafael Benitez was pleased. Thousands gathered in Liverpool city centre.");
    expect(names(city.organizations)).toEqual(["Liverpool"]);
    expect(names(city.places)).toEqual(["Liverpool"]);
  });

  it("reads a business named as one of a kind of business as a company", () => {
    const e = find("Moving into a market dominated by low margin manufacturers like Dell is a bold move, and carmakers such as Renault agree.");
    expect(names(e.organizations)).toEqual(["Dell", "Renault"]);
  });

  it("reads an unknown word listed beside an organisation as one, through the whole list", () => {
    const e = find(
      "The Cell processor, which will drive Sony's PlayStation 3, will run 10-times faster than current PC chips.",
      "Sony, IBM and Toshiba, who have been working on the Cell processor for three years, unveiled the chip on Monday.",
    );
    expect(names(e.organizations)).toEqual(["Sony", "IBM", "Toshiba"]);
    expect(names(find("Toshiba, IBM, and Sony unveiled the chip.").organizations)).toEqual(["Toshiba", "IBM", "Sony"]);
  });

  it("reads a comma as a list only in a list that goes on to \"and\" or \"or\"", () => {
    const e = find("Speaking on ITV, Mandelson defended the plan. In an interview with the BBC, Kilroy-Silk attacked the party.");
    expect(names(e.organizations)).toEqual(["ITV", "BBC"]);
  });

  it("leaves first names, words and contractions listed beside an organisation alone", () => {
    const e = find("Staff at IBM and Daniel met the BBC, Arsenal and Chelsea on Monday.", "The BBC and I'm not sure who else were there.");
    expect(names(e.organizations)).toEqual(["IBM", "BBC"]);
  });

  it("leaves a people's plural listed beside an organisation alone", () => {
    const e = find(
      "Scandinavians and Koreans, two of the most adventurous groups of mobile users, are betting on mobile TV.",
      "The Japanese, Koreans and Ericsson of Sweden are backing DMB.",
    );
    expect(names(e.organizations)).toEqual(["Ericsson", "DMB"]);
  });
});

describe("team sheets", () => {
  it("reads initial-and-surname list items as people, merged into the full name the article gives", () => {
    const e = find(
      "Damien Traille and captain Fabien Pelous start for France.",
      "J Laharrague; A Rougerie, Y Jauzion, D Traille, C Dominici; F Pelous (capt), J Thion; S Betsen, J Bonnaire (Bourgoin).",
    );
    expect(names(e.people)).toEqual([
      "Damien Traille", "Fabien Pelous", "J Laharrague", "A Rougerie", "Y Jauzion", "C Dominici", "J Thion", "S Betsen", "J Bonnaire",
    ]);
    expect(surfaces(byName(e.people, "Damien Traille"))).toEqual(["Damien Traille", "D Traille"]);
    expect(names(e.places)).toEqual(["France"]);
  });

  it("names the person by the spelt-out name, however often the sheet writes the initial", () => {
    const e = find("Kelly Holmes has been chosen for both the 800m and 1500m.", "K Holmes (Ealing, Southall and Middlesex AC).", "H Clitheroe (Preston Harriers), K Holmes (Ealing).");
    expect(byName(e.people, "Kelly Holmes")?.mentions).toHaveLength(3);
  });

  it("reads no initial outside a list as a name", () => {
    const e = find(
      "A Clinton aide said the plan was fine. I Think So was the album's title.",
      "A Londoner, he moved to Paris in 1990.",
      "G Thomas (capt); K Morgan, T Shanklin. A Clinton aide watched.",
    );
    expect(e.people.some((p) => p.name.startsWith("A ") || p.name.startsWith("I "))).toBe(false);
  });
});

describe("organisations named after an acronym, and initials", () => {
  it("reads an acronym and the name after it as one organisation", () => {
    const e = find(
      "Analysts now expect other iron ore producers, such as Australia's BHP Billiton, to seek annual price rises of up to 70%.",
      "\"Obviously with a lot of loss of life, a lot of time is needed to clean up the mess,\" said ABN Amro's Eddie Wong.",
      "Earlier in January, NTT DoCoMo and Vodafone joined forces to develop the next generation of high-speed networks.",
    );
    expect(names(e.organizations)).toEqual(["BHP Billiton", "ABN Amro", "NTT DoCoMo", "Vodafone"]);
    expect(names(e.people)).toEqual(["Eddie Wong"]);
  });

  it("reads the BBC's channels as organisations of their own, as the alias table says it names them", () => {
    const e = find("Ms James told BBC Radio Wales: \"It's quite dangerous when you involve politicians.\"", "The show will be screened on BBC One.");
    expect(names(e.organizations)).toEqual(["BBC Radio Wales", "BBC One"]);
    expect(e.places).toEqual([]);
  });

  it("keeps an acronym the table knows apart from what it qualifies, and an acronym before a role", () => {
    const e = find(
      "The EU and US have agreed to begin talks, EU Trade Commissioner Peter Mandelson has announced.",
      "SNP Holyrood leader Nicola Sturgeon said the public needed reassurance.",
    );
    expect(names(e.organizations)).toEqual(["European Union", "Scottish National Party"]);
    expect(names(e.people)).toEqual(["Peter Mandelson", "Nicola Sturgeon"]);
  });

  it("reads two letters before a surname as initials, and three when the article names the surname alone", () => {
    const e = find(
      "Harry Potter author JK Rowling will receive a special award.",
      "The rights to JRR Tolkien's book are split between two major film studios.",
      "The Tolkien books and films are hugely popular in Canada.",
    );
    expect(names(e.people)).toContain("JK Rowling");
    expect(names(e.people)).toContain("JRR Tolkien");
    expect(e.organizations).toEqual([]);
  });

  it("reads no initials where the article uses the letters alone, as a firm's", () => {
    const e = find(
      "He said BT Openzone, as well as others, have sophisticated encryption from the start of the login process.",
      "\"BT advises that customers should change all default settings,\" said Mr Clark.",
    );
    expect(names(e.people)).toEqual(["Clark"]);
    expect(names(e.organizations)).toContain("BT");
  });
});

describe("organisations known by what is said of them, continued", () => {
  it("reads a place and a plural as a company or a club, not an event or a place", () => {
    const e = find(
      "The specially-designed chip, developed by Texas Instruments, could drive down the cost of making mobiles.",
      "Leeds Tykes flanker Jon Dunbar also trained with the squad.",
      "England play in the opening IRB Sevens tournament, the Dubai Sevens, which start on Thursday.",
      "Germany pledged to expand its presence in the Baltic States.",
    );
    expect(names(e.organizations)).toEqual(["Texas Instruments", "Leeds Tykes", "IRB"]);
    expect(names(e.places)).toEqual(expect.arrayContaining(["Dubai", "England", "Germany"]));
    expect(names(e.places)).not.toContain("Baltic States");
  });

  it("reads what a speaker told \"the\" paper as the paper, not a programme or a trial", () => {
    const e = find(
      "She told the Hollywood Reporter that it was over.",
      "They are in it to fill their boots,\" Mr Pound told the Today programme.",
      "He told the Michael Jackson trial he had seen nothing.",
    );
    expect(names(e.organizations)).toEqual(["Hollywood Reporter"]);
  });

  it("reads a state-owned or acquired business as a company", () => {
    const e = find("State-owned Rosneft bought the unit for $9.3bn.", "The unit was later acquired by Gazprom, which agreed.");
    expect(names(e.organizations)).toEqual(["Rosneft", "Gazprom"]);
    expect(e.people).toEqual([]);
  });

  it("takes no award or prize for a person", () => {
    const e = find("McEwan and Margaret Atwood are the only nominees to have previously won the main Booker Prize.");
    expect(names(e.people)).toEqual(["Margaret Atwood"]);
  });
});

describe("bands, clubs and a firm's arms, and names a role or a title gives", () => {
  it("takes a name that opens its clause before a plural verb for a band or a club, not a place a clause only mentions", () => {
    const e = find(
      "Chelsea have yet to officially confirm or deny the meeting.",
      "Snow Patrol were the big winners in Ireland's top music honours.",
      "The night belonged to Snow Patrol.",
      "His home and a lock-up in Cambridge were found to contain 18,000 pirated discs.",
      "Home-school families, which in a caucus state like Iowa are important in turning out the vote.",
    );
    expect(names(e.organizations)).toEqual(["Chelsea", "Snow Patrol"]);
    expect(names(e.places)).toEqual(expect.arrayContaining(["Cambridge", "Iowa"]));
  });

  it("reads a firm's arm on a continent as the firm's, and a compass word and a continent as a place", () => {
    const e = find(
      "\"We believe it will appeal to all ages,\" said David Yarnton, Nintendo Europe's general manager.",
      "Market leader Nintendo, however, is releasing a handheld console.",
      "Spanish carrier Air Europe has the option to buy two more.",
      "Investment in Eastern Europe rose.",
    );
    expect(names(e.people)).toEqual(["David Yarnton"]);
    expect(names(e.organizations)).toEqual(["Nintendo Europe", "Nintendo", "Air Europe"]);
    expect(names(e.places)).toEqual(["Eastern Europe"]);
  });

  it("reads a point of the compass before a name that is no word as a place, never a man called West", () => {
    const e = find(
      "Inflation was unchanged in the West Midlands and West Yorkshire.",
      "But the Tory MP for Sleaford and North Hykeham admitted the role cannot be frozen.",
      "Kanye West released the record. The South Korean market grew.",
    );
    expect(names(e.people)).toEqual(["Kanye West"]);
    expect(names(e.places)).toEqual(["West Midlands", "West Yorkshire", "Sleaford", "North Hykeham"]);
  });

  it("keeps a known organisation's first word where a sentence or a bracket opens", () => {
    const e = find("Squad: Bellamy (Newcastle), Koumas (West Brom), Hartson (Celtic) and Giggs (Man Utd).");
    expect(names(e.organizations)).toContain("West Brom");
  });

  it("ends a name at a plural possessive and names what it owns apart, unless the whole is shaped like a firm", () => {
    const e = find(
      "Director Mike Nichols' Closer was the other film.",
      "The bill was presented by Sky Networks' Sophie Turner Laing.",
      "The panel included Reuters' Luciana Lopez.",
      "The British Bankers' Association said lending fell.",
    );
    expect(names(e.people)).toEqual(["Mike Nichols", "Sophie Turner Laing", "Luciana Lopez"]);
    expect(names(e.organizations)).toEqual(["Sky Networks", "Reuters", "British Bankers' Association"]);
  });

  it("takes the name after a role for a person's, even a name made of words, unless the role fits a thing too", () => {
    const e = find(
      "Fans were treated to performances from US rapper Snoop Dogg.",
      "Multiple Oscar nominee Million Dollar Baby completed the top five.",
      "Madrid midfielder Guti told private Spanish radio station Cadena Ser that he had never seen this before.",
    );
    expect(names(e.people)).toEqual(["Snoop Dogg", "Guti"]);
    expect(names(e.organizations)).toEqual(expect.arrayContaining(["Cadena Ser"]));
  });

  it("takes a common word after an office's title for a surname, but not after a title's complement", () => {
    const e = find(
      "The recession wiped out the surplus inherited by President Bush in 2001.",
      "Sri Mulyani Indrawati, State Minister for National Development Planning, agreed.",
      "Donald Trump praised Breitbart News' Washington Political Editor Matthew Boyle.",
    );
    expect(names(e.people)).toEqual(["Bush", "Sri Mulyani Indrawati", "Donald Trump", "Matthew Boyle"]);
  });

  it("reads a club's letters with its town as the club", () => {
    const e = find("Madrid were about to play FC Barcelona in a Champions League semi-final, and his Arsenal team-mate Robert Pires agreed.");
    expect(names(e.organizations)).toEqual(expect.arrayContaining(["FC Barcelona", "Arsenal"]));
    expect(names(e.places)).toEqual([]);
  });
});

describe("organisations named by what the sentence says of them", () => {
  it("reads a bare speech verb after one name as a noun, so no speaker: one person \"says\"", () => {
    const e = find(
      "By contrast a preliminary Ofcom report found that it would be quite straight-forward to deploy UWB.",
      "Ruth Kelly wants to ditch the Tomlinson report on exam structures.",
      "Heras said the attack had failed.",
    );
    expect(names(e.people)).toEqual(["Ruth Kelly", "Heras"]);
  });

  it("reads a town's name listed as one of a kind of business as the business", () => {
    const e = find("Experts heard pledges of support from companies such as Nokia, Intel, Philips, Alcatel and Telefonica.");
    expect(names(e.organizations)).toEqual(["Nokia", "Intel", "Philips", "Alcatel", "Telefonica"]);
    expect(names(e.places)).toEqual([]);
  });

  it("reads a business named after its kind and a comma, its owner, or the place it is based in", () => {
    const e = find(
      "The firm won the rights to a generic version of Prozac from its maker, Eli Lilly.",
      "Cambridge-based Ubisense has about 40 customers around the world.",
      "Federated is the owner of Macy's.",
      "\"Carson is cratering,\" Texas-based Matt Mackowiak said.",
    );
    expect(names(e.organizations)).toEqual(expect.arrayContaining(["Eli Lilly", "Ubisense", "Macy"]));
    expect(names(e.people)).toEqual(["Matt Mackowiak"]);
  });

  it("takes a band named like a man for a band wherever the article names it, once a member's role and name follow it", () => {
    const e = find(
      "Franz Ferdinand frontman Alex Kapranos has called for more government help for musicians.",
      "Though I really like Franz Ferdinand, I have to disagree with Mr Kapranos.",
      "Former Manfred Mann singer Paul Jones presents the show.",
      // A member known by one name.
      "The bookmakers have made former Happy Mondays dancer Bez favourite to win the show.",
    );
    expect(names(e.organizations)).toEqual(["Franz Ferdinand", "Manfred Mann", "Happy Mondays"]);
    expect(names(e.people)).toEqual(["Alex Kapranos", "Paul Jones"]);
  });

  it("reads a newspaper, a band, an airline and a laboratory by the word that follows or leads them", () => {
    const e = find(
      "The Mirror newspaper said on Tuesday it had been handed a sensitive document.",
      "It was blocked by Courtney Love, the widow of Nirvana frontman Kurt Cobain.",
      "Air China picked the London Stock Exchange for its secondary listing.",
      "Its partner is Forest Laboratories.",
    );
    expect(names(e.organizations)).toEqual(expect.arrayContaining(["Mirror", "Nirvana", "Air China", "London Stock Exchange", "Forest Laboratories"]));
    expect(names(e.people)).toEqual(["Courtney Love", "Kurt Cobain"]);
    expect(names(e.places)).toEqual([]);
  });

  it("names the person wherever the article uses a town's name it gives a role, unless the role is a verb", () => {
    const e = find(
      "Late R&B star Aaliyah's record company has failed in an attempt to sue.",
      "Aaliyah was a rising star in music and film.",
    );
    expect(names(e.people)).toEqual(["Aaliyah"]);
    expect(names(e.places)).toEqual([]);
    const giggs = find("Ryan Giggs will captain Wales as he wins his 50th cap.");
    expect(names(giggs.people)).toEqual(["Ryan Giggs"]);
  });

  it("takes a work named after its kind for no one, and what has a president or a ballet's name for a body", () => {
    const e = find(
      "Robin Williams, a five-time Globe winner for such films as The Fisher King, received the award.",
      "There are also versions of titles, such as the PC hit, and games like Colin McRae Rally.",
      "\"The advantages are obvious,\" said Jim Cardwell, president of Warner Home Video.",
      "Outstanding achievement in dance went to San Francisco Ballet.",
    );
    expect(names(e.people)).toEqual(["Robin Williams", "Jim Cardwell"]);
    expect(names(e.organizations)).toEqual(["Warner Home Video", "San Francisco Ballet"]);
  });

  it("reads where an economist works, what has a chief executive or officer, what a country funds and kinds of business right before names as bodies", () => {
    const e = find(
      "\"This outturn was well below expectations,\" said Simon Rubinsohn, chief economist at Gerrard.",
      "Jeff Bezos, chief executive of Amazon, said sales rose.",
      "Susan Decker, chief financial officer of Yahoo, said the results were strong.",
      "He gave interviews to the BBC Persian Service and the US-funded Radio Farda.",
      "Studios are taking out full page adverts in trade publications such as Variety.",
      "The Blu-Ray Association said that games giants Electronic Arts and Vivendi would both support it.",
      "Seasoned film-makers Roger Michell and Mike Leigh won nominations.",
    );
    expect(names(e.organizations)).toEqual(expect.arrayContaining(["Gerrard", "Amazon", "Yahoo", "Radio Farda", "Variety", "Electronic Arts", "Vivendi"]));
    expect(names(e.people)).toEqual(["Simon Rubinsohn", "Jeff Bezos", "Susan Decker", "Roger Michell", "Mike Leigh"]);
    // Single words the vote settles, as well as runs.
    const listed = find("Its members also include technology companies Dell, Samsung and Matsushita.");
    expect(names(listed.organizations)).toEqual(["Dell", "Samsung", "Matsushita"]);
  });

  it("reads a month after a common first name as a surname, not a day, a holiday or a month after a word", () => {
    const e = find(
      "Others targeted include Oliver Letwin and Theresa May.",
      "Merry Christmas to all. Early May the polls opened, and in Florida Friday the count began.",
    );
    expect(names(e.people)).toEqual(["Oliver Letwin", "Theresa May"]);
    expect(names(find("Labour MSP Christine May had said Mr McLetchie was clever.").people)).toEqual(["Christine May", "McLetchie"]);
  });

  it("reads the noun for one of a people before a name as no part of it", () => {
    const e = find(
      "Briton Tim Henman beat Swede Joachim Johansson, and Texan Michael Chicoine watched.",
      "John Dallas said the try stood, but the Kiwi said he was dragged back, as does in-form Scot Kathy Butler.",
    );
    expect(names(e.people)).toEqual(["Tim Henman", "Joachim Johansson", "Michael Chicoine", "John Dallas", "Kathy Butler"]);
  });
});

describe("a country or a town as a side", () => {
  it("reads a place with a coach, a fixture or a seeding as its team, and what a team does once a side is shown", () => {
    const e = find(
      "Italy coach John Kirwan has challenged his side to match the performance they produced in pushing Ireland close when they meet Wales on Saturday.",
      "Top seeds South Africa return to the scene of one of their most embarrassing failures.",
      "The second group will be hosted in Namibia in April.",
      "Namibia v Botswana",
    );
    expect(names(e.organizations)).toEqual(["Italy", "Wales", "South Africa", "Namibia", "Botswana"]);
    // "pushing Ireland close" says nothing; "hosted in Namibia" is the country.
    expect(names(e.places)).toEqual(["Ireland", "Namibia"]);
  });

  it("reads a result, a club and a player's position as showing a side, and names clubs by their letters and heads", () => {
    const club = find("He played for his club AS Roma within a day of the match at home to Cameroon.");
    expect(names(club.organizations)).toEqual(["AS Roma", "Cameroon"]);
    const results = find("After a slim win over Scotland and a defeat by Wales, a 3-1 win over Aston Villa and West Bromwich Albion's draw followed.");
    expect(names(results.organizations)).toEqual(["Scotland", "Wales", "Aston Villa", "West Bromwich Albion"]);
    expect(names(results.people)).toEqual([]);
  });

  it("reads a place the report shows as a side as that side wherever no preposition of place says otherwise", () => {
    const e = find("Plymouth v Everton", "Third-placed Everton visit Plymouth, while Liverpool travel to Burnley.", "Burnley v Liverpool", "Fans in Plymouth cheered.");
    expect(names(e.organizations)).toEqual(["Plymouth", "Everton", "Liverpool", "Burnley"]);
    expect(surfaces(byName(e.organizations, "Plymouth"))).toEqual(["Plymouth"]);
    expect(byName(e.organizations, "Plymouth")!.mentions).toHaveLength(2);
    expect(names(e.places)).toEqual(["Plymouth"]);
  });

  it("reads a club's name as the club: one only a club has anywhere, one a town or a word shares in a sporting report", () => {
    const report = find(
      "The 17-year-old Irish League midfielder was also being chased by Rangers and Fulham.",
      "Beattie was suspended after his red card against Chelsea and he will be available again for the Merseyside derby at Liverpool.",
      "He was signed after a £2.2m move from Chelsea, and grew up in Liverpool.",
    );
    expect(names(report.organizations)).toEqual(["Irish League", "Rangers", "Fulham", "Chelsea", "Liverpool"]);
    expect(names(report.places)).toEqual(["Liverpool"]);
    expect(byName(report.places, "Liverpool")!.mentions.map((m) => m.paragraph)).toEqual([2]);
    expect(names(find("Fans in Fulham and Chelsea cheered the new museum.").organizations)).toEqual([]);
    expect(names(find("Shares in Juventus rose on Monday.").organizations)).toEqual(["Juventus"]);
  });

  it("reads a name with a town in it that plays as a club, and a club's letters after its town", () => {
    const e = find("Boro booked a 2-1 win over Graz AK and face Sporting Lisbon next, as Feliciano Lopez faces Wilson Whinneray.");
    expect(names(e.organizations)).toEqual(["Boro", "Graz AK", "Sporting Lisbon"]);
    expect(names(e.people)).toEqual(["Feliciano Lopez", "Wilson Whinneray"]);
    expect(names(find("Fans of Graz AK queued for tickets.").organizations)).toEqual(["Graz AK"]);
  });

  it("keeps the country of a player who is played, and a place played in a report that shows no side", () => {
    const tennis = find("Agassi, after a 6-4 6-3 6-0 win, will play France's Olivier Patience, then beat Germany's Rainer Schuettler.");
    expect(names(tennis.places)).toEqual(["France", "Germany"]);
    const talks = find("After a defeat by Wales in the vote, the minister flew home.");
    expect(names(talks.places)).toEqual(["Wales"]);
  });

  it("reads a country a cup final, a semi-final or the Six Nations show playing as its side, but not a player's country before the sets", () => {
    const final = find("Zambia are confident ahead of the Cosafa Cup final against Angola on Saturday in Lusaka.");
    expect(names(final.organizations)).toEqual(["Angola"]);
    expect(names(final.places)).toEqual(["Zambia", "Lusaka"]);
    const rugby = find("It was a Six Nations match, and France beat Ireland in Dublin.");
    expect(names(rugby.organizations)).toEqual(["Six Nations", "France", "Ireland"]);
    expect(names(rugby.places)).toEqual(["Dublin"]);
    expect(names(find("Ireland reached the semi-finals after a win over Fiji.").organizations)).toEqual(["Fiji"]);
    expect(names(find("The fly-half kicked three penalties as Wales beat Italy.").organizations)).toEqual(["Wales", "Italy"]);
    const tennis = find(
      "Dechy reached the quarter-finals after beating Elene Likhotseva of Russia 7-5 6-4 and Alyona Bondarenko of the Ukraine 6-4 5-7 6-3.",
      "She will now face US Open champion Svetlana Kuznetsova.",
    );
    expect(names(tennis.places)).toEqual(["Russia", "Ukraine", "United States"]);
    expect(tennis.organizations).toEqual([]);
  });

  it("keeps a place where no side is shown: talks, a firm's boss, fans of a festival, a court case", () => {
    const e = find(
      "Mr Blair will meet France's president in Paris, having campaigned against France on farm subsidies.",
      "Vodafone appoints new Japan boss as Glastonbury fans get ID cards.",
      "The justices heard United States v. Texas on Monday.",
    );
    expect(names(e.organizations)).toEqual(["Vodafone"]); // a well-known firm; no team
    expect(names(e.places)).toEqual(["France", "Paris", "Japan", "Glastonbury", "United States", "Texas"]);
  });
});

describe("first names that look like something else", () => {
  it("reads a given name the place key would drop as an Arabic article as a name ('Ed Balls' is not Balş)", () => {
    const e = find("Ed Balls, ex-chief economic adviser to the Treasury, said there would be no spree.", "Flights to El Paso resumed.");
    expect(names(e.people)).toEqual(["Ed Balls"]);
    expect(names(e.places)).toEqual(["El Paso"]);
  });

  it("lets a title of either sex take up a name English gives both ('Mr Smith' after Robin Smith), not one of the other sex", () => {
    const e = find("Robin Smith said he hoped for a deal. Mr Smith argued it was close.", "Michelle Obama and Barack Obama arrived. Mrs Obama spoke first.");
    expect(surfaces(byName(e.people, "Robin Smith"))).toEqual(["Robin Smith", "Smith"]);
    expect(surfaces(byName(e.people, "Michelle Obama"))).toEqual(["Michelle Obama", "Obama"]);
    expect(surfaces(byName(e.people, "Barack Obama"))).toEqual(["Barack Obama"]);
  });
});
