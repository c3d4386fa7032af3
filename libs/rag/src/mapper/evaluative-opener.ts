import { en, isStopword, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { documentWords } from './spelled-as-meant';

/**
 * A judgement said before the sentence and set off by a comma ("great, the lights are off again",
 * "oh brilliant, the battery's dead", "typical, the blinds are stuck again", "lovely, you've mapped
 * the wrong room"): the speaker's verdict on what has happened, no part of what is asked (issue #17,
 * voices26). The discourse openers read off "oh," and "well,"; a verdict stayed, and a complaint
 * that read as a statement without it ("the battery's dead": declined) read with it as a command:
 * the battery read, the door unlocked, the blinds closed. Said before a command ("perfect, now go to
 * shelf 4") the command is read as said.
 *
 * The verdict is one word WordNet knows as an adjective and not mostly as a verb, with the
 * discourse openers and a degree word before it ("oh so typical,", "just great,"), closed by a comma,
 * dots or "!". A word the device's document writes ("quiet, please", "cool, 22 degrees" to a
 * thermostat that cools: a value or a mode), a closed-class word ("on", "off", "up") and a number
 * are no verdict; nor is a sentence left with nothing after it.
 */
const DEGREE = new Set(['just', 'so', 'how', 'really', 'very', 'absolutely', 'bloody', 'oh']);
const OPENERS = new Set(en.discourseOpeners.filter((phrase) => !phrase.includes(' ')));
const VERDICT = /^\s*((?:[\p{L}']+\s+){0,3}?)([\p{L}]+)\s*(?:,|!+|\.{2,}|…)\s*(?=[\p{L}\p{N}])/u;

/** The request without the verdict said before it, or as said. */
export function withoutEvaluativeOpener(text: string, document: NormalisedDocument, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const match = VERDICT.exec(text);
  if (!match) return text;
  const before = match[1]!.trim().toLowerCase().split(/\s+/).filter((word) => word !== '');
  const verdict = match[2]!.toLowerCase();
  if (!before.every((word) => DEGREE.has(word) || OPENERS.has(word) || word === "that's" || word === 'thats')) return text;
  if (isStopword(verdict) || en.verbParticles.has(verdict) || en.courtesy.has(verdict) || OPENERS.has(verdict)) return text;
  if (!wordNet.canBe(verdict, 'adj') || wordNet.mostlyVerb(verdict) || documentWords(document, wordNet).has(verdict)) return text;
  const rest = text.slice(match[0].length).trim();
  return rest === '' ? text : rest;
}

/**
 * The request declined where, without its verdict, it is declined (unasked-deed.ts); undefined where no
 * verdict is said or the rest is a call. A verdict only ever takes a call away: "fantastic, you've
 * parked in front of the fire door" and "typical, stopped in the middle of the aisle" are complaints
 * with the verdict and read as a call without it, so the request as said decides there.
 */
export async function evaluatedRequest(asked: string, document: NormalisedDocument, mapRequest: (request: string) => Promise<MapResult>, wordNet: WordNet | undefined): Promise<MapResult | undefined> {
  const rest = withoutEvaluativeOpener(asked, document, wordNet);
  if (rest === asked) return undefined;
  const result = await mapRequest(rest);
  return result.kind === 'not_executable' ? result : undefined;
}
