import { en, singularForms, words, type WordNet } from '@meshmind/language';

/** WordNet's own broader noun of every unit ("lux", "litre", "millibar"): its top node, not a list of units. */
const UNIT_OF_MEASUREMENT = 'unit of measurement';
/** "is this a pressure sensor", "is that a co2 meter": a question that classes the device by a noun of its own (closed-class opener). */
const CLASSING = /^(?:is|isn't|was)\s+(?:this|that|it)(?:\s+one)?\s+(?:a|an)\s+/;

/**
 * Whether a question that names a sensor's quantity asks something else than its reading (#17):
 * the unit it is given in ("is the light reading in lux", "is that in litres or cubic metres", "what's
 * the pressure measured in": a unit after "in", or "in" left at the end), or what kind of sensor it is
 * ("is this a pressure sensor": the device classed by one of its own nouns, or its head: "meter" of "loft meter"). measured-quantity.ts
 * then leaves the question as said, for the unit's and the kind's own queries to meet.
 */
export function asksUnitOrKind(text: string, units: readonly string[], ownNouns: readonly string[], wordNet: WordNet): boolean {
  const said = words(text.toLowerCase().replace(/[?.!]+\s*$/, ''));
  if (said.at(-1) === 'in') return true;
  if (CLASSING.test(said.join(' ')) && ownNouns.some((noun) => said.includes(noun.toLowerCase().split(' ').at(-1) ?? ''))) return true;
  const symbols = new Set(units.map((unit) => unit.toLowerCase()));
  return said.some((word, index) => {
    if (word !== 'in') return false;
    // "in cubic metres", "in litres or gallons": the unit may follow a word or two.
    return said.slice(index + 1, index + 4).filter((next) => !en.determiners.has(next)).some((next) => symbols.has(next) || [next, ...singularForms(next)].some((form) => wordNet.canBe(form, 'noun') && wordNet.nounAncestors(form).has(UNIT_OF_MEASUREMENT)));
  });
}
