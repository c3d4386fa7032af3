import { alternation, en, enMapping, gerundBases, isStopword, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument, NormalisedFunction } from '../api-document';
import type { FunctionProfile } from './evidence';
import type { SelfReferences } from './self-references';
import { phrasalHasVerb, phrasalMeansVerb } from './phrasal-senses';
import { withPhrasalValue } from './phrasal-value';

/**
 * A command whose verb is what the device is for: "water the plants" to a valve called "plant
 * watering", "charge the car" to a car charger, "heat the study" to a heater. No function of the
 * document is named by that verb (it names the device, not an action of its API), and reading the
 * rest of the words finds a reading or a setting ("water the plants" read the valve's position).
 * The person asks the device to start doing what it does: the one function that sets it going (its
 * on/open end), which the request is rewritten to name before retrieval reads it.
 *
 * The verb meets the device's own name, aliases or kind nouns by its stem ("water" / "watering") or
 * by a WordNet derivation ("charge" / "charger", "heat" / "heater"); a verb that a function names
 * itself ("lock the lock", "clean the kitchen" to a cleaning robot) keeps its own reading. After a
 * negating verb of the language ("stop watering the plants") the request asks for the other end:
 * the one function that sets the same state back off (close_valve, turn_off).
 */
const DERIVED = 0.8;
/** A state that is an ongoing action: "cleaning", "playing". */
const ONGOING = new RegExp(`${enMapping.progressiveSuffix}$`);
/** Verbs that ask for the off end ("stop", "disable"): the language's negation words. */
const NEGATING = new Set(enMapping.negation.words);
/** Where the object of the verb ends: a clause's punctuation or a preposition that opens a modifier. */
/** "warm up priya's office": a possessive noun stands where a determiner does, opening the verb's object. */
const POSSESSIVE_OPENER = /^\s*[a-z][a-z-]*['\u2019]s\b/i;
const OBJECT_END = new RegExp(`[,.;:!?]|\\s(?:${alternation([...en.placePrepositions])})\\b`, 'i');

function nameStems(references: SelfReferences): Set<string> {
  const phrases = [...references.names, ...(references.kinds ?? [])];
  return new Set(phrases.flatMap((phrase) => words(phrase)).map((word) => word.toLowerCase()).filter((word) => !isStopword(word)).map(stem));
}

/** Whether a state value is the "on" end: WordNet puts one of its words (or its synonyms') at the positive pole, and none at the negative. */
function isOnValue(document: NormalisedDocument, key: string, value: unknown, wordNet: WordNet): boolean {
  if (value === true) return true;
  if (typeof value !== 'string') return false;
  const field = document.state[key];
  // Not where a word of it is at the negative pole: "off" goes by "turned off", whose "turned" WordNet puts at the positive one ("turn on").
  const poles = [value, ...(field?.synonyms?.[value] ?? [])].flatMap((phrase) => words(phrase)).map((word) => wordNet.pole(word.toLowerCase()));
  return poles.includes(1) && !poles.includes(-1);
}

/** The one function with no value to give that sets the device going, or undefined where there is not exactly one. */
export function startFunction(document: NormalisedDocument, wordNet: WordNet): NormalisedFunction | undefined {
  const free = document.functions.filter((fn) => fn.kind !== 'query' && fn.parameters.every((parameter) => parameter.required === false || parameter.default !== undefined));
  // An activity the device is put into ("cleaning") is what it is for, before a state of rest WordNet calls positive ("docked").
  const doing = free.filter((fn) => (fn.effects ?? []).some((effect) => typeof effect.value === 'string' && ONGOING.test(effect.value)));
  if (doing.length === 1) return doing[0];
  const starters = free.filter((fn) => (fn.effects ?? []).some((effect) => 'value' in effect && isOnValue(document, effect.key, effect.value, wordNet)));
  return starters.length === 1 ? starters[0] : undefined;
}

/**
 * The request with its opening verb replaced by the start function's words where the verb names the
 * device's purpose; the request unchanged otherwise. A request that names a function by any other
 * word keeps its reading: "switch the lamp off" to a plug (a "switch") says "off".
 */
export function withPurposeVerb(
  text: string,
  document: NormalisedDocument,
  references: SelfReferences | undefined,
  profiles: Iterable<FunctionProfile>,
  wordNet: WordNet | undefined,
): string {
  if (!wordNet) return text;
  // "air out the studio": a phrasal verb whose synonym names an option ("ventilate") asks for that option, not to start the device (phrasal-value.ts).
  if (withPhrasalValue(text, document.functions, wordNet) !== text) return text;
  const ownStems = new Set([...profiles].flatMap((profile) => [...profile.actionStems]));
  const match = /^\s*([A-Za-z][A-Za-z-]*)\b/.exec(text);
  if (!match) return text;
  const first = match[1]!.toLowerCase();
  let after = text.slice(match.index + match[0].length);
  let rest = words(after).map((word) => word.toLowerCase());
  // "stop watering the plants": a negating verb before the purpose's -ing form asks for the other end.
  const stopping = NEGATING.has(first) && rest[0] !== undefined && gerundBases(rest[0]).length > 0;
  const verbs = stopping ? gerundBases(rest[0]!).filter((base) => wordNet.isVerb(base)) : [first];
  if (stopping) {
    after = after.slice(after.toLowerCase().indexOf(rest[0]!) + rest[0]!.length);
    rest = rest.slice(1);
  }
  // "fill up the trough" is "fill the trough": a phrasal verb whose first sense is the verb itself (mapper/phrasal-senses.ts).
  // "warm up priya's office" to a heater: a rarer sense of the phrasal verb ("warm, warm up") where the verb names the device's purpose (checked below).
  if (!stopping && rest[0] !== undefined && en.verbParticles.has(rest[0]) && (phrasalMeansVerb(first, rest[0], wordNet) || phrasalHasVerb(first, rest[0], wordNet))) {
    after = after.slice(after.toLowerCase().indexOf(rest[0]) + rest[0].length);
    rest = rest.slice(1);
  }
  const verb = verbs[0];
  if (verb === undefined || (!wordNet.mostlyVerb(verb) && !wordNet.isVerb(verb))) return text;
  // Only a verb followed by its object opens such a command: "fans 50%" names the fans, it does not fan anything.
  if (!en.determiners.has(rest[0] ?? '') && !POSSESSIVE_OPENER.test(after)) return text;
  if (ownStems.has(stem(verb)) || rest.some((word) => en.verbParticles.has(word) || ownStems.has(stem(word)))) return text;
  // Told no name of its own, the device is called by its kind's nouns, met by their own stem only ("water the
  // garden" to a valve whose nouns say "watering"): a kind noun is common, and its WordNet relatives reach too far.
  const named = references ? nameStems(references) : undefined;
  const meets = named
    ? named.has(stem(verb)) || [...wordNet.related(verb, 'verb')].some(([key, weight]) => weight >= DERIVED && named.has(key))
    : document.nouns.flatMap((noun) => words(noun)).some((word) => stem(word.toLowerCase()) === stem(verb));
  if (!meets) return text;
  const start = startFunction(document, wordNet);
  const chosen = start && stopping ? stopFunction(document, start, wordNet) : start;
  if (!chosen) return text;
  // Its identifier without the device's own nouns: "open_valve" is said "open".
  const nouns = new Set(document.nouns.flatMap((noun) => words(noun)).map((word) => stem(word.toLowerCase())));
  const own = chosen.name.split('_').filter((part) => !nouns.has(stem(part.toLowerCase())));
  // The object is what the purpose acts on ("the plants", "the car"), not a part of the device: it is
  // left out, and what follows it stays ("water the lawn for ten minutes" -> "open for ten minutes").
  const objectEnd = after.search(OBJECT_END);
  const kept = objectEnd < 0 ? '' : after.slice(objectEnd);
  return `${text.slice(0, match.index)}${(own.length > 0 ? own : chosen.name.split('_')).join(' ')}${kept}`;
}

/** The one function with nothing to give that sets the start function's state back off ("close_valve" for "open_valve"). */
function stopFunction(document: NormalisedDocument, start: NormalisedFunction, wordNet: WordNet): NormalisedFunction | undefined {
  const keys = new Set((start.effects ?? []).filter((effect) => 'value' in effect && isOnValue(document, effect.key, effect.value, wordNet)).map((effect) => effect.key));
  const stoppers = document.functions.filter(
    (fn) =>
      fn !== start &&
      fn.kind !== 'query' &&
      fn.parameters.every((parameter) => parameter.required === false || parameter.default !== undefined) &&
      (fn.effects ?? []).some((effect) => keys.has(effect.key) && 'value' in effect && !isOnValue(document, effect.key, effect.value, wordNet)),
  );
  return stoppers.length === 1 ? stoppers[0] : undefined;
}
