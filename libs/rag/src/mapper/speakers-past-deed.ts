import { en, enReference, pastTense, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { declinedDeed } from './forbidden-deed';
import { irregularPastBase } from './irregular-past';
import type { DocumentScope } from './scope';

const OWN = enReference.speakersOwnDeed;
const PAST = enReference.speakersPastDeed;
const SPEAKERS: ReadonlySet<string> = new Set(OWN.speakers);
const PERFECT: ReadonlySet<string> = new Set(PAST.perfect);
const REFLEXIVES: ReadonlySet<string> = new Set(OWN.reflexives);
const ADDRESSEE: ReadonlySet<string> = new Set(OWN.addressee);
/** Adverbs said around the deed ("I've already turned it off", "I just locked it"): the done report's closed class. */
const ADVERBS: ReadonlySet<string> = new Set(enReference.doneReport.adverbs);
/** Words that join a second clause ("I turned it off, so turn it back on"): a request with one is left to the steps. */
const JOINING: ReadonlySet<string> = new Set([...en.connectives, 'but', 'or', 'so', 'because']);
const OPENING: ReadonlySet<string> = new Set([...en.courtesy].filter((word) => !ADDRESSEE.has(word)));
const CONTRACTED = new RegExp(`\\b(${OWN.speakers.join('|')})'(${PAST.contractions.join('|')})\\b`, 'g');

/**
 * The base form of a verb said in its past ("locked" -> lock, "switched" -> switch): the lemma of
 * one of its WordNet verb senses whose regular past it is. Undefined where the word is no such past
 * (a base form, an irregular past that is its base as well: "put", "shut").
 */
export function pastBase(word: string, wordNet: WordNet): string | undefined {
  if (!word.endsWith('ed')) return undefined;
  const lemmas = wordNet.verbSenses(word).flatMap((sense) => sense.lemmas);
  if (lemmas.includes(word)) return undefined;
  return lemmas.find((lemma) => !lemma.includes('_') && (pastTense(lemma) === word || doubledPast(lemma) === word));
}

/** The past of a verb that doubles its last consonant ("scan" -> scanned, "map" -> mapped, "stop" -> stopped): one vowel before one consonant. */
function doubledPast(lemma: string): string | undefined {
  return /(?:^|[^aeiou])[aeiou][bdgklmnprtz]$/.test(lemma) ? `${lemma}${lemma.at(-1)}ed` : undefined;
}

/**
 * The deed of a statement whose subject is the speaker and whose verb is past: "I turned the plug off
 * already" -> "turn the plug off", "we've locked it ourselves" -> "lock it", "I just switched the
 * lamp on" -> "switch the lamp on". Undefined where the request does not open so (past courtesy),
 * asks something, joins a second clause, or speaks to the addressee.
 */
export function speakersPastDeed(asked: string, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || /[,;:?]/.test(asked)) return undefined;
  const said = asked.toLowerCase().replace(/[’‘]/g, "'").replace(CONTRACTED, '$1 $2').replace(/[.!]+\s*$/, '').split(/\s+/).filter(Boolean);
  if (said.some((word) => JOINING.has(word) || ADDRESSEE.has(word))) return undefined;
  let at = 0;
  while (at < said.length && OPENING.has(said[at]!)) at += 1;
  if (!SPEAKERS.has(said[at] ?? '')) return undefined;
  at += 1;
  // "'d" is "had" or "would" ("I'd put it on" is a suggestion): only an unambiguous perfect marks a form that is its own base as past.
  const perfect = PERFECT.has(said[at] ?? '') && said[at] !== 'd';
  if (PERFECT.has(said[at] ?? '')) at += 1;
  while (at < said.length && ADVERBS.has(said[at]!)) at += 1;
  const base = pastBase(said[at] ?? '', wordNet) ?? irregularPastBase(said[at] ?? '', wordNet, perfect || said.some((word) => ADVERBS.has(word))); // "I've done the floors", "I shut the blinds already" (irregular-past.ts)
  if (!base) return undefined;
  const rest = said.slice(at + 1).filter((word) => !REFLEXIVES.has(word) && !ADVERBS.has(word));
  return rest.length === 0 ? undefined : [base, ...rest].join(' ');
}

/**
 * A statement of what the speaker already did asks the device for nothing (issue #17, a wrong action
 * is worse than a question): "I turned the plug off already" turned it off and "I locked it myself"
 * locked the door, retrieval reading the deed and not who did it nor when. Where the deed is the
 * device's own (forbidden-deed.ts `devicesDeed`) the request is declined with what it said. A list
 * ticks off what the speaker did ("I've bought the eggs": done-report.ts), so a document that takes
 * free-text items is left to that reading.
 */
export async function speakersPastDeedDeclined(asked: string, takesItems: boolean, scope: DocumentScope, mapDeed: (deed: string) => Promise<MapResult>, selfNoun: string | undefined, wordNet?: WordNet): Promise<MapResult | undefined> {
  if (takesItems) return undefined;
  const deed = speakersPastDeed(asked, wordNet);
  const reason = (said: string) => `that says what you have done yourself (${said}), not what I should do, so I left the ${selfNoun ?? 'device'} as it is`;
  return (await declinedDeed(deed, scope, mapDeed, wordNet, reason)) ?? (await worldDeedDeclined(deed, mapDeed, wordNet, reason));
}

/**
 * WordNet's verb files of a deed done to the world: a thing changed, touched, moved, made, used up or
 * handed over ("restocked", "cleared", "filled", "moved"). Not a thought, a wish, a feeling, a saying,
 * a perceiving or a state ("I wondered what's on shelf 9", "I wanted the battery", "I needed you at
 * shelf 3"), which say a request in the past tense of courtesy.
 */
const WORLD_DEEDS: ReadonlySet<string> = new Set(['change', 'contact', 'motion', 'possession', 'creation', 'consumption']);

/**
 * The speaker's own past deed that is not the device's ("I just restocked shelf 11", "we cleared shelf
 * 12 an hour ago"): a deed done to the world, which the device's call for its other words (a move to the
 * shelf, a scan of it) was not asked for. Declined with what it said, the deed's mapping shown as candidates.
 */
async function worldDeedDeclined(deed: string | undefined, mapDeed: (deed: string) => Promise<MapResult>, wordNet: WordNet | undefined, reason: (deed: string) => string): Promise<MapResult | undefined> {
  const verb = deed?.split(' ')[0];
  if (!deed || !verb || !wordNet || !WORLD_DEEDS.has(wordNet.verbSenses(verb)[0]?.category ?? '')) return undefined;
  const mapped = await mapDeed(deed);
  return { kind: 'not_executable', reason: reason(deed), candidates: mapped.candidates, ranking: mapped.ranking };
}
