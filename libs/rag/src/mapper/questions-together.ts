import { en, isStopword, REFERRING_PRONOUN } from '@meshmind/language';
import { QUESTION_WORDS as WH_WORDS } from './question-contraction';
import { STATE_AUXILIARIES } from './state-asked';

/**
 * "Where are you and how much battery have you got?", "is the lamp on, and how bright is it?",
 * "is the garage open and how long has it been like that?": two questions said as one request. Read
 * as one, the embedding settles on the words of one of them and the device answers that one alone:
 * the person hears half an answer, said as if it were the whole, or an answer to a question the
 * device cannot answer at all ("who sent you there?" answered with the robot's position). Each
 * question is therefore read apart (mapper/lone-steps.ts): both answered, or the request declined
 * with the reason of the one the device cannot answer.
 *
 * A second question opens its clause after "and" (with or without a comma) with a question word (English's closed class: "what",
 * "how", "who", "whether" ...) or with an auxiliary and the subject it asks about ("is the fan on",
 * "have you got a map"): an auxiliary alone after "and" shares the first's subject ("is the fan on
 * and oscillating"), which is one question, and a tag ("the dock's free, isn't it?") or "do you
 * think?", "can you tell me?" asks the first one again. "If" is no opener here ("check the door
 * and if it's open close it" is a condition), nor "how about" / "what about" (a suggestion, or a
 * question of the first's kind about another thing).
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set([...WH_WORDS, 'whether'].flatMap((word) => [word, `${word}'s`, `${word}s`]));
/** The auxiliaries and modals a yes/no question opens with: a closed class. */
export const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set([...STATE_AUXILIARIES, ...en.mood.politeAsks, 'do', 'does', 'should', 'shall', "wasn't", "weren't", "don't", "doesn't", "can't", "won't", "wouldn't", "couldn't"]);
/** Subjects an auxiliary asks about: personal and indefinite pronouns, "there", and the determiners that open a noun phrase. Closed. */
export const SUBJECTS: ReadonlySet<string> = new Set([
  ...en.determiners, 'it', 'you', 'i', 'we', 'he', 'she', 'they', 'there', 'anything', 'anyone', 'anybody', 'something', 'someone', 'somebody', 'nothing', 'nobody', 'everything', 'any', 'some',
]);
/** Openers that suggest, or ask of another thing in the first's terms, rather than ask a question of their own. */
const NOT_OPENING: readonly (readonly string[])[] = [['how', 'about'], ['what', 'about']];
/** Fewest words a clause asks a question in ("where are you"): "where and when" are no two questions. */
const CLAUSE_WORDS = 2;

const wordsOf = (clause: string) => clause.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/** Whether a clause opens as a question of its own: a question word, or an auxiliary with its subject. */
export function opensQuestion(clause: string): boolean {
  const said = wordsOf(clause);
  const [first = '', second = ''] = said;
  if (NOT_OPENING.some((phrase) => phrase.every((word, at) => said[at] === word))) return false;
  if (QUESTION_WORDS.has(first)) return true;
  if (!QUESTION_AUXILIARIES.has(first) || !SUBJECTS.has(second)) return false;
  // A tag ("isn't it?", "is it not?") asks the first question again, as does "do you think?", "can you tell me?".
  if (said.length <= 2 || said[2] === 'not') return false;
  // "can you check that for me?": nothing but closed-class words after the verb.
  return !(second === 'you' && said.slice(3).every((word) => isStopword(word) || en.courtesy.has(word)));
}

/**
 * Where the request joins one clause to the next: "and", with or without a comma before it, or a
 * comma alone. A comma alone more often sets off the same question again or a guess at its answer
 * ("why is it so cold, is the heating off?", "can I put stuff on shelf 11, is there room?"), which
 * the first question's call answers: it joins two questions only where each opens with a question
 * word ("where are you, how much battery", "what's your charge, what networks can you see?").
 */
const JOINS = /\s*,\s*(?:and\s+)?|\s+and\s+/gi;
const opensWithQuestionWord = (clause: string) => QUESTION_WORDS.has(wordsOf(clause)[0] ?? '') && opensQuestion(clause);

/**
 * The questions a request asks together, each as said, or undefined where it asks fewer than two.
 * A later question's pronoun stands for a numbered thing the one before named: "is shelf 9 full,
 * and what's on it?" asks what is on shelf 9. Only within one sentence: "are you lost? where are
 * you?" says one question twice.
 */
export function questionsTogether(text: string): string[] | undefined {
  const trimmed = text.trim();
  // Without its question mark, a request that opens with a question word still asks ("where are you and how much battery").
  if ((!trimmed.endsWith('?') && !opensWithQuestionWord(trimmed)) || /[.!?]\s+\S/.test(trimmed)) return undefined;
  const questions: string[] = [];
  let from = 0;
  for (const join of trimmed.matchAll(JOINS)) {
    const before = trimmed.slice(from, join.index);
    const after = trimmed.slice(join.index + join[0].length);
    if (!opensQuestion(after) || wordsOf(before).length < CLAUSE_WORDS) continue;
    if (!/\band\s*$/i.test(join[0]) && !(opensWithQuestionWord(before) && opensWithQuestionWord(after))) continue;
    questions.push(before);
    from = join.index + join[0].length;
  }
  if (questions.length === 0) return undefined;
  questions.push(trimmed.slice(from));
  // Each clause that opens as a question ("is lane 4 clear") is asked as one; an embedded one ("tell me where you are") is said as it was.
  const asked = (clause: string) => QUESTION_WORDS.has(wordsOf(clause)[0] ?? '') || QUESTION_AUXILIARIES.has(wordsOf(clause)[0] ?? '');
  return questions.map((question, at) => (at === 0 ? question : withNumberedAntecedent(question, questions.slice(0, at)))).map((question) => (question.endsWith('?') || !asked(question) ? question : `${question}?`));
}

/** A numbered thing a clause names ("shelf 9", "bay number 4"). */
const NUMBERED = /\b(\p{L}+(?:\s+number)?\s+\d+)\b/u;

function withNumberedAntecedent(question: string, before: readonly string[]): string {
  if (!REFERRING_PRONOUN.test(question)) return question;
  const named = before.map((clause) => NUMBERED.exec(clause)?.[1]).filter((thing): thing is string => thing !== undefined).at(-1);
  return named ? question.replace(REFERRING_PRONOUN, named) : question;
}
