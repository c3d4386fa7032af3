import { en, enPlanning, isFunctionWord, isStopword, stem, words, type WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedDocument } from '../api-document';
import type { SelfReferences } from './self-references';
import { withMusingAsked } from './musing-question';

/**
 * A command that holds only while the device is in a state of its own (issue #17): "is it on? if
 * not, turn it on", "is the music playing? if so stop it", "if it's muted, unmute it", "pause it if
 * it's playing". Read as one request, the question and the command fought over one call (a yes/no
 * query of playback answered "is it on? if not turn it on"). The agent holds its device's state, so
 * it reads the condition there: the command is mapped alone where the condition holds, and nothing
 * is done where it does not, with the state said as the reason.
 *
 * The condition is read off the document: a yes/no state field named by its own name ("on",
 * "muted") or by the name's WordNet opposite ("off"), or an enum value named by itself ("playing")
 * or, failing those, by a word the document gives for it. Every other word of the condition must be
 * a closed word or the device's own ("the tv", "it"): "if the hall light is on" is another device's
 * state, which the coordinator reads (apps/coordinator/src/planner/clauses.ts), and is left as said.
 */
export interface StateCondition {
  /** The command to carry out where the condition holds. */
  command: string;
  key: string;
  value: string | boolean;
  /** The condition asks for the value not to hold ("if it isn't on", "is it on? if not ..."). */
  negate: boolean;
}

const { conditions } = enPlanning;
const OPENERS = [...conditions.anywhere, ...conditions.leadingOnly].map((word) => word.replace(/\s+/g, '\\s+')).join('|');
const THEN = conditions.thenWords.join('|');
const PRO_FORMS = [...conditions.elliptical.affirming, ...conditions.elliptical.negating].join('|');
const PRONOUNS = [...en.referringPronouns].join('|');
const COPULAS = enPlanning.copulas.present.join('|');
/** "is it on? if not, turn it on", "... if it isn't, ...": the question, its pro-form and the command. */
const ELLIPTICAL = new RegExp(`^(.+?)\\?\\s*(?:(?:and|but|so)\\s+)?(?:${OPENERS})\\s+((?:${PRO_FORMS})|(?:${PRONOUNS})\\s*(?:${COPULAS}|'s)(?:n't|\\s+not)?)\\b\\s*,?\\s*(?:(?:${THEN})\\s+)?(.+)$`, 'i');
/** "if it's muted, unmute it", "when it is playing then pause it": the condition said first. */
const LEADING = new RegExp(`^(?:${OPENERS})\\s+(.+?)(?:\\s*,\\s*|\\s+(?:${THEN})\\s+)(.+)$`, 'i');
/** "pause it if it's playing": the condition said after the command. */
const TRAILING = new RegExp(`^(.+?)\\s*,?\\s+(?:${conditions.anywhere.map((word) => word.replace(/\s+/g, '\\s+')).join('|')})\\s+(.+)$`, 'i');

const NEGATING = new Set(conditions.elliptical.negating);
/** Whether the words deny what they say: "not", "no", or a verb with "n't" ("isn't"). */
const negated = (said: readonly string[]) => said.some((word) => NEGATING.has(word) || word.endsWith("n't"));

/** The state field and value the condition's words name, or undefined where they name none, several, or another thing too. */
function namedState(condition: string, document: NormalisedDocument, ownWords: (word: string) => boolean, wordNet: WordNet | undefined): { key: string; value: string | boolean; negate: boolean } | undefined {
  const said = words(condition.toLowerCase()).map((word) => word.replace(/'s$/, ''));
  const stems = new Set(said.map(stem));
  const plain: Array<{ key: string; value: string | boolean; word: string }> = [];
  const given: Array<{ key: string; value: string | boolean; word: string }> = [];
  for (const [key, field] of Object.entries(document.state ?? {})) {
    if (field.type === 'boolean') {
      const name = key.split('_');
      if (name.every((part) => stems.has(stem(part)))) plain.push({ key, value: true, word: name.at(-1)! });
      const opposite = said.find((word) => wordNet?.antonyms(word).has(stem(key)));
      if (opposite) plain.push({ key, value: false, word: opposite });
    }
    if (field.type !== 'enum') continue;
    for (const value of (field.values ?? []).map(String)) {
      const phrase = value.replace(/_/g, ' ').toLowerCase();
      if (` ${said.join(' ')} `.includes(` ${phrase} `)) plain.push({ key, value, word: phrase });
      for (const synonym of (field.synonyms?.[value] ?? []).map((word) => String(word).toLowerCase())) if (` ${said.join(' ')} `.includes(` ${synonym} `)) given.push({ key, value, word: synonym });
    }
  }
  // "is the music playing?": a word that names the device ("music") is the subject, not a value of its source.
  const notOwn = (entries: typeof plain) => (entries.some((entry) => !ownWords(entry.word)) ? entries.filter((entry) => !ownWords(entry.word)) : entries);
  const found = notOwn(plain.length > 0 ? plain : given);
  if (new Set(found.map((entry) => `${entry.key}=${entry.value}`)).size !== 1) return undefined;
  const [{ key, value }] = found as [(typeof found)[number]];
  const stateWords = new Set(found.map((entry) => entry.word).flatMap((word) => word.split(' ')));
  // Nothing but closed words, the device's own and the state's: "if the hall light is on" speaks of another device.
  if (!said.every((word) => stateWords.has(word) || isStopword(word) || isFunctionWord(word, 'en') || NEGATING.has(word) || word.endsWith("n't") || ownWords(word))) return undefined;
  return { key, value, negate: negated(said) };
}

/**
 * WordNet's lexicographer files of verbs that seek or give knowledge: after one of them ("check if
 * it's locked", "tell me if the tv is on", "let me know if it's playing", "see if the light is on")
 * "if" asks whether, and the clause is the question to answer, not a condition on a deed.
 */
const ASKING_CATEGORIES: ReadonlySet<string> = new Set(['perception', 'cognition', 'communication']);

/**
 * Whether a word of the command is a verb whose commonest sense seeks or gives knowledge, and no
 * function of the document is named by it: "mute" and "dim" are perception verbs too, but "mute it if
 * it's playing" to a player with set_mute is a deed under a condition.
 */
function asksWhether(command: string, document: NormalisedDocument, wordNet: WordNet | undefined): boolean {
  const deeds = new Set(document.functions.flatMap((fn) => fn.name.toLowerCase().split(/[_\s]+/).map(stem)));
  return words(command.toLowerCase()).some((word) => wordNet?.isVerb(word) === true && !deeds.has(stem(word)) && ASKING_CATEGORIES.has(wordNet.verbSenses(word)[0]?.category ?? ''));
}

/** The conditional command of a request whose condition is the device's own state, or undefined. */
export function readStateCondition(text: string, document: NormalisedDocument, ownWords: (word: string) => boolean, wordNet: WordNet | undefined): StateCondition | undefined {
  if (withMusingAsked(text, wordNet) !== text) return undefined; // "I wonder if the light is on": a question, no condition (musing-question.ts)
  const read = conditionalCommand(text, document, ownWords, wordNet);
  return read && !asksWhether(read.command, document, wordNet) ? read : undefined;
}

function conditionalCommand(text: string, document: NormalisedDocument, ownWords: (word: string) => boolean, wordNet: WordNet | undefined): StateCondition | undefined {
  const trimmed = text.trim().replace(/[.!]+$/, '');
  const elliptical = ELLIPTICAL.exec(trimmed);
  if (elliptical) {
    const named = namedState(elliptical[1]!, document, ownWords, wordNet);
    const proForm = words(elliptical[2]!.toLowerCase());
    return named && { command: elliptical[3]!.trim(), key: named.key, value: named.value, negate: named.negate !== negated(proForm) };
  }
  if (trimmed.includes('?')) return undefined;
  const leading = LEADING.exec(trimmed);
  const [condition, command] = leading ? [leading[1]!, leading[2]!] : ((match) => (match ? [match[2]!, match[1]!] : []))(TRAILING.exec(trimmed));
  if (condition === undefined || command === undefined) return undefined;
  const named = namedState(condition, document, ownWords, wordNet);
  return named && { command: command.trim(), ...named };
}

/** Whether the condition holds in the state: undefined where the state does not say. */
export function conditionHolds(condition: StateCondition, state: DeviceStateValues): boolean | undefined {
  const current = state[condition.key];
  if (current === undefined || current === null) return undefined;
  const same = typeof condition.value === 'boolean' ? current === condition.value : String(current).toLowerCase() === String(condition.value).toLowerCase();
  return condition.negate ? !same : same;
}

/** Why nothing was done: the state as it is, or that it could not be read. */
export function conditionReason(condition: StateCondition, state: DeviceStateValues, selfNoun: string | undefined): string {
  const subject = selfNoun ? `the ${selfNoun}` : 'the device';
  const current = state[condition.key];
  const field = condition.key.replace(/_/g, ' ');
  if (current === undefined || current === null) return `I could not tell the ${field} of ${subject}, so I left it as it is`;
  const now = typeof current === 'boolean' ? (current ? field : `not ${field}`) : `${String(current).replace(/_/g, ' ')}`;
  return `${subject} is ${now}, so I left it as it is`;
}

/** The words that speak of the device itself: its nouns, a pronoun for it, the words of its name and place. */
export function ownWordsOf(deviceNouns: ReadonlySet<string>, references: SelfReferences | undefined): (word: string) => boolean {
  const named = new Set([...(references?.names ?? []), ...(references?.words ?? []), ...(references?.kinds ?? [])].flatMap((phrase) => words(phrase)));
  return (word) => deviceNouns.has(word) || en.referringPronouns.has(word) || named.has(word);
}
