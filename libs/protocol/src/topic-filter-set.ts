/**
 * A fixed set of MQTT topic filters, read once: does a concrete topic fall under any of them?
 * The same answer as trying `topicMatchesFilter` (access.ts) on each filter in turn, which splits
 * the topic and the filter into levels again for every filter. The broker asks for every publish and
 * every delivery (an agent's report: its publish, then the forward to the coordinator; the subtask
 * the same two ways), each walking up to nine rules: a filter with no wildcard is matched by string
 * equality (a topic equals such a filter level by level exactly when it equals it as a string), one
 * with `+` or `#` against levels split once per filter here and once per call for the topic.
 */
export class TopicFilterSet {
  private readonly exact = new Set<string>();
  private readonly wildcards: string[][] = [];

  constructor(filters: Iterable<string>) {
    for (const filter of filters) {
      const levels = filter.split('/');
      if (levels.some((level) => level === '+' || level === '#')) this.wildcards.push(levels);
      else this.exact.add(filter);
    }
  }

  matches(topic: string): boolean {
    if (this.exact.has(topic)) return true;
    if (this.wildcards.length === 0) return false;
    const topicLevels = topic.split('/');
    return this.wildcards.some((filterLevels) => levelsMatch(topicLevels, filterLevels));
  }
}

/** MQTT's matching of a topic against a filter with `+` and `#`, on levels already split (access.ts's topicMatchesFilter splits and calls it). */
export function levelsMatch(topicLevels: readonly string[], filterLevels: readonly string[]): boolean {
  for (let index = 0; index < filterLevels.length; index += 1) {
    const level = filterLevels[index];
    if (level === '#') return true;
    if (index >= topicLevels.length) return false;
    if (level !== '+' && level !== topicLevels[index]) return false;
  }
  return topicLevels.length === filterLevels.length;
}
