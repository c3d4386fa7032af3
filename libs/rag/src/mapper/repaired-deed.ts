import { en, enConversation, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { withoutRejectedValue } from './rejected-value';

/** The words that open a repair of what was just said ("no", "sorry", "actually", "on second thought", "I mean"): the correction openers that say nothing was wrong or not that, and the phrases of what was meant by the speaker. */
const OPENERS: readonly string[] = [
  ...enConversation.correctionOpeners.filter((phrase) => !/\b(?:not|wrong|the|that)\b/.test(phrase) && phrase !== 'oh'),
  ...enConversation.correctionMeant.filter((phrase) => /^i mean/.test(phrase)),
];
/** Words said beside the opener while the speaker holds the turn ("no wait", "sorry, hang on"): the discourse openers. */
const HOLDING: readonly string[] = en.discourseOpeners;
/** A command taken back whole by what follows the repair ("... no wait, don't", "... sorry, never mind", "..., don't bother", "..., leave it"): English's closed class of negation and its idioms of dismissal. */
const TAKEN_BACK = /^(?:don'?t bother|do not bother|don'?t|do not|never ?mind|forget (?:it|that)|cancel that|scratch that|no need|leave it)(?:\s+(?:it|that|then|do that|do it|after all|for now))?\s*[.!]*$/;
/** Words a clause ends with when it goes on to another ("go to shelf 4 and ..."): no repair follows them. */
const JOINING = new Set(['and', 'then', 'but', 'or', 'to']);

interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * A command the speaker repairs in the same breath, as speech typed by a voice assistant keeps it
 * (issue #17, voices25): "lock the door no wait unlock it" asks to unlock, "go to shelf 3 no wait
 * don't" asks for nothing. Read as a whole, the first deed's words met their function as well as the
 * second's, and the door was locked, the robot sent to shelf 3. Where a command (its first word a
 * verb) is followed by a repair (a correction's opener, with "wait", "hold on" beside it) and then
 * by a command of its own (its first word mostly a verb and in its base form, and more than courtesy after it: "no rush", "no heating or cooling" are none), the request is read as that last command;
 * where the repair is followed by a negation alone ("don't", "never mind"), the request is the first
 * command negated, which the mapper declines as it declines "don't go to shelf 3" (unasked-deed.ts).
 * A repair of a value ("set it to 24 no 22") is read by rejected-value.ts; anything else is left as said.
 */
export function withoutRepairedDeed(request: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return request;
  const tokens: Token[] = [...request.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((match) => ({ word: match[0].toLowerCase().replace(/’/g, "'"), start: match.index!, end: match.index! + match[0].length }));
  for (let at = 2; at < tokens.length; at += 1) {
    // "scan shelf 7, leave it", "map the area... don't bother": a dismissal set off by a comma or dots takes the command back without an opener.
    const span = /[,;…]|\.\.|-/.test(request.slice(tokens[at - 1]!.end, tokens[at]!.start)) && TAKEN_BACK.test(request.slice(tokens[at]!.start).toLowerCase().replace(/’/g, "'")) ? at : repairAt(tokens, at);
    if (!span) continue;
    const before = tokens.slice(0, at);
    const opening = before.find((token) => !en.courtesy.has(token.word));
    if (!opening || !wordNet.isVerb(opening.word) || JOINING.has(before.at(-1)!.word)) continue;
    const first = request.slice(opening.start, before.at(-1)!.end);
    const rest = request.slice(tokens[span]?.start ?? request.length).trim();
    if (rest === '') return request;
    if (TAKEN_BACK.test(rest.toLowerCase().replace(/’/g, "'"))) return `don't ${first}`;
    // "unlock it", "close them": a verb with more than courtesy after it; "no rush", "no hurry please" are no command.
    const verb = tokens[span]!.word;
    const said = tokens.slice(span + 1).filter((token) => !en.courtesy.has(token.word));
    // The verb in its base form, as a command says it: "no heating or cooling" names what is not wanted.
    if (said.length > 0 && wordNet.mostlyVerb(verb) && wordNet.verbSenses(verb).some((sense) => sense.lemmas.includes(verb))) return rest;
  }
  return request;
}

/** Where the words from `at` on are a repair: the index of the first word after it, or undefined. At least one opener, holding words beside it. */
function repairAt(tokens: readonly Token[], at: number): number | undefined {
  let cursor = at, opened = false;
  for (;;) {
    const phrase = [...OPENERS, ...HOLDING].sort((left, right) => right.split(' ').length - left.split(' ').length).find((candidate) => candidate.split(' ').every((word, offset) => tokens[cursor + offset]?.word === word));
    if (!phrase) break;
    opened ||= OPENERS.includes(phrase);
    cursor += phrase.split(' ').length;
  }
  return opened ? cursor : undefined;
}

/** The request as repaired, mapped as a request of its own; undefined where no repair of a deed is said (unasked-deed.ts). */
export async function repairedDeed(asked: string, mapDeed: (deed: string) => Promise<MapResult>, wordNet: WordNet | undefined): Promise<MapResult | undefined> {
  // "tilt the camera to 10 actually make it 25": a value repaired is rejected-value.ts's, read with the deed it is of.
  if (withoutRejectedValue(asked) !== asked) return undefined;
  const repaired = withoutRepairedDeed(asked, wordNet);
  return repaired === asked ? undefined : mapDeed(repaired);
}
