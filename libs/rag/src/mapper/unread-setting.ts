import { enMapping, gerundBases, isFunctionWord, isStopword, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';

/** A field named by a switch word ("on") is read by the switch's query (is_on); as unread-state.ts. */
const SWITCH_WORDS = new Set(enMapping.switchWords);
/** How near a WordNet relative of an unmet word must be to a setter's own word to stand for it ("swing" for "sweep"). */
const NEAR_RELATIVE = 0.7;

/** A function's own words: its name and description. A parameter's notes and option synonyms ("hold still", "quiet") say how it is set, not what. */
const textOf = (fn: NormalisedFunction) => `${splitIdentifier(fn.name).join(' ')} ${fn.description}`;
const stemsOf = (text: string) => new Set(words(text.toLowerCase()).map(stem));

/**
 * A yes/no question about a state that only an action sets and no reading reports (issue #17: a
 * question on a state no function reads is declined, never answered with another reading). "Is the
 * fan sweeping?", "is it swinging?" to a fan whose set_oscillation turns its sweep on and off while
 * its queries read only whether it runs and how fast: the words of the question are the setter's
 * own ("sweep" in its description, not only in a parameter's notes or synonyms; "swing", WordNet's near relative of it), and is_on's answer says
 * nothing of them. Unlike unread-state.ts it needs no field name said: the state is named by the
 * words of the action that sets it, as the document writes them.
 *
 * A field is unread when no query's name, description or return holds all its name's words; a setter
 * of unread state is an action whose every declared effect is on such a field (set_speed also starts
 * the fan, which is_on reads: "is the fan on high" is not declined here). Judged only where no word of
 * the question is the called query's own, and some word is explained by such setters alone.
 * Undefined where the call stands; else why it does not.
 */
export function unreadSetting(
  result: MapResult,
  reading: RequestReading,
  asked: ScopeReading | undefined,
  functions: readonly NormalisedFunction[],
  fields: readonly string[],
  selfNoun: string | undefined,
  wordNet: WordNet | undefined,
): string | undefined {
  if (result.kind !== 'call' || !asked?.explained || reading.mood !== 'question') return undefined;
  const queries = functions.filter((fn) => fn.kind === 'query');
  if (!result.calls.every((call) => queries.some((fn) => fn.name === call.function))) return undefined;
  const queryStems = queries.map((fn) => stemsOf(`${textOf(fn)} ${fn.returns ?? ''}`));
  const unread = new Set(
    fields.filter((field) => {
      const own = splitIdentifier(field).map((word) => word.toLowerCase());
      if (own.length === 0 || own.some((word) => SWITCH_WORDS.has(word) || isStopword(word) || isFunctionWord(word, 'en'))) return false;
      return !queryStems.some((stems) => own.every((word) => stems.has(stem(word))));
    }),
  );
  const setters = functions.filter((fn) => fn.kind !== 'query' && (fn.effects ?? []).length > 0 && fn.effects!.every((effect) => unread.has(effect.key)));
  if (setters.length === 0) return undefined;
  const explainedBy = (position: number) => functions.filter((fn) => asked.explained!.get(fn.name)?.has(position));
  const called = new Set(result.calls.map((call) => call.function));
  if (asked.content.some((_, position) => explainedBy(position).some((fn) => called.has(fn.name)))) return undefined;
  // "swinging" meets no word of the document; its base's near WordNet relative ("sweep") is a setter's own word.
  const nearSetter = (word: string) => {
    if (!wordNet) return undefined;
    const bases = [word, ...gerundBases(word)].filter((base) => wordNet.isKnown(base));
    return setters.find((fn) => {
      const own = stemsOf(textOf(fn));
      return bases.some((base) => [...wordNet.related(base)].some(([relative, weight]) => weight >= NEAR_RELATIVE && own.has(stem(relative))));
    });
  };
  for (const [position, word] of asked.content.entries()) {
    const explainers = explainedBy(position);
    const setter = explainers.length > 0 ? (explainers.every((fn) => setters.includes(fn)) ? explainers.find((fn) => stemsOf(textOf(fn)).has(stem(word))) : undefined) : nearSetter(word);
    if (!setter) continue;
    const readings = queries.map((fn) => splitIdentifier(fn.name).join(' ').toLowerCase());
    return `the ${selfNoun ?? 'device'} can ${splitIdentifier(setter.name).join(' ').toLowerCase()}, but none of its readings (${readings.join(', ')}) tells whether it is "${word}"`;
  }
  return undefined;
}
