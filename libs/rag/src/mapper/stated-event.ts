import { baseOfThirdPerson, en, enMapping, enReference, gerundBases, moodOf, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { irregularPastBase } from './irregular-past';
import { QUESTION_AUXILIARIES, SUBJECTS } from './questions-together';
import { pastBase } from './speakers-past-deed';
import { NEGATION } from './done-report';

/**
 * A statement about the world, by or about someone other than the device, asks the device for
 * nothing (issue #17: a wrong action is worse than a question): "the dock is blocked by a pallet"
 * docked, "Dave already checked your battery" read the battery, "shelf 4 was a mess yesterday"
 * scanned, "the kids left the back door open" read the lock, "Mum turned the heating up earlier"
 * switched it on. Retrieval reads the deed a clause names and not who did it or when. The clause is
 * read as English reads a statement: a subject (a third person, a noun phrase, a name), then a
 * finite verb whose tense says a report: a past, a perfect, a progressive, a passive with its agent,
 * or a present said of someone else. What the device itself is now is mapper/device-report.ts's; what
 * the speaker did is mapper/speakers-past-deed.ts's. A modal, a verb of wishing or of an order
 * passed on ("the manager wants you at shelf 5"), courtesy, a question, a condition or any clause
 * that is no statement ("..., go and scan it") leaves the request to the mapper; so does a device
 * that keeps a list, where "the coffee has run out" is an item to add.
 */

const WORDS = enReference.statedEvent;
const SPEAKERS: ReadonlySet<string> = new Set(WORDS.speakers);
const EXPLETIVES: ReadonlySet<string> = new Set(WORDS.expletives);
const OTHERS: ReadonlySet<string> = new Set([...en.executionTimes.eventSubjects.filter((word) => !SPEAKERS.has(word) && !EXPLETIVES.has(word)), ...WORDS.others]);
const ADDRESSEE: ReadonlySet<string> = new Set(WORDS.addressee);
const PREDETERMINERS: ReadonlySet<string> = new Set(WORDS.predeterminers);
const DETERMINERS: ReadonlySet<string> = new Set([...en.determiners, ...en.indefinites].filter((word) => word !== 'one'));
const SPEAKER_POSSESSIVES: ReadonlySet<string> = en.speakerPossessives;
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(WORDS.phrasePrepositions);
const ADVERBS: ReadonlySet<string> = new Set([...en.sentenceAdverbs, ...WORDS.adverbs]);
const BE_NOW: ReadonlySet<string> = new Set(WORDS.beNow);
const BE_PAST: ReadonlySet<string> = new Set(WORDS.bePast);
const HAVE: ReadonlySet<string> = new Set(WORDS.have);
const HAD: ReadonlySet<string> = new Set(WORDS.hadPast);
const DID: ReadonlySet<string> = new Set(WORDS.did);
const DOES: ReadonlySet<string> = new Set(WORDS.does);
const GETS: ReadonlySet<string> = new Set(WORDS.getting.now);
const GOT: ReadonlySet<string> = new Set(WORDS.getting.past);
const KEEPS: ReadonlySet<string> = new Set(WORDS.keeping.now);
const KEPT: ReadonlySet<string> = new Set(WORDS.keeping.past);
const MODALS: ReadonlySet<string> = new Set(WORDS.modals);
const WISHING: ReadonlySet<string> = new Set(WORDS.wishing);
const COURTESY: ReadonlySet<string> = new Set([...enMapping.items.closingCourtesy.map((phrase) => phrase.split(' ')[0]!), ...WORDS.courtesy]);
const SUBORDINATORS: ReadonlySet<string> = new Set(WORDS.subordinators);
const CONDITIONS: ReadonlySet<string> = new Set(WORDS.conditions);
const TIME_OPENERS: ReadonlySet<string> = new Set(WORDS.timeOpeners);
const TIME_DETERMINERS: ReadonlySet<string> = new Set(WORDS.timeDeterminers);
const TIME_NOUNS: ReadonlySet<string> = new Set([...en.executionTimes.partsOfDay, ...WORDS.timeNouns]);
const PAST_MARKERS: ReadonlySet<string> = new Set(WORDS.pastMarkers);
const LINKING: ReadonlySet<string> = new Set(WORDS.linking);
const DEGREE: ReadonlySet<string> = new Set([...enMapping.statedDegree.ambient.between, ...WORDS.degree]);
/** Words that make a time after them a comparison, not when the deed was ("as yesterday", "like last time"): English's closed class. */
const COMPARING: ReadonlySet<string> = new Set(['like', 'as', 'than', 'since', 'from', 'until', 'till']);
const NOT_CONDITION: ReadonlySet<string> = new Set(WORDS.notCondition);
/** The words that say a thing missing (done-report's negations, and "nobody"): "there's no light on the path" is a need. */
const ABSENCE: ReadonlySet<string> = new Set([...NEGATION, 'nobody']);
/** A quality said as too much or as enough: a wish to change it ("the shelf is too high"). */
const EXCESS: ReadonlySet<string> = new Set([...enMapping.statedDegree.excess, ...enMapping.statedDegree.sufficiency]);
/** Words that join two clauses in one: each side is read on its own ("shelf 4 was a mess so scan it"). */
export const JOINING: ReadonlySet<string> = new Set(['and', 'but', 'so', 'then', 'plus', 'or']);
/** The words a request's function words are: a noun phrase stops at one. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...en.stopwords, ...MODALS, ...SUBORDINATORS, ...CONDITIONS, ...JOINING]);

/** Who a statement is about: someone or something else, the device itself, the listener, the speaker, or an empty "it"/"there". */
type Subject = 'other' | 'own' | 'addressee' | 'speaker' | 'expletive';
/**
 * What the verb after the subject says: a report of some tense, a request (a modal, a wish), a state now that a linking
 * verb or the listener says (left to the mapper), or a condition: a present "be" and what the subject is ("shelf 6 is full",
 * "there's a spill by shelf 9"), or a result: a present "be" and a participle, what was done to it ("the dock's occupied",
 * "aisle 3 is blocked").
 */
type Tense = 'past' | 'perfect' | 'progressive' | 'passive' | 'present' | 'state' | 'condition' | 'result' | 'request';

/** The words of a clause, contractions split: "wasn't" -> was not, "the hoover's been" -> the hoover s been, "they're" -> they re. */
export function clauseWords(clause: string): string[] {
  return (clause.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}'-]+/gu) ?? []).flatMap((word) => {
    const negated = /^(.+)n't$/.exec(word);
    if (negated) return [negated[1] === 'wo' ? 'will' : negated[1] === 'ca' ? 'can' : negated[1]!, 'not'];
    // Any tail after an apostrophe is an auxiliary's contraction or a possessive "s": "the hoover's", "they're", "we've".
    const joined = /^(.+)'(\p{L}{1,2})$/u.exec(word);
    return joined ? [joined[1]!, joined[2]!] : [word.replace(/'/g, '')];
  });
}

/** Whether a word is a verb said in its past or as a participle ("left", "checked", "taken"), not a form that is its own base ("set"). */
function pastForm(word: string, wordNet: WordNet): boolean {
  if (pastBase(word, wordNet) !== undefined || irregularPastBase(word, wordNet, false) !== undefined) return true;
  // "jammed", "unplugged": a last consonant doubled before "-ed", which pastBase's regular past does not spell.
  const doubled = /^(.+([b-df-hj-np-tv-z]))\2ed$/.exec(word)?.[1];
  return doubled !== undefined && wordNet.verbSenses(doubled).some((sense) => sense.lemmas.includes(doubled));
}

/** Whether a word is a verb's -ing form ("charging", "heading"). */
function progressiveForm(word: string, wordNet: WordNet): boolean {
  return gerundBases(word).some((base) => wordNet.isVerb(base) && wordNet.verbSenses(base).some((sense) => sense.lemmas.includes(base)));
}

/** Whether a word is a verb's third person ("smells", "keeps"): its base a verb WordNet lists as such. */
function thirdPerson(word: string, wordNet: WordNet): boolean {
  if (!/[^s]s$/.test(word) || FUNCTION_WORDS.has(word)) return false;
  const base = baseOfThirdPerson(word);
  return base !== word && wordNet.verbSenses(base).some((sense) => sense.lemmas.includes(base));
}

/** The base of a verb however said (wants, asked, told, said): to tell a verb of wishing or of an order. */
function baseOf(word: string, wordNet: WordNet): string {
  return pastBase(word, wordNet) ?? irregularPastBase(word, wordNet, false) ?? (thirdPerson(word, wordNet) ? baseOfThirdPerson(word) : word);
}

/** Whether the word at `at` opens a verb group: an auxiliary, a modal, a verb of wishing, a past, or a third person not followed by a verb of its own ("the door handles are" is a noun). */
function opensVerb(said: readonly string[], at: number, wordNet: WordNet): boolean {
  const word = said[at];
  if (word === undefined) return false;
  if (BE_NOW.has(word) || BE_PAST.has(word) || HAVE.has(word) || HAD.has(word) || DID.has(word) || DOES.has(word) || GOT.has(word) || GETS.has(word) || KEEPS.has(word) || KEPT.has(word) || MODALS.has(word)) return true;
  if (ADVERBS.has(word)) return at + 1 < said.length && opensVerb(said, at + 1, wordNet);
  if (WISHING.has(baseOf(word, wordNet))) return true;
  if (pastForm(word, wordNet)) return true;
  return thirdPerson(word, wordNet) && at + 1 < said.length && !opensVerb(said, at + 1, wordNet);
}

export interface SubjectReading {
  subject: Subject;
  /** Where the verb group starts. */
  end: number;
  /** Whether the subject opened with a determiner ("the forklift driver"), which a vocative does not ("robot, go ..."). */
  determined: boolean;
  /** Whether the speaker owns it ("my hands"): a present state of theirs may be a wish ("my hands are freezing"). */
  speakers: boolean;
  /** Whether it is a pronoun ("they"), after which a verb in its base form is said of them. */
  pronoun?: boolean;
  /** Whether a bare subject is a person's name or a person ("Dave", "Mum"): a bare thing before a participle may be a command ("lights dimmed"). */
  person?: boolean;
  /** Whether a bare subject is a thing named by its number ("shelf 8", "robot 4"). */
  numbered?: boolean;
  /** Whether the subject names a place ("the greenhouse", "the lawn"): how it is now is a wish to change it ("the greenhouse is baking"). */
  place?: boolean;
  /** Whether it names a living thing ("the cat", "the baby"): how it is now may be a wish ("the baby's asleep"). */
  living?: boolean;
  /** Whether it names a way through a building ("the hall", "aisle 3"): how it is may be a wish, as of a place ("the hall is cold"). */
  passage?: boolean;
  /** Whether it is the "there" of a thing said to be somewhere ("there's a spill by shelf 9"). */
  existential?: boolean;
  /** Whether its clause says a quality as too much or as enough ("too high", "not enough room"). */
  degree?: boolean;
  /** Whether its clause says a thing is missing ("there's no light"). */
  absent?: boolean;
}

/** The subject a clause opens with, after its openers; undefined where it opens with no subject (a verb, a question word). */
export function subjectOf(said: readonly string[], start: number, ownWord: (word: string) => boolean, wordNet: WordNet): SubjectReading | undefined {
  const first = said[start];
  if (first === undefined) return undefined;
  const pronoun = (subject: Subject): SubjectReading => ({ subject, end: start + 1, determined: true, speakers: false, pronoun: true });
  if (OTHERS.has(first)) return pronoun('other');
  if (EXPLETIVES.has(first) && (said[start + 1] === undefined || opensVerb(said, start + 1, wordNet))) return { ...pronoun('expletive'), existential: first === WORDS.existential };
  if (ADDRESSEE.has(first)) return pronoun('addressee');
  if (SPEAKERS.has(first)) return pronoun('speaker');
  let at = start;
  if (PREDETERMINERS.has(said[at]!) && DETERMINERS.has(said[at + 1] ?? '')) at += 1;
  const determined = DETERMINERS.has(said[at]!);
  const speakers = SPEAKER_POSSESSIVES.has(said[at]!);
  while (at < said.length && DETERMINERS.has(said[at]!)) at += 1;
  const content: string[] = [];
  let prepositions = 0;
  let head: string | undefined;
  for (; at < said.length; at += 1) {
    const word = said[at]!;
    if (content.length > 0 && opensVerb(said, at, wordNet)) {
      // "next door's hose": a possessive "s" before a noun goes on with the phrase.
      const owned = said[at + 1] ?? '';
      const possessive = word === 's' && wordNet.canBe(owned, 'noun') && !opensVerb(said, at + 1, wordNet) && !wordNet.canBe(owned, 'adj') && !DETERMINERS.has(owned) && !progressiveForm(owned, wordNet);
      if (!possessive) break;
      continue;
    }
    if (PHRASE_PREPOSITIONS.has(word) && content.length > 0 && prepositions < 2) {
      head ??= content.at(-1);
      prepositions += 1;
      while (DETERMINERS.has(said[at + 1] ?? '')) at += 1;
      continue;
    }
    if (FUNCTION_WORDS.has(word) && !/^\p{N}/u.test(word)) return undefined;
    if (content.length >= 6) return undefined;
    content.push(word);
  }
  if (content.length === 0 || at >= said.length) return undefined;
  if (!determined) {
    // A bare subject is a name ("Dave", "Mum", "shelf 12", "robot 4"), not a verb that opens a command.
    const named = content.filter((word) => !/^\p{N}/u.test(word));
    if (named.length !== 1 || prepositions > 0 || wordNet.mostlyVerb(named[0]!)) return undefined;
  }
  // "the other robot", "robot 4", "the new robot": another of the device's kind is someone else.
  const another = content.some((word) => /^\p{N}/u.test(word) || word === 'other' || word === 'new' || word === 'another') || said[start] === 'another';
  const own = !another && content.some((word) => ownWord(word));
  const person = !determined && content.some((word) => !/^\p{N}/u.test(word) && (!wordNet.isKnown(word) || wordNet.nounAncestors(word, 'common').has('person')));
  head ??= content.at(-1)!;
  const kinds = [...wordNet.nounAncestors(head, 'first').keys()];
  const place = kinds.some((kind) => (WORDS.places as readonly string[]).includes(kind));
  const passage = kinds.some((kind) => (WORDS.passages as readonly string[]).includes(kind));
  // A living thing first, and never a made one: "the baby", not "the charger" (first a warhorse) or "the scanner".
  const living = wordNet.nounAncestors(head, 'made').size === 0 && [...wordNet.nounAncestors(head, 'first').keys()].some((kind) => (WORDS.living as readonly string[]).includes(kind));
  const numbered = !determined && content.some((word) => /^\p{N}/u.test(word));
  return { subject: own ? 'own' : 'other', end: at, determined, speakers, person, numbered, place, living, passage };
}

/** What the verb group at `at` says of its subject's time and mood. */
export function tenseAt(said: readonly string[], at: number, reading: SubjectReading, wordNet: WordNet): Tense | undefined {
  while (at < said.length && ADVERBS.has(said[at]!) && opensVerb(said, at + 1, wordNet)) at += 1;
  const word = said[at];
  if (word === undefined) return undefined;
  const next = (from: number) => {
    let index = from;
    while (index < said.length && ADVERBS.has(said[index]!)) index += 1;
    return said[index];
  };
  const after = next(at + 1);
  if (MODALS.has(word) && !((word === 'going' || word === 'about') && after !== 'to')) return 'request';
  if (WISHING.has(baseOf(word, wordNet))) return 'request';
  if (BE_PAST.has(word) || DID.has(word) || KEPT.has(word) || GOT.has(word)) return 'past';
  if (HAD.has(word)) return word === 'had' ? 'past' : 'request';
  if (word === 's' && after === WORDS.been) return 'perfect';
  if (BE_NOW.has(word)) {
    if (after === undefined) return undefined;
    if (after === WORDS.being) return 'progressive';
    if (progressiveForm(after, wordNet)) {
      // "the lawn's looking really dry": a verb that links a quality, as "be" does, says a state.
      let quality = said.indexOf(after, at + 1) + 1;
      while (DEGREE.has(said[quality] ?? '')) quality += 1;
      const linked = gerundBases(after).some((base) => LINKING.has(base)) && wordNet.canBe(said[quality] ?? '', 'adj');
      return linked ? 'state' : 'progressive';
    }
    if ((after === 'going' || after === 'about') && next(said.indexOf(after, at + 1) + 1) === 'to') return 'request';
    if (pastForm(after, wordNet) && said.slice(at + 1).includes(WORDS.agent)) return 'passive';
    // "shelf 6 is full", "the charger's out of order": what the subject is now; "shelf 16 is where I need you" says where the listener goes.
    if (said.slice(at + 1).some((other) => NOT_CONDITION.has(other))) return 'state';
    return pastForm(after, wordNet) ? 'result' : 'condition';
  }
  if (HAVE.has(word)) {
    if (after === 'to' || (after === 'got' && next(said.indexOf('got', at + 1) + 1) === 'to')) return 'request';
    if (after === WORDS.been || after === 'had' || (after !== undefined && after !== 'got' && pastForm(after, wordNet))) return 'perfect';
    return 'present';
  }
  if (DOES.has(word) || GETS.has(word) || KEEPS.has(word)) return 'present';
  // "Dave checked", "the kids left": a past said without an auxiliary; after a bare thing ("lights dimmed to 30") it may be a command,
  // unless a word of the past says when ("Security already took pictures", "Maria stopped the conveyor a minute ago").
  if (pastForm(word, wordNet)) return reading.determined || reading.person || said.some((other) => PAST_MARKERS.has(other)) ? 'past' : undefined;
  // "shelf 8 takes up to 30 crates": a thing named by its number with a verb in its third person states; no command is said so.
  if (thirdPerson(word, wordNet)) return reading.determined || reading.person || reading.numbered ? 'present' : undefined;
  const base = wordNet.verbSenses(word).some((sense) => sense.lemmas.includes(word));
  // "yesterday you go to shelf 3", "the driver move it last night": a base form said with a word of a time before now is that past, as a
  // speaker of another first language says it (voices25); "last" only before a time noun ("go to the last shelf" is a place).
  // A comparison is no time of the deed ("like yesterday", "earlier than the others").
  const beforeNow = (other: string, index: number) => !COMPARING.has(said[index - 1] ?? '') && said[index + 1] !== 'than' && (other === 'last' ? TIME_NOUNS.has(said[index + 1] ?? '') : PAST_MARKERS.has(other));
  if (base && (reading.pronoun || reading.determined || reading.person) && said.some(beforeNow)) return 'past';
  // "they shut the access point down": a verb in its base form after a pronoun, a statement of them in either tense.
  if (reading.pronoun && base) return 'present';
  return undefined;
}

/** Whether a subject said with a tense makes the clause a report that asks the device for nothing. */
function reports(reading: SubjectReading, tense: Tense): boolean {
  if (tense === 'request' || tense === 'state') return false;
  switch (reading.subject) {
    case 'speaker':
      return false;
    case 'addressee':
      return tense === 'past';
    case 'expletive':
      // "there's a spill by shelf 9": a thing said to be somewhere; "there's too much glare" is a wish.
      return tense === 'past' || ((tense === 'condition' || tense === 'result') && reading.existential === true && !reading.degree && !reading.absent);
    case 'own':
      return tense === 'past' || tense === 'perfect';
    case 'other':
      // What the speaker's own thing or a place is doing now may be a wish: "my hands are freezing", "the greenhouse is baking";
      // a passive with its agent says what someone else did to it ("the dock is blocked by a pallet").
      // How a thing other than the device is now ("shelf 6 is full", "the charger is broken") is a condition, not an order,
      // unless it is the speaker's or a living thing, whose state may be a wish ("my hands are cold", "the baby is cold"); how a place
      // is may be a wish too ("the hall is cold"), but not what was done to it ("the loading bay is closed").
      if (tense === 'condition' || tense === 'result') return !reading.speakers && !reading.living && !reading.degree && (!(reading.place || reading.passage) || tense === 'result');
      return !((reading.speakers && tense !== 'past' && tense !== 'perfect') || (reading.place && (tense === 'present' || tense === 'progressive')));
  }
}

/** How a clause stands: a report, a part that asks nothing of its own (a subordinate clause, a time, a tag), or something else. */
function clauseKind(said: readonly string[], ownWord: (word: string) => boolean, wordNet: WordNet): 'report' | 'aside' | 'other' {
  let start = 0;
  for (;;) {
    if (TIME_OPENERS.has(said[start] ?? '')) start += 1;
    else if (TIME_DETERMINERS.has(said[start] ?? '') && TIME_NOUNS.has(said[start + 1] ?? '')) start += 2;
    else break;
  }
  if (start >= said.length) return 'aside';
  if (SUBORDINATORS.has(said[start]!)) return 'aside';
  const reading = subjectOf(said, start, ownWord, wordNet);
  if (!reading) return 'other';
  const tense = tenseAt(said, reading.end, reading, wordNet);
  if (tense === undefined) return 'other';
  // "too", "enough": a quality said as too much is a wish to change it ("the shelf is too high", "there's too much glare").
  // "there's no light on the path": a thing said missing is a need, which the device may meet.
  const absent = said.slice(reading.end).some((word) => ABSENCE.has(word));
  if (reports({ ...reading, degree: said.slice(reading.end).some((word) => EXCESS.has(word)), absent }, tense)) return 'report';
  // "... when I got home", "... and I checked": the speaker's own past beside a report asks nothing either.
  return reading.subject === 'speaker' && tense === 'past' ? 'aside' : 'other';
}

/**
 * The request declined where every clause of it is a report or an aside to one, and one at least is
 * a report; undefined where any clause may be a request, or the request asks, orders or is polite.
 */
export function statedEvent(said: string, ownWord: (word: string) => boolean, selfNoun: string | undefined, wordNet: WordNet | undefined, takesItems = false): MapResult | undefined {
  const asked = untagged(said);
  if (!wordNet || takesItems || asked.includes('?') || moodOf(asked) !== 'neutral') return undefined;
  const clauses = asked.split(/[,;:.!]+|\s[-–—]\s/).map(clauseWords).filter((said) => said.length > 0);
  if (clauses.length === 0 || clauses.some((said) => said.some((word) => COURTESY.has(word) || CONDITIONS.has(word)))) return undefined;
  const parts = clauses.flatMap((said) => {
    const split: string[][] = [[]];
    for (const word of said) {
      if (JOINING.has(word) && split.at(-1)!.length > 0) split.push([]);
      else split.at(-1)!.push(word);
    }
    return split.filter((part) => part.length > 0);
  });
  const kinds = parts.map((said) => clauseKind(said, ownWord, wordNet));
  if (kinds.includes('other') || !kinds.includes('report')) return undefined;
  return {
    kind: 'not_executable',
    reason: `"${asked.trim()}" tells me what happened or what someone else is doing, not what the ${selfNoun ?? 'device'} should do, so I left it as it is: tell me if you want something done`,
    candidates: [],
    ranking: [],
  };
}

/** The words a tag asks for agreement by alone ("you scanned it, right?"): a closed class. */
const TAG_WORDS: ReadonlySet<string> = new Set(['right', 'yeah', 'yes', 'eh', 'huh', 'ok', 'okay', 'correct', 'innit', 'no']);

/**
 * A statement without the tag that asks the listener to agree ("you already scanned shelf 6, didn't
 * you?", "the camera's working, right?"): the tag is an auxiliary and its subject, or one word of
 * agreement, after the last comma; the statement is what the request says. As said where it has no tag.
 */
export function untagged(asked: string): string {
  const match = /^(.*\S)\s*,\s*([^,?]+)\?\s*$/s.exec(asked.trim());
  if (!match || match[1]!.includes('?')) return asked;
  const tag = match[2]!.toLowerCase().replace(/[’‘]/g, "'").split(/\s+/).filter(Boolean);
  const isTag = (tag.length === 1 && TAG_WORDS.has(tag[0]!)) || (tag.length >= 2 && tag.length <= 3 && QUESTION_AUXILIARIES.has(tag[0]!) && SUBJECTS.has(tag.at(-1)!) && (tag.length === 2 || tag[1] === 'not'));
  return isTag ? match[1]! : asked;
}
