import { en, enMapping, escapeRegExp, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { CLAUSE_BREAK, commands } from './stated-context';

/**
 * What this reads: thanks said for a thing ("another fuzzy picture, cheers for that", "thanks a
 * bunch for the blurry shot of my thumb", "thank you for the lovely photo of the ceiling"), with no
 * order and no question beside it (issue #17, a wrong action is worse than a question).
 *
 * Why: thanks closing a command ("fan off, thanks") is courtesy and dropped (en.ts `courtesy`), so
 * the words left ("another fuzzy picture ... that", "a bunch the blurry shot") read as the deed they
 * name, and the robot took another photo. Thanks said *for* something is about a thing already
 * there or done, sincere or sarcastic: either way it asks for nothing new. A clause beside it that
 * orders ("thanks for the photo, now go to shelf 5") or asks ("cheers for that, where are you now?")
 * is read as said.
 */

/** The closing thanks of the language (en-mapping.ts `items.closingCourtesy`, less "please" and its spellings, which ask), said before "for" and up to two degree words ("thanks a lot for"). */
const THANKS = enMapping.items.closingCourtesy.filter((word) => !enMapping.items.pleaseSpellings.includes(word));
const THANKS_FOR = new RegExp(`\\b(?:${THANKS.map(escapeRegExp).join('|')})\\b(?:\\s+[\\p{L}']+){0,2}?\\s+for\\b`, 'iu');

/** A clause without the courtesy and fillers it opens with ("now go to shelf 5", "ok then, take another"). */
function bare(clause: string): string {
  const said = clause.trim().split(/\s+/);
  const first = said.findIndex((word) => !en.courtesy.has(word.toLowerCase()));
  return first < 0 ? '' : said.slice(first).join(' ');
}

/** The reason thanks for a thing asks nothing, or undefined where no such thanks is said or another clause orders or asks. */
export function thankedFor(result: MapResult, text: string, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length === 0) return undefined;
  if (text.includes('?')) return undefined;
  const clauses = text.split(CLAUSE_BREAK).filter((clause) => clause.trim() !== '');
  const thanking = clauses.filter((clause) => THANKS_FOR.test(clause));
  if (thanking.length === 0 || clauses.some((clause) => !thanking.includes(clause) && commands(bare(clause), wordNet))) return undefined;
  return `"${text.trim()}" thanks the ${selfNoun ?? 'device'} for something already done and asks for nothing new: tell me what you want done`;
}
