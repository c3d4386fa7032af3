import { en } from '@meshmind/language';
import type { ReferenceReading } from './planner';
import type { PhraseMatch } from './text';

/** The parts of a parsed clause a reference reading needs (builtin-planner's ClauseReferences). */
export interface ReadClause {
  tokens: readonly string[];
  named: Array<PhraseMatch<string>>;
  areas: Array<PhraseMatch<string>>;
  floors: Array<PhraseMatch<string>>;
  nouns: Array<PhraseMatch<string>>;
}

const FUNCTION_WORDS: ReadonlySet<string> = new Set([...en.determiners, ...en.quantifiers, ...en.courtesy, ...en.verbParticles]);

/**
 * What a clause's references cover: the devices they resolved to, the words no reference used
 * ("the purple thing": "purple", "thing"), and the span of the reference with the describing words
 * just before it ("the big lamp" is "big lamp", the words a person used for the device).
 */
export function readingOfReference(clause: ReadClause, deviceIds: string[], ambiguous: boolean, isFunctionWord: (token: string) => boolean): ReferenceReading {
  const matches = [...clause.named, ...clause.areas, ...clause.floors, ...clause.nouns];
  const covered = new Set<number>();
  for (const match of matches) for (let index = match.start; index < match.end; index += 1) covered.add(index);
  const skippable = (token: string) => FUNCTION_WORDS.has(token) || isFunctionWord(token) || /^["'“”‘’]+$/.test(token);
  const unread = clause.tokens.filter((token, index) => !covered.has(index) && !skippable(token));
  if (matches.length === 0) return { tokens: clause.tokens, deviceIds: [], ambiguous: false, unread, span: null };
  let start = Math.min(...matches.map((match) => match.start));
  const end = Math.max(...matches.map((match) => match.end));
  while (start > 0 && !covered.has(start - 1) && !skippable(clause.tokens[start - 1]!)) start -= 1;
  return { tokens: clause.tokens, deviceIds, ambiguous, unread, span: { start, end } };
}
