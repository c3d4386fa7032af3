import { alternation, en, enMapping, escapeRegExp, stripAccents } from '@meshmind/language';

/**
 * A subtask names the device it was sent to ("add apples to my shopping list", "resume the TV",
 * "skip the song on the TV in the living room"). Those words say which device, which the agent
 * already knows, not which function: "list" would point at list_items and "TV" at the TV source.
 * The agent reads the request with its own references taken out.
 */
const PREPOSITIONS = en.placePrepositions;
const PARTICLE_REACH = 4;

interface Token {
  word: string;
  start: number;
  end: number;
}

// Words compared without their accents: a name written "Café Order" is typed "cafe order".
function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((match) => ({ word: stripAccents(match[0].toLowerCase()), start: match.index!, end: match.index! + match[0].length }));
}

function phraseWords(phrase: string): string[] {
  return tokens(phrase).map((token) => token.word);
}

function matchesAt(list: readonly Token[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => {
    const token = list[at + offset]?.word;
    if (token === undefined) return false;
    if (token === word) return true;
    // The last word of a reference may be said in the plural: "the lights", "the TVs".
    return offset === phrase.length - 1 && (token === `${word}s` || token === `${word}es`);
  });
}

export interface SelfReferences {
  /** The device's own name and aliases: read out wherever they stand. */
  names: readonly string[];
  /** Kind nouns and place names: read out where they stand as an object ("on the TV", "my list", "in the kitchen"). */
  words: readonly string[];
  /**
   * Every kind noun of the device, read out after a quantifier only: "stop all robots", "how much
   * battery does each robot have" were sent to this device as one of a group, so the group phrase
   * names the device even where the noun is also what a function reads ("localise the robot").
   */
  kinds?: readonly string[];
}

/** Words that make a kind noun after them a group this device belongs to: "all robots", "each of the robots". */
const QUANTIFIERS = en.quantifiers;

function prepare(phrases: readonly string[]): string[][] {
  return [...new Set(phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase !== ''))]
    .map(phraseWords)
    .filter((words) => words.length > 0)
    .sort((left, right) => right.length - left.length);
}

/** Words that cannot carry a request alone: what is left of "what is the outside temperature" or "bedroom lamp 50%". */
const SMALL_WORDS = new Set(enMapping.smallWords);
/** Words between a quantifier and its noun: "each of the robots", "every one of them". */
const QUANTIFIER_LINKS = new Set(enMapping.quantifierLinks);

/** "lodger's", "kids'": a noun in the genitive, which stands before its noun as a determiner does. */
function isPossessive(word: string): boolean {
  return /^\p{L}+(?:['’]s|s['’])$/u.test(word);
}

function isSmallWord(word: string): boolean {
  return (
    en.determiners.has(word) ||
    PREPOSITIONS.has(word) ||
    SMALL_WORDS.has(word) ||
    /^\d/.test(word)
  );
}

/**
 * "lights off upstairs", "the fan on outside": a request with no verb says its change by a particle
 * right after the words that name the device. That particle is the request's predicate, not a
 * preposition left dangling once the place after it is read out. Its position, where every word
 * before it names the device or determines it; undefined where a word of another kind comes first
 * ("skip the song on the TV": "on" goes with "the TV").
 */
function verblessParticle(list: readonly Token[], phrases: readonly (readonly string[])[]): number | undefined {
  let at = 0;
  while (at < list.length) {
    const word = list[at]!.word;
    if (at > 0 && en.verbParticles.has(word)) return at;
    const phrase = phrases.find((candidate) => matchesAt(list, at, candidate));
    if (phrase) at += phrase.length;
    else if (en.determiners.has(word) || isPossessive(word)) at += 1;
    else return undefined;
  }
  return undefined;
}

/**
 * The request without the phrases that name this device or its place. A preposition left dangling
 * before a removed reference goes too ("skip the song on the TV" -> "skip the song"), unless it is
 * a verb's particle ("turn on the light" -> "turn on"). A kind noun or place that opens the request
 * stays ("lights on", "light up the kitchen" -> "light up"), and so does the whole text when nothing
 * but references and small words would be left ("Overhead light on").
 */
export function withoutSelfReferences(text: string, references: SelfReferences, isPhrasal?: (verb: string, particle: string) => boolean): string {
  const names = prepare(references.names);
  const others = prepare(references.words);
  const kinds = prepare(references.kinds ?? []);
  if (names.length + others.length + kinds.length === 0) return text;
  const list = tokens(text);
  const removed = list.map(() => false);
  const objectPosition = (index: number) => {
    const previous = list[index - 1]?.word;
    // A possessive stands before a noun, never before a determiner: "what's the shop" is "what is".
    const owned = isPossessive(previous ?? '') && !en.determiners.has(list[index]!.word);
    return previous !== undefined && (removed[index - 1] || en.determiners.has(previous) || PREPOSITIONS.has(previous) || owned);
  };
  // "all robots", "every one of the robots", "each robot": the quantifier and any words up to the noun go with it.
  const quantifiedFrom = (index: number): number | undefined => {
    for (let back = index - 1; back >= Math.max(0, index - 4); back -= 1) {
      const word = list[back]!.word;
      if (QUANTIFIERS.has(word)) return back;
      if (!en.determiners.has(word) && !QUANTIFIER_LINKS.has(word)) return undefined;
    }
    return undefined;
  };
  for (let index = 0; index < list.length; index += 1) {
    if (removed[index]) continue;
    const name = names.find((candidate) => matchesAt(list, index, candidate));
    const other = name ? undefined : others.find((candidate) => matchesAt(list, index, candidate));
    const kind = name || (other && objectPosition(index)) ? undefined : kinds.find((candidate) => matchesAt(list, index, candidate));
    const quantifier = kind ? quantifiedFrom(index) : undefined;
    if (kind && quantifier !== undefined) {
      for (let at = quantifier; at < index + kind.length; at += 1) removed[at] = true;
      index += kind.length - 1;
      continue;
    }
    const phrase = name ?? (other && objectPosition(index) ? other : undefined);
    if (!phrase) continue;
    for (let offset = 0; offset < phrase.length; offset += 1) removed[index + offset] = true;
    index += phrase.length - 1;
  }
  if (!removed.some(Boolean)) return text;
  const predicate = verblessParticle(list, [...names, ...others, ...kinds]);
  // Determiners and then a dangling preposition before each removed run.
  for (let index = 0; index < list.length; index += 1) {
    if (!removed[index] || (index > 0 && removed[index - 1])) continue;
    let before = index - 1;
    // "the lodger's TV", "mum's lamp": a possessive right before the noun says whose device it is, as a
    // determiner does; one before a determiner is a contraction ("what's the shop air con doing").
    if (before >= 0 && !removed[before] && isPossessive(list[before]!.word)) removed[before--] = true;
    while (before >= 0 && !removed[before] && en.determiners.has(list[before]!.word)) removed[before--] = true;
    const preposition = list[before];
    // "check milk off the list": the particle of a phrasal verb a few words back stays.
    // Only the verb's first particle: in "switch the music off on the TV" the verb's is "off", and "on" goes.
    const particleOf = (at: number) => {
      if (!en.verbParticles.has(list[at]!.word)) return false;
      for (let back = at - 1; back >= Math.max(0, at - PARTICLE_REACH); back -= 1) {
        if (en.verbParticles.has(list[back]!.word)) return false;
        // "open youtube on the TV": "on" after the verb's object is its particle only where the two make a phrasal verb ("check milk off").
        if (en.phrasalVerbs.has(list[back]!.word)) return back === at - 1 || !isPhrasal || isPhrasal(list[back]!.word, list[at]!.word);
      }
      return false;
    };
    if (preposition && !removed[before] && PREPOSITIONS.has(preposition.word) && !particleOf(before) && before !== predicate) removed[before] = true;
  }
  if (list.every((token, index) => removed[index] || isSmallWord(token.word))) return text;
  let result = '';
  let cursor = 0;
  list.forEach((token, index) => {
    if (!removed[index]) return;
    result += text.slice(cursor, token.start);
    cursor = token.end;
  });
  result += text.slice(cursor);
  return result.replace(/\s+([.,;:!?])/g, '$1').replace(/\s{2,}/g, ' ').replace(/^[\s,.;:]+/, '').trim();
}

/**
 * A subtask speaks to the device ("where are you?", "set yourself up as an access point"); its API
 * document speaks about it ("estimates where the robot currently is"). The request is read in the
 * document's person: "you" as the subject and "yourself" become the device's own noun, "your" an
 * article ("your camera" is the camera, not "the robot's", which every function mentions). "you"
 * that only addresses the device ("could you chart the space around you", "I want you to stop") stays.
 */
const ADDRESSEE = enMapping.addressee;
const wholeWord = (word: string) => `\\b${escapeRegExp(word)}\\b`;
/** "are you", "were you": a verb before the subject, as in a question. */
const VERB_SUBJECT = new RegExp(`\\b(${alternation(Object.keys(ADDRESSEE.verbs))})\\s+${escapeRegExp(ADDRESSEE.subject)}\\b`, 'gi');
/** "you are", "you're". */
const SUBJECT_VERB = new RegExp(
  `\\b${escapeRegExp(ADDRESSEE.subject)}\\s*(?:${alternation(ADDRESSEE.contractions)}|\\s+${escapeRegExp(ADDRESSEE.presentVerb)})\\b`,
  'gi',
);
const REFLEXIVE = new RegExp(wholeWord(ADDRESSEE.reflexive), 'gi');
const POSSESSIVE = new RegExp(wholeWord(ADDRESSEE.possessive), 'gi');

export function addressedAs(text: string, noun: string | undefined): string {
  if (!noun) return text;
  const self = `${ADDRESSEE.article} ${noun}`;
  const saidOf = (verb: string) => ADDRESSEE.verbs[verb.toLowerCase()] ?? verb;
  return text
    .replace(VERB_SUBJECT, (_, verb: string) => `${saidOf(verb)} ${self}`)
    .replace(SUBJECT_VERB, `${self} ${saidOf(ADDRESSEE.presentVerb)}`)
    .replace(REFLEXIVE, self)
    .replace(POSSESSIVE, ADDRESSEE.article);
}
