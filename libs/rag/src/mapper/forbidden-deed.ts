import { en, enReference, splitIdentifier, stem, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { deedPassedOn } from './passed-negation';
import type { DocumentScope } from './scope';

/**
 * The negated modal of necessity, which says a deed is not wanted as a forbidding does ("no need to
 * lock up", "there's no need to put the light on"): English's closed class of its spellings.
 */
const NEEDLESS = [['no', 'need', 'to'], ["there's", 'no', 'need', 'to'], ['theres', 'no', 'need', 'to'], ['there', 'is', 'no', 'need', 'to']];
/**
 * The words that open an imperative and forbid its deed ("don't open the blinds", "do not unlock
 * the door", "never open the garage"): English's closed class of negating auxiliaries an
 * imperative takes. Spelled with and without the apostrophe, as people type them.
 */
const FORBIDDING = [['do', 'not'], ["don't"], ['dont'], ['never'], ...NEEDLESS];
/**
 * Courtesy words that make the negation a statement or a question, not a forbidding: "you don't
 * have a map yet, make one", "can you not open it?". English's closed class of the addressee and the
 * modals of asking, as en.courtesy holds them.
 */
const ADDRESSED = [...enReference.askedForSpeaker.modals, 'will', 'would', 'you'];
/**
 * A clause after the forbidden one ("never mind the crisps, we don't need them"): the request says
 * more than the forbidding, and its reading as a whole stands. Punctuation and English's clause
 * joiners, a closed class.
 */
const FURTHER_CLAUSE = /[,;]|\b(?:and|but|then|so)\b/i;
/** How closely the forbidden verb must meet what the device does (mapper/action-scope.ts): a synonym or a close relation. */
const CLOSE_MEETING = 0.8;

/**
 * A command that forbids a deed asks for none (issue #17, a wrong action is worse than a
 * question). Retrieval reads "don't turn the heating on" as "turn the heating on": the negation is a
 * stop word to the embedding and to BM25, so the heating was turned on. The request opens (past
 * courtesy: "please don't") with a negating auxiliary; the rest is the deed, mapped on its own by
 * `mapDeed`. Where the deed is a call and its verb is something the device does (it meets the
 * document's actions closely, or a word of the called function explains it), the request is
 * declined with what was forbidden. Where the verb is not the device's deed, the negation belongs
 * to another verb and the request stands as read: "don't forget to lock the door" locks it, "never
 * mind the crisps" removes them. A deed whose verb only lets it happen or carries a polar particle
 * ("don't let the door close", "don't power up the socket") is the device's too (mapper/passed-negation.ts).
 */
export async function forbiddenDeed(asked: string, scope: DocumentScope, mapDeed: (deed: string) => Promise<MapResult>, selfNoun: string | undefined, wordNet?: WordNet, ownWord?: (word: string) => boolean): Promise<MapResult | undefined> {
  const deed = deedForbidden(asked);
  if (!deed) return undefined;
  const mapped = await mapDeed(deed);
  const done = (await devicesDeed(deed, scope, async () => mapped, wordNet)) ?? (ownWord && !FURTHER_CLAUSE.test(deed) && !saysAnotherDeed(deed, mapped, scope, ownWord, wordNet) ? mapped : undefined);
  if (!done) return undefined;
  return { kind: 'not_executable', reason: `you asked me not to ${deed}, so I left the ${selfNoun ?? 'device'} as it is`, candidates: done.candidates, ranking: done.ranking };
}

/**
 * Whether a forbidden deed whose verb is not the device's says another deed that is: "don't forget
 * to shut the hatch", "never mind the yoghurt, remove it". A word past the forbidden verb that does
 * not name the device ("shut", "remove") explains the function the deed reads best as. Where none
 * does ("don't touch the heating", "don't fiddle with the hatch": only the device's own noun meets a
 * function), the forbidding asks for nothing, and the embedding's reading of the whole request
 * (where "don't" is a stop word, and the heating was turned off) is not taken. Only a word that can
 * be a verb says another deed. Read only of a forbidding said alone (FURTHER_CLAUSE).
 */
function saysAnotherDeed(deed: string, mapped: MapResult, scope: DocumentScope, ownWord: (word: string) => boolean, wordNet: WordNet | undefined): boolean {
  const best = mapped.kind === 'call' ? mapped.calls.map((call) => call.function) : mapped.ranking.slice(0, 1).map((candidate) => candidate.function);
  const read = scope.read(deed, undefined, 'command');
  // The function's own verb said past the forbidden one ("don't forget to bolt it" of a bolt whose function is
  // `bolt`), which the device's noun keeps out of the words read. Its first word: "hatch" of open_hatch is its object.
  const later = deed.toLowerCase().split(/\s+/).slice(1).map((word) => stem(word.replace(/[^\p{L}'-]/gu, '')));
  const named = (name: string) => later.includes(stem((splitIdentifier(name)[0] ?? '').toLowerCase()));
  // Another deed is said by a verb ("shut" of "forget to shut"): a noun past the forbidden verb is its object or its place ("don't go to shelf 4"),
  // which says what the forbidden deed is done to, not another deed. A document whose move is "导航" (navigate) meets no "go", so its shelf alone explained the call.
  // A word a number follows is a thing's name ("room 2"), though WordNet has a verb "to room" too.
  const numbered = (word: string) => new RegExp(`\\b${word.replace(/[^\p{L}'-]/gu, '')}\\s+\\d`, 'iu').test(deed);
  const anotherVerb = (word: string) => !ownWord(word) && (wordNet?.isVerb(word) ?? true) && !numbered(word);
  // "forget to go to room 4": a verb after "to" is the other deed, though "go" is a stop word the scope does not read.
  const infinitive = [...deed.matchAll(/\bto\s+(\p{L}+)\b(?!\s+\d)/giu)].some((match) => wordNet?.isVerb(match[1]!.toLowerCase()) === true && !ownWord(match[1]!.toLowerCase()));
  return infinitive || best.some((name) => named(name) || [...(read.explained?.get(name) ?? [])].some((at) => at > 0 && anotherVerb(read.content[at] ?? '')));
}

/**
 * The call a deed said as a command maps to, where its verb is something the device does (it meets
 * the document's actions closely, a word of the called function explains it, or it lets a change
 * happen or carries a polar particle: mapper/passed-negation.ts; or it is a word of the called
 * function's name, "lock" of `lock`); undefined where the verb is not
 * the device's deed ("forget", "mind"), which leaves the request to be read as said.
 */
export async function devicesDeed(deed: string, scope: DocumentScope, mapDeed: (deed: string) => Promise<MapResult>, wordNet?: WordNet): Promise<MapResult | undefined> {
  const done = await mapDeed(deed);
  if (done.kind !== 'call') return undefined;
  const read = scope.read(deed, undefined, 'command');
  const verb = deed.split(/\s+/)[0]!.toLowerCase();
  const explained = read.content[0] === verb && done.calls.some((call) => read.explained?.get(call.function)?.has(0));
  const meets = read.action?.verb === verb && read.action.meeting >= CLOSE_MEETING;
  // "lock" of a lock that locks: the verb is the called function's own name, though the device's noun keeps it out of the content read.
  const named = done.calls.some((call) => splitIdentifier(call.function).some((word) => stem(word.toLowerCase()) === stem(verb)));
  return explained || meets || named || deedPassedOn(deed, wordNet) ? done : undefined;
}

/**
 * A request that names a deed the device does but asks for none (the speaker's own deed, past or to
 * come, a reminder of it) declined with `reason`: the deed mapped alone, kept only where it is the
 * device's own deed (`devicesDeed`), so its candidates are shown. Undefined where there is no such deed.
 */
export async function declinedDeed(deed: string | undefined, scope: DocumentScope, mapDeed: (deed: string) => Promise<MapResult>, wordNet: WordNet | undefined, reason: (deed: string) => string): Promise<MapResult | undefined> {
  if (!deed) return undefined;
  const done = await devicesDeed(deed, scope, mapDeed, wordNet);
  if (!done) return undefined;
  return { kind: 'not_executable', reason: reason(deed), candidates: done.candidates, ranking: done.ranking };
}

/**
 * The deed a request forbids: what follows its opening negating auxiliary, past courtesy and
 * punctuation ("please, don't open the blinds!" -> "open the blinds"). Undefined where the request
 * does not open so.
 */
export function deedForbidden(asked: string): string | undefined {
  const said = asked.trim().replace(/[’‘]/g, "'").replace(/[.!?]+$/, '').split(/\s+/);
  let at = 0;
  while (at < said.length && en.courtesy.has(bare(said[at]!)) && !ADDRESSED.includes(bare(said[at]!))) at += 1;
  at = pastConcession(said, at);
  const opening = FORBIDDING.find((words) => words.every((word, offset) => bare(said[at + offset] ?? '') === word));
  if (!opening) return undefined;
  const rest = said.slice(at + opening.length).join(' ').trim();
  return rest === '' ? undefined : rest;
}

/**
 * A concessive opening before the forbidding ("whatever you do, don't switch the freezer off",
 * "whatever happens do not open the curtains", "no matter what, never unlock it"): a free relative
 * of a wh-ever word, or "no matter" and a wh-word, said in at most CONCESSION_WORDS words, comma or
 * none. It only strengthens the forbidding; the deed is still what follows the negating auxiliary.
 * Read only where such an auxiliary follows it; the index of the word after it, else `at` itself.
 * English's closed classes (issue #17: read without its comma, the freezer was switched off).
 */
const WH_EVER = ['whatever', 'whichever', 'whoever', 'whenever', 'wherever', 'however'];
const NO_MATTER = ['no', 'matter'];
const CONCESSION_WORDS = 4;
function pastConcession(said: readonly string[], at: number): number {
  const opener = bare(said[at] ?? '');
  const noMatter = NO_MATTER.every((word, offset) => bare(said[at + offset] ?? '') === word);
  if (!WH_EVER.includes(opener) && !noMatter) return at;
  for (let end = at + (noMatter ? 2 : 1); end <= at + CONCESSION_WORDS && end < said.length; end += 1) {
    if (FORBIDDING.some((words) => words.every((word, offset) => bare(said[end + offset] ?? '') === word))) return end;
  }
  return at;
}

const bare = (word: string) => word.toLowerCase().replace(/^[^a-z']+|[^a-z']+$/g, '');
