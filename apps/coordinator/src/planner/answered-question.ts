import { enPlanning } from '@meshmind/language';
import { anyOf } from './word-patterns';

const { conditions } = enPlanning;
const NEGATING = new Set(conditions.elliptical.negating.map((word) => word.toLowerCase()));
// "if not, turn it on", "if so then stop it": a condition word, the pro-form, an optional comma or "then", the request.
const ANSWERED = new RegExp(`^${anyOf(conditions.anywhere)}\\s+(${anyOf([...conditions.elliptical.affirming, ...conditions.elliptical.negating])})\\b\\s*,?\\s*(?:${anyOf(conditions.thenWords)}\\s+)?(.+)$`, 'i');

/**
 * "Is the TV on? If not, turn it on", "is the back door locked? if not lock it": a yes/no question
 * answered at once by a pro-form ("if so", "if not") is the condition of the request after it, as
 * "if the TV is not on, turn it on" would be (issue #17). Split at the question mark, the second
 * sentence opened with a condition the splitter could not read and was declined. The question
 * becomes the condition's text, with "not" where the pro-form denies it; the planner then reads the
 * device's state first and acts only where the condition holds. Null where the sentence before is
 * no question or this one is no such answer.
 */
export function answeredQuestion(previous: string | undefined, sentence: string): { condition: string; request: string } | null {
  const question = previous?.trim();
  if (!question?.endsWith('?')) return null;
  const answered = ANSWERED.exec(sentence.trim());
  if (!answered) return null;
  const asked = question.replace(/\?+$/, '').trim();
  return { condition: NEGATING.has(answered[1]!.toLowerCase()) ? `${asked} not` : asked, request: answered[2]!.trim() };
}
