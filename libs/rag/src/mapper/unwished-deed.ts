import { en, enReference, type WordNet } from '@meshmind/language';
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
/** A gerund: the deed said as "-ing" ("I don't want you charging"). */
const GERUND = /^\p{L}{2,}ing$/u;
/** The modals of duty and advice, which a speaker's negated opinion before them denies ("I don't think you should dock"): English's closed class. */
const DUTY_MODALS: ReadonlySet<string> = new Set(['should', 'must', 'ought']);
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
 * negated auxiliary and one verb, then the addressee and the infinitive's marker before the deed),
 * "I don't want you charging now" (a gerund after the addressee), "I don't think you should dock" (a
 * modal of duty after it: the speaker's negated opinion is a negated wish).
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
  // "I don't want you going to shelf 4": the deed as a gerund after the addressee; "I don't think you should dock": after a modal of duty.
  if (speakerNegated && after.length > 1 && GERUND.test(after[0]!)) return after.join(' ');
  if (speakerNegated && after.length > 1 && DUTY_MODALS.has(after[0]!)) return after.slice(after[1] === TO ? 2 : 1).join(' ') || undefined;
  return undefined;
}

/**
 * The semi-modals of need, which a negation makes "the deed is not needed" ("you don't have to", "you
 * don't need to", "needn't", "don't bother"): English's closed class, as typed, "not" joined to the
 * auxiliary before it.
 */
const NEED_VERBS: ReadonlySet<string> = new Set(['need', 'have', 'got']);
const NEEDLESS: ReadonlySet<string> = new Set(["needn't", 'neednt', 'need_not']);
const BOTHER = 'bother';
/** "no need to", "there's no need for you to": the noun of need after "no", and the words of existence before it (closed). */
const NO = 'no';
const NEED_NOUNS: ReadonlySet<string> = new Set(['need', 'necessity']);
/** "there's no point taking a photo": the nouns of purpose after "no" (closed). */
const PURPOSE_NOUNS: ReadonlySet<string> = new Set(['point', 'use', 'sense']);
const EXISTENCE: ReadonlySet<string> = new Set(["there's", 'theres', 'there', 'is', "there'll", 'be']);
/** "it's not necessary to": the negated copula before the adjective of need (closed). */
const NECESSARY: ReadonlySet<string> = new Set(['necessary', 'needed', 'required']);
const NEGATED_COPULAS: ReadonlySet<string> = new Set(["it's_not", 'it_is_not', 'is_not', "isn't", 'isnt', "it_isn't"]);

/** Past "for you" ("no need for you to ..."): the position after it, or `at`. */
function pastForAddressee(said: readonly string[], at: number): number {
  return said[at] === 'for' && said[at + 1] === ADDRESSEE ? at + 2 : at;
}

/**
 * The deed the speaker says is not needed: "no need to charge" -> "charge", "there's no need to scan
 * shelf 3", "you don't have to take a photo", "you needn't map it", "don't bother mapping" ->
 * "mapping", "it's not necessary to dock", "there's no point taking a photo" -> "taking a photo". The addressee may open it; courtesy before. Only a request
 * that says nothing after the deed (FURTHER_CLAUSE: "no need to ask, just go" goes); undefined otherwise.
 */
export function needlessDeed(asked: string): string | undefined {
  if (FURTHER_CLAUSE.test(asked)) return undefined;
  const said = wordsOf(asked);
  let at = 0;
  while (at < said.length && en.courtesy.has(said[at]!) && said[at] !== ADDRESSEE) at += 1;
  if (said[at] === ADDRESSEE) at += 1;
  const deedFrom = (from: number) => (from < said.length ? said.slice(from).join(' ') : undefined);
  while (EXISTENCE.has(said[at] ?? '')) at += 1;
  // "there's no point taking a photo", "no use in mapping it": the deed as a gerund after a noun of purpose.
  if (said[at] === NO && PURPOSE_NOUNS.has(said[at + 1] ?? '')) {
    const gerund = said[at + 2] === 'in' ? at + 3 : at + 2;
    return GERUND.test(said[gerund] ?? '') ? deedFrom(gerund) : undefined;
  }
  // "no need to charge", "there's no need for you to scan it".
  if (said[at] === NO && NEED_NOUNS.has(said[at + 1] ?? '')) {
    const to = pastForAddressee(said, at + 2);
    return said[to] === TO ? deedFrom(to + 1) : undefined;
  }
  // "it's not necessary to dock".
  if (NEGATED_COPULAS.has(said[at] ?? '') && NECESSARY.has(said[at + 1] ?? '')) {
    const to = pastForAddressee(said, at + 2);
    return said[to] === TO ? deedFrom(to + 1) : undefined;
  }
  // "you needn't map it", "needn't bother mapping".
  if (NEEDLESS.has(said[at] ?? '')) return said[at + 1] === BOTHER ? deedFrom(at + (said[at + 2] === TO ? 3 : 2)) : deedFrom(at + 1);
  if (!negated(said[at] ?? '') || said[at] === 'never') return undefined;
  // "you don't have to take a photo", "don't need to", "you haven't got to".
  if (NEED_VERBS.has(said[at + 1] ?? '') && said[at + 2] === TO) return deedFrom(at + 3);
  if (said[at + 1] === 'have' && said[at + 2] === 'got' && said[at + 3] === TO) return deedFrom(at + 4);
  // "don't bother mapping", "don't bother to charge".
  if (said[at + 1] === BOTHER) return deedFrom(at + (said[at + 2] === TO ? 3 : 2));
  return undefined;
}

/**
 * A deed the speaker says they do not want done asks for none (issue #17, a wrong action is worse
 * than a question): "I'd rather you didn't lock it" locked the door and "I wasn't asking you to dim
 * it" dimmed the lamp, the negation a stop word to retrieval, as in a forbidding (forbidden-deed.ts).
 * Where the deed is the device's own (forbidden-deed.ts `devicesDeed`), the request is declined
 * with what was not wanted. So is a deed said not to be needed ("no need to charge" docked the
 * robot, "you don't have to take a photo" took one, "don't bother mapping" mapped: `needlessDeed`).
 */
export async function unwishedDeedDeclined(asked: string, scope: DocumentScope, mapDeed: (deed: string) => Promise<MapResult>, selfNoun: string | undefined, wordNet?: WordNet): Promise<MapResult | undefined> {
  return (
    (await declinedDeed(unwishedDeed(asked), scope, mapDeed, wordNet, (deed) => `you said you did not want me to ${deed}, so I left the ${selfNoun ?? 'device'} as it is`)) ??
    // "no need to charge", "you don't have to take a photo", "don't bother mapping": a deed said not to be needed (`needlessDeed`).
    (await declinedDeed(needlessDeed(asked), scope, mapDeed, wordNet, (deed) => `you said there was no need to ${deed}, so I left the ${selfNoun ?? 'device'} as it is`))
  );
}
