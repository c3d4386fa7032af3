import type { ScopeReading } from '../../src/mapper/scope';

/** A scope reading of mapper/scope.ts written out for a test: the request's content words, each fully met, and which of them each function explains. */
export const scopeReading = (content: string[], explained: Record<string, number[]>): ScopeReading => ({
  content,
  meetings: content.map(() => 1),
  strongest: 1,
  mean: 1,
  unmet: [],
  explained: new Map(Object.entries(explained).map(([name, at]) => [name, new Set(at)])),
});
