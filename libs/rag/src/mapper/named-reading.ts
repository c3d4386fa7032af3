import { en, enMapping, isFunctionWord, isStopword, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { returnKindOf } from './mood';
import { POLAR_OPENERS } from './polar-answer';

/** The noun WordNet files units under ("ppm", "percent", "watt"): a unit says how a reading is counted, not what is read. */
const MEASURE = enMapping.answerOpeners.measureKind;
/** A relation as close as a derivation or a synonym ("measurement" -> "measure", "type" -> "kind"). */
const CLOSE = 0.8;
/** What opens a list of example values in a note ("such as smoke, gas or moisture", "e.g. hPa"): a closed class. */
const EXAMPLES = /\b(?:such as|e\.g\.|for example)\b.*$/i;

/**
 * "What's the particulate level?", "can the sensor smell gas?", "has the dryer finished?" to a
 * sensor that only reads (issue #17): such a device has its reading (a number, a yes or a no) and
 * queries that name what it is (the kind of quantity it measures, the unit it reads in). Retrieval
 * met the naming query through the examples its notes list ("a device class such as smoke, gas or
 * moisture") or the question's shape, and the device answered "pm25" to "what's the particulate
 * level" and "running" to "has the dryer finished": a wrong answer.
 *
 * A naming query answers a question about the device itself ("what does it sense", "what kind of
 * sensor is this", "what unit is that in", "is it in ppm"), whose nouns are the device's own, the
 * query's own (its name and notes, not their examples) or a unit. A question that names another
 * thing (a substance, a machine, a level of something) asks what the reading says of it, not what the
 * device is: declined, rather than guessing the reading. Read from the document: only a device whose
 * every function is a query, where the chosen query returns a name and another returns a number or
 * a yes or a no.
 */
export function namedReadingUnmet(result: MapResult, reading: RequestReading, functions: readonly NormalisedFunction[], byName: ReadonlyMap<string, NormalisedFunction>, deviceNouns: Iterable<string>, values: DeviceStateValues, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length !== 1) return undefined;
  const fn = byName.get(result.calls[0]!.function);
  if (!fn || fn.kind !== 'query' || returnKindOf(fn) !== 'names') return undefined;
  if (!functions.every((other) => other.kind === 'query')) return undefined;
  if (!functions.some((other) => other !== fn && (other.returnType === 'boolean' || returnKindOf(other) === 'amount'))) return undefined;
  const said = reading.words.map((word) => word.toLowerCase());
  const own = ownStems(fn, wordNet);
  // The device's nouns and names, and the words of its state ("energy", "moisture"): a sensor's class names the device itself.
  const stateWords = Object.values(values).filter((value): value is string => typeof value === 'string');
  const device = new Set([...deviceNouns, ...stateWords].flatMap((noun) => words(noun.toLowerCase().replace(/_/g, ' '))).map(stem));
  const other = said.find((word, at) => {
    if (!/^\p{L}+$/u.test(word) || isStopword(word) || isFunctionWord(word, 'en') || en.questionWords.has(word) || en.phrasalParticles.includes(word)) return false;
    if (!wordNet.canBe(word, 'noun') || wordNet.mostlyVerb(word) || device.has(stem(word)) || own.has(stem(word))) return false;
    const ancestors = wordNet.nounAncestors(word);
    // A unit ("ppm", "watts"), or a noun said bare after "in" ("is it in percent", "in ppm or percent"): what the reading is counted in.
    if (ancestors.has(MEASURE) || inUnits(said, at)) return false;
    // A close relation of the query's own word ("measurement"), or a kind of it in its first sense ("type" is a kind).
    return ![...wordNet.related(word)].some(([key, weight]) => weight >= CLOSE && own.has(key)) && ![...wordNet.nounAncestors(word, 'first')].some(([broader, depth]) => depth <= 1 && own.has(stem(broader)));
  });
  // "is the washing machine running?": no other thing named ("machine" is a kind of device), but a state asked.
  const asked = other === undefined ? statePredicate(reading, said, wordNet) : undefined;
  if (asked !== undefined) return `whether it is ${asked} is not what ${splitIdentifier(fn.name).join(' ').toLowerCase()} tells: it names what the device is`;
  if (other === undefined) return undefined;
  return `"${other}" is not what ${splitIdentifier(fn.name).join(' ').toLowerCase()} tells: it names what the device is, not what its reading says of ${other}`;
}

/**
 * The state a yes/no question asks of ("is the washing machine running?", "is the pressure
 * falling?", "is the co2 high?"): its last content word, where that is a quality or a doing (WordNet
 * reads it as an adjective, or only as a verb) rather than a kind or a unit ("is it a co2
 * sensor?", "is it in ppm?"). A query that names what the device is answers the kind, never the
 * state. Undefined for other questions, and where the question offers alternatives ("watts or
 * kilowatts?").
 */
function statePredicate(reading: RequestReading, said: readonly string[], wordNet: WordNet): string | undefined {
  if (reading.mood !== 'question' || !POLAR_OPENERS.has(said[0] ?? '') || said.includes('or')) return undefined;
  const last = [...said].reverse().find((word) => /^\p{L}+$/u.test(word) && !isStopword(word) && !isFunctionWord(word, 'en'));
  if (last === undefined) return undefined;
  return wordNet.canBe(last, 'adj') || !wordNet.canBe(last, 'noun') && wordNet.canBe(last, 'verb') ? last : undefined;
}

/** The coordinators that join units said together ("ppm or percent"): a closed class. */
const COORDINATORS = new Set(['or', 'and']);

/** Whether the word at `at` is said bare after "in", alone or joined to another such ("in ppm or percent"). */
function inUnits(said: readonly string[], at: number): boolean {
  const before = said[at - 1];
  if (before === 'in') return true;
  return before !== undefined && COORDINATORS.has(before) && at >= 2 && inUnits(said, at - 2);
}

/** The stems of the query's name and notes, without the examples they list, with their close relations. */
function ownStems(fn: NormalisedFunction, wordNet: WordNet): Set<string> {
  const text = [splitIdentifier(fn.name).join(' '), fn.description, fn.returns ?? ''].map((part) => part.replace(EXAMPLES, '')).join(' ');
  const found = new Set<string>();
  for (const word of words(text.toLowerCase())) {
    if (isStopword(word) || isFunctionWord(word, 'en')) continue;
    found.add(stem(word));
    for (const [key, weight] of wordNet.related(word)) if (weight >= CLOSE) found.add(key);
  }
  return found;
}
