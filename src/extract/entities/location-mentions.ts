import { namesListedFrom } from '../../nlp/coordination.ts';
import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { ORGANISATION_HEAD_WORDS } from '../../nlp/lexicon/organisations.data.ts';
import { isCommonEnglishWord } from '../../nlp/lexicon/english-words.lexicon.ts';
import { isKnownPlace, isKnownTown, isWellKnownCity } from '../../nlp/lexicon/places.lexicon.ts';
import { CONTINENTS } from '../../nlp/lexicon/places.data.ts';
import { MONTH_NAMES } from '../../nlp/lexicon/months.data.ts';
import { EU_BODIES } from '../../nlp/lexicon/eu-bodies.data.ts';
import type { Sentence } from '../../nlp/sentences.ts';

export interface LocationMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly rule: 'location.well-known-city' | 'location.after-preposition' | 'location.in-authority-name' | 'location.dateline' | 'location.before-country' | 'location.site' | 'location.county' | 'location.listed' | 'location.in-brackets' | 'location.named-by-kind' | 'location.facility';
}

// "Frankfurt am Main", "Newcastle upon Tyne", "Rio de Janeiro", "Santa Maria Capua Vetere": a lower-case particle between a
// place's words, up to four words. "de", "di" are prepositions before places too ("Tribunale di Napoli"): the reader keeps
// the longest known prefix of what it captures, so "Napoli di …" is still "Napoli".
/** Particles of places' names that are prepositions before a place too ("Tribunal de Lille"): read both ways. */
const PREPOSITION_PARTICLES = 'de|do|da|dos|del|de la|di|della|y|van|op|aan den|aan de';
const CAPITALISED = `(?:The[ \\u00a0]+)?\\p{Lu}[\\p{L}’'\\-]+(?:[ \\u00a0]+(?:(?:am|an der|upon|sur|${PREPOSITION_PARTICLES})[ \\u00a0]+)?\\p{Lu}[\\p{L}’'\\-]+){0,3}`;
/** The first such particle inside a capture, before a capital. */
const PARTICLE_IN_CAPTURE = new RegExp(`[ \\u00a0](?:${PREPOSITION_PARTICLES})[ \\u00a0]+(?=\\p{Lu})`, 'u');
/** A known place after a locative word ("in Bari", "port of Antwerp") or after an authority's name ("Directorate Bari"). */
// "across the English Channel", "in the Basque Country": a lower-case article may stand between.
// "will visit Vilnius": a place visited, named as after a preposition.
// "In Košice and Prešov, …": a preposition opening the sentence is capitalised.
const AFTER_PREPOSITION = new RegExp(`\\b(?:in|at|from|to|near|of|across|between|and|via|around|outside|inside|towards|di|de|du|visit|visits|visited|visiting|In|At|From|Near|Across|Between|Around|Outside|Inside|Towards)[ \\u00a0]+(?:the[ \\u00a0]+)?(${CAPITALISED})`, 'gu');
const AFTER_AUTHORITY = new RegExp(`\\b(?:${ORGANISATION_HEAD_WORDS.join('|')})(?=[ \\u00a0]+(${CAPITALISED}))`, 'gu');
/**
 * "The Hague, 5 May 2025 –", "Brussels, 10 March", "Brussels, 21.12.2021", "(Luxembourg, 6 June 2025) –",
 * "Brussels 30.09.2020": the place a dateline opens with.
 */
// "Seoul, Dec 23 (IANS)", "Amsterdam, Feb. 29", "Brussels 19 April 2012", "(Strasbourg) “…", "The Hague/Washington –":
// a month before the day, no comma, a place in brackets alone, two places joined by a slash.
const DATELINE = new RegExp(`^\\(?(${CAPITALISED})(?:,[ \\u00a0]+(?:\\d{1,2}(?:st|nd|rd|th)?[ \\u00a0]+\\p{Lu}\\p{Ll}+|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\p{Lu}\\p{Ll}{2,8}\\.?[ \\u00a0]+\\d{1,2}\\b)|[ \\u00a0]+\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|[ \\u00a0]+\\d{1,2}[ \\u00a0]+\\p{Lu}\\p{Ll}+[ \\u00a0]+(?:19|20)\\d\\d\\b|\\)[ \\u00a0]+[“"‘]|\\/)`, 'u');
/** "at its Warsaw headquarters", "the Vienna office": a place naming where a body sits. */
const BEFORE_SITE = new RegExp(`\\b(?:its|their|the)[ \\u00a0]+(${CAPITALISED})[ \\u00a0]+(?=(?:headquarters|HQ|office|offices|premises|seat|branch)\\b)`, 'gu');
/**
 * "Traunstein Public Prosecutor’s Office", "the Itzehoe Regional Court", "(Pisa and Naples Units)": a place
 * written before an authority's head word, with the head's lower-ranking words (Public, Regional,
 * Prosecutor’s) between; places listed before it share the head.
 */
// Found from the head word backwards: a pattern that tried four words before every capital was the reader's
// slowest part.
const AUTHORITY_HEAD = new RegExp(`\\b(?:${ORGANISATION_HEAD_WORDS.join('|')})s?\\b`, 'gu');
const WORDS_BEFORE_HEAD = /(?<![\p{L}\p{N}’'\-])((?:\p{Lu}[\p{L}’'\-]+[ \u00a0]+){1,4})$/u;
const PLACE_BEFORE_IN_LIST = new RegExp(`(?:^|[ \\u00a0(])(\\p{Lu}[\\p{L}’'\\-]+(?:[ \\u00a0]+\\p{Lu}[\\p{L}’'\\-]+)?)(?:,[ \\u00a0]+|[ \\u00a0]+and[ \\u00a0]+|,[ \\u00a0]+and[ \\u00a0]+)$`, 'u');
// "Co Antrim", "Co. Cork": the abbreviation Irish texts write.
const COUNTY = /\b(?:County|Co\.?)[ \u00a0]+(?!(?:Ltd|Limited|KG|GmbH|Inc)\b)(\p{Lu}[\p{L}-]+)|\b(\p{Lu}[\p{L}-]+)[ \u00a0]+County\b/gu;
/** Words for places that introduce a list of them. */
// "in several cities around the country (including Kaunas, Klaipėda …)": the list may open a bracket.
// "the Dutch cities of Schaijk and Heerlen": or "of" right after the word for places.
// "areas" only with "including": "the areas of ICT activities" are fields, not places.
/** Words for places that name the places after "of": "the cities of …", "the islands of …". */
const PLACES_OF = 'cities|towns|villages|municipalities|regions|provinces|counties|districts|ports|airports|islands|harbours|harbors';
/** Words for places that introduce a list of them; "areas" and "locations" only so ("the areas of ICT" are fields). */
const PLACE_WORDS = `${PLACES_OF}|locations|places|areas`;
const PLACES_INTRODUCED = new RegExp(`\\b(?:(?:${PLACES_OF})[ \\u00a0]+of[ \\u00a0]+|(?:${PLACE_WORDS})\\b[^.;:()]{0,40}?(?:\\([ \\u00a0]*)?\\b(?:including|such as|namely|like)[ \\u00a0]+)(?=\\p{Lu})`, 'gu');
/** "the town of La Junquera", "the island of Saaremaa": one place named after the word for its kind. */
const PLACE_OF_KIND = /\b(?:city|town|village|municipality|island|province|region|district|borough|commune|port|harbour|harbor|state|canton|county)[ \u00a0]+of[ \u00a0]+(\p{Lu}[\p{L}’'-]+(?:[ \u00a0]+(?:de[ \u00a0]+|la[ \u00a0]+)?\p{Lu}[\p{L}’'-]+){0,2})/gu;
/** "Muuga Harbor", "Athens International Airport", "the Port of Rotterdam": a port or airport by its name. */
const FACILITY = /(?<![\p{L}’'-])(?:(?:\p{Lu}[\p{L}’'-]+[ \u00a0]+){1,3}(?:International[ \u00a0]+)?(?:Airport|Harbou?r)|Port[ \u00a0]+of[ \u00a0]+\p{Lu}[\p{L}’'-]+(?:[ \u00a0]+\p{Lu}[\p{L}’'-]+)?)\b/gu;
const PLACE_AFTER_KIND = /\b(?:city|town|port)[ \u00a0]+(\p{Lu}[\p{L}’'-]+(?:[ \u00a0]+\p{Lu}[\p{L}’'-]+)?)/gu;
/** "La Carolina (Jaén)", "Schiphol (Amsterdam)": a known place in brackets after a name places it. */
const PLACE_IN_BRACKETS = /(?<=\p{L}[ \u00a0]?)\((\p{Lu}\p{Ll}[\p{L}’'-]*(?:[ \u00a0]+\p{Lu}[\p{L}’'-]+)?)\)/gu;
/** "in Bree (Belgium)": after a locative word, a name with its country in brackets is a place of that country. */
const BEFORE_BRACKETED_COUNTRY = new RegExp(`\\b(?:in|at|from|near|to)[ \\u00a0]+(\\p{Lu}[\\p{L}’'\\-]+(?:[ \\u00a0]+\\p{Lu}[\\p{L}’'\\-]+)?)[ \\u00a0]+\\((?:the[ \\u00a0]+)?(${CAPITALISED})\\)`, 'gu');
/** "in the Zemgale region", "Italy’s Triveneto region", "the Rhine-Main area": a place named before the word for its kind. */
const BEFORE_KIND = /\b(?:the|\p{Lu}\p{L}+['’]s)[ \u00a0]+(\p{Lu}[\p{L}’'-]+(?:[ \u00a0-]\p{Lu}[\p{L}’'-]+)?)[ \u00a0]+(?:region|area|province|district|county|municipality)\b/gu;
/** Words before "region" or "area" that name a stretch across countries or a kind, not a place: "the Baltic region", "the Schengen area". */
// An acronym ("the CELAC region") names a group of states.
const NOT_REGION_WORD = /(?:an|ern|ic|ese|ish)$|^(?:Schengen|Balkans|Sahel|Gulf|Euro|Danube|Alpine|Pacific|Atlantic|\p{Lu}+)$/u;
/** "Rome: In an investigation into …": a city that opens the first line before a colon is a dateline. */
const COLON_DATELINE = new RegExp(`^(${CAPITALISED}):[ \\u00a0]+\\p{Lu}`, 'u');
const COMPASS_REGION = /\b((?:North|South)(?:-?(?:[Ee]ast|[Ww]est))?ern|Eastern|Western|Central)[ \u00a0]+(\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}\p{Ll}+)?)\b/gu;
/** "along the Evros River", "through the Aegean Sea": a sea, a river or a strait by its name. */
const WATER = /(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]+[ \u00a0]+){1,2}(?:Sea|River|Strait))(?![ \u00a0]+\p{Lu})/gu;
/** A literal test before the pattern: most sentences introduce no list of places. */
const MAY_INTRODUCE_PLACES = new RegExp(`\\b(?:including|such as|namely|like)\\b|\\b(?:${PLACES_OF}) of\\b`);
const INTRODUCED_PLACE = /^(\p{Lu}[\p{L}’'-]+(?:[ \u00a0]+(?:de[ \u00a0]+)?\p{Lu}[\p{L}’'-]+){0,2})(?=,|[ \u00a0]+and[ \u00a0]|[ \u00a0]*[.;()]|[ \u00a0]+\p{Ll}|$)/u;
/** "Santa Marta, Colombia", "a forum in Budva, Montenegro": a place followed by the country it lies in. */
// "The Hague, the Netherlands": a lower-case article before the country.
const BEFORE_COUNTRY = new RegExp(`(?<![\\p{L}\\p{N}’'\\-])(${CAPITALISED}),[ \\u00a0]+(?:the[ \\u00a0]+)?(?=(${CAPITALISED}))`, 'gu');
// "Chemnitz, Würzburg,” Nuremberg and Berlin": a stray quotation mark after a comma still lists.
// "to Fiumicino (Rome), Frankfurt, …": an item's place in brackets before the separator.
const LIST_ITEM = new RegExp(`^(?:[ \\u00a0]*\\([^()]{1,30}\\))?(?:,[”"’]?[ \\u00a0]+|[ \\u00a0]+and[ \\u00a0]+|,[ \\u00a0]+and[ \\u00a0]+)(${CAPITALISED})`, 'u');
/** Single words of the EU bodies' names and acronyms: "Eurojust", "Europol", "EU", "Union", "Commission". */
const EU_BODY_WORDS = [...new Set(EU_BODIES.flatMap((body) => [...body.names, ...(body.acronyms ?? []), ...(body.shortNames ?? [])]).flatMap((form) => form.split(/[ \u00a0]+/)))]
  .filter((word) => /^\p{Lu}[\p{L}]+$/u.test(word))
  .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Words that are never a place's: head words, months, and the words of the EU's bodies' names ("Union", "Eurojust"). */
const NOT_PLACE = new RegExp(`^(?:${[...ORGANISATION_HEAD_WORDS, ...MONTH_NAMES, ...EU_BODY_WORDS, ...CONTINENTS, 'Member', 'States', 'Justice'].join('|')})$`);

/** A whole run of capitalised words, up to three, with no capitalised word or hyphenated part beside it. */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}’'\-])(?<!\p{Lu}[\p{L}’'\-]*[ \u00a0]+)(?:The[ \u00a0]+)?\p{Lu}\p{Ll}[\p{L}’'\-]*(?:[ \u00a0]+(?:de[ \u00a0]+)?\p{Lu}\p{Ll}[\p{L}’'\-]*){0,2}(?![\p{L}\p{N}\-]|[ \u00a0]+\p{Lu})/gu;

const PLACE_BEFORE_LOCAL = /(?<![\p{L}\p{N}’'-])(?:The[ \u00a0]+(?!Hague\b))?(\p{Lu}[\p{L}’']+(?:[ \u00a0]+\p{Lu}[\p{L}’']+){0,2})(?:-based\b|[ \u00a0]+(?:police|prosecutors?|court|port|airport|harbour|harbor|prison|customs)\b)/gu;
const NAMES_AN_INSTRUMENT = /^[ \u00a0]+(?:programme|program|treaty|convention|process|declaration|agenda|format|strategy|protocol|rules|principles)\b/i;
/** The endings of English adjectives: "Federal", "Global", "Central", "Joint" is too rare a place to list. */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ary|ory|ent|ant|ful|able|ible)$/;

const AND_THEN_NAME = /^[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}-]+(?:[ \u00a0]+\p{Lu}[\p{L}-]+)?/u;
const NAME_THEN_AND = /(?:\p{Lu}[\p{L}-]+[ \u00a0]+)?\p{Lu}[\p{L}-]+[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?$/u;
/** Whether text[from, to) with the words joined to it by "and" makes a country's name. */
function inCountryName(text: string, from: number, to: number): boolean {
  const isCountryName = (phrase: string) => {
    const words = phrase.split(/[ \u00a0]+/);
    // Try the phrase without a leading or trailing word too: "Saint Kitts and Nevis", "of Trinidad and Tobago".
    for (let a = 0; a < words.length; a++) for (let b = words.length; b > a; b--) if (words.slice(a, b).includes('and') && countryLexicon().byName.has(words.slice(a, b).join(' '))) return true;
    return false;
  };
  const after = AND_THEN_NAME.exec(text.slice(to, to + 40))?.[0];
  if (after && isCountryName(text.slice(from, to) + after)) return true;
  const before = NAME_THEN_AND.exec(text.slice(Math.max(0, from - 40), from))?.[0];
  return before !== undefined && isCountryName(before + text.slice(from, to));
}

export function findLocationMentions(sentence: Sentence): LocationMention[] {
  const found: LocationMention[] = [];
  const starts = new Set<number>();
  // `town`: the context (a list after a known place, the country after a comma) makes a smaller town's name a place.
  const consider = (phrase: string, at: number, rule: LocationMention['rule'], afterArticle = false, town = false): boolean => {
    const words = phrase.split(/[ \u00a0]+/);
    // Longest known prefix: "Nowy Sącz" before "Nowy", "The Hague" before "The".
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      // A dateline names a city, also one that shares its country's name ("(Luxembourg, 6 June 2025)").
      const country = rule !== 'location.dateline' && countryLexicon().byName.has(name);
      // "from San Marino": a country's name is read whole, no city hides in its first word.
      if (country && n > 1) return false;
      // "the Federal Bureau of Investigation", "Global Airport Action Days": an adjective of the language that opens
      // a longer name is that name's word; a noun may be the place the name is of ("Hull Crown Court").
      if (n === 1 && words.length > 1 && ADJECTIVE_ENDING.test(name) && isCommonEnglishWord(name)) continue;
      // "the SIENA platform", "SIM cards", "the UN": a word in capitals, amid lower-case words, is an acronym.
      // A dateline writes its place in capitals ("MADRID, 12 March 2024 –"): there it is the place.
      if (n === 1 && /^\p{Lu}{2,}$/u.test(name) && /\p{Ll}{3,}/u.test(sentence.text) && rule !== 'location.dateline') continue;
      // Beside an authority's head, a word of the language is the head's own ("Federal Police", "Most police forces").
      if (rule === 'location.in-authority-name' && n === 1 && isCommonEnglishWord(name)) continue;
      // After "in the", a single word of the language is a noun ("in the Republic", "of the University").
      if (afterArticle && n === 1 && isCommonEnglishWord(name)) continue;
      if (words.slice(0, n).some((w) => NOT_PLACE.test(w)) || country || countryLexicon().byDemonym.has(name)) continue;
      // "in the Hague", "Hague-based": a place whose name opens with "The", its article written in lower case or left out.
      // A town's name that is a word of the language is that word ("Bath", "Reading").
      if (!isKnownPlace(name) && !(town && isKnownTown(name) && !isCommonEnglishWord(name.toLowerCase()))) {
        if (n !== words.length || !isKnownPlace(`The ${name}`)) continue;
        const article = /(?:^|[^\p{L}])the[ \u00a0]+$/u.test(sentence.text.slice(Math.max(0, at - 5), at)) ? sentence.text.slice(0, at).match(/the[ \u00a0]+$/)![0].length : 0;
        const start = sentence.start + at - article;
        if (!starts.has(start)) found.push({ name: `The ${name}`, start, end: sentence.start + at + name.length, rule });
        starts.add(start);
        return true;
      }
      // "the Vienna Convention", "the Tampere programme": a city naming an instrument or a programme.
      if (rule !== 'location.dateline' && NAMES_AN_INSTRUMENT.test(sentence.text.slice(at + name.length, at + name.length + 20))) return false;
      // "Trinidad" of "Trinidad and Tobago", "Herzegovina" of "Bosnia and Herzegovina": a word of a country's name.
      if (inCountryName(sentence.text, at, at + name.length)) return false;
      const start = sentence.start + at;
      // "the Port of Rotterdam": a place inside a port's or airport's name is that name's.
      if (found.some((f) => f.start < start + name.length && start < f.end && f.start !== start)) return true;
      // "MADRID" of a dateline is shown as the place's name is written in running text.
      const shown = /^\p{Lu}[\p{Lu}\s'’-]+$/u.test(name) ? name.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase()) : name;
      if (!starts.has(start)) found.push({ name: shown, start, end: start + name.length, rule });
      starts.add(start);
      return true;
    }
    return false;
  };
  // Named by the word for their kind, introduced as places, or as a port or airport, a place need not be in the city list.
  const named = (name: string, at: number, rule: LocationMention['rule']) => {
    const start = sentence.start + at;
    if (name.split(/[ \u00a0]+/).some((w) => NOT_PLACE.test(w)) || countryLexicon().byName.has(name) || starts.has(start) || found.some((f) => f.start < start + name.length && start < f.end)) return;
    found.push({ name, start, end: start + name.length, rule });
    starts.add(start);
  };
  // "in County Dublin", "in Mureș County": a county, named with its word.
  // Literal tests before the patterns: most sentences name no county and introduce no list of places.
  if (sentence.text.includes('County') || sentence.text.includes('Co')) for (const m of sentence.text.matchAll(COUNTY)) {
    const name = (m[1] ?? m[2])!;
    // "County Cork", "County Down": beside the word County a capitalised word is the county's name, English or not.
    if (NOT_PLACE.test(name) || countryLexicon().byName.has(name)) continue;
    const start = sentence.start + m.index;
    if (!starts.has(start)) found.push({ name: m[0], start, end: start + m[0].length, rule: 'location.county' });
    starts.add(start);
  }
  // "searches in nine cities, including Sofia, Haskovo, Plovdiv … and Mizia": places a word for places introduces.
  if (MAY_INTRODUCE_PLACES.test(sentence.text)) {
    for (const m of sentence.text.matchAll(PLACES_INTRODUCED)) {
      for (const { name, at } of namesListedFrom(sentence.text, m.index + m[0].length, INTRODUCED_PLACE, { bracketed: true })) {
        // Introduced as places, a capitalised word is a place's name though it is also a word ("Ruse").
        named(name, at, 'location.listed');
      }
    }
  }
  if (/ of \p{Lu}/u.test(sentence.text)) for (const m of sentence.text.matchAll(PLACE_OF_KIND)) named(m[1]!, m.index + m[0].length - m[1]!.length, 'location.named-by-kind');
  if (/Airport|Harbou?r|Port of/.test(sentence.text)) for (const m of sentence.text.matchAll(FACILITY)) {
    const lead = /^(?:The|At|In|From|To|Via|Through|Near)[ \u00a0]+/.exec(m[0])?.[0].length ?? 0;
    // "the Port of Antwerp" is read as Antwerp, the city it lies in, where the city is known.
    const city = /^Port[ \u00a0]+of[ \u00a0]+/.exec(m[0].slice(lead));
    if (city && isKnownPlace(m[0].slice(lead + city[0].length))) {
      named(m[0].slice(lead + city[0].length), m.index + lead + city[0].length, 'location.facility');
      continue;
    }
    named(m[0].slice(lead), m.index + lead, 'location.facility');
  }
  if (sentence.text.includes('(')) for (const m of sentence.text.matchAll(PLACE_IN_BRACKETS)) consider(m[1]!, m.index + 1, 'location.in-brackets');
  // "Ecuador's largest city Guayaquil", "the port city of Antwerp" is read above: a known place after the word for its kind.
  if (/\b(?:city|town|port)\s\p{Lu}/u.test(sentence.text)) for (const m of sentence.text.matchAll(PLACE_AFTER_KIND)) consider(m[1]!, m.index + m[0].length - m[1]!.length, 'location.named-by-kind');
  for (const m of sentence.text.matchAll(AFTER_PREPOSITION)) {
    let at = m.index + m[0].length - m[1]!.length;
    // "in Rotterdam’s port": the place without its possessive.
    let phrase = m[1]!.replace(/['’]s$/, '');
    // "the Declaration of Independence": after "of", as after "the", a word of the language alone is a title's word.
    let afterArticle = /[ \u00a0]the[ \u00a0]+$/.test(m[0].slice(0, m[0].length - phrase.length)) || /^of[ \u00a0]/.test(m[0]);
    // "the Tribunal de Lille": a particle the capture took in is a preposition before a place when no place opens the capture.
    const particle = PARTICLE_IN_CAPTURE.exec(phrase);
    if (particle && !consider(phrase, at, 'location.after-preposition', afterArticle)) {
      const skip = particle.index + particle[0].length;
      at += skip;
      phrase = phrase.slice(skip);
      afterArticle = false;
    }
    // "in Bari, Brindisi and Lecce": the places listed after the first one share its preposition.
    for (let item = 0; consider(phrase, at, 'location.after-preposition', afterArticle, item > 0); item++) {
      afterArticle = false;
      const next = LIST_ITEM.exec(sentence.text.slice(at + phrase.length));
      if (!next) break;
      at += phrase.length + next[0].length - next[1]!.length;
      phrase = next[1]!;
    }
  }
  /**
   * The capitalised words before a head word: the place is their first one or two (the rest are the
   * head's own words: "Public Prosecutor’s", "Regional"), and every place listed before it shares the head.
   */
  const placesBeforeAuthority = (words: string, at: number): void => {
    const parts = words.split(/[ \u00a0]+/);
    if (parts[0] === 'The' && parts.length > 1) {
      at += 4;
      parts.shift();
    }
    // Only words of the language may stand between the place and the head: "Traunstein Public Prosecutor’s Office".
    for (let n = Math.min(2, parts.length); n >= 1; n--) {
      const rest = parts.slice(n);
      if (!rest.every((word) => isCommonEnglishWord(word.replace(/[’']s$/, '')))) continue;
      if (!consider(parts.slice(0, n).join(' '), at, 'location.in-authority-name')) continue;
      let before = sentence.text.slice(0, at);
      for (let item = PLACE_BEFORE_IN_LIST.exec(before); item; item = PLACE_BEFORE_IN_LIST.exec(before)) {
        const itemAt = before.length - item[0].length + item[0].indexOf(item[1]!);
        if (!consider(item[1]!, itemAt, 'location.in-authority-name')) break;
        before = sentence.text.slice(0, itemAt);
      }
      return;
    }
  };
  const dateline = DATELINE.exec(sentence.text);
  if (dateline) {
    consider(dateline[1]!, dateline[0].startsWith('(') ? 1 : 0, 'location.dateline');
    // "Istanbul/The Hague, (AFP) –": the place after the slash is a dateline's place too.
    const second = dateline[0].endsWith('/') ? new RegExp(`^${CAPITALISED}`, 'u').exec(sentence.text.slice(dateline[0].length)) : null;
    if (second) consider(second[0], dateline[0].length, 'location.dateline');
  }
  const colon = COLON_DATELINE.exec(sentence.text);
  if (colon && !countryLexicon().byName.has(colon[1]!) && !isCommonEnglishWord(colon[1]!)) consider(colon[1]!, 0, 'location.dateline');
  if (/ (?:Sea|River|Strait)\b/.test(sentence.text)) for (const m of sentence.text.matchAll(WATER)) {
    const lead = /^(?:The|Along|Across|In|Through|Via|From|To|At|On)[ \u00a0]+/.exec(m[1]!)?.[0].length ?? 0;
    named(m[1]!.slice(lead), m.index + lead, 'location.named-by-kind');
  }
  // "Northern Greece", "South-Eastern Poland": a region named by its country and a point of the compass, capitalised
  // as a name ("South Africa", a country's whole name, is read as a country).
  if (/(?:North|South|East|West|Central)/.test(sentence.text)) for (const m of sentence.text.matchAll(COMPASS_REGION)) {
    if (countryLexicon().byName.has(m[2]!) && !countryLexicon().byName.has(m[0])) named(m[0], m.index, 'location.named-by-kind');
  }
  if (sentence.text.includes('(')) for (const m of sentence.text.matchAll(BEFORE_BRACKETED_COUNTRY)) {
    if (countryLexicon().byName.has(m[2]!) && !countryLexicon().byDemonym.has(m[1]!)) named(m[1]!, m.index + m[0].indexOf(m[1]!, m[0].search(/[ \u00a0]/)), 'location.before-country');
  }
  if (/ (?:region|area|province|district|county|municipality)\b/.test(sentence.text)) for (const m of sentence.text.matchAll(BEFORE_KIND)) {
    const name = m[1]!;
    if (name.split(/[ \u00a0-]/).some((word) => NOT_REGION_WORD.test(word)) || countryLexicon().byDemonym.has(name) || CONTINENTS.includes(name)) continue;
    named(name, m.index + m[0].indexOf(name, m[0].search(/[ \u00a0]/)), 'location.named-by-kind');
  }
  for (const m of sentence.text.matchAll(BEFORE_SITE)) consider(m[1]!, m.index + m[0].trimEnd().length - m[1]!.length, 'location.site');
  for (const m of sentence.text.matchAll(BEFORE_COUNTRY)) {
    if (countryLexicon().byName.has(m[2]!.split(/[ \u00a0]+(?=\p{Ll})/u)[0]!) || isCountryPrefix(m[2]!)) consider(m[1]!, m.index, 'location.before-country', false, !listGoesOn(sentence.text, m.index + m[0].length + m[2]!.length));
  }
  for (const head of sentence.text.matchAll(AUTHORITY_HEAD)) {
    const before = sentence.text.slice(Math.max(0, head.index - 80), head.index);
    const words = WORDS_BEFORE_HEAD.exec(before);
    if (words) placesBeforeAuthority(words[1]!.trimEnd(), head.index - before.length + words.index);
  }
  for (const m of sentence.text.matchAll(AFTER_AUTHORITY)) consider(m[1]!, sentence.text.indexOf(m[1]!, m.index + m[0].length), 'location.in-authority-name');
  // "the Rotterdam-based gang", "the Marseille police", "Algeciras port": a known place before "-based" or before a
  // lower-case word for a local authority or a facility is where it is.
  if (/-based|[ \u00a0](?:police|prosecutors?|court|port|airport|harbour|harbor|prison|customs)\b/.test(sentence.text)) for (const m of sentence.text.matchAll(PLACE_BEFORE_LOCAL)) {
    // "the Federal police", "Local police": a word of the language is the kind of force, not a place.
    if (!/[ \u00a0]/.test(m[1]!) && isCommonEnglishWord(m[1]!)) continue;
    consider(m[1]!, m.index + m[0].indexOf(m[1]!), 'location.site');
  }
  // "Sofia hosted the meeting", "a status agreement with Tirana": a capital or a city of a million standing alone
  // is the place wherever it stands; beside another capitalised word it is part of a name ("Paris Hilton",
  // "London Metropolitan Police", "Brussels Airport").
  for (const m of sentence.text.matchAll(CAPITALISED_RUN)) {
    const name = m[0].replace(/['’]s?$/, '');
    if (!isWellKnownCity(name) || isCommonEnglishWord(name) || countryLexicon().byName.has(name) || countryLexicon().byDemonym.has(name)) continue;
    if (name.split(/[ \u00a0]+/).some((w) => NOT_PLACE.test(w))) continue;
    // "the Stockholm programme", "the Lisbon treaty": the city names a programme or an instrument.
    if (NAMES_AN_INSTRUMENT.test(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    named(name, m.index, 'location.well-known-city');
  }
  // "6 house searches (Barcelona, Cadiz and Galicia)": known places joined in one list with a place found are places too,
  // before it or after it, though no preposition or word for places stands before the list.
  for (let k = 0; k < found.length; k++) {
    const place = found[k]!;
    if (place.rule === 'location.dateline') continue;
    let end = place.end - sentence.start;
    for (let next = LIST_ITEM.exec(sentence.text.slice(end)); next; next = LIST_ITEM.exec(sentence.text.slice(end))) {
      const at = end + next[0].length - next[1]!.length;
      if (!consider(next[1]!, at, 'location.listed')) break;
      end = found.find((f) => f.start === sentence.start + at)?.end ?? sentence.start + at + next[1]!.length;
      end -= sentence.start;
    }
    let before = sentence.text.slice(0, place.start - sentence.start);
    for (let item = PLACE_BEFORE_IN_LIST.exec(before); item; item = PLACE_BEFORE_IN_LIST.exec(before)) {
      const itemAt = before.length - item[0].length + item[0].indexOf(item[1]!);
      if (!consider(item[1]!, itemAt, 'location.listed')) break;
      before = sentence.text.slice(0, itemAt);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a list of names goes on at `at` ("…, Serbia, Albania and …"): there a name before a country is one of a list, not a town placed in it. */
const listGoesOn = (text: string, at: number) => /^(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?:the[ \u00a0]+)?\p{Lu}/u.test(text.slice(at, at + 12));

/** "North Macedonia" in "North Macedonia and …": the longest country name the words after the comma start with. */
function isCountryPrefix(phrase: string): boolean {
  const words = phrase.split(/[ \u00a0]+/);
  for (let n = words.length; n >= 1; n--) if (countryLexicon().byName.has(words.slice(0, n).join(' '))) return true;
  return false;
}
