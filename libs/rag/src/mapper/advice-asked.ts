import { en, enReference, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { devicesDeed } from './forbidden-deed';
import type { DocumentScope } from './scope';

const ADVICE = enReference.adviceAsked;
const MODALS: ReadonlySet<string> = new Set(ADVICE.modals);
const SPEAKERS: ReadonlySet<string> = new Set(enReference.speakersOwnDeed.speakers);
const ADDRESSEE: ReadonlySet<string> = new Set(enReference.speakersOwnDeed.addressee);
/** Adverbs said between the subject and the verb ("should I just switch it off"): the done report's closed class. */
const ADVERBS: ReadonlySet<string> = new Set(enReference.doneReport.adverbs);
/** Courtesy that opens a request without being its modal or its addressee ("ok, should I ..."). */
const OPENING: ReadonlySet<string> = new Set([...en.courtesy].filter((word) => !ADDRESSEE.has(word)));

/** What a question of advice asks about. */
export interface AdviceAsked {
  /** The deed as a command: "turn the lamp off" of "should I turn the lamp off?", "the heater be on" of "should the heater be on?". */
  deed: string;
  /** Whether the speaker is its subject ("should I", "shall I"): then the deed opens with its verb. */
  bySpeaker: boolean;
}

/**
 * The deed a question of advice or an offer asks about: "should I turn the lamp off?" -> "turn the
 * lamp off", "shall I lock up?" -> "lock up", "should the heater be on?" -> "the heater be on".
 * Undefined where the request does not open so (past courtesy), speaks to the addressee ("should
 * you ..."), or has no noun phrase after the modal ("should be fine").
 */
export function adviceAsked(asked: string): AdviceAsked | undefined {
  const said = asked.toLowerCase().replace(/[’‘]/g, "'").replace(/[.!?]+\s*$/, '').split(/[\s,]+/).filter(Boolean);
  let at = 0;
  while (at < said.length && OPENING.has(said[at]!)) at += 1;
  const modal = said[at] ?? '';
  const subject = said[at + 1] ?? '';
  const offers = modal === ADVICE.offering && subject === ADVICE.offerer;
  if (!offers && !MODALS.has(modal)) return undefined;
  if (ADDRESSEE.has(subject)) return undefined;
  if (offers || SPEAKERS.has(subject)) {
    let from = at + 2;
    while (from < said.length && (ADVERBS.has(said[from]!) || said[from] === 'to')) from += 1; // "ought we to ...", "should I just ..."
    const deed = said.slice(from);
    return deed.length === 0 ? undefined : { deed: deed.join(' '), bySpeaker: true };
  }
  // "should the heater be on?", "should it be locked?": a noun phrase or a pronoun as the subject.
  if (!en.determiners.has(subject) && !en.referringPronouns.has(subject)) return undefined;
  return said.length > at + 2 ? { deed: said.slice(at + 1).join(' '), bySpeaker: false } : undefined;
}

/**
 * A question whether a deed ought to be done, or an offer to do it, asks the device for nothing
 * (issue #17, a wrong action is worse than a question): "should I turn the light off?" switched it
 * off and "should the heater be on?" switched it on, retrieval reading the deed and not the question
 * around it. Where the deed, said as a command, is the device's own (forbidden-deed.ts
 * `devicesDeed`; a subject other than the speaker: any call it maps to), the request is declined with
 * what it asked; the person who wants it done says so.
 */
export async function adviceDeclined(asked: string, scope: DocumentScope, mapDeed: (deed: string) => Promise<MapResult>, selfNoun: string | undefined, wordNet?: WordNet): Promise<MapResult | undefined> {
  const advice = adviceAsked(asked);
  if (!advice) return undefined;
  const done = advice.bySpeaker ? await devicesDeed(advice.deed, scope, mapDeed, wordNet) : await mapDeed(advice.deed);
  if (!done || done.kind !== 'call') return undefined;
  return { kind: 'not_executable', reason: `that asks whether it should be done (${advice.deed}), not to do it, so I left the ${selfNoun ?? 'device'} as it is: tell me if you want it done`, candidates: done.candidates, ranking: done.ranking };
}
