import { en, enMapping } from '@meshmind/language';
import { STATE_AUXILIARIES } from './state-asked';

/**
 * "You're charged up, aren't you?", "the dock's free, isn't it?", "you're still connected to the
 * wifi, right?", "you're not running low?": a statement asked as a question, by a tag or by its
 * question mark alone. It asks what the yes/no question with its auxiliary first asks ("are you
 * charged up?", "is the dock free?"), but the readers of such a question (addressee-state.ts,
 * state-asked.ts) know one by its opening auxiliary, so the statement's form slipped past them: the
 * robot read out its position, docked, or listed the networks around it. This reads the statement
 * back as that question, for those readers only; the call is still chosen from the words as said.
 *
 * The statement opens with its subject (a personal pronoun but the speaker's own, a noun phrase of a determiner and up to
 * two words, or a numbered thing: "shelf 7") and a form of "be" or "have", whole or contracted
 * ("you're", "the dock's", "you've got"); the tag is an auxiliary with its pronoun ("isn't it",
 * "aren't you"), or a word asking for agreement ("right", "yeah"): English's closed classes. A
 * statement in another tense ("you stopped already, didn't you?") has no auxiliary to move, and is
 * left as said.
 */
const any = (words: Iterable<string>) => [...words].join('|');
/** Personal pronouns from the language data, but the speaker's own and "there" ("there's nothing on shelf 12" asks no state of a thing). */
const PRONOUNS = enMapping.statementSubjects.filter((word) => /^[a-z]+$/.test(word) && word !== 'i' && word !== 'there');
const SUBJECT = String.raw`(?:${any(PRONOUNS)}|(?:${any([...en.articles, ...en.possessives, ...en.demonstratives])})(?:\s+[\p{L}-]+){1,2}|[\p{L}]+\s+\d+)`;
const AUXILIARY = String.raw`(?:'re|'s|'ve|'m|\s+are|\s+is|\s+am|\s+has|\s+have|\s+was|\s+were)`;
const TAG = String.raw`(?:,?\s*(?:(?:${any(STATE_AUXILIARIES)}|wasn't|weren't|don't|doesn't)\s+(?:${any(PRONOUNS)}|there|i)(?:\s+not)?|right|yeah|yes|no|eh|innit|correct|ok|okay))?`;
/** One clause: a statement with a question after its comma ("I've got new stock, is there room?") asks that question. */
const STATEMENT = new RegExp(String.raw`^(${SUBJECT})(${AUXILIARY})\s+([^,;?]+?)${TAG}\s*\?$`, 'iu');
/** Contracted auxiliaries read whole; "'s" is "has" before "got" or "been" ("the dock's been cleared"). */
const WHOLE: Readonly<Record<string, string>> = { "'re": 'are', "'ve": 'have', "'m": 'am' };
const HAS_AFTER: ReadonlySet<string> = new Set(['got', 'been']);

/** The yes/no question a statement said as a question asks ("you're charged up, aren't you?" -> "are you charged up?"), or undefined. */
export function declarativeQuestion(text: string): string | undefined {
  const trimmed = text.trim().replace(/[’‘]/g, "'");
  if (/[.!?]\s*\S/.test(trimmed)) return undefined;
  const statement = STATEMENT.exec(trimmed);
  if (!statement) return undefined;
  const [, subject, auxiliary, rest] = statement as unknown as [string, string, string, string];
  const said = auxiliary.trim().toLowerCase();
  const whole = said === "'s" ? (HAS_AFTER.has(rest.split(/\s+/)[0]!.toLowerCase()) ? 'has' : 'is') : (WHOLE[said] ?? said);
  return `${whole} ${subject.toLowerCase()} ${rest}?`;
}
