import { en, isFunctionWord, isStopword, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { LIGHT_VERB_SENSES } from './function-kind';

/**
 * A thing asked to be handed on: sent, mailed, uploaded, fetched (issue #17, near-miss verbs). "Email
 * me the picture", "send the map to my phone", "upload the photo to the server" to a robot that takes
 * photos and maps its surroundings: the object is what a function makes, so retrieval reaches it
 * through the noun, yet the deed asked is passing the thing on to someone or somewhere, which the
 * function does not do (it makes the thing and returns it to whoever called). Doing the making
 * instead is a wrong action; the person is told what the device can do.
 *
 * A verb hands on where one of its two commonest WordNet senses is, or is a kind of, transferring,
 * transmitting or sending (a closed set of anchor lemmas naming the concept: "email" is to
 * telecommunicate, "upload" and "fetch" to transfer, "send" to transmit). Never a light verb
 * ("give", "take", "get": their object says the deed), never one the called function's own words say
 * (a document whose function sends or uploads does it), never a verb done to the device itself
 * ("send the robot to shelf 4" moves it).
 *
 * "Send me a photo" may well ask for a new one, returned: a verb whose commonest sense is a movement
 * ("send") hands a thing on only when the thing already exists ("the photo", "that picture") or goes
 * to someone or somewhere named ("to the supervisor"). A verb whose commonest sense hands on ("email",
 * "upload", "fax") does so in any case.
 */

/** WordNet's anchor lemmas of handing a thing on, read among a sense's hypernyms (what it is a kind of); a closed set naming the concept, not phrasings. */
const HANDING = new Set(['transfer', 'transmit', 'telecommunicate', 'send', 'send_out']);
/** How many of a verb's commonest senses are read: later senses are rare and loose ("pass" hands on in its fifth). */
const COMMON_SENSES = 2;
/** Pronouns a verb takes as its receiver before its object ("email me the picture"): English's closed class. */
const RECEIVERS = new Set(['me', 'us', 'him', 'her', 'them']);
/** Pronouns that name the device or point at nothing said ("send yourself", "send it"): closed. */
const NOT_A_THING = new Set(['you', 'yourself', 'it', 'everything', 'something']);
/** Openers that say the thing already exists: the definite article and demonstratives, and "last" ("the last photo"). Closed. */
const EXISTING = new Set(['the', 'that', 'this', 'those', 'these', 'last', 'latest', 'your', 'my', 'our']);
/** Prepositions that name where or to whom a thing goes ("to the office", "with the team"): closed. */
const RECEIVING = new Set(['to', 'with', 'onto', 'into']);

function sensesHandOn(verb: string, wordNet: WordNet, count: number): boolean {
  return wordNet
    .verbSenses(verb)
    .slice(0, count)
    .some((sense) => sense.hypernyms.some((lemma) => HANDING.has(lemma)));
}

/** The words the called function says of itself: its name and notes, stemmed. */
function ownStems(fn: NormalisedFunction): Set<string> {
  return new Set([...splitIdentifier(fn.name), ...words(fn.description)].map((word) => stem(word.toLowerCase())));
}

/**
 * The deed and thing asked to be handed on that the call does not do ("email picture"), or
 * undefined. `deviceWords`: the device's nouns, names and self noun, which a verb moving the device
 * acts on instead.
 */
export function handedOn(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, deviceWords: ReadonlySet<string>, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length !== 1 || reading.mood === 'question') return undefined;
  const fn = byName.get(result.calls[0]!.function);
  // A function that takes free text carries whatever is said on ("send a message saying hi").
  if (!fn || fn.parameters.some((parameter) => parameter.type === 'string')) return undefined;
  const said = reading.text.toLowerCase().match(/\p{L}[\p{L}'-]*|\d+/gu) ?? [];
  let at = 0;
  while (at < said.length && (en.courtesy.has(said[at]!) || said[at] === 'you')) at += 1;
  const verb = said[at];
  if (!verb || !wordNet.isVerb(verb) || wordNet.verbSenses(verb).length >= LIGHT_VERB_SENSES) return undefined;
  const always = sensesHandOn(verb, wordNet, 1);
  if (!always && !sensesHandOn(verb, wordNet, COMMON_SENSES)) return undefined;
  // The called function's own words say the deed: "send" to a function that sends.
  const own = ownStems(fn);
  const readings = [stem(verb), ...[...wordNet.related(verb, 'verb')].filter(([, weight]) => weight >= 0.75).map(([key]) => key)];
  if (readings.some((key) => own.has(key))) return undefined;
  at += 1;
  if (RECEIVERS.has(said[at] ?? '')) at += 1;
  const opener = said[at];
  let existing = false;
  for (; at < said.length && (EXISTING.has(said[at]!) || en.articles.has(said[at]!) || en.determiners.has(said[at]!)); at += 1) if (EXISTING.has(said[at]!)) existing = true;
  const phrase: string[] = [];
  for (; at < said.length; at += 1) {
    const word = said[at]!.replace(/'s$/, '');
    if (/^\d/.test(word) || isStopword(word) || isFunctionWord(word, 'en') || !wordNet.canBe(word, 'noun')) break;
    phrase.push(word);
  }
  const thing = phrase.at(-1);
  if (!thing || NOT_A_THING.has(opener ?? '') || phrase.some((word) => deviceWords.has(word))) return undefined;
  // "send the camera down to -30": a particle after the thing makes the verb one of moving it, which a setter does.
  if (en.verbParticles.has(said[at] ?? '')) return undefined;
  const goes = said.slice(at).some((word) => RECEIVING.has(word));
  return always || existing || goes ? `${verb} ${thing}` : undefined;
}
