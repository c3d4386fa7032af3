/**
 * A need said with no verb for a list (issue #17, lists): "we need toilet roll", "we need some eggs
 * and a loaf" name no device; used-up-supply.ts reads only supplies said used up ("we've run out of
 * tea"). A household's need of a thing to get goes onto a list of things, as a used-up supply does.
 *
 * What is a thing to get: said by the household ("we need"; "I need a shower" is the speaker's own
 * want), as a bare thing or an amount of one ("toilet roll", "eggs", "some milk", "more coffee"), a
 * physical thing by WordNet's commonest sense and no person, or a word WordNet does not know (a
 * brand). "we need to leave at 8" (an infinitive), "we need the heating on", "we need the car" (a
 * thing of the home's own, said with "the"), "we need a plumber", "we need a taxi" (one of
 * something, said with "a") and "we need a break" are not. The planner reads it only of a clause
 * that names no device, kind of device or place.
 *
 * The guard h/lists19 lacked: "we need firelighters, toilet roll and washing up liquid for the let,
 * add them to the changeover list" was cut into "we need firelighters" and pieces after it, and the
 * first piece went to the shopping list. A need is now the head of the bare pieces after it (needHeads,
 * joined in builtin-planner.ts as a verb's objects are), so a later "add them to the changeover list"
 * that refers back joins the whole need, and the list it names is meant.
 */
import { en, enReference, singularForms, statedLack, tokenize as words, type WordNet } from '@meshmind/language';
import type { ClauseReferences } from './clause-references';

const HOUSEHOLD = new Set<string>(enReference.statedNeed.household);
const AMOUNTS = new Set<string>(enReference.statedNeed.amounts);
const { physicalAncestor: PHYSICAL, personAncestor: PERSON } = enReference.statedNeed;

/** The things a household says it needs ("we need toilet roll and milk"), as said; undefined where it says none. */
export function neededThings(text: string, wordNet: WordNet): string | undefined {
  const lack = statedLack(text, wordNet);
  if (!lack || lack.verb.includes(' ')) return undefined;
  const clause = words(lack.clause);
  const at = clause.indexOf(lack.verb);
  if (at < 1 || !HOUSEHOLD.has(clause[at - 1]!)) return undefined;
  const said = words(lack.things);
  // A bare thing or an amount of one: "to leave", "the heating on", "a plumber" are no things to get.
  const start = said.findIndex((word) => !AMOUNTS.has(word));
  const first = said[start];
  if (first === undefined || first === en.infinitiveMarker || en.determiners.has(first) || en.plannerStopwords.has(first)) return undefined;
  // The first thing: its words up to the first small word but a particle ("toilet roll" of "toilet roll and milk", "washing up liquid").
  const end = said.findIndex((word, index) => index > start && en.plannerStopwords.has(word) && !en.verbParticles.has(word));
  const thing = said.slice(start, end < 0 ? undefined : end);
  return isThing(thing, wordNet) ? lack.things : undefined;
}

/**
 * Whether the words name a physical thing and no person in their commonest sense ("a break" is first
 * a happening): the phrase, else its last word, by WordNet; a word it does not know is a thing's name.
 */
function isThing(thing: readonly string[], wordNet: WordNet): boolean {
  const head = thing.at(-1)!;
  const forms = [thing.join('_'), head, ...singularForms(head)];
  const known = forms.find((form) => wordNet.isKnown(form) && wordNet.canBe(form, 'noun'));
  if (known === undefined) return !forms.some((form) => wordNet.isKnown(form));
  const ancestors = wordNet.nounAncestors(known, 'first');
  return ancestors.has(PHYSICAL) && !ancestors.has(PERSON);
}

/** Whether a clause states a household's need of things and names no device, kind of device or place. */
export function statesPlainNeed(clause: Pick<ClauseReferences, 'text' | 'isQuestion' | 'named' | 'nouns' | 'areas' | 'floors'> & { condition?: boolean }, needed: ((text: string) => string | undefined) | undefined): boolean {
  if (!needed || clause.isQuestion || clause.condition) return false;
  return clause.named.length + clause.nouns.length + clause.areas.length + clause.floors.length === 0 && needed(clause.text) !== undefined;
}

/**
 * The pieces of a cut goal that state a need and head the bare pieces after it: "we need balloons"
 * of "we need balloons and candles, add them to the party list". `joinable[i]` says piece i may go on
 * from the one before.
 */
export function needHeads(pieces: readonly ClauseReferences[], joinable: readonly boolean[], needed: ((text: string) => string | undefined) | undefined): Set<number> {
  const heads = new Set<number>();
  pieces.forEach((piece, index) => {
    if (joinable[index + 1] && !piece.hasAction && statesPlainNeed(piece, needed)) heads.add(index);
  });
  return heads;
}
