import { stem, type Lexicon } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';

/**
 * A question about a quantity the device only sets (issue #17). "How fast are you going?", "what's
 * your current speed?" to a robot that sets its travel speed and reports its position and its
 * battery: the question names speed, which the speed setter's words explain and no query's do, and
 * the nearest query answered it with a position or a charge: a wrong answer. Where a word of the
 * question is explained by an action of the document and by none of its queries (the called one
 * included), the device has that quantity only as something it is told: "I can set my speed but
 * cannot report it" is the honest answer.
 *
 * Only a word WordNet reads as a noun or an adjective (the quantity or its degree: "speed", "fast"),
 * never the question's verb; and only where the document declares or names which functions report
 * (`kindOf`): without kinds nothing is judged. A document whose state fields name the quantity
 * answers it from the state its query reports, and is not judged.
 */
export function settingNotReported(
  result: MapResult,
  asking: boolean,
  read: ScopeReading,
  kindOf: (name: string) => 'action' | 'query' | undefined,
  functions: readonly NormalisedFunction[],
  stateWords: ReadonlySet<string>,
  lexicon: Lexicon | undefined,
): string | undefined {
  const wordNet = lexicon?.wordNet;
  if (result.kind !== 'call' || !wordNet || !read.explained || !asking) return undefined;
  if (!result.calls.every((call) => kindOf(call.function) === 'query')) return undefined;
  const stateStems = new Set([...stateWords].map((word) => stem(word.toLowerCase())));
  const queries = functions.filter((fn) => kindOf(fn.name) === 'query').map((fn) => fn.name);
  const actions = functions.filter((fn) => kindOf(fn.name) === 'action').map((fn) => fn.name);
  const explainedBy = (names: readonly string[], position: number) => names.some((name) => read.explained!.get(name)?.has(position) ?? false);
  for (const [position, word] of read.content.entries()) {
    if (!(wordNet.canBe(word, 'noun') || wordNet.canBe(word, 'adj')) || wordNet.mostlyVerb(word)) continue;
    if (stateStems.has(stem(word)) || explainedBy(queries, position) || !explainedBy(actions, position)) continue;
    return word;
  }
  return undefined;
}
