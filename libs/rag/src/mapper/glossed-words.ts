import type { ScopeReading } from './scope';

/**
 * Which functions a phrase's words are explained by, as the document reads in English: its names,
 * and its notes through their dictionary glosses (mapper/function-views.ts, mapper/scope.ts). Readers
 * that compare a request's words with a function's own words read the notes as written; on a German,
 * French or Chinese document those are words no English request meets, so "stop charging" found no
 * function of charging on a robot whose docking notes say "充电" or "Laden" and halted the whole robot,
 * where the English document's "recharge" told the reader that charging is another function's deed.
 * Undefined for an English document, whose notes those readers already read as written.
 */
export type GlossedWords = (phrase: string) => ReadonlySet<string>;

export function glossedWords(language: string, readScope: ((text: string) => ScopeReading) | undefined): GlossedWords | undefined {
  if (language === 'en' || !readScope) return undefined;
  return (phrase) => new Set([...(readScope(phrase).explained ?? new Map<string, Set<number>>())].filter(([, positions]) => positions.size > 0).map(([name]) => name));
}
