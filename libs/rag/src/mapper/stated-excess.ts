import { basesOf, enMapping, escapeRegExp, moodOf, splitIdentifier, stem, wishedComparative, wishOf, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';

/**
 * A stated excess or lack ("it's too dark in here", "I'm freezing") said to one device as the change
 * it wishes for ("make it brighter in here"). How the wish is read from the words is libs/language's
 * reading/stated-excess.ts (shared with the coordinator's planner, which picks the device that
 * remedies it); what stays here is whether the device's document speaks of that scale.
 */
export { scaleEnd, statesExcess } from '@meshmind/language';

const { statedDegree } = enMapping;
const CLAUSE = /[^,;.!?]+/g;
/** A state value that says the device is off ("mode": "off", Home Assistant's climate modes): a value of the API, not a word of the language. */
const OFF = 'off';

const described = new WeakMap<NormalisedDocument, Set<string>>();

/** The stems of what a document says of its functions and state: names, notes, parameters. */
function documentStems(document: NormalisedDocument): Set<string> {
  let found = described.get(document);
  if (!found) {
    const texts = [
      ...document.functions.flatMap((fn) => [splitIdentifier(fn.name).join(' '), fn.description, fn.returns ?? '', ...fn.parameters.flatMap((parameter) => [splitIdentifier(parameter.name).join(' '), parameter.description ?? ''])]),
      ...Object.entries(document.state ?? {}).flatMap(([key, field]) => [splitIdentifier(key).join(' '), field.description ?? '']),
    ];
    found = new Set(texts.flatMap((text) => words(text.toLowerCase())).map(stem));
    described.set(document, found);
  }
  return found;
}

/**
 * Whether the document speaks of the scale at all: the adjective, an antonym, the comparative's
 * adjective or a WordNet attribute of the adjective is one of its words. A reading lamp has no
 * temperature: "I'm freezing" said to it is not read as a wish it could step ("hotter" would meet
 * its one level).
 */
function speaksOf(document: NormalisedDocument, adjective: string, wished: string, wordNet: WordNet): boolean {
  const own = documentStems(document);
  const scale = [stem(adjective), ...wordNet.antonyms(adjective), ...basesOf(wished, wordNet).map(stem), ...[...wordNet.attributeNouns(adjective)].map(stem)];
  return scale.some((key) => own.has(key));
}

/**
 * The request with its statement of excess or lack said as the change wished for ("it's too dark in
 * here, can you give me some light?" -> "make it brighter in here, can you ..."), or unchanged: where
 * no clause states one, where no listed comparative names the other end, where the document does not
 * speak of that scale (`document`, where given), where it asks for less of a device that is off
 * (`state`), or where another clause already says what to do
 * ("it's too dark, turn the lamp on": the person chose the change).
 */
export function withStatedExcess(text: string, wordNet: WordNet | undefined, document?: NormalisedDocument, state: Readonly<Record<string, unknown>> = {}): string {
  if (!wordNet) return text;
  const clauses = [...text.matchAll(CLAUSE)];
  for (const clause of clauses) {
    const found = wishOf(clause[0], wordNet);
    const wished = found && wishedComparative(found.adjective, found.wish, wordNet);
    if (!wished || (document && !speaksOf(document, found.adjective, wished, wordNet))) continue;
    // A device that is off has no excess to take away: "it's too bright in here" does not switch on a light to dim it,
    // and an air conditioner whose mode is off is not cooled by a lower target.
    if (found.wish === -1 && (state.on === false || Object.values(state).includes(OFF))) continue;
    if (clauses.some((other) => other !== clause && moodOf(other[0]) === 'command')) return text;
    const start = clause.index!;
    const end = start + clause[0].length;
    const cut = clause[0].toLowerCase().lastIndexOf(found.said);
    // What follows the quality in its clause stays ("in here"), but the "enough" that measured it.
    const rest = clause[0].slice(cut + found.said.length).replace(new RegExp(`^\\s*(?:(?:${statedDegree.sufficiency.map(escapeRegExp).join('|')})\\b\\s*)?`, 'i'), ' ').trimEnd();
    return `${text.slice(0, start)}${start > 0 ? ' ' : ''}${statedDegree.wishTemplate.replace('{comparative}', wished)}${rest}${text.slice(end)}`;
  }
  return text;
}
