import { alternation, enMapping, isStopword, splitIdentifier, stem, words, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import { booleanValue } from './parameter-values';

/** "True to sweep", "false when muted": how a document says what each value of a flag does (the literals and a closed few linking words). */
const SIDE = (literal: 'true' | 'false') => new RegExp(`\\b${literal}\\b\\s*(?:to|when|if|means|for|=|:)?\\s*([^,.;]+)`, 'i');
/** The language's negation words and prefixes ("stop", "off", "don't", "un-"), as whole words. */
const NEGATION = new RegExp(`^(?:${alternation(enMapping.negation.words)}|(?:${alternation(enMapping.negation.wordPrefixes)})[a-z]+)$`, 'i');

function sideStems(description: string, literal: 'true' | 'false'): Set<string> {
  const said = SIDE(literal).exec(description)?.[1] ?? '';
  return new Set(words(said.toLowerCase()).filter((word) => !isStopword(word) && !/^(?:true|false)$/.test(word)).map(stem));
}

/**
 * A flag's value read from what the parameter's description says each value does: "True to sweep,
 * false to hold still" makes "keep the fan head still" false, where a plain reading (true unless a
 * negation is said) turned the sweep on. The words of one side only must be met; a negation word
 * said outside them turns that side round ("stop the sweep": false), while a side's own negated
 * word ("unmute" of "false to unmute") is no second negation. Undefined where the description does
 * not say both sides, or the request meets neither or both: the plain reading then stands.
 */
export function describedBoolean(parameter: ParameterSpec, text: string): boolean | undefined {
  const description = parameter.description ?? '';
  const truthy = sideStems(description, 'true');
  const falsy = sideStems(description, 'false');
  if (truthy.size === 0 || falsy.size === 0) return undefined;
  const said = words(text.toLowerCase());
  const meets = (side: Set<string>) => said.filter((word) => side.has(stem(word)));
  const [onTrue, onFalse] = [meets(truthy), meets(falsy)];
  if ((onTrue.length > 0) === (onFalse.length > 0)) return undefined;
  const met = new Set([...onTrue, ...onFalse]);
  const negated = said.some((word) => !met.has(word) && NEGATION.test(word));
  return (onTrue.length > 0) !== negated;
}

/** A WordNet relation as close as a derivation or a synonym (unaccounted-word.ts's meeting): "silence" says "mute". */
const MEETING = 0.75;

/**
 * The flag a request gives, or undefined where it says nothing of it. A flag's plain reading (true
 * unless a negation is said) always has a value, so a setter of a flag filled every request that
 * reached it: "set a sleep timer on the fan" swept the fan head. The request must say something of
 * the function: a word of its name after its verb, of the parameter's name or description, or of
 * the function's description ("the sweep", "side to side"), by stem or a close WordNet relation, not counting
 * the device's own nouns (`ownNouns`), which every function of it shares, nor a switch word. Without `wordNet` (no
 * lexicon) the plain reading stands as before.
 */
export function saidBoolean(fn: NormalisedFunction, parameter: ParameterSpec, text: string, wordNet: WordNet | undefined, ownNouns: ReadonlySet<string> | undefined): boolean | undefined {
  const described = describedBoolean(parameter, text);
  if (described !== undefined || !wordNet || !ownNouns) return described ?? (ownNouns && wordNet ? undefined : booleanValue(text));
  // Nor the switch words ("on", "off", "enable"): said of every flag, and of the device itself ("on the fan").
  const own = new Set([...[...ownNouns].flatMap((noun) => words(noun.toLowerCase())), ...enMapping.switchWords].map(stem));
  const named = [...splitIdentifier(fn.name).slice(1), parameter.name.replace(/_/g, ' '), parameter.description ?? '', fn.description];
  const functionStems = new Set(named.flatMap((phrase) => words(phrase.toLowerCase())).filter((word) => !isStopword(word)).map(stem).filter((key) => !own.has(key)));
  const meets = (word: string) => functionStems.has(stem(word)) || [...wordNet.related(word)].some(([key, weight]) => weight >= MEETING && functionStems.has(key));
  const said = words(text.toLowerCase()).filter((word) => !isStopword(word) && !own.has(stem(word)));
  return said.some(meets) ? booleanValue(text) : undefined;
}
