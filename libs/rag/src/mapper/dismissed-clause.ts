import { en, enMapping, splitIdentifier, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { givesUp } from './given-up-activity';

/**
 * Stems of WordNet's anchor lemmas of putting a thing out of mind (a closed set naming the concept):
 * forget is glossed "dismiss from the mind", skip is a kind of "omit" and "neglect", ignore and
 * disregard are each other's lemmas.
 */
const DISMISSING = new Set(['dismiss', 'forget', 'omit', 'neglect', 'ignore', 'disregard', 'overlook'].map(stem));
/** The negation that dismisses with the verb after it ("never mind shelf 13"): English's closed class. */
const NEVER = 'never';
/** Words that join the clause kept to the one dismissed ("cancel the run to shelf 7 and go charge", "I said 3 but go to 14"). */
const JOINS = new Set(['and', 'but', 'then', 'so']);
/** Words of a repair said with the clause kept ("... instead", "no, ..."): the answer particle and its adverbs. */
const REPAIR = new Set(['no', 'nope', 'rather', 'instead', 'actually', 'now']);
/** Courtesy said before the clause kept ("and just go", "but please dock"): the language's courtesy words but a subject ("but you went to 4" is no command; "can you ..." then stops at "you" and is left as said). */
const KEPT_COURTESY = new Set([...en.courtesy].filter((word) => !enMapping.statementSubjects.includes(word)));
/** WordNet's verb files of moving and handling things: "stop", "drop", "grab" ("seize ... or stop the motion of") halt or hold, they dismiss nothing. */
const HANDLING = new Set(['motion', 'contact']);
/** Pronouns that point back into the clause dismissed ("never mind the yoghurt, remove it", "forget shelf 4, go there"): the kept clause needs it, so nothing is dropped. */
const BACK_REFERENCES = new Set(['it', 'them', 'that', 'this', 'there', 'those', 'these', 'one']);
/** The speaker as the subject of an earlier word taken back ("I said shelf 3 but ...", "I know I said ..."). */
const SPEAKER = 'i';

/** Whether the verb's commonest sense puts a thing out of mind or gives it up (not a halt: "stop" and "drop" move or stop things). */
function dismisses(verb: string, wordNet: WordNet): boolean {
  const sense = wordNet.verbSenses(verb)[0];
  if (!sense || HANDLING.has(sense.category)) return false;
  const genus = [...sense.definition.matchAll(/(?:^|\bor )([a-z]+)/g)].map((match) => match[1]!);
  return givesUp(verb, wordNet) || [...sense.lemmas, ...sense.hypernyms, ...genus].some((word) => DISMISSING.has(stem(word)));
}

/** Whether the words open with the speaker's own earlier word: "I said", "I know I said", "I told you" (a past verb whose commonest sense is a communication). */
function speakersEarlierWord(said: readonly string[], wordNet: WordNet): boolean {
  const at = said[0] === SPEAKER && said[2] === SPEAKER ? 2 : 0;
  if (said[at] !== SPEAKER) return false;
  const verb = said[at + 1];
  if (!verb || wordNet.verbSenses(verb).some((sense) => sense.lemmas.includes(verb))) return false;
  return wordNet.verbSenses(verb)[0]?.category === 'communication';
}

/**
 * "Forget about shelf 4, go to shelf 6", "never mind shelf 13, take me to shelf 3", "cancel the run to
 * shelf 7 and go charge", "I know I said shelf 3 but go to shelf 14" (issue #17, a wrong action is worse
 * than a question): a first clause that puts a thing out of mind, then the command meant. Read as a
 * whole, the place dismissed ("shelf 4") was the first place said and the robot drove there. The
 * dismissing clause opens (past courtesy and repair words) with a verb whose commonest WordNet sense
 * gives a thing up (given-up-activity.ts `givesUp`: cancel, scrap, abort) or puts it out of mind
 * (forget, skip, ignore, disregard), never a motion verb ("stop", "drop"), nor a word of the device's
 * own functions ("skip" to a player whose notes skip tracks); or with "never" before a verb; or with
 * the speaker's own earlier word ("I said ...") before "but". The request is read as the clause after it
 * (past a comma, semicolon or "and"/"but"/"then"), only where that clause opens with a verb or a phrasal
 * particle as rejected-clause.ts asks: "skip this song, it's rubbish" and "forget the vacuuming for
 * today" keep their one deed.
 */
export function withoutDismissedClause(request: string, document: NormalisedDocument, wordNet: WordNet | undefined): string {
  if (!wordNet || /\?/.test(request)) return request;
  const said = request.toLowerCase().replace(/[’‘]/g, "'").replace(/[.!]+$/, '').split(/\s+/).filter(Boolean);
  const tokens = said.map((word) => word.replace(/[,;]+$/, ''));
  let at = 0;
  while (at < tokens.length && (en.courtesy.has(tokens[at]!) || REPAIR.has(tokens[at]!)) && !/[,;]$/.test(said[at]!)) at += 1;
  if (at < tokens.length && /[,;]$/.test(said[at]!) && (en.courtesy.has(tokens[at]!) || REPAIR.has(tokens[at]!))) at += 1;
  const opening = tokens.slice(at);
  if (opening.length < 2) return request;
  const own = new Set(document.functions.flatMap((fn) => [...splitIdentifier(fn.name), ...words(fn.description)]).map((word) => stem(word.toLowerCase())));
  const verb = opening[0] === NEVER ? opening[1]! : opening[0]!;
  const earlierWord = speakersEarlierWord(opening, wordNet);
  const dismissal = earlierWord || ((opening[0] === NEVER || dismisses(verb, wordNet)) && wordNet.isVerb(verb) && !own.has(stem(verb)));
  if (!dismissal) return request;
  // The clause's end: a comma or semicolon after its object, or a joining word ("and go charge"); "but" alone after the speaker's earlier word.
  let end = -1;
  for (let index = at + (opening[0] === NEVER ? 2 : 1); index < said.length - 1; index += 1) {
    if (/[,;]$/.test(said[index]!)) {
      end = index + 1;
      break;
    }
    if (index > at + 1 && (earlierWord ? tokens[index] === 'but' : JOINS.has(tokens[index]!))) {
      end = index;
      break;
    }
  }
  if (end < 0) return request;
  if (earlierWord && !said.slice(end - 1, end + 1).some((word) => word.replace(/[,;]$/, '') === 'but')) return request;
  const restStart = end + said.slice(end).findIndex((word) => {
    const token = word.replace(/[,;]+$/, '');
    return !JOINS.has(token) && !REPAIR.has(token) && !KEPT_COURTESY.has(token);
  });
  if (restStart < end) return request;
  const first = tokens[restStart]!;
  // A verb in its base form ("go", not "went"), said mostly as a verb, or a particle ("down").
  const baseVerb = wordNet.isVerb(first) && wordNet.mostlyVerb(first) && wordNet.verbSenses(first).some((sense) => sense.lemmas.includes(first));
  if (!(en.phrasalParticles.includes(first) || baseVerb)) return request;
  if (tokens.slice(restStart).some((word) => BACK_REFERENCES.has(word))) return request;
  const rest = request.trim().split(/\s+/).slice(restStart).join(' ');
  return rest.replace(/[,;]?\s*\binstead\b/i, '').trim();
}
