import { en, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';

/** How closely a word must meet the document to be its own thing (scope.ts's weights), as other-machine.ts reads it. */
const OWN_THING = 0.75;

/** English's causative and permissive verbs, a closed class of grammar: "make X do", "have X do", "get X to do", "let X know". */
export const CAUSATIVE: ReadonlySet<string> = new Set(['make', 'have', 'get', 'let']);

/** The words that open what a person is told or asked ("tell Sam where you are", "message the shift that you're done"): a closed class. */
const TOLD = new Set(['to', 'that', 'where', 'what', 'when', 'how', 'whether', 'if', 'which', 'who', 'why']);

/** The hearer and the speaker, who are no third party: "let me know", "get yourself to the dock". */
const FIRST_AND_SECOND = new Set(['me', 'us', 'you', 'yourself', 'yourselves', 'it', 'itself', 'them']);

/**
 * A deed asked of someone or something else through the device (issue #17, a wrong action is worse
 * than a question): "have the drone scan shelf 4", "make the drone map the loading bay", "let the
 * supervisor know shelf 4 is full", "ask the picker to slow down", "tell Sam where you are" said to a
 * warehouse robot scanned, mapped, went to shelf 4 or located the robot. A causative or permissive
 * verb (make, have, get, let) or a verb of telling (WordNet's commonest sense a communication: tell,
 * ask, message) has a third party as its object, and what that party is to do or be told follows
 * (a verb, "to", "that", a wh-word): the deed is the third party's, or the telling is, and the
 * device does and says only its own. The third party is a noun phrase no word of the document meets,
 * not the device's own noun or name, nor the speaker or the hearer ("let me know", "tell me where you
 * are"). Undefined where the call stands.
 */
export function deedForAnother(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, ownNouns: ReadonlySet<string>, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || !scope || result.kind !== 'call') return undefined;
  const tokens = reading.text.match(/\p{L}[\p{L}'’-]*|\d+(?:\.\d+)?|[,;:!?.]/gu) ?? [];
  let at = 0;
  while (at < tokens.length && (en.courtesy.has(tokens[at]!.toLowerCase()) || /^[,;:!?.]$/.test(tokens[at]!))) at += 1;
  const verb = tokens[at]?.toLowerCase();
  if (verb === undefined) return undefined;
  const causative = CAUSATIVE.has(verb);
  // "Have the drone scan shelf 4." opens as "have you ...?" does: a question only where it is asked as one.
  if (reading.mood === 'question' && (!causative || /\?\s*$/.test(reading.text))) return undefined;
  if (!causative && wordNet.verbSenses(verb)[0]?.category !== 'communication') return undefined;
  at += 1;
  while (at < tokens.length && en.determiners.has(tokens[at]!.toLowerCase())) {
    // "make your way to bay 3", "get your battery charged": the hearer's own thing.
    if (tokens[at]!.toLowerCase() === 'your') return undefined;
    at += 1;
  }
  const phrase: string[] = [];
  for (; at < tokens.length && phrase.length < 3; at += 1) {
    const word = tokens[at]!;
    const lower = word.toLowerCase();
    if (FIRST_AND_SECOND.has(lower) || ownNouns.has(lower)) return undefined;
    if (TOLD.has(lower) || !(/^\p{Lu}/u.test(word) || wordNet.canBe(lower, 'noun'))) break;
    // "have the drone scan shelf 4": after a causative's object, a word that can be a verb is what it is made to do.
    if (causative && phrase.length > 0 && wordNet.isVerb(lower)) break;
    phrase.push(word);
  }
  const head = phrase.at(-1);
  if (head === undefined) return undefined;
  // What the third party is to do or be told: a verb of its own ("have the drone scan"), "to", "that" or a wh-word.
  const next = tokens[at]?.toLowerCase() ?? '';
  // A participle says what the thing is ("make a hotspot called Barn"), not what it is to do.
  const opensDeed = TOLD.has(next) || (causative && wordNet.isVerb(next) && !en.verbParticles.has(next) && !/(?:ed|ing)$/.test(next));
  // "to" opens a deed with a verb after it ("ask the porter to stop"), not a place ("get the porter to bay 3").
  if (!opensDeed || (next === 'to' && (!wordNet.isVerb(tokens[at + 1]?.toLowerCase() ?? '') || /^\d/.test(tokens[at + 2] ?? '')))) return undefined;
  // The device's own thing ("make the camera point down", "have the heating come on"): a word the document meets.
  const met = phrase.some((word) => { const index = scope.content.indexOf(word.toLowerCase()); return index >= 0 && scope.meetings[index]! >= OWN_THING; });
  if (met) return undefined;
  return `the ${selfNoun ?? 'device'} does only what it is asked itself; it cannot have ${/^\p{Lu}/u.test(phrase[0]!) ? '' : 'the '}${phrase.join(' ')} do it or tell them`;
}
