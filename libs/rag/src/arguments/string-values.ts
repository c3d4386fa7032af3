import { alternation, en, enMapping, escapeRegExp, isFunctionWord, isStopword, LANGUAGES, REFERRING_PRONOUN, type WordNet } from '@meshmind/language';
import { antecedentObject, referredClause } from './antecedent-item';
import { fromCommand, withoutDoneOpening } from './request-padding';
import { loneIdentifier } from './identifier-words';

/**
 * Strings inside a request: network names, passwords, list items. Quoted text wins; otherwise the
 * word after a cue ("named X", "password is Y") or, for list items, what is left once the command
 * words are taken away.
 */
const QUOTED = /(?:^|[\s(:=])["“'‘]([^"”'’]+)["”'’](?=$|[\s.,;:!?)])/g;
const NAME_STOPWORDS = en.nameCueWords;
const { items, network } = enMapping;
/** Between a cue and its value: "password is abc", "ssid: Home", "key=abc". */
const VALUE_LINK = `(?:(?:${alternation(network.copulas)})\\s+|:\\s*|=\\s*)?`;
/** The value after a cue: a quoted string or one word. */
const CUED_VALUE = `(["“'‘][^"”'’]+["”'’]|\\S+)`;
const SECRET_CUE = `\\b(?:${alternation(network.secretCues)})\\b`;
const NAME_CUE = `\\b(?:${alternation(network.nameCues)})\\b`;
/** Words that join a value's phrase to the request and the article before its cue: "with the password ...". */
const VALUE_JOINER = `\\b(?:${alternation(network.valueJoiners)})\\s+`;
const CUE_ARTICLE = `(?:(?:${alternation(network.cueArticles)})\\s+)?`;
const SECRET_CUE_SAID = new RegExp(SECRET_CUE, 'i');
const SECRET_AFTER_CUE = new RegExp(`${SECRET_CUE}\\s*${VALUE_LINK}${CUED_VALUE}`, 'i');
const NAME_AFTER_CUE = new RegExp(`${NAME_CUE}\\s*${VALUE_LINK}${CUED_VALUE}`, 'i');
const NETWORK_NOUN = `(?:${alternation(network.networkNouns)})\\b`;
const BEFORE_NETWORK_NOUN = new RegExp(`(\\S+)\\s+${NETWORK_NOUN}`, 'i');
const AFTER_NETWORK_NOUN = new RegExp(`\\b${NETWORK_NOUN}\\s+(\\S+)`, 'gi');
const NAME_PHRASE = new RegExp(`(?:${VALUE_JOINER})?${CUE_ARTICLE}${NAME_CUE}\\s*${VALUE_LINK}${CUED_VALUE}`, 'i');
/** "call it Forklift", "name it BotNet": a naming verb, the pronoun for what is named, then the name. */
const NAMED_PRONOUN = new RegExp(`\\b(?:${alternation(network.namingVerbs)})\\s+(?:${[...en.referringPronouns].join('|')})\\s+${VALUE_LINK}${CUED_VALUE}`, 'i');

/**
 * A value without its quotes and the punctuation after it: a question's mark closes the sentence
 * ("could you join Office with password Sunflower7?"); "!" is kept, it is common in passwords ("s3cret!").
 */
function cleanToken(token: string): string {
  // "(password abc123)": a closing bracket with no opening one in the value closes the aside it was said in.
  const value = token.replace(/^["“'‘]|["”'’]$/g, '').replace(/[.,;:?]+$/, '');
  return value.includes('(') ? value : value.replace(/\)+[.,;:?]*$/, '');
}

/** Prepositions of means and path that the function-word lists lack ("via wifi", "through the network"): a closed grammatical class. */
const MEANS_PREPOSITIONS = new Set(['via', 'through', 'over', 'across', 'by', 'from', 'onto', 'into']);

/** A word that can name a value: not a cue or function word, not a pronoun standing for the thing named ("name it X"). */
function isNameWord(token: string): boolean {
  const word = token.toLowerCase();
  // "connect via wifi to X": a preposition opens the network's phrase, never names it; nor does "2" said for "to" ("connect 2 wifi X").
  return word !== '' && !NAME_STOPWORDS.has(word) && !en.referringPronouns.has(word) && !isFunctionWord(word, 'en') && !isStopword(word) && !MEANS_PREPOSITIONS.has(word) && !/^\d$/.test(word);
}

export function quotedStrings(text: string): Array<{ value: string; start: number }> {
  return [...text.matchAll(QUOTED)].map((match) => ({ value: match[1]!, start: match.index! + match[0].indexOf(match[1]!) }));
}

/** Parts of parameter identifiers, in every language read, that say a parameter holds a secret or a network's name. */
const identifierParts = (kind: 'secret' | 'networkName') => new RegExp(alternation([...LANGUAGES.values()].flatMap((language) => language.identifierParts?.[kind] ?? [])), 'i');
const SECRET_IDENTIFIER = identifierParts('secret');
const NETWORK_NAME_IDENTIFIER = identifierParts('networkName');

/** Whether a parameter holds a secret: read from its identifier, whatever the vendor's language. */
export function isSecretParameter(name: string): boolean {
  return SECRET_IDENTIFIER.test(name);
}

/** Whether a parameter holds a network's name ("ssid", "netz_name"): read from its identifier, whatever the vendor's language. */
export function isNetworkNameParameter(name: string): boolean {
  return NETWORK_NAME_IDENTIFIER.test(name);
}

export function secretValue(text: string): string | undefined {
  const cue = SECRET_AFTER_CUE.exec(text);
  const value = cue ? cleanToken(cue[1]!) : '';
  // "What's the wifi password?": the cue with nothing after it asks for the secret, it does not give one.
  return value === '' ? undefined : value;
}

export function nameValue(text: string, secret?: string, wordNet?: WordNet): string | undefined {
  const named = NAMED_PRONOUN.exec(text);
  if (named && isNameWord(cleanToken(named[1]!))) return cleanToken(named[1]!);
  const afterCue = NAME_AFTER_CUE.exec(text);
  if (afterCue && isNameWord(cleanToken(afterCue[1]!))) return cleanToken(afterCue[1]!);
  const quoted = quotedStrings(text).map((item) => item.value).filter((value) => value !== secret);
  if (quoted[0]) return quoted[0];
  // "the Staff network" names it before the noun, "join network OfficeNet" after it. A word that looks
  // coined wins over a plain word on the other side: "join", "use", "wireless" open or describe the
  // network, they do not name it.
  const beforeNoun = BEFORE_NETWORK_NOUN.exec(text);
  const before = beforeNoun && isNameWord(cleanToken(beforeNoun[1]!)) ? cleanToken(beforeNoun[1]!) : undefined;
  // "restart the wifi adapter", "update the wifi driver": a plain noun after the network's noun is the head the noun describes, no name.
  const headNoun = (candidate: { value: string; start: number }) => wordNet !== undefined && !looksCoined(candidate.value, candidate.start, text) && wordNet.canBe(candidate.value.toLowerCase(), 'noun');
  const after = [...text.matchAll(AFTER_NETWORK_NOUN)].map((match) => ({ value: cleanToken(match[1]!), start: match.index! + match[0].length - match[1]!.length })).filter((candidate) => isNameWord(candidate.value) && candidate.value !== secret && !headNoun(candidate));
  const beforeStart = beforeNoun ? beforeNoun.index! : -1;
  if (before !== undefined && !looksCoined(before, beforeStart, text)) {
    const coined = after.find((candidate) => looksCoined(candidate.value, candidate.start, text));
    if (coined) return coined.value;
  }
  // Without a cue, a name said whole: "connect to LabAP-5G" (identifier-words.ts); not where a secret is cued, whose value it may be ("password to moss-1234").
  return before ?? after[0]?.value ?? (SECRET_CUE_SAID.test(text) ? undefined : loneIdentifier(text));
}

/**
 * Whether a word looks made up to name something: a capital inside the sentence ("the Staff network"),
 * a digit, an underscore or an inner hyphen ("Guest42", "Yard_West", "North-Wing"). A capital that only
 * opens the sentence says nothing.
 */
function looksCoined(word: string, start: number, text: string): boolean {
  if (/[0-9_]|\p{L}-\p{L}/u.test(word)) return true;
  const opensSentence = text.slice(0, Math.max(0, start)).trim() === '' || /[.!?:;]\s*$/.test(text.slice(0, Math.max(0, start)));
  return !opensSentence && /\p{Lu}/u.test(word);
}

const LEADING = new RegExp(`^(?:(?:${alternation(enMapping.requestCourtesy)})\\s+)?(?:${alternation(items.commands)})\\s+`, 'i');
const LIST_DETERMINER = `(?:${alternation(items.listDeterminers)})`;
const TRAILING = new RegExp(
  // "to my shopping list", and "to chores" with the list's noun right after the preposition.
  `\\s+(?:${alternation([...items.listPrepositions, ...items.partOfList])})\\s+(?:${LIST_DETERMINER}\\s+[\\w\\s-]*?)?(?:${alternation(items.listNouns)})\\b.*$` +
    `|\\s+(?:${escapeRegExp(items.doneMarker)}\\s+(?:${alternation(items.doneStates)}))\\s*$|\\s+${escapeRegExp(items.closingParticle)}\\s*$`,
  'i',
);

/** "fix the gutter is done": the item says its state after it, with no command before it. */
const LINKED_DONE_STATE = new RegExp(`\\s+(?:${alternation(items.doneLinks)})\\s+(?:now\\s+)?(?:${alternation(items.doneStates)})(?:\\s+now)?\\s*$`, 'i');
const TRAILING_COURTESY = new RegExp(`[\\s,]+(?:${alternation(items.closingCourtesy)})\\s*$`, 'i');
const DANGLING_PREPOSITION = new RegExp(`\\s+(?:${alternation(items.listPrepositions)})(?:\\s+${LIST_DETERMINER})?\\s*$`, 'i');
/** A verb's particle that opens what is left of the clause, with words after it: "off eggs" of "mark off eggs". */
const PARTICLE_FIRST = new RegExp(`^(?:${alternation([...en.verbParticles])})\\s+(?=\\S)`, 'i');
const ITEM_ARTICLE = new RegExp(`^(?:${alternation(items.articles)})\\s+`, 'i');

/** A free-text item ("milk", "call the dentist") for a list-like parameter. */
export function itemValue(text: string, isVerb?: (word: string) => boolean): string | undefined {
  const quoted = quotedStrings(text)[0];
  if (quoted) return quoted.value;
  // "Remind me to call the dentist, add it to my list": the item is the clause without "it".
  // Without such a pronoun the commas list the item's parts: "add eggs, butter and milk".
  const clauses = text.split(/,\s*/).map((clause) => clause.trim().replace(/[.!?]+$/, ''));
  const referring = clauses.some((candidate) => REFERRING_PRONOUN.test(candidate));
  const referred = referring ? referredClause(clauses, (candidate) => REFERRING_PRONOUN.test(candidate)) : undefined;
  // "we've run out of toilet roll, put it on the list": "it" is the object of that clause.
  const said = referred !== undefined ? antecedentObject(referred, (candidate) => LEADING.test(candidate), isVerb) : text.trim().replace(/[.!?]+$/, '');
  // "pls add oat milk", "I've done the ironing": the padding before the command, or the chore's done participle, is no part of the item (request-padding.ts).
  const done = withoutDoneOpening(fromCommand(said));
  const clause = done.item;
  const opened = LEADING.test(clause) || done.stated;
  const statedDone = LINKED_DONE_STATE.test(clause.replace(TRAILING_COURTESY, ''));
  let item = clause.replace(LEADING, '');
  // "mark off eggs": a particle right after the command's verb is the verb's, where words follow it.
  if (opened) item = item.replace(PARTICLE_FIRST, '');
  // "check apples off from my list": one trailing phrase after another, then a courtesy word and a
  // preposition left on its own where the list's name was read out as a reference ("on the").
  for (let previous = ''; previous !== item; ) {
    previous = item;
    item = item.replace(TRAILING, '').replace(TRAILING_COURTESY, '').replace(DANGLING_PREPOSITION, '').replace(LINKED_DONE_STATE, '');
  }
  item = item.trim();
  // A request is a command: when its verb is none of the known openers ("stick bin bags on the
  // list"), the first word is still the verb, not part of the item, once a place phrase closed it.
  // Where the place phrase was read out with the device's name, WordNet says whether the first word can be a verb.
  const first = /^(\S+)\s+/.exec(item)?.[1];
  // An object read off the clause "it" refers to has no verb left: "washing powder" stays whole.
  const readOff = referred !== undefined && said !== referred;
  if (!opened && !readOff && !statedDone && first && (item !== clause.trim() || isVerb?.(first.toLowerCase()) === true)) {
    item = item.replace(/^\S+\s+/, '');
    item = item.replace(PARTICLE_FIRST, ''); // "jot down milk"
    // "remember to oil the lathe": the verb took an infinitive, whose own verb opens the job.
    const [marker, next] = item.split(/\s+/);
    if (marker?.toLowerCase() === en.infinitiveMarker && next !== undefined && isVerb?.(next.toLowerCase()) === true) item = item.slice(marker.length).trim();
  }
  item = item.replace(ITEM_ARTICLE, '').trim();
  return item === '' ? undefined : item;
}

/**
 * The request without the values it passes and the words that introduce them: quoted strings, "called
 * Bot7", "SSID North_Hall", "with password letmein123". What fills a parameter tells which value, not
 * which function ("with SSID X and password Y" reads the same for joining a network and for opening
 * one): retrieval reads the rest, and the argument evidence weighs the values on their own.
 */
export function withoutValues(text: string): string {
  let result = text;
  const secret = secretValue(result);
  if (secret) {
    result = result.replace(new RegExp(`(?:[,;]?\\s*${VALUE_JOINER})?${CUE_ARTICLE}${SECRET_CUE}\\s*${VALUE_LINK}["“'‘]?${escapeRegExp(secret)}["”'’]?`, 'i'), ' ');
  }
  const named = NAMED_PRONOUN.exec(result);
  if (named && isNameWord(cleanToken(named[1]!))) result = result.replace(named[0], ' ');
  const name = NAME_PHRASE.exec(result);
  if (name && isNameWord(cleanToken(name[1]!))) result = result.replace(name[0], ' ');
  result = result.replace(QUOTED, (match, value: string) => match.slice(0, match.indexOf(value) - 1));
  return result.replace(/\s+([.,;:!?])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}
