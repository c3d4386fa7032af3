import { en, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { OBJECT_UNTOUCHED } from './other-machine';

/** The pronouns that stand for a thing: "it", "them", "this", "these" (not "you", "yourself", "me"). */
const THING_PRONOUNS: ReadonlySet<string> = new Set([...en.referringPronouns, ...en.demonstratives]);
/** Where a carried thing is to end: the prepositions of a path's end and of where it is set down ("onto the shelf", "at bay 3"). */
const GOALS: ReadonlySet<string> = new Set([...en.pathPrepositions.goal, ...en.pathPrepositions.goalInCommands, 'at', 'in']);
/** The particles of phrasal verbs ("back", "over", "off"): what may stand between the pronoun and its goal. */
const PARTICLES: ReadonlySet<string> = new Set([...en.phrasalParticles, ...en.verbParticles]);
/** How many particles may stand between the pronoun and its goal ("bring them back over to shelf 7"). */
const ADVERBS_BETWEEN = 2;

/** The request's words, lower case, apostrophes kept inside a word. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}'’-]*|\d+(?:\.\d+)?/gu) ?? [];
}

/** Whether a call is given one of the said numbers as a value measured in a unit (a speed, an angle): that number is no place. */
function measuredValue(result: MapResult & { kind: 'call' }, numbers: readonly number[], byName: ReadonlyMap<string, NormalisedFunction>): boolean {
  return result.calls.some((call) => (byName.get(call.function)?.parameters ?? []).some((parameter) => parameter.unit !== undefined && numbers.includes(call.arguments[parameter.name] as number)));
}

/**
 * A thing to be carried, named only by a pronoun (issue #17, a wrong action is worse than a
 * question): "put it on shelf 2", "take this to the dock", "bring them over to shelf 7", "drop that
 * off at bay 3" said to a warehouse robot drove it to the shelf, docked it or scanned the shelf. The
 * verb's object is a pronoun that stands for a thing (English's closed classes: the referring
 * pronouns and the demonstratives), not the device, which a request calls "you" or "yourself"; and a
 * goal follows it (a preposition of a path's end or of where, after at most two particles: "back",
 * "over", "off"). The deed moves that thing to the goal: the device would go there itself and leave
 * the thing where it was. "Carry the box to shelf 7" names the thing and is other-machine.ts's and
 * foreign-object.ts's to read; here nothing but the pronoun names it.
 *
 * Only a device that goes about (other-machine.ts goesAbout): a fixed device is what "it" stands for
 * ("put it on 20 degrees", "turn it to channel 4"). Kept: a verb whose commonest sense perceives,
 * knows, makes or tells (other-machine.ts's OBJECT_UNTOUCHED: "photograph it at shelf 3"), and a goal
 * that is a value the call is given in a unit ("put it at one metre per second": a speed, not a
 * place), and a question ("where did you put it?"). A query chosen is declined too ("stick it on shelf 4"
 * read as a scan of shelf 4): it carries nothing either. Undefined where the call stands.
 */
export function carriedThing(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, mobile: () => boolean, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length === 0 || reading.mood === 'question') return undefined;
  const said = wordsOf(reading.text);
  for (let at = 1; at < said.length - 2; at += 1) {
    const pronoun = said[at]!;
    const verb = said[at - 1]!;
    if (!THING_PRONOUNS.has(pronoun) || !wordNet.canBe(verb, 'verb') || en.auxiliaries.has(verb)) continue;
    if (OBJECT_UNTOUCHED.has(wordNet.verbSenses(verb)[0]?.category ?? '')) continue;
    let goal = at + 1;
    while (goal < said.length && goal - at <= ADVERBS_BETWEEN && !GOALS.has(said[goal]!) && PARTICLES.has(said[goal]!)) goal += 1;
    if (!GOALS.has(said[goal] ?? '') || goal + 1 >= said.length) continue;
    // In digits or in words ("keep it at one meter per second"): the reading's numbers.
    const numbers = [...said.slice(goal + 1).filter((word) => /^\d/.test(word)).map(Number), ...reading.numbers.map((mention) => mention.value)];
    if (measuredValue(result, numbers, byName) || !mobile()) return undefined;
    const where = said.slice(goal, goal + 3).join(' ');
    return `the ${selfNoun ?? 'device'} goes places itself but carries nothing: it cannot ${verb} what "${pronoun}" stands for ${where}`;
  }
  return undefined;
}
