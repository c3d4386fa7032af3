/**
 * A clause read against the home's vocabulary once per reading (issue #18). A goal's planning reads
 * the same clause more than once: to join objects that share a verb (joinSharedObjects), then to
 * resolve it (planClauses), and again for conditions and places. The goal's request reader hands
 * out one reading object per text, so keying by that object (and by the vocabulary, which the
 * planner builds afresh when the home's names, places or kinds change) remembers a clause for the
 * goal being planned and lets it go with the goal's readings (a WeakMap): no clause is remembered
 * from one goal to the next. What is read depends on the reading's words and the vocabulary alone.
 * Each caller gets its own shallow copy: the planner sets a field of a clause it was given
 * (`quantified`), which must not reach the next caller.
 */
import type { RequestReading } from '@meshmind/language';
import type { Vocabulary } from './vocabulary';

export function rememberedPerReading<C extends object>(read: (reading: RequestReading, vocabulary: Vocabulary) => C): (reading: RequestReading, vocabulary: Vocabulary) => C {
  const kept = new WeakMap<RequestReading, { vocabulary: Vocabulary; clause: C }>();
  return (reading, vocabulary) => {
    const known = kept.get(reading);
    if (known?.vocabulary === vocabulary) return { ...known.clause };
    const clause = read(reading, vocabulary);
    kept.set(reading, { vocabulary, clause });
    return { ...clause };
  };
}
