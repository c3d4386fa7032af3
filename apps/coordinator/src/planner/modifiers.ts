/**
 * The words said before a kind noun (issue #17, over-broad references): "the bedside lamps", "the
 * ceiling lights", "the extractor fans". A word there that some of the kind's devices carry in their
 * own name or alias ("Left Bedside Lamp", "Office Ceiling", "Bathroom Extractor") says which of them
 * are meant; without it the kind noun reached every device of the kind ("bedside lamp" is also a
 * noun of the light catalog, said of every light). Read from the home's names only, so it holds in
 * any home.
 */
import { singularForms, tokenize } from '@meshmind/language';
import type { PhraseMatch } from './text';
import { undone } from './capability-match';
import { labelWordsOf } from './other-devices-named';
import type { PlannerDevice } from './planner';

/** At most this many words before a kind noun are read as its modifiers ("under cabinet lights"). */
const MODIFIER_REACH = 2;

export interface ModifierClause {
  tokens: readonly string[];
  nouns: ReadonlyArray<PhraseMatch<string>>;
}

/** A word and its singular forms, for comparing "ceilings" with "Ceiling". */
function forms(word: string): string[] {
  return [word, ...singularForms(word)];
}

/**
 * The words that modify the clause's kind nouns: the words of a noun of several words before its
 * head ("bedside" of "bedside lamp"), and the words said just before a noun, back to the first word
 * that ends a noun phrase (`stops`: articles, verbs, particles, quantifiers, places, numbers).
 */
export function modifierWords(clause: ModifierClause, stops: (token: string, index: number) => boolean): string[] {
  const found: string[] = [];
  for (const noun of clause.nouns) {
    found.push(...clause.tokens.slice(noun.start, noun.end - 1));
    for (let index = noun.start - 1; index >= Math.max(0, noun.start - MODIFIER_REACH); index -= 1) {
      const token = clause.tokens[index]!;
      if (stops(token, index) || /\d/.test(token)) break;
      found.push(token);
    }
  }
  return [...new Set(found)];
}

/**
 * The other words of a clause that may say which devices of a kind: "water the plants", where the
 * verb is the only kind word and "plants" is a word of "Plant Watering". Every word but the kind
 * nouns themselves ("the lights" is every light, not those called "... Light") and the `stops`.
 */
export function freeWords(clause: ModifierClause, stops: (token: string, index: number) => boolean): string[] {
  const inNoun = (index: number) => clause.nouns.some((noun) => index >= noun.start && index < noun.end);
  return [...new Set(clause.tokens.filter((token, index) => !inNoun(index) && !stops(token, index) && !/\d/.test(token)))];
}

/**
 * The devices of `pool` that the modifiers name: those whose own name or alias holds every modifier
 * word some device of the pool carries. Words no device of the pool carries say nothing of which
 * ("the big lamps" to a home with no "big" in a name) and leave the pool as it is; so does a set of
 * words no single device carries.
 */
export function narrowByModifiers(pool: PlannerDevice[], modifiers: readonly string[]): PlannerDevice[] {
  if (modifiers.length === 0 || pool.length === 0) return pool;
  // A name's two words typed as one ("hottub lights") count as its words.
  const labelWords = new Map(pool.map((device) => [device.id, labelWordsOf(device)]));
  const carried = modifiers.filter((word) => pool.some((device) => forms(word).some((form) => labelWords.get(device.id)!.has(form))));
  if (carried.length === 0) return pool;
  const narrowed = pool.filter((device) => carried.every((word) => forms(word).some((form) => labelWords.get(device.id)!.has(form))));
  return narrowed.length > 0 ? narrowed : pool;
}

/**
 * Whether devices of several kinds fit a command only by words no function of theirs is named by:
 * "cool down the bedroom" meets the air conditioner's mode "cool" and the lights' "cool" white, and
 * neither "set_mode" nor "set_color_temperature" is called "cool". "turn off the bedroom" meets
 * "turn_off" of each: every one of them is meant.
 */
export function verbNamesNoFunctionOf(clause: { tokens: readonly string[] }, fitting: readonly PlannerDevice[]): boolean {
  if (fitting.length < 2 || fitting.every((device) => device.type === fitting[0]!.type)) return false;
  const verb = clause.tokens[0];
  if (!verb) return false;
  // "unpause" names the function it undoes ("pause"), as selectByCapability reads it.
  const said = [...forms(verb), ...undone(verb).flatMap(forms)];
  const named = (device: PlannerDevice) => device.capabilities.some((capability) => capability.kind === 'action' && tokenize(capability.function.replace(/_/g, ' ')).some((word) => said.includes(word)));
  return !fitting.some(named);
}
