import { en } from '@meshmind/language';

/**
 * A question word with its auxiliary contracted ("Where'd you end up?", "where've you got to",
 * "what're you doing") read as the two words (issue #17, the second set's class E). The readers know a
 * question by its opening word: "where" asks for a place (mapper/place-question.ts), "what" for a
 * thing; "where'd" was one word none of them knew, so "Where'd you end up?" met no function on most
 * dialects and listed the networks on two, where "where did you end up?" read the position. A closed
 * class: the question words and the auxiliaries "'d" (did; "would" reads alike for the mapper: the
 * question word is what it needs), "'ve" (have) and "'re" (are). "'s" is left as typed: "what's" and
 * "whats" are read as they are by the language data already.
 */
/** The question words, from the language data: the openers that are no verb and ask ("what", "where", "how"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([...en.nonVerbOpeners].filter((word) => /^(?:wh[a-z]+|how)$/.test(word) && word !== 'whats'));
const AUXILIARIES: ReadonlyMap<string, string> = new Map([
  ['d', 'did'],
  ['ve', 'have'],
  ['re', 'are'],
]);

export function withQuestionWordOpened(text: string): string {
  return text.replace(/\b(\p{L}+)['’](d|ve|re)\b/giu, (whole, word: string, tail: string) =>
    QUESTION_WORDS.has(word.toLowerCase()) ? `${word} ${AUXILIARIES.get(tail.toLowerCase())!}` : whole,
  );
}
