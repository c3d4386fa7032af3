import { en, isStopword, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { HybridDocument } from '../search/hybrid-index';

/** How close a WordNet relation must be for a request's noun to name a function's quantity ("tilt" ~ "angle" is 0.9). */
const NAMING_RELATION = 0.8;

const isNumeric = (fn: NormalisedFunction) => fn.parameters.some((parameter) => parameter.type === 'integer' || parameter.type === 'number');

/**
 * The quantity a command sets, named by the noun right before its goal preposition: "adjust camera
 * tilt to 60", "bring the velocity to 2", "put the pitch at -20". A bare number fits any numeric
 * parameter whose range takes it, so "tilt to 60" fit a speed setter as well as the camera's; the
 * noun says whose parameter the number fills. It is read from the function's own words, in English
 * (the views of function-views.ts gloss foreign notes): its identifier, parameter names and notes,
 * met by the noun itself or a close WordNet relation ("tilt" names a parameter called "angle").
 */
export class NamedQuantities {
  /** Stems of the English words of each function that takes a number. */
  private readonly ownStems = new Map<string, Set<string>>();
  private readonly nouns: Set<string>;
  /** The state key each numeric function sets or moves from a parameter, by function. */
  private readonly keys = new Map<string, Set<string>>();

  constructor(
    functions: readonly NormalisedFunction[],
    documents: readonly HybridDocument[],
    nouns: readonly string[],
    private readonly wordNet: WordNet | undefined,
  ) {
    functions.forEach((fn, position) => {
      if (!isNumeric(fn)) return;
      const fields = documents[position]?.fields.flatMap((field) => field.words) ?? [];
      const texts = [fn.name.replace(/_/g, ' '), ...fn.parameters.flatMap((parameter) => [parameter.name.replace(/_/g, ' '), parameter.description ?? '']), ...fields];
      this.ownStems.set(fn.name, new Set(texts.flatMap((text) => words(text)).map((word) => stem(word.toLowerCase()))));
      this.keys.set(fn.name, new Set((fn.effects ?? []).filter((effect) => effect.parameter !== undefined || effect.increaseBy !== undefined || effect.decreaseBy !== undefined).map((effect) => effect.key)));
    });
    // "set the fan to 3": the device's own noun names the device, not one of its quantities.
    this.nouns = new Set(nouns.flatMap((noun) => words(noun)).map((word) => stem(word.toLowerCase())));
  }

  /** The content word right before the goal preposition at `at` ("tilt" in "adjust camera tilt to 60"), or undefined. */
  private quantityWord(reading: RequestReading, at: number): string | undefined {
    const word = reading.tokens[at - 1];
    // "turn the radio up to 50": a particle before the goal says how, and names no quantity; only a noun does.
    if (word === undefined || at - 1 === 0 || isStopword(word) || en.determiners.has(word) || en.verbParticles.has(word) || !/^[a-z]+$/i.test(word)) return undefined;
    if (this.wordNet && !this.wordNet.canBe(word, 'noun')) return undefined;
    return this.nouns.has(stem(word.toLowerCase())) ? undefined : word.toLowerCase();
  }

  /** Whether the noun names the quantity a number of `fn` sets (its own word, or a close WordNet relation of it). */
  names(word: string, fn: string): boolean {
    const own = this.ownStems.get(fn);
    if (!own) return false;
    if (own.has(stem(word))) return true;
    return [...(this.wordNet?.related(word) ?? [])].some(([key, weight]) => weight >= NAMING_RELATION && own.has(key));
  }

  /**
   * The holders of a number set at the goal preposition at `at` whose quantity the noun before it
   * names, where it names some of them and not all; otherwise the holders as they were.
   */
  narrow(reading: RequestReading, at: number, holders: ReadonlySet<string>): ReadonlySet<string> {
    if (holders.size < 2) return holders;
    const word = this.quantityWord(reading, at);
    if (word === undefined) return holders;
    const named = new Set([...holders].filter((fn) => this.names(word, fn)));
    // "set the sound to 22": "sound" is a word of volume_up's notes ("the sound gets louder"), not of
    // set_volume's; the quantity it names is the state those steps move, and so every holder that sets
    // or moves that same state is named with them, the setter too. Which of them is meant is the
    // ranking's to say ("to 22" is a level, change-amount.ts), not the noun's.
    const namedKeys = new Set([...named].flatMap((fn) => [...(this.keys.get(fn) ?? [])]));
    for (const fn of holders) if ([...(this.keys.get(fn) ?? [])].some((key) => namedKeys.has(key))) named.add(fn);
    return named.size > 0 && named.size < holders.size ? named : holders;
  }
}
