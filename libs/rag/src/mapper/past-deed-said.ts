import { en, enMapping, enPlanning, enReference, isStopword, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { pastBase } from './speakers-past-deed';
import { STATE_AUXILIARIES } from './state-asked';

/** The speaker as a subject ("I thought you went ..."): passed over with its verb. */
const SPEAKERS: ReadonlySet<string> = new Set(enReference.speakersOwnDeed.speakers);
/** The personal pronouns of a subject other than the speaker (the language's statement subjects, uncontracted): what the speaker did is mapper/speakers-past-deed.ts's. */
const SUBJECTS: ReadonlySet<string> = new Set(enMapping.statementSubjects.filter((word) => /^\p{L}+$/u.test(word) && !SPEAKERS.has(word) && word !== 'there'));
/** Indefinite pronouns as a subject ("someone wrote 'go to shelf 5' on the board", "somebody moved you"): the language's presence words (closed). */
const INDEFINITE: ReadonlySet<string> = new Set([...enPlanning.questions.presence.words, 'everyone', 'everybody', 'nobody', 'no-one']);
/** "did you ...", "have you ...": the auxiliaries of a past or perfect question, before its subject (state-asked.ts's, less the present of "be"). */
const PAST_AUXILIARIES: ReadonlySet<string> = new Set([...STATE_AUXILIARIES].filter((word) => !/^(?:is|are|am)/.test(word)));
/** The past forms of "be", "do" and "have", said after the subject ("you were supposed to", "you did it"): the past auxiliaries but the present of "have". */
const PAST_FORMS: ReadonlySet<string> = new Set([...PAST_AUXILIARIES].filter((word) => !/^ha(?:s|ve)/.test(word)));
/** "have", "has", "had" after the subject ("you've mapped the car park"): the perfect's auxiliaries among the past ones. */
const PERFECT: ReadonlySet<string> = new Set([...PAST_AUXILIARIES].filter((word) => /^ha(?:s|ve|d)$/.test(word)));
/** "you've got enough charge", "you've got to go": a perfect of "get" says having or a duty now, not a deed done. */
const GOT: ReadonlySet<string> = new Set(enReference.statedEvent.getting.past);
/** Adverbs said between the subject and its verb ("you already took", "you just went"): the done report's closed class. */
const ADVERBS: ReadonlySet<string> = new Set([...enReference.doneReport.adverbs, 'never', 'ever', 'really', 'definitely', 'still']);
/** Words a tag after a comma is made of ("..., right?", "..., didn't you?", "..., yeah?"): pronouns, auxiliaries, yes and no (closed class). */
const TAG_WORDS: ReadonlySet<string> = new Set([...SUBJECTS, ...SPEAKERS, ...en.auxiliaries, ...PAST_AUXILIARIES, 'right', 'yeah', 'yes', 'no', 'eh', 'correct', 'true', 'not', 'or']);
/** Words that join a second clause: a request with one is left to the steps ("you went to 4, so go to 5"). */
const JOINING: ReadonlySet<string> = new Set([...en.connectives, 'but', 'so', 'because', 'then']);

/**
 * Whether a word is a verb said in its past ("went", "took", "docked", "been"): a regular past of a
 * WordNet verb (speakers-past-deed.ts `pastBase`), or a form WordNet reads as a verb whose lemmas do
 * not hold it (its irregular forms: "went" is go, "took" take), but no third person or -ing form.
 * A past that is also its own base ("put", "set", "read", "found") is not told apart, and not read.
 */
function saidInPast(word: string, wordNet: WordNet): boolean {
  if (PAST_FORMS.has(word) || pastBase(word, wordNet) !== undefined) return true;
  if (/(?:s|ing)$/.test(word) || isStopword(word) || !wordNet.isVerb(word)) return false;
  const lemmas = wordNet.verbSenses(word).flatMap((sense) => sense.lemmas);
  return lemmas.length > 0 && !lemmas.includes(word);
}

/** Whether a word is a verb in its base form, which opens a command ("go back to where you were"). */
function baseVerb(word: string, wordNet: WordNet): boolean {
  return !isStopword(word) && !en.courtesy.has(word) && wordNet.isVerb(word) && wordNet.verbSenses(word).some((sense) => sense.lemmas.includes(word));
}

/** Whether a determiner stands one or two words before (a noun phrase's head: "the robot", "the other robot"). */
function afterDeterminer(said: readonly string[], at: number): boolean {
  return [said[at - 1], said[at - 2]].some((word) => word !== undefined && en.determiners.has(word));
}

/**
 * The words of one clause that says or asks what was done: "did you take the photo?", "why did you
 * go to shelf 8?", "have you been to shelf 10 today?", "you went to shelf 4 already?", "I thought
 * you went to the dock", "the other robot went to shelf 5", "you already took a picture, right?".
 * A subject (a pronoun, or a noun after a determiner) with a past verb after it, or a past
 * auxiliary before it; nothing before it a command opens with ("go back to where you were" is a
 * command). Undefined for any other request, and for two clauses ("you went to 4, so go to 5").
 */
export function pastClause(reading: RequestReading, wordNet: WordNet): string[] | undefined {
  // "you've mapped": the perfect's contraction read as its auxiliary.
  const text = reading.text.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/\b(\p{L}+)'ve\b/gu, '$1 have');
  if (/[.!?;:]\s*\S/.test(text)) return undefined;
  const [main, ...tags] = text.replace(/[.!?]+$/, '').split(/\s*,\s*/);
  const said = (main ?? '').split(/\s+/).filter(Boolean);
  if (tags.some((tag) => tag.split(/\s+/).some((word) => !TAG_WORDS.has(word)))) return undefined;
  if (said.some((word, at) => at > 0 && JOINING.has(word))) return undefined;
  for (let at = 0; at < said.length; at += 1) {
    const word = said[at]!;
    const subject = SUBJECTS.has(word) || INDEFINITE.has(word) || (afterDeterminer(said, at) && !isStopword(word) && wordNet.canBe(word, 'noun'));
    if (!subject) {
      if (SPEAKERS.has(word) && said[at + 1] !== undefined && saidInPast(said[at + 1]!, wordNet)) at += 1;
      // "why have you stopped?": a perfect's auxiliary before its subject opens no command, though "have" is a verb's base.
      else if (PAST_AUXILIARIES.has(word) && SUBJECTS.has(said[at + 1] ?? '')) continue;
      else if (baseVerb(word, wordNet) && !saidInPast(word, wordNet)) return undefined;
      continue;
    }
    let next = at + 1;
    while (next < said.length && ADVERBS.has(said[next]!)) next += 1;
    const before = said[at - 1] ?? '';
    // "you have mapped the car park", "you've gone to the wrong shelf": the perfect's auxiliary after the subject.
    let participle = PERFECT.has(said[next] ?? '') ? next + 1 : next;
    while (participle < said.length && ADVERBS.has(said[participle]!)) participle += 1;
    const perfect = participle > next && said[participle] !== undefined && !GOT.has(said[participle]!) && saidInPast(said[participle]!, wordNet);
    if (PAST_AUXILIARIES.has(before) || perfect || (said[next] !== undefined && saidInPast(said[next]!, wordNet))) return said;
  }
  return undefined;
}

/**
 * "Did you take the photo?", "you went to shelf 4 already?", "I thought you went to the dock", "why
 * did you stop?", "the other robot went to shelf 5" (issue #17, a wrong action is worse than a
 * question): a clause that says or asks what was done asks for no deed now. Retrieval read the
 * deed and not its tense, and the robot took a photo, drove to shelf 4 or stopped. Where every call
 * chosen is an action, the request is declined, saying so; a query may still answer a question of
 * what was done from what it reads now ("did I leave the lamp on?" reads the lamp).
 */
export function pastDeedSaid(result: MapResult, reading: RequestReading, kindOf: (name: string) => 'action' | 'query' | undefined, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length === 0) return undefined;
  if (!result.calls.every((call) => kindOf(call.function) === 'action')) return undefined;
  if (!pastClause(reading, wordNet)) return undefined;
  return `"${reading.text.trim()}" says or asks what was done, not what the ${selfNoun ?? 'device'} should do now, so I left it as it is: tell me if you want it done`;
}
