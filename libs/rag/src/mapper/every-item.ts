import { en, isStopword, singularForms, words } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { isNameOrSecret, takesOneItem } from '../arguments/list-items';
import type { MapResult } from './api-mapper-options';

/**
 * The universal quantifiers of English, pronoun and determiner ("everything", "all the items", "each
 * one", "the lot"): a closed grammatical class.
 */
const EVERY = new Set(['everything', 'all', 'every', 'each', 'whole', 'entire', 'lot']);
/**
 * The indefinite pronouns and quantifiers said alone ("something", "anything", "some more"): a closed
 * class that names no item, so "add something to the list" has nothing to add and "anything on the
 * list?" nothing to add either.
 */
const SOME = new Set(['something', 'anything', 'nothing', 'some', 'any', 'more']);
/** Nouns that stand for any item at all ("thing", "one", "stuff"): a closed class of general nouns, with the parameter's own name. */
const ANY_THING = new Set(['thing', 'one', 'stuff', 'entry', 'them', 'it']);

/**
 * "delete everything", "tick all the items off" (issue #17): a call that takes one item, given the
 * whole list in a quantifier instead of an item's name. The device deletes or ticks off one named item
 * at a time, and "everything" is no item on the list: the call would act on nothing, or on an item
 * called "everything". Declined with what it can do. Read off the item the call was to pass: it is a
 * universal quantifier, with nothing left but the parameter's own name, a general noun or the device's
 * own nouns ("everything on the list"). "all the milk" names an item and stands. An indefinite
 * pronoun in its place ("add something to the list", "anything on the list?") names none: asked which.
 */
export function everyItem(result: MapResult, byName: ReadonlyMap<string, NormalisedFunction>, deviceNouns: Iterable<string>, selfNoun: string | undefined): string | undefined {
  if (result.kind !== 'call') return undefined;
  const own = new Set([...deviceNouns].flatMap((noun) => words(noun)));
  for (const call of result.calls) {
    const fn = byName.get(call.function);
    const parameter = fn?.parameters[0];
    if (!fn || !parameter || !takesOneItem(fn.parameters, isNameOrSecret)) continue;
    const value = call.arguments[parameter.name];
    if (typeof value !== 'string') continue;
    const said = words(value);
    const every = said.some((word) => EVERY.has(word));
    if (!every && !said.some((word) => SOME.has(word))) continue;
    const general = (word: string) => EVERY.has(word) || SOME.has(word) || isStopword(word) || en.verbParticles.has(word) || own.has(word) || singularForms(word).some((form) => form === parameter.name || ANY_THING.has(form));
    if (!said.every(general)) continue;
    const deed = fn.name.split('_').join(' ');
    if (!every) return `"${value}" names no item, so the ${selfNoun ?? 'device'} cannot ${deed}: which item do you mean?`;
    return `the ${selfNoun ?? 'device'} can ${deed} one named item at a time, not "${value}" at once`;
  }
  return undefined;
}
