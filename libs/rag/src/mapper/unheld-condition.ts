import { en, enReference, isFunctionWord, isStopword, splitIdentifier, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { readStateCondition } from './state-condition';
import { withMusingAsked } from './musing-question';

/**
 * The openers of a condition proper ("if", "in case", "unless", "assuming", "as long as"): not "when" or "once",
 * which may only say when (closed class). "Should" opens one only before its subject ("should anyone come in, ...").
 */
const OPENERS = ['if', 'only if', 'in case', 'provided that', 'provided', 'providing', 'unless', 'assuming', 'supposing', 'as long as', 'so long as', 'on condition that', 'in the event that'];
/** The subjects "should" opens a condition before: the addressee and the subjects of a clause of an event (en.executionTimes). */
const INVERTED_SUBJECTS = ['you', ...en.executionTimes.eventSubjects];
const LEADING_OPENERS = [...OPENERS, `should(?=\\s+(?:${INVERTED_SUBJECTS.join('|')})\\b)`];
const spaced = (opener: string) => opener.replace(/ /g, '\\s+');
const LEADING = new RegExp(`^(?:${LEADING_OPENERS.map(spaced).join('|')})\\s+([^,]+?)\\s*,\\s*(?:then\\s+)?(.+)$`, 'i');
/** "turn the heating up in case it gets cold": after the command, "in case" gives its purpose, not a condition. */
const TRAILING_PURPOSE = new Set(['in case']);
/** "switch the lamp on if anyone comes in": the condition said after the command, with or without its comma. */
const TRAILING = new RegExp(`^(.+?)\\s*,?\\s+(${OPENERS.filter((opener) => !TRAILING_PURPOSE.has(opener)).map(spaced).join('|')})\\s+([^,]+)$`, 'i');
/** The openers after which a clause may be the "whether" of a question ("tell me if the window is open"): "if" alone. */
const WHETHER = new Set(['if']);
/** Who a question of "whether" is asked for, after its verb ("tell me if", "let us know if"): the speakers. */
const ASKED_FOR: ReadonlySet<string> = new Set(enReference.viewing.speakerObjects);
/**
 * A condition said after the command with an auxiliary (en.auxiliaries: be, have, do) or a contraction of one may be
 * the "whether" of a question ("tell me if the window is open", "I wonder if it's muggy"); one without says an event
 * to come ("if it goes over 70 percent", "if anyone comes in") and is a condition.
 */
const stative = (condition: string) => (condition.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}']+/gu) ?? []).some((word) => en.auxiliaries.has(word) || word.includes("'"));
/**
 * A condition that is only courtesy ("if you can", "if possible", "if you don't mind", "if that's
 * ok"): the modals, the addressee and the few words such a hedge is made of (closed class).
 */
const HEDGE: ReadonlySet<string> = new Set([...enReference.speakersOwnDeed.modals, ...enReference.speakersOwnDeed.addressee, ...en.courtesy, 'possible', 'mind', 'ok', 'okay', 'fine', 'like', 'want', 'wish', 'please', 'that', "that's", 'thats', "it's", 'it', 'is', 'do', "don't", 'not', 'would', 'too', 'much', 'no', 'trouble', 'problem', 'bother', 'free', 'able']);

/**
 * The condition and the command of "if X, Y", or of "Y if X" where X says an event to come, or undefined.
 * With WordNet, a state after "if" is a "whether" only after a verb that may ask it or the person it is
 * asked for ("check if", "tell me if", "find out if"): "scan shelf 6 if you've got the juice" is a condition,
 * as is any state after "unless" or "as long as".
 */
export function conditionalRequest(asked: string, wordNet?: WordNet): { condition: string; command: string } | undefined {
  const trimmed = asked.trim().replace(/[.!]+$/, '');
  if (trimmed.includes('?')) return undefined;
  if (withMusingAsked(trimmed, wordNet) !== trimmed) return undefined; // "I wonder if you could ...", "I wonder if it's on": a request or a question, not a condition (musing-question.ts)
  const match = LEADING.exec(trimmed);
  if (match) return { condition: match[1]!.trim(), command: match[2]!.trim() };
  const trailing = TRAILING.exec(trimmed);
  if (!trailing) return undefined;
  const [, command, opener, condition] = trailing as unknown as [string, string, string, string];
  const whether = WHETHER.has(opener.toLowerCase()) && stative(condition) && asksWhether(command, wordNet);
  return whether ? undefined : { condition: condition.trim(), command: command.trim() };
}

/** Whether a command may end in a verb that asks "whether", or the person it is asked for; without WordNet, any may. */
function asksWhether(command: string, wordNet: WordNet | undefined): boolean {
  const last = (command.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? []).at(-1) ?? '';
  if (!wordNet) return true;
  return ASKED_FOR.has(last) || en.verbParticles.has(last) || wordNet.mostlyVerb(last);
}

/** Whether a condition is only courtesy: every word a hedge's. */
export function hedgeOnly(condition: string): boolean {
  return words(condition.toLowerCase().replace(/[’‘]/g, "'")).every((word) => HEDGE.has(word) || HEDGE.has(word.replace(/'\w+$/, '')));
}

/** Whether the condition names a field of the device's own state ("if the volume is above 50"): left to the readers of state. */
function namesOwnState(condition: string, document: NormalisedDocument): boolean {
  const said = new Set(words(condition.toLowerCase()).filter((word) => !isStopword(word) && !isFunctionWord(word, 'en')).map(stem));
  return Object.keys(document.state ?? {}).some((key) => splitIdentifier(key).map((part) => stem(part.toLowerCase())).some((part) => said.has(part)));
}

/**
 * "If you're finished, head to shelf 3", "if your battery's low, go and dock", "if anyone's in the
 * way, stop", "if it's below 10 outside, put the heating on" (issue #17, a wrong action is worse
 * than a question): a command under a condition the device cannot check. Where the condition is
 * the device's own state, mapper/state-condition.ts reads it in that state; a condition on anything
 * else (a state no field of the device holds, a person, the weather) was dropped, and the deed done
 * whether it held or not, or its words were read as the call ("if there's room on shelf 4, go
 * there" scanned shelf 4). Declined, saying so; "if you can, take a picture" only hedges, and is done.
 */
export async function unheldCondition(asked: string, document: NormalisedDocument, ownWord: (word: string) => boolean, mapDeed: (deed: string) => Promise<MapResult>, selfNoun: string | undefined, wordNet: WordNet | undefined): Promise<MapResult | undefined> {
  const read = conditionalRequest(asked, wordNet);
  if (!read || hedgeOnly(read.condition) || namesOwnState(read.condition, document)) return undefined;
  if (readStateCondition(asked, document, ownWord, wordNet)) return undefined;
  // Done or not alone ("go there" of "if there's room on shelf 4, go there"), the condition's words only say when: never the call.
  const done = await mapDeed(read.command);
  return { kind: 'not_executable', reason: `that asks for "${read.command}" ${/\bunless\b/i.test(asked) ? 'unless' : 'only if'} ${read.condition}, which the ${selfNoun ?? 'device'} cannot check itself, so I left it as it is: tell me when you want it done`, candidates: done.candidates, ranking: done.ranking };
}
