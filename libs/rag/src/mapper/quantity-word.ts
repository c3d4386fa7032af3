import { singularForms, splitIdentifier, stem, type WordNet } from '@meshmind/language';

/** WordNet's broader nouns of a unit ("watt", "lux", "millibar") and of a meter ("barometer"): the top nodes, not lists of units. */
const MEASURES = ['unit of measurement', 'measuring instrument'];
/** How close a WordNet relation must be to be the unit's symbol: "lux" -> "lx", "decibel" -> "db" (0.9). */
const SYMBOL_RELATION = 0.8;
/** How many words open a gloss's head ("a unit of atmospheric pressure", "an instrument that measures atmospheric pressure"): what the unit or meter is of. */
const GLOSS_HEAD_WORDS = 8;

/**
 * Whether a noun of a question names the quantity a sensor measures by the unit it is measured in,
 * or by the meter that measures it (issue #17): "how many lux", "how many decibels", "how many volts"
 * name the unit whose symbol the state gives ("lx", "dB", "V"); "how many millibars", "what's the
 * barometer saying" name a unit or a meter whose gloss says it is of the class ("a unit of atmospheric
 * pressure", "an instrument that measures atmospheric pressure"); "what's the wattage" names a noun
 * WordNet files right under the class ("wattage" is a kind of power). All from WordNet and the
 * device's own state: no list of units. A unit of another quantity ("how many watts" of an energy
 * meter in kWh) names none of them.
 */
export function namesQuantityByMeasure(word: string, quantity: string, units: readonly string[], wordNet: WordNet): boolean {
  const lower = word.toLowerCase();
  const forms = [...new Set([lower, ...singularForms(lower)])].filter((form) => wordNet.canBe(form, 'noun'));
  const quantityWords = splitIdentifier(quantity).map((piece) => piece.toLowerCase());
  const quantityStems = new Set(quantityWords.map(stem));
  const phrase = quantityWords.join(' ');
  const symbols = new Set(units.map((unit) => unit.toLowerCase()).filter((unit) => unit !== ''));
  return forms.some((form) => {
    const ancestors = wordNet.nounAncestors(form);
    // "wattage": filed right under "power".
    if (ancestors.get(phrase) === 1) return true;
    if (!MEASURES.some((measure) => ancestors.has(measure))) return false;
    // "lux" is "lx", "decibels" "db": the unit whose symbol the state gives.
    if ([...wordNet.related(form, 'noun')].some(([related, weight]) => weight >= SYMBOL_RELATION && symbols.has(related))) return true;
    // "a unit of atmospheric pressure": every word of the class in the head of one gloss.
    return wordNet.definitions(form, 'noun').some((gloss) => {
      const head = new Set((gloss.split(';')[0] ?? '').toLowerCase().match(/\p{L}+/gu)?.slice(0, GLOSS_HEAD_WORDS).map(stem) ?? []);
      return [...quantityStems].every((piece) => head.has(piece));
    });
  });
}
