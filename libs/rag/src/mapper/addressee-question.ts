import { en, enPlanning, enReference, type Mood, type RequestReading } from '@meshmind/language';

/**
 * The auxiliaries a yes/no question opens with ("are", "is", "do", "have", "did", "were"): the
 * language's own closed class (enPlanning's yes/no openers) with the past and perfect forms the
 * reader also knows as openers of a question.
 */
const OPENERS: ReadonlySet<string> = new Set([...enPlanning.questions.yesNoOpeners, 'did', 'had', 'have', 'was', 'were']);
/** "you", as the subject of the question: the closed class of the addressee, without the possessive ("is your battery low?" names a thing). */
const ADDRESSEE: ReadonlySet<string> = new Set(enReference.speakersOwnDeed.addressee.filter((word) => word === 'you'));

/**
 * "Are you busy?", "are you awake?", "do you have lidar?", "are you able to climb stairs?" said to
 * a warehouse robot (issue #17, a wrong action is worse than a question): a yes/no question whose
 * subject is the device itself asks whether it is in a state or has a quality, named by the words
 * after the subject. The scope check (mapper/scope.ts `judgeScope`) passes every question, since a
 * question names what it wants by question words ("where are you?") that documents do not use; a
 * yes/no question has none, so its words are all it says. Where none of them meets the document
 * and no function is near in meaning, it is out of scope as a command would be, instead of the
 * robot reading out its position because "are you" is near "where the robot is".
 *
 * Only a question that opens with an auxiliary and "you" (after courtesy: "hey, are you ..."):
 * "is your battery low?" names a thing of the device, and "where are you?" asks by its question
 * word. Returns the mood the scope is judged in: "neutral" for such a question, else `mood`.
 */
export function judgedMood(reading: RequestReading, mood: Mood): Mood {
  return mood === 'question' && addresseeQuestion(reading) ? 'neutral' : mood;
}

/**
 * The words after "you" of a question that opens (after courtesy) with an auxiliary and "you":
 * ["busy"] of "hey, are you busy?", ["have", "a", "camera"] of "do you have a camera?". Undefined
 * for any other request.
 */
export function addresseeQuestion(reading: RequestReading): string[] | undefined {
  if (reading.mood !== 'question') return undefined;
  const said = reading.words.map((word) => word.toLowerCase());
  let at = 0;
  while (at < said.length && en.courtesy.has(said[at]!) && !ADDRESSEE.has(said[at]!)) at += 1;
  return OPENERS.has(said[at] ?? '') && ADDRESSEE.has(said[at + 1] ?? '') ? said.slice(at + 2) : undefined;
}

/** The question words that ask of a deed or a reason, not of a place or an amount ("what are you doing?", "why are you beeping?"): closed. */
const DEED_QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'why', 'who', 'whom', 'which']);
/** "where": a place, asked of a deed under way only when that deed is a journey ("where are you headed?"). */
const WHERE = 'where';
/** The auxiliaries a wh-question puts before its subject (present and past of "be", "do", "have"): closed. */
const WH_AUXILIARIES: ReadonlySet<string> = new Set([...enPlanning.questions.yesNoOpeners, 'did', 'had', 'have', 'was', 'were']);
/** Contracted auxiliaries a question word takes ("what're you doing?", "what've you done?"). */
const CONTRACTED: Readonly<Record<string, string>> = { "'re": 'are', "'ve": 'have', "'d": 'did', "'s": 'is' };

/**
 * A wh-question whose subject is the device ("what are you doing?", "what job are you on?", "why
 * are you beeping?", "where are you headed?"): its question word, the auxiliary before "you" and
 * the words after "you". At most two words between the question word and its auxiliary ("what job
 * are you on"); courtesy before it. Undefined for any other request, and for a modal question
 * ("what can you see?" asks what a query lists).
 */
export function addresseeWhQuestion(reading: RequestReading): { asks: string; auxiliary: string; after: string[] } | undefined {
  if (reading.mood !== 'question') return undefined;
  const said = reading.text
    .trim()
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[.!?]+$/, '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((word) => {
      const contracted = /^(\p{L}+)('re|'ve|'d|'s)$/u.exec(word);
      return contracted && (DEED_QUESTION_WORDS.has(contracted[1]!) || contracted[1] === WHERE) ? [contracted[1]!, CONTRACTED[contracted[2]!]!] : [word];
    });
  let at = 0;
  while (at < said.length && en.courtesy.has(said[at]!) && !ADDRESSEE.has(said[at]!)) at += 1;
  const asks = said[at] ?? '';
  if (!DEED_QUESTION_WORDS.has(asks) && asks !== WHERE) return undefined;
  for (let aux = at + 1; aux <= at + 3 && aux < said.length; aux += 1) {
    if (WH_AUXILIARIES.has(said[aux]!) && ADDRESSEE.has(said[aux + 1] ?? '')) return { asks, auxiliary: said[aux]!, after: said.slice(aux + 2) };
  }
  return undefined;
}
