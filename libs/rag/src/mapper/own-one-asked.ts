import { en, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * "Which wifi are you connected to?", "what's your SSID?", "is your hotspot on?", "are you on the
 * Depot network?" to a warehouse robot (issue #17, wrong actions): each asks about the one thing the
 * device itself is joined to or keeps, and the call the ranking chose lists what is around it ("scan
 * the nearby WiFi networks and return their SSIDs"). A list of many things says which are there, not
 * which one is the device's own: listing answered a question nobody asked, and the speaker reads the
 * first name as the robot's network.
 *
 * Read by grammar alone: the device's own one thing is a singular noun said with the listener's
 * possessive ("your hotspot"), or the noun of a question that puts "you" in a state towards it ("which
 * network are you on", "are you connected to the Depot wifi"). The call must be one that takes nothing
 * and returns a list (its document's declared return: "list[str]", "char** ssid_list", "[]string",
 * "List<String>", "cell array"). Plural things ("what networks are you near?") and things seen or
 * found ("which wifi can you see?") are what a list answers, and stand.
 */

/** A declared return of many things: a list, an array, a vector, a C array of pointers, a slice. */
const MANY_RETURNED = /\blist\b|list\[|list<|\barray\b|\bvector\b|\*\*|\[\]|\bcell\b|\bsequence\b|\btuple\[str/i;
/** "on", "to", "onto", "with", "in", "via", "using": how one is joined to a thing (English's closed class of such prepositions). */
const JOINED_BY = new Set(['on', 'onto', 'to', 'with', 'in', 'into', 'via', 'using', 'through']);
/** Prepositions of place and reach ("visible from your spot", "in range of your position" is "of" after a place noun, kept): closed. */
const PLACED_BY = new Set(['from', 'near', 'at', 'by', 'around', 'beside', 'behind', 'within', 'above', 'below', 'under', 'over']);
/** Words that open a question of which one: closed. */
const WHICH = new Set(['which', 'what', "what's", 'whats']);
/** The listener as subject: closed. */
const LISTENER = new Set(['you', "you're", 'youre', 'u', 'ya']);
/** Forms of "be" and the perfect's "have" that put the listener in a state: closed. */
const BE = new Set(['is', 'are', 'am', 'was', 'were', 'have', 'has', "'re", 'been']);

/** Whether a word names one thing, not many: not a plural whose singular is a noun ("networks", "ssids"). */
function singular(word: string, wordNet: WordNet): boolean {
  if (!word.endsWith('s') || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return true;
  const stripped = word.slice(0, -1);
  return !(wordNet.canBe(stripped, 'noun') || !wordNet.canBe(word, 'noun'));
}

/** Whether a word may head a noun phrase of a thing: a noun the lexicon knows, or one it does not know at all ("wifi", "ssid"). */
function thingWord(word: string, wordNet: WordNet): boolean {
  if (en.stopwords.has(word) || JOINED_BY.has(word) || BE.has(word) || LISTENER.has(word)) return false;
  return wordNet.canBe(word, 'noun') || (!wordNet.isVerb(word) && !wordNet.canBe(word, 'adj'));
}

/**
 * The device's own one thing the question asks about, or undefined: `joined` where the question puts
 * the device in a state towards it ("which network are you on?"), not where it is only its own ("your hotspot").
 */
export function ownOneThing(reading: RequestReading, wordNet: WordNet, ownNouns: ReadonlySet<string>): { thing: string; joined: boolean } | undefined {
  if (reading.mood !== 'question') return undefined;
  const all = (reading.text.toLowerCase().match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? []).map((word) => word.replace(/’/g, "'"));
  const fits = (word: string | undefined) => word !== undefined && word.length > 1 && !ownNouns.has(word) && thingWord(word, wordNet) && singular(word, wordNet);
  // The head of the noun phrase that starts at `from`: the last thing word of a run ("the depot wifi network").
  const headFrom = (from: number) => {
    let at = from;
    while (at < all.length && (en.determiners.has(all[at]!) || en.articles.has(all[at]!))) at += 1;
    let head: string | undefined;
    for (; at < all.length && thingWord(all[at]!, wordNet); at += 1) head = all[at];
    return head;
  };
  const you = all.findIndex((word) => LISTENER.has(word));
  const joined = you < 0 ? undefined : joinedThing(all, you, headFrom, fits, wordNet);
  if (joined) return { thing: joined, joined: true };
  // "your hotspot", "your wifi's name": the listener's own.
  for (let at = 0; at < all.length; at += 1) {
    // Not a place said of something else ("visible from your spot"): a preposition before it.
    if (all[at] !== 'your' || JOINED_BY.has(all[at - 1] ?? '') || PLACED_BY.has(all[at - 1] ?? '')) continue;
    const head = headFrom(at + 1);
    if (fits(head)) return { thing: head!, joined: false };
  }
  return undefined;
}

/** The thing the listener is said to be on, in or joined to, or undefined. */
function joinedThing(all: readonly string[], you: number, headFrom: (from: number) => string | undefined, fits: (word: string | undefined) => boolean, wordNet: WordNet): string | undefined {
  // "which network are you on", "what wifi are you connected to": the thing before a state of "be" and the listener.
  if (WHICH.has(all[0] ?? '') && you >= 2 && BE.has(all[you - 1]!)) {
    const rest = all.slice(you + 1).filter((word) => !en.courtesy.has(word));
    const state = rest.every((word) => JOINED_BY.has(word) || en.verbParticles.has(word) || /ed$/.test(word) || en.stopwords.has(word) || !wordNet.mostlyVerb(word));
    const head = headFrom(1);
    if (state && rest.some((word) => JOINED_BY.has(word)) && fits(head)) return head;
  }
  // "are you on the depot network?", "are you connected to Depot?": the thing after the state.
  if (BE.has(all[0] ?? '') && you === 1) {
    let at = 2;
    while (at < all.length && /ed$/.test(all[at]!) && !JOINED_BY.has(all[at]!)) at += 1;
    if (JOINED_BY.has(all[at] ?? '')) {
      const head = headFrom(at + 1);
      if (fits(head)) return head;
    }
  }
  return undefined;
}

/** Which functions' own words explain a word of the question (mapper/scope.ts's reading): undefined where it is not among the question's content words. */
export type ExplainedBy = (word: string) => ReadonlySet<string> | undefined;

/**
 * Why the call does not answer a question about the device's own one thing, or undefined: a list of
 * what is around it, or (for "which network are you on?") a reading of something else whose words do
 * not explain the thing while another function's do: that thing is what a deed joins, which no reading tells.
 * `ownNouns`: the words the device is called by ("your robot" is the device, not a thing it keeps).
 */
export function ownOneAsked(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, ownNouns: ReadonlySet<string>, wordNet: WordNet | undefined, selfNoun = 'device', explainedBy?: ExplainedBy): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length !== 1) return undefined;
  const [call] = result.calls;
  const fn = byName.get(call!.function);
  if (!fn || fn.parameters.length > 0) return undefined;
  const own = ownOneThing(reading, wordNet, ownNouns);
  if (own === undefined) return undefined;
  if (MANY_RETURNED.test(fn.returns ?? '')) return `the ${selfNoun} can list what is around it (${fn.name}), but none of its functions reports which ${own.thing} is its own`;
  const explainers = own.joined ? explainedBy?.(own.thing) : undefined;
  if (explainers === undefined || explainers.size === 0 || explainers.has(fn.name)) return undefined;
  return `the ${selfNoun} can ${[...explainers].map((name) => name.replace(/[_-]+/g, ' ')).join(' or ')}, but none of its functions reports which ${own.thing} it is on now`;
}
