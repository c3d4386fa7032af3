/**
 * A need said with no verb for a list (issue #17, lists): "we need toilet roll" names no device, and
 * used-up-supply.ts read only supplies said used up ("we've run out of tea"). The household's need of
 * a thing goes onto a list of things as well; and of several lists of things, onto the list WordNet
 * itself defines as a list of what someone wants ("shopping list", "grocery list": "a list of
 * heterogenous items that someone wants"), not the "Hardware list" beside it.
 *
 * Said by the household ("we need"): "I need a shower" or "I need a coffee" is the speaker's own
 * want, not the home's shopping. The thing needed is a physical thing by WordNet ("toilet roll":
 * paper, "milk": food) or a word WordNet does not know (a brand, "calpol"); "we need a break", "we
 * need help" and "we need to leave at eight" are no things to buy. A clause that names a device, a
 * kind of device or a place is left to the other readings ("we need more light in here"): the planner
 * asks this only of a clause that names none.
 */
import { en, enReference, lackingVerb, singularForms, statedLack, tokenize as words, type WordNet } from '@meshmind/language';

const HOUSEHOLD = new Set<string>(enReference.statedNeed.household);
const PHYSICAL = enReference.statedNeed.physicalAncestor;
/** Words before a thing that say how much or which ("more", "some", "a", "the"), not the thing. */
const BEFORE_THING = new Set<string>([...en.determiners, ...enReference.statedNeed.amounts]);

/** The things a household says it needs ("we need toilet roll and milk"), as said; undefined where it says none. */
export function neededThings(text: string, wordNet: WordNet): string | undefined {
  const lack = statedLack(text, wordNet);
  if (!lack || lack.verb.includes(' ')) return undefined;
  const clause = words(lack.clause);
  const at = clause.indexOf(lack.verb);
  if (at < 1 || !HOUSEHOLD.has(clause[at - 1]!)) return undefined;
  const said = words(lack.things);
  if (said[0] === en.infinitiveMarker) return undefined;
  // The first thing: its words after "more", "some", up to the first small word but a particle ("toilet roll" of "toilet roll and milk", "help" of "help with the ovens", "washing up liquid").
  const start = said.findIndex((word) => !BEFORE_THING.has(word));
  const end = said.findIndex((word, index) => index > start && en.plannerStopwords.has(word) && !en.verbParticles.has(word));
  const thing = start < 0 ? [] : said.slice(start, end < 0 ? undefined : end);
  return thing.length > 0 && isThing(thing, wordNet) ? lack.things : undefined;
}

/**
 * Whether the words name a physical thing in their commonest sense ("a break" is first a happening,
 * only later a crack): the phrase, else its last word, by WordNet; a word it does not know is taken
 * for a thing's name ("calpol").
 */
function isThing(thing: readonly string[], wordNet: WordNet): boolean {
  const head = thing.at(-1)!;
  const forms = [thing.join('_'), head, ...singularForms(head)];
  const known = forms.find((form) => wordNet.isKnown(form) && wordNet.canBe(form, 'noun'));
  if (known === undefined) return !forms.some((form) => wordNet.isKnown(form));
  return wordNet.nounAncestors(known, 'first').has(PHYSICAL);
}

/**
 * Whether a device's name or alias is, by WordNet, a kind of what the device calls itself (a list)
 * that is defined by a want: "shopping list" is "a list of heterogenous items that someone wants".
 */
export function wantedListReader(wordNet: WordNet): (labels: readonly string[], nouns: readonly string[]) => boolean {
  return (labels, nouns) =>
    labels.some((label) => {
      const compound = words(label).join('_');
      if (!wordNet.isKnown(compound)) return false;
      const ancestors = wordNet.nounAncestors(compound);
      return nouns.some((noun) => ancestors.has(noun)) && wordNet.definitions(compound, 'noun').some((definition) => words(definition).some((word) => wordNet.isVerb(word) && lackingVerb(word, wordNet)));
    });
}
