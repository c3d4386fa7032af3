import { en, enReference, lackingVerb, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { declinedDeed } from './forbidden-deed';
import type { DocumentScope } from './scope';

const OWN = enReference.speakersOwnDeed;
const SPEAKERS: ReadonlySet<string> = new Set(OWN.speakers);
const MODALS: ReadonlySet<string> = new Set(OWN.modals);
const BE: ReadonlySet<string> = new Set(OWN.be);
const GOING: ReadonlySet<string> = new Set(OWN.going);
const FUSED: ReadonlySet<string> = new Set(OWN.fused);
const REFLEXIVES: ReadonlySet<string> = new Set(OWN.reflexives);
const ADDRESSEE: ReadonlySet<string> = new Set(OWN.addressee);
/** Adverbs said between the auxiliary and the verb ("I'll just switch it off"): the done report's closed class. */
const ADVERBS: ReadonlySet<string> = new Set(enReference.doneReport.adverbs);
/** Verbs of receiving ("I'll have the lamp on", "can we get the lights off"): the speaker asks to be given, not to do. */
const RECEIVING: ReadonlySet<string> = new Set(enReference.askedForSpeaker.receiving);
/** Words that join a second clause ("I'm going to bed, so turn the lights off"): a request with one is left to the steps. */
const JOINING: ReadonlySet<string> = new Set([...en.connectives, 'but', 'or', 'so']);
/** Courtesy that opens a request without being its auxiliary ("ok, ..."): the modals and the addressee are the statement's own words. */
const OPENING = [...en.courtesy].filter((word) => !MODALS.has(word) && !ADDRESSEE.has(word));
const CONTRACTED = new RegExp(`\\b(${OWN.speakers.join('|')})'(${OWN.contractions.join('|')})\\b`, 'g');

/**
 * The deed of a statement whose subject is the speaker and whose verb is still to come: "I'll
 * unlock it myself" -> "unlock it", "I was going to turn the lamp off" -> "turn the lamp off",
 * "we're gonna switch the fan on" -> "switch the fan on". Undefined where the request does not open
 * so (past courtesy), joins a second clause, speaks to the addressee ("I'm going to need you to ..."),
 * or has a verb of receiving or lacking after the auxiliary ("I'll have the lamp on", "I'll need
 * the light"): those ask for something.
 */
export function speakersDeed(asked: string, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || /[,;:]/.test(asked)) return undefined;
  const said = asked.toLowerCase().replace(/[’‘]/g, "'").replace(CONTRACTED, '$1 $2').replace(/[.!?]+\s*$/, '').split(/\s+/).filter(Boolean);
  if (said.some((word) => JOINING.has(word) || ADDRESSEE.has(word))) return undefined;
  let at = 0;
  while (at < said.length && OPENING.includes(said[at]!)) at += 1;
  if (!SPEAKERS.has(said[at] ?? '')) return undefined;
  at += 1;
  if (MODALS.has(said[at] ?? '') || FUSED.has(said[at] ?? '')) at += 1;
  else if (BE.has(said[at] ?? '') && FUSED.has(said[at + 1] ?? '')) at += 2;
  else if (BE.has(said[at] ?? '') && GOING.has(said[at + 1] ?? '') && said[at + 2] === OWN.goingTo) at += 3;
  else return undefined;
  while (at < said.length && ADVERBS.has(said[at]!)) at += 1;
  const verb = said[at];
  if (!verb || RECEIVING.has(verb) || !wordNet.isVerb(verb) || lackingVerb(verb, wordNet)) return undefined;
  const deed = said.slice(at).filter((word) => !REFLEXIVES.has(word));
  return deed.length < 2 ? undefined : deed.join(' ');
}

/**
 * A statement of what the speaker will do, or was about to do, themselves asks the device for
 * nothing (issue #17, a wrong action is worse than a question): "I'll unlock it myself" unlocked
 * the door, "I was going to turn the lamp off" turned it off; retrieval reads the deed and not who
 * does it. Where the deed after the speaker and the auxiliary is the device's own (mapper/forbidden-
 * deed.ts `devicesDeed`), the request is declined with what it said; the person who wants it done
 * asks for it.
 */
export async function speakersOwnDeed(asked: string, scope: DocumentScope, mapDeed: (deed: string) => Promise<MapResult>, selfNoun: string | undefined, wordNet?: WordNet): Promise<MapResult | undefined> {
  return declinedDeed(speakersDeed(asked, wordNet), scope, mapDeed, wordNet, (deed) => `that says what you will do yourself (${deed}), not what I should do, so I left the ${selfNoun ?? 'device'} as it is`);
}
