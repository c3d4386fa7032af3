/**
 * Which devices a kind noun means when one of them carries the noun in its own name (issue #17,
 * "turn on the tv" to a home with a "Loft TV" and a television called "The Frame"). A name word
 * makes its device one of the kind, never the only one: another device of the pool is one too
 * when its own name calls it by a word of the same meaning ("telly" for "tv", by WordNet), or when
 * its name calls it by no kind word at all and the noun is the general word of its type ("the
 * light" to a "Nursery Ceiling" light). A device whose name calls it something else of its kind
 * ("Galley radio" for "the speaker") is not meant: "the speaker" stays the one called a speaker.
 */
import { tokenize } from '@meshmind/language';
import { nounKeys, isGeneralNoun } from './reference';
import type { PlannerDevice } from './planner';

export interface KindNaming {
  /** The devices whose own name or alias carries a noun (singular or plural). */
  ownersOf: (noun: string) => ReadonlySet<string>;
  /** The nouns a device's own name or alias carries. */
  ownNounsOf: (deviceId: string) => readonly string[];
  /** Whether two nouns name the same thing (WordNet synonyms); absent without a dictionary. */
  sameThing?: (noun: string, other: string) => boolean;
}

/** The nouns of a device's own name that are words its kind is called by ("telly", not "frame"). */
function ownKindNouns(device: PlannerDevice, naming: KindNaming): string[] {
  const kindKeys = new Set(device.nouns.flatMap((noun) => nounKeys(noun)));
  return naming.ownNounsOf(device.id).filter((noun) => nounKeys(noun).some((key) => kindKeys.has(key)));
}

/** Whether a device the noun does not name by its own words is still meant by it. */
function alsoMeant(device: PlannerDevice, noun: string, naming: KindNaming): boolean {
  const own = ownKindNouns(device, naming);
  // "the television" to a "Bravia": the general word of its kind, or a word of the same meaning.
  if (own.length === 0) return isGeneralNoun(noun, device) || (!!naming.sameThing && naming.sameThing(noun, device.nouns[0] ?? device.type));
  return !!naming.sameThing && own.some((word) => naming.sameThing!(noun, word));
}

/**
 * The devices of the pool the clause's kind nouns mean by name: those whose own name carries one,
 * and those the rules above keep beside them. Empty where no device of the pool is so named.
 */
export function meantByKindNoun(pool: readonly PlannerDevice[], nouns: readonly string[], naming: KindNaming): PlannerDevice[] {
  const named = pool.filter((device) => nouns.some((noun) => naming.ownersOf(noun).has(device.id)));
  if (named.length === 0) return [];
  return pool.filter((device) => named.includes(device) || nouns.some((noun) => alsoMeant(device, noun, naming)));
}

/**
 * The devices a kind noun said in the plural means (issue #17 class 1, "switch both tvs off" to a
 * home with two "TV"s, a "Radio" and a "Music Centre"): the ones its singular would mean, above.
 * A noun that is the general word of a kind only by being its catalog's first noun ("tv" of media
 * players) does not reach a device whose own name calls it something else of its kind; the word
 * of the type itself ("the lights") means every one, lamps too. The pool as it is where no device
 * of it is so named.
 */
export function meantByPluralKindNoun(pool: PlannerDevice[], nouns: readonly string[], naming: KindNaming): PlannerDevice[] {
  const typeWords = new Set(pool.map((device) => tokenize(device.type.replace(/_/g, ' ')).join(' ')));
  if (nouns.some((noun) => nounKeys(noun).some((key) => typeWords.has(key)))) return pool;
  const meant = meantByKindNoun(pool, nouns, naming);
  return meant.length > 0 ? meant : pool;
}
