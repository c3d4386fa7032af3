/**
 * Deictic spans of time that run up to now ("today", "overnight", "this morning", "so far"): a
 * closed grammatical class. Said with a perfect or a past, they ask what happened across the span.
 */
const SPANS_TO_NOW: readonly (readonly string[])[] = [['today'], ['overnight'], ['this', 'morning'], ['this', 'afternoon'], ['this', 'evening'], ['this', 'week'], ['all', 'day'], ['so', 'far']];
/** Auxiliaries and verbs of the perfect and the past ("has anyone opened", "it's been", "it got"): a closed class. */
const BEFORE_NOW_VERBS = new Set(['has', 'have', 'had', 'did', 'been', 'got', 'went']);

/**
 * "Has anyone opened the front door today?", "what's the lowest it got overnight?", "has anybody
 * been in the garage this morning?" (issue #17): a perfect or a past said with a span that runs up
 * to now asks what happened across that span (an opening, a visit, a lowest reading), which a
 * reading of the present does not tell: the door is shut now, though it was opened at noon. The
 * words of the span, where the question asks before now by them; undefined otherwise. A span with
 * a present ("is it warm today") asks of now; a perfect with no span ("has the room warmed up")
 * asks of the state it has come to, which is now; nor is a span the called reading's own words
 * name (`readingWords`, lower case: "counts the parcels that passed today").
 */
export function spanBeforeNow(said: readonly string[], readingWords: ReadonlySet<string> = new Set()): string | undefined {
  if (!said.some((word) => BEFORE_NOW_VERBS.has(word))) return undefined;
  for (let index = 0; index < said.length; index += 1) {
    const span = SPANS_TO_NOW.find((phrase) => phrase.every((word, offset) => said[index + offset] === word));
    // A reading whose own words name the span ("Counts the parcels that passed today") answers across it.
    if (span) return span.every((word) => readingWords.has(word)) ? undefined : span.join(' ');
  }
  return undefined;
}
