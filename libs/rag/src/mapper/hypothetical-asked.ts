import { en, type RequestReading } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { QUESTION_WORDS } from './question-contraction';
import { hedgeOnly } from './unheld-condition';

/** The words that open a supposition ("suppose you ran out", "imagine you drove off", "what if you took"): English's closed class. */
const SUPPOSING: readonly (readonly string[])[] = [['suppose'], ['supposing'], ['imagine'], ['what', 'if']];
/** Words that say a case is only supposed, wherever they stand ("could you in theory lift 200 kg?"): closed. */
const IN_THEORY: readonly (readonly string[])[] = [['hypothetically'], ['theoretically'], ['in', 'theory'], ['in', 'principle']];
/** The modals of a supposed case ("what would happen", "would it be quicker if"): not "can", which asks what is so. */
const SUPPOSED_MODALS: ReadonlySet<string> = new Set(['would', 'might', "wouldn't", 'wouldnt']);
/** With "if": "could" too ("if you had to, could you drive there?"). */
const CONDITIONAL_MODALS: ReadonlySet<string> = new Set([...SUPPOSED_MODALS, 'could']);
/** The openers of a condition (unheld-condition.ts's, one word each). */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'unless']);
/** Fillers before the question proper ("ok so, what if ..."): the language's one-word discourse openers. */
const FILLERS: ReadonlySet<string> = new Set(en.discourseOpeners.filter((opener) => !opener.includes(' ')));

/** The request's words, lower case, without punctuation but the apostrophe. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

const at = (said: readonly string[], from: number, phrase: readonly string[]) => phrase.every((word, offset) => said[from + offset] === word);

/**
 * How a request supposes a case rather than asking for a deed: "supposed" for a supposition or a
 * case said to be in theory ("what if you took a photo in the dark?", "could you in theory lift 200
 * kg?"), or a question under a condition that opens its clause ("if I asked you to go to shelf 30,
 * what would you do?", "if you had to, could you drive there?"), whose condition is no hedge ("could you take a photo if you can?" asks for the
 * photo), or an open question of what would be if ("what would happen if you went to shelf 9?");
 * "asked" for such a question with no condition ("in a fire, where would you go?"), which a query
 * may still answer; undefined otherwise.
 */
export function supposedCase(reading: RequestReading): 'supposed' | 'asked' | undefined {
  const text = reading.text.trim();
  const said = wordsOf(text);
  let from = 0;
  while (from < said.length && FILLERS.has(said[from]!)) from += 1;
  if (SUPPOSING.some((phrase) => at(said, from, phrase))) return 'supposed';
  if (said.some((_, index) => IN_THEORY.some((phrase) => at(said, index, phrase)))) return 'supposed';
  if (!text.includes('?')) return undefined;
  // A condition opens its clause ("if I asked you to go to shelf 30, what would you do?"): an "if" after a verb asks whether ("could you check if shelf 4 is empty?").
  const clauses = text.toLowerCase().split(/[,;]/).map(wordsOf);
  const conditional = clauses.find((clause) => CONDITION_WORDS.has(clause.find((word) => !FILLERS.has(word)) ?? ''));
  if (conditional && said.some((word) => CONDITIONAL_MODALS.has(word))) {
    const opened = conditional.findIndex((word) => CONDITION_WORDS.has(word));
    if (!hedgeOnly(conditional.slice(opened + 1).join(' '))) return 'supposed';
  }
  // "what would happen", "in a fire, where would you go?": an open question under a modal of a supposed case.
  // With a condition anywhere ("what would happen if you went to shelf 9?") it asks only of the supposed case.
  if (said.some((word, index) => QUESTION_WORDS.has(word) && said.slice(index + 1, index + 4).some((next) => SUPPOSED_MODALS.has(next)))) return said.some((word) => CONDITION_WORDS.has(word)) ? 'supposed' : 'asked';
  return undefined;
}

/**
 * "What would happen if you went to shelf 9?", "could you in theory lift 200 kg?", "imagine you
 * drove off the edge of the dock", "in a fire, where would you go?" said to a warehouse robot
 * (issue #17, a wrong action is worse than a question): a supposed case asks what would be, not for
 * the deed, and retrieval read the deed: the robot drove to shelf 9, or docked. Declined, saying so;
 * an open question of what would be ("where would you go?") only where every call is an action,
 * since a reading may still tell what it asks.
 */
export function hypotheticalAsked(result: MapResult, reading: RequestReading, kindOf: (name: string) => 'action' | 'query' | undefined, selfNoun: string | undefined): string | undefined {
  if (result.kind !== 'call' || result.calls.length === 0) return undefined;
  const supposed = supposedCase(reading);
  if (!supposed) return undefined;
  if (supposed === 'asked' && !result.calls.every((call) => kindOf(call.function) === 'action')) return undefined;
  return `"${reading.text.trim()}" asks what would be, not for it to be done, so I left the ${selfNoun ?? 'device'} as it is: tell me if you want it done`;
}
