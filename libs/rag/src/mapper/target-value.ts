import { en, findColor, isStopword, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import { enumValue, presetValue, takesTime } from '../arguments/parameter-values';
import { whatItCanDo } from './cannot-do';
import { objectValuePhrase, verbValuePhrase } from './object-value';
import { describedGoalHolders } from './described-goal';
import type { NamedQuantities } from './named-quantity';

/**
 * The value a command sets its device to, named after a goal preposition: "put the TV on hdmi 1",
 * "switch the speaker to bluetooth", "set the desk fan to blue". Such a value must be held by the
 * call made: a parameter whose options or colours take it. Dropping it and doing what the rest of
 * the words fit ("on" -> turn_on, "set" -> set_oscillation) is a wrong action. So the function whose
 * parameter takes the value is preferred, and where none can (a colour asked of a fan, an input the
 * TV does not have), the request is declined with what the device can do.
 */
const GOAL_PREPOSITIONS = new Set(en.pathPrepositions.goal);
/** "on" is a goal only before a bare value ("put it on hdmi 1"): before a determiner it is the particle of "turn on the heat". */
const BARE_GOAL_PREPOSITIONS = new Set(en.pathPrepositions.goalInCommands);
const NUMBER_TOKEN = /^[0-9][0-9.,]*%?$/;
/** A bare number, or one with a unit any numeric parameter may carry: "to 19", "to 40%", "to 21 degrees". */
const BARE_NUMBER = /^([0-9]+(?:[.,][0-9]+)?)\s*(?:%|percent|per cent|degrees?|°[cf]?)?$/i;
const CACHED_STEPS = 64;

/**
 * What follows the last goal preposition of a command, past a determiner ("hdmi 1", "blue"), or a
 * colour it ends with ("make the fan red", "turn it blue").
 */
export function targetPhrase(reading: RequestReading): string | undefined {
  return targetAt(reading)?.phrase;
}

/** The target phrase and the position of the goal preposition before it (-1 for a closing colour). */
export function targetAt(reading: RequestReading): { phrase: string; at: number } | undefined {
  if (reading.mood === 'question') return undefined;
  // Courtesy closing the request is no part of the value: "set the ac to 24 please".
  let end = reading.tokens.length;
  while (end > 1 && en.courtesy.has(reading.tokens[end - 1]!)) end -= 1;
  const tokens = reading.tokens.slice(0, end);
  for (let index = tokens.length - 2; index >= 0; index -= 1) {
    const rest = tokens.slice(index + 1);
    const bare = BARE_GOAL_PREPOSITIONS.has(tokens[index]!) && !en.determiners.has(rest[0]!);
    if (!GOAL_PREPOSITIONS.has(tokens[index]!) && !bare) continue;
    const phrase = (en.determiners.has(rest[0]!) ? rest.slice(1) : rest).join(' ');
    return phrase === '' ? undefined : { phrase, at: index };
  }
  const last = tokens.at(-1);
  return last !== undefined && tokens.length > 1 && findColor(last) !== undefined ? { phrase: last, at: -1 } : undefined;
}

const isText = (parameter: ParameterSpec) => parameter.type === 'string' || parameter.type === 'string_list';

function holdsNumber(parameter: ParameterSpec, value: number): boolean {
  if (parameter.type !== 'integer' && parameter.type !== 'number') return false;
  if (parameter.type === 'integer' && !Number.isInteger(value)) return false;
  return (parameter.minimum === undefined || value >= parameter.minimum) && (parameter.maximum === undefined || value <= parameter.maximum);
}

interface Target {
  phrase: string;
  colour: string | undefined;
  /** Functions one of whose parameters takes the value (an option of an enum, a colour). */
  holders: ReadonlySet<string>;
  /** Options of an enum the phrase shares a word with but none of which it names ("hdmi 3" to a TV with hdmi 1 and 2). */
  nearOptions: readonly string[];
  /** Held by the notes of the functions that go into it, not by an option: a function naming it otherwise ("wakes ... from standby") leaves it. */
  described?: boolean;
}

export class TargetValues {
  /** Stems of each function's own words: identifier, notes, parameter names and notes. */
  private readonly ownStems = new Map<string, Set<string>>();
  private readonly nouns: Set<string>;
  private readonly nounWords: Set<string>;
  /** By the step's text: each of the ranked functions asks about the same step. */
  private readonly cache = new Map<string, Target | null>();

  constructor(
    private readonly functions: readonly NormalisedFunction[],
    nouns: readonly string[],
    private readonly selfNoun: string | undefined,
    private readonly wordNet?: WordNet,
    private readonly quantities?: NamedQuantities,
  ) {
    for (const fn of functions) {
      // Not its options: "hdmi 3" shares "hdmi" with hdmi_1, and is still no option of the source.
      // An LLMind-style document may leave a parameter without notes.
      const texts = [fn.name.replace(/_/g, ' '), fn.description, ...fn.parameters.flatMap((parameter) => [parameter.name.replace(/_/g, ' '), parameter.description ?? ''])];
      this.ownStems.set(fn.name, new Set(texts.flatMap((text) => words(text)).map((word) => stem(word.toLowerCase()))));
    }
    // "turn on the television": a word that names the device is not a value, even where an option is called so.
    this.nouns = new Set(nouns.map((noun) => noun.toLowerCase()));
    // "put the tv remote on": an object with a word of the device's name in it is the device, whatever option shares it.
    this.nounWords = new Set(nouns.flatMap((noun) => words(noun.toLowerCase())));
  }

  private read(reading: RequestReading): Target | undefined {
    const known = this.cache.get(reading.text);
    if (known !== undefined) return known ?? undefined;
    // "put netflix on": an object before a closing "on" is a value only where an option holds it (mapper/object-value.ts).
    const goal = targetAt(reading);
    const objectPhrase = goal === undefined ? objectValuePhrase(reading) : undefined;
    const phrase = goal?.phrase ?? objectPhrase;
    let target: Target | undefined;
    const number = phrase === undefined ? undefined : BARE_NUMBER.exec(phrase);
    if (phrase !== undefined && number) {
      // "turn the heating to 19", "turn the speaker to 40": a number is a value too, held by a
      // numeric parameter whose range takes it. Where none does, the older paths answer (a range
      // error says the range), so only a number some function can hold becomes a target.
      const value = Number(number[1]!.replace(',', '.'));
      // A level said "to 45" is no time: a parameter in minutes takes a number said with its unit or after "for" (arguments/parameter-values.ts).
      const inRange = new Set(this.functions.filter((fn) => fn.parameters.some((parameter) => holdsNumber(parameter, value) && !takesTime(parameter))).map((fn) => fn.name));
      // "adjust camera tilt to 60": the noun before "to" says whose parameter the number fills (mapper/named-quantity.ts).
      const holders = goal && goal.at > 0 && this.quantities ? this.quantities.narrow(reading, goal.at, inRange) : inRange;
      if (holders.size > 0) target = { phrase, colour: undefined, holders, nearOptions: [] };
      // "set the valve to 45" where its only number is a run time: no level to set it to, declined with what it can do.
      else if (goal && goal.at >= 0 && this.functions.some((fn) => fn.parameters.some((parameter) => holdsNumber(parameter, value) && takesTime(parameter)))) target = { phrase, colour: undefined, holders, nearOptions: [] };
    } else if (phrase !== undefined && !this.nouns.has(phrase) && !(phrase === objectPhrase && words(phrase).some((word) => this.nounWords.has(word.toLowerCase())))) {
      const colour = findColor(phrase);
      const held = new Set(this.functions.filter((fn) => fn.parameters.some((parameter) => (parameter.type === 'enum' && enumValue(parameter, phrase) !== undefined) || (colour !== undefined && parameter.type === 'color') || presetValue(parameter, phrase.toLowerCase()) !== undefined)).map((fn) => fn.name));
      // "put the telly on standby": a state no option holds, that a function's notes say it goes into (mapper/described-goal.ts).
      // Only a bare state ("to standby"): "to the kitchen" is a place, whatever notes name it.
      const bare = goal !== undefined && goal.at >= 0 && !en.determiners.has(reading.tokens[goal.at + 1] ?? '');
      const described = held.size === 0 && colour === undefined && bare ? describedGoalHolders(this.functions, phrase) : new Set<string>();
      const holders = held.size > 0 ? held : described;
      const said = new Set(words(phrase).map((word) => stem(word.toLowerCase())).filter((key) => !isStopword(key) && !NUMBER_TOKEN.test(key)));
      const nearOptions = holders.size > 0 ? [] : this.functions.flatMap((fn) => fn.parameters.filter((parameter) => parameter.type === 'enum' && (parameter.values ?? []).some((value) => words(value.replace(/_/g, ' ')).some((word) => said.has(stem(word.toLowerCase())))))).flatMap((parameter) => parameter.values ?? []);
      if (holders.size > 0 || (objectPhrase === undefined && (colour !== undefined || nearOptions.length > 0))) target = { phrase, colour, holders, nearOptions: [...new Set(nearOptions)], described: described.size > 0 };
    }
    // "dehumidify the room": no value after a preposition or as the object, but the verb is an option's word.
    const verb = target && target.holders.size > 0 ? undefined : verbValuePhrase(reading, this.wordNet, this.functions);
    const verbHolders = verb === undefined || this.nouns.has(verb) ? [] : this.functions.filter((fn) => fn.parameters.some((parameter) => parameter.type === 'enum' && enumValue(parameter, verb) !== undefined)).map((fn) => fn.name);
    if (verb !== undefined && verbHolders.length > 0) target = { phrase: verb, colour: undefined, holders: new Set(verbHolders), nearOptions: [] };
    if (this.cache.size >= CACHED_STEPS) this.cache.clear();
    this.cache.set(reading.text, target ?? null);
    return target;
  }

  /**
   * 1 where a parameter of the function takes the value the command names, -1 where the function can
   * hold it nowhere while another does (or it is a colour or a near option), 0 where the command names
   * no value, or the function takes free text or names the value in its own words.
   */
  fit(fn: NormalisedFunction, reading: RequestReading): -1 | 0 | 1 {
    const target = this.read(reading);
    if (!target) return 0;
    if (target.holders.has(fn.name)) return 1;
    return !target.described && this.namesItself(fn, target) ? 0 : -1;
  }

  /** Why the function cannot be called for the value named, or undefined where it can (or no value is named). */
  unheld(fn: NormalisedFunction, reading: RequestReading): string | undefined {
    const target = this.read(reading);
    if (!target || target.holders.has(fn.name) || (!target.described && this.namesItself(fn, target))) return undefined;
    const subject = this.selfNoun ? `the ${this.selfNoun}` : 'this device';
    if (target.holders.size > 0) return `"${target.phrase}" is a value of ${[...target.holders].join(', ')}, not of ${fn.name}`;
    const options = target.nearOptions.length > 0 ? `; the options it has are ${target.nearOptions.map((value) => value.replace(/_/g, ' ')).join(', ')}` : '';
    const what = target.colour !== undefined ? `has no colour to set to "${target.phrase}"` : `cannot be set to "${target.phrase}"`;
    return `${subject} ${what}${options}; ${whatItCanDo(this.functions)}`;
  }

  private namesItself(fn: NormalisedFunction, target: Target): boolean {
    if (fn.parameters.some(isText)) return true;
    const own = this.ownStems.get(fn.name)!;
    const said = words(target.phrase).map((word) => stem(word.toLowerCase())).filter((key) => !isStopword(key) && !NUMBER_TOKEN.test(key));
    return said.length > 0 && said.every((key) => own.has(key));
  }
}
