import { en, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument, NormalisedFunction } from '../api-document';
import type { FunctionProfile } from './evidence';
import { asksIndirectly } from './indirect-question';
import { wayBackGoal } from './opposite-particle';
import { workingEnd } from './working-particle';

/**
 * A particle the device's own document gives as a word for one of its states names that state as
 * the goal: a cover's document says an open cover is "up" and a closed one "down", so "roll up the
 * shutter", "pull the blinds down" and "put the shades down" ask for open and closed. Read as a
 * direction instead, "down" stepped the position by 10% and "roll up" met close_cover's "rolls".
 *
 * Only where the opening verb is no function's own word ("turn on the radio" keeps turn_on, though
 * a player's document calls playing "on"), no number is said ("roll the shutter down to 40%" is a
 * position), the particle stands right after the verb or ends the clause, it is a word for exactly
 * one value (or names a yes/no state field: "put the kettle on" to a plug), and exactly one function with nothing to give sets that value. The request is then
 * rewritten to that function's own words before retrieval reads it, as purpose-verb.ts does.
 */
const CLAUSE_END = /[,.;:!?]/;

export interface StateGoal {
  key: string;
  value: string | boolean;
}

/**
 * "put the kettle on", "get the heater off": a state field that is a yes/no named by the particle
 * itself (a plug's "on") is the goal true; named by the particle's WordNet opposite ("off" of "on"),
 * the goal false. The document's own field says the particle is a state of the device.
 */
function booleanGoalsOf(document: NormalisedDocument, particle: string, wordNet: WordNet | undefined): StateGoal[] {
  const opposites = wordNet ? wordNet.antonyms(particle) : new Set<string>();
  return Object.entries(document.state ?? {})
    .filter(([, field]) => field.type === 'boolean')
    .flatMap(([key]): StateGoal[] => (key === particle ? [{ key, value: true }] : opposites.has(stem(key)) ? [{ key, value: false }] : []));
}

export function goalsOf(document: NormalisedDocument, particle: string): StateGoal[] {
  const goals: StateGoal[] = [];
  for (const [key, field] of Object.entries(document.state ?? {})) {
    for (const [value, said] of Object.entries(field.synonyms ?? {})) {
      if (said.some((phrase) => phrase.toLowerCase() === particle)) goals.push({ key, value });
    }
  }
  return goals;
}

export function functionSetting(document: NormalisedDocument, goal: StateGoal, alone = false): NormalisedFunction | undefined {
  const setters = document.functions.filter(
    (fn) =>
      fn.kind !== 'query' &&
      fn.parameters.every((parameter) => parameter.required === false || parameter.default !== undefined) &&
      (fn.effects ?? []).some((effect) => effect.key === goal.key && 'value' in effect && effect.value === goal.value),
  );
  // "power the speaker up": of turn_on and play, both waking the player, the one that does nothing else.
  const only = alone && setters.length > 1 ? setters.filter((fn) => (fn.effects ?? []).length === 1) : setters;
  return only.length === 1 ? only[0] : undefined;
}

export function withStateParticle(text: string, document: NormalisedDocument, profiles: Iterable<FunctionProfile>, wordNet?: WordNet): string {
  const match = /^\s*([A-Za-z][A-Za-z-]*)\b/.exec(text);
  if (!match || /[0-9]/.test(text)) return text;
  const verb = match[1]!.toLowerCase();
  // "louder on the kitchen echo": a command that opens with an adjective has no verb, so "on" after it
  // is a preposition before the device, not the particle of a state ("play").
  if (wordNet && wordNet.canBe(verb, 'adj') && !wordNet.isVerb(verb)) return text;
  // "see if the light is on": the particle ends a clause that asks (indirect-question.ts), the state asked
  // about, not the goal of the opening verb.
  if (asksIndirectly(words(text), wordNet)) return text;
  const ownStems = new Set([...profiles].flatMap((profile) => [...profile.actionStems]));
  if (ownStems.has(stem(verb))) return text;
  const after = text.slice(match.index + match[0].length);
  const said = words(after.split(CLAUSE_END)[0] ?? '').map((word) => word.toLowerCase());
  // Courtesy may close the clause after its particle: "get the heater off please".
  let last = said.length;
  while (last > 1 && en.courtesy.has(said[last - 1]!)) last -= 1;
  const clause = said.slice(0, last);
  const candidates = [...new Set([clause[0], clause.at(-1)])].filter((word): word is string => word !== undefined && en.verbParticles.has(word));
  const back = candidates.length === 0 ? wayBackGoal(document, clause, wordNet) : undefined; // "pull the awning in": the opposite of "out" (opposite-particle.ts)
  if (back) return rewrittenTo(text, match, after, back.particle, document, back.goal);
  if (candidates.length !== 1) return text;
  const particle = candidates[0]!;
  const named = goalsOf(document, particle);
  // A yes/no state only after a verb: "candlelight on the lamp" names a value, "on" the lamp it goes on.
  // "tv on" to a player whose playing is also called "on": with no verb, a particle that is itself the name of a yes/no
  // field names that field, not another field's value its notes call by the same word (a synonym is a second name, the
  // field's own the first); left to retrieval. After a verb the verb says which ("carry on playing").
  const ownNoun = document.nouns.some((noun) => words(noun.toLowerCase()).includes(verb)); // "radio on": the device named, though "radio" can be a verb
  const verbal = wordNet?.isVerb(verb) === true && !ownNoun;
  const literal = wordNet && !verbal ? booleanGoalsOf(document, particle, wordNet).filter((goal) => goal.key === particle) : [];
  if (literal.length > 0) return text;
  const working = named.length === 0 && verbal ? workingEnd(verb, particle, wordNet) : undefined; // "power the speaker down": off (working-particle.ts)
  const goals = named.length > 0 ? named : verbal ? booleanGoalsOf(document, working ?? particle, wordNet!) : [];
  if (goals.length !== 1) return text;
  return rewrittenTo(text, match, after, particle, document, goals[0]!, working !== undefined);
}

/** The request said in the words of the one function that sets the goal, the particle left out; as said where none does. */
function rewrittenTo(text: string, match: RegExpExecArray, after: string, particle: string, document: NormalisedDocument, goal: StateGoal, alone = false): string {
  const chosen = functionSetting(document, goal, alone);
  if (!chosen) return text;
  const object = after.replace(new RegExp(`\\b${particle}\\b`, 'i'), '').replace(/\s{2,}/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trimEnd();
  return `${text.slice(0, match.index)}${functionWords(document, chosen)}${object.startsWith(' ') ? object : ` ${object}`}`;
}

/** A function's identifier said without the device's own nouns: "close_cover" is said "close". */
export function functionWords(document: NormalisedDocument, chosen: NormalisedFunction): string {
  const nouns = new Set(document.nouns.flatMap((noun) => words(noun)).map((word) => stem(word.toLowerCase())));
  const own = chosen.name.split('_').filter((part) => !nouns.has(stem(part.toLowerCase())));
  return (own.length > 0 ? own : chosen.name.split('_')).join(' ');
}
