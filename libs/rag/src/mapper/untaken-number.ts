import { en, type NumberMention, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/** Where a value stands in a command: after its verb's particle ("up twenty"), a referring pronoun ("make it 22") or a goal preposition ("to 22", "at 80", "by 2"). A closed class. */
const VALUE_OPENERS = new Set<string>([...en.verbParticles, ...en.referringPronouns, 'to', 'at', 'by']);

/** Whether a parameter holds a number. */
const numeric = (type: string) => type === 'integer' || type === 'number';

/**
 * "Down two", "make it twenty two in here" to a thermostat, "lights up twenty" to a lamp (issue #17:
 * a wrong action is worse than a question): a command says a number where a value stands, yet the call
 * chosen takes no value at all (turn_off, turn_on), so the number the person gave is lost and the
 * device does something else than asked. Where the document has an action that takes a number, the
 * number was meant as its value; the call is declined, naming the number, rather than made without it.
 *
 * Only a plain cardinal said where a value stands: after a particle, "it"/"them" or "to"/"at"/"by",
 * or opening the request, and followed by no noun other than a unit (a closed-class word such as "in" or "please" is none) (a noun after it says a count of
 * things or a span: "for 2 hours", "the 2 lamps", which other readers judge). A number the call took,
 * or any call that takes a value, is left as it is.
 */
export function untakenNumber(result: MapResult, reading: RequestReading, functions: readonly NormalisedFunction[], byName: ReadonlyMap<string, NormalisedFunction>, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood === 'question' || result.calls.length === 0) return undefined;
  if (result.calls.some((call) => Object.keys(call.arguments).length > 0 || (byName.get(call.function)?.parameters.length ?? 1) > 0)) return undefined;
  const setters = functions.filter((fn) => fn.kind !== 'query' && fn.parameters.some((parameter) => numeric(parameter.type)));
  if (setters.length === 0) return undefined;
  const units = new Set(setters.flatMap((fn) => fn.parameters).map((parameter) => parameter.unit?.toLowerCase()).filter((unit): unit is string => unit !== undefined));
  const valueAt = (mention: NumberMention) => {
    if (mention.ordinal) return false;
    const before = reading.text.slice(0, mention.start).trim().toLowerCase().split(/\s+/).filter((word) => word !== '').at(-1);
    if (before !== undefined && !VALUE_OPENERS.has(before.replace(/[^a-z]/g, ''))) return false;
    const after = mention.following.replace(/[^a-z%°]/g, '');
    return after === '' || units.has(after) || en.functionWords.has(after) || en.stopwords.has(after) || en.courtesy.has(after) || !wordNet.canBe(after, 'noun') || isUnitWord(after);
  };
  const mention = reading.numbers.find(valueAt);
  if (!mention) return undefined;
  const said = reading.text.slice(mention.start, mention.end).trim();
  const called = result.calls.map((call) => call.function.replace(/_/g, ' ')).join(' and ');
  return `the ${selfNoun ?? 'device'} was given ${said}, which ${called} does not take: ${setters.map((fn) => fn.name.replace(/_/g, ' ')).join(' or ')} would`;
}

/** The language's unit words a setter's number may be said with ("percent", "degrees"). */
function isUnitWord(word: string): boolean {
  return Object.values(en.documentWords.units).some((unit) => [...('words' in unit ? unit.words : []), ...('wholeWords' in unit ? unit.wholeWords : [])].includes(word));
}
