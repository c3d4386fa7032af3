import { enReference, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { declinedDeed } from './forbidden-deed';
import type { DocumentScope } from './scope';

const SPEAKERS: ReadonlySet<string> = new Set(enReference.speakersOwnDeed.speakers);
/**
 * Negated auxiliaries, as typed with and without the apostrophe or spelled out: English's closed
 * class. Each is read as one token once "not" is joined to the word before it.
 */
const NEGATED_WORDS: ReadonlySet<string> = new Set(['didn\'t', 'didnt', 'don\'t', 'dont', 'wouldn\'t', 'wouldnt', 'won\'t', 'wont', 'wasn\'t', 'wasnt', 'never']);
/** A negated auxiliary: one of the words, or any word with "not" joined to it ("did_not", "i'm_not"). */
const negated = (word: string) => NEGATED_WORDS.has(word) || word.endsWith('_not');
/** The infinitive's marker ("you to lock it"). */
const TO = 'to';
const ADDRESSEE = 'you';
/** A further clause ("I'd rather you didn't lock it, but unlock the back"): the request says more, and is read as a whole. */
const FURTHER_CLAUSE = /[,;]|\b(?:and|but|then|so|if|unless|until)\b/i;

/** The request's words, lower case, "not" joined to the auxiliary before it. */
function wordsOf(asked: string): string[] {
  const said = asked.toLowerCase().replace(/[’‘]/g, "'").replace(/[.!?]+\s*$/, '').split(/\s+/).filter(Boolean);
  const joined: string[] = [];
  for (const word of said) {
    if (word === 'not' && joined.length > 0) joined.push(`${joined.pop()}_not`);
    else joined.push(word);
  }
  return joined;
}

/**
 * The deed the speaker says they do not wish done: "I'd rather you didn't lock it" -> "lock it", "I
 * wish you wouldn't dim the lamp" -> "dim the lamp" (the addressee and a negated auxiliary before the
 * deed), "I wasn't asking you to dim it", "I don't want you to unlock the door" (the speaker, a
 * negated auxiliary and one verb, then the addressee and the infinitive's marker before the deed).
 * Only a request that opens with the speaker and says nothing after the deed; undefined otherwise.
 */
export function unwishedDeed(asked: string): string | undefined {
  if (FURTHER_CLAUSE.test(asked)) return undefined;
  const said = wordsOf(asked);
  // The speaker, or the speaker's contraction ("i'd", "we'd").
  if (!SPEAKERS.has((said[0] ?? '').split("'")[0]!)) return undefined;
  const addressed = said.indexOf(ADDRESSEE);
  if (addressed < 1) return undefined;
  const after = said.slice(addressed + 1);
  // "... you didn't lock it": the addressee's negated auxiliary, then the deed.
  if (negated(after[0] ?? '') && after.length > 1) return after.slice(1).join(' ');
  // "I wasn't asking you to dim it": the speaker's negated auxiliary and one verb before the addressee, then "to" and the deed.
  const speakerNegated = said.slice(0, addressed).some(negated) && addressed <= 4;
  if (speakerNegated && after[0] === TO && after.length > 1) return after.slice(1).join(' ');
  return undefined;
}

/**
 * A deed the speaker says they do not want done asks for none (issue #17, a wrong action is worse
 * than a question): "I'd rather you didn't lock it" locked the door and "I wasn't asking you to dim
 * it" dimmed the lamp, the negation a stop word to retrieval, as in a forbidding (forbidden-deed.ts).
 * Where the deed is the device's own (forbidden-deed.ts `devicesDeed`), the request is declined
 * with what was not wanted.
 */
export async function unwishedDeedDeclined(asked: string, scope: DocumentScope, mapDeed: (deed: string) => Promise<MapResult>, selfNoun: string | undefined, wordNet?: WordNet): Promise<MapResult | undefined> {
  return declinedDeed(unwishedDeed(asked), scope, mapDeed, wordNet, (deed) => `you said you did not want me to ${deed}, so I left the ${selfNoun ?? 'device'} as it is`);
}
