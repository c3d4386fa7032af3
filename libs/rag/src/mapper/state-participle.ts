import { en, isStopword, pastTense, stem, words } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { FunctionProfile } from './evidence';
import { functionSetting, goalsOf } from './state-particle';
import { gerundOfState, saidOfDevice } from './gerund-state';

/**
 * A verb whose past participle the device's own document gives as a word for one of its states asks
 * for that state: a cover's document calls a closed awning "retracted" and an open one "extended",
 * so "retract the awning" asks for closed and "extend the awning" for open, though neither verb is
 * a function's word. Read by retrieval instead, "retract the awning" met open_cover's note ("extends
 * an awning") through the shared object and opened it: the opposite of what was meant.
 *
 * With the particle that follows the verb ("draw back the curtains" -> "drawn back") when the
 * document gives that phrase. Only for a command whose verb is no function's own word, with no number
 * said, where the participle names exactly one state value and exactly one function with nothing to
 * give sets it (state-particle.ts's conditions). The request is rewritten to that function's words.
 */
export function withStateParticiple(text: string, document: NormalisedDocument, profiles: Iterable<FunctionProfile>): string {
  // The verb after any courtesy that opens the request ("please deploy the ladder").
  const courtesy = /^\s*([A-Za-z']+)\s+/.exec(text);
  const opening = courtesy && en.courtesy.has(courtesy[1]!.toLowerCase()) ? courtesy[0].length : 0;
  const found = /^([A-Za-z][A-Za-z-]*)\b/.exec(text.slice(opening));
  if (!found || /[0-9]/.test(text)) return text;
  const match = { index: opening, 0: found[0], 1: found[1] };
  const verb = match[1]!.toLowerCase();
  const ownStems = new Set([...profiles].flatMap((profile) => [...profile.actionStems]));
  if (ownStems.has(stem(verb)) || isStopword(verb)) return text;
  const after = text.slice(match.index + match[0].length);
  const next = /^\s+([A-Za-z]+)\b/.exec(after);
  const participle = pastTense(verb);
  // The longer phrase first: "drawn back" is another state than "drawn".
  // Last, the verb itself where the document gives it as a word for a state: "open" for a lock's unlocked ("let me in" -> "open": let-through.ts).
  // Then the -ing word the document gives for a state, of which the verb is the base: "run the water" -> "running" (gerund-state.ts).
  const gerund = saidOfDevice(document, after) ? gerundOfState(document, verb) : undefined;
  const readings = [...(next ? [{ said: `${participle} ${next[1]!.toLowerCase()}`, rest: after.slice(next[0].length) }] : []), { said: participle, rest: after }, { said: verb, rest: after }, ...(gerund ? [{ said: gerund, rest: after }] : [])];
  for (const { said, rest } of readings) {
    const goals = goalsOf(document, said);
    if (goals.length === 0) continue;
    const chosen = goals.length === 1 ? functionSetting(document, goals[0]!) : undefined;
    if (!chosen) return text;
    // Its identifier without the device's own nouns: "close_cover" is said "close".
    const nouns = new Set(document.nouns.flatMap((noun) => words(noun)).map((word) => stem(word.toLowerCase())));
    const own = chosen.name.split('_').filter((part) => !nouns.has(stem(part.toLowerCase())));
    return `${text.slice(0, match.index)}${(own.length > 0 ? own : chosen.name.split('_')).join(' ')}${rest.startsWith(' ') || rest === '' ? rest : ` ${rest}`}`;
  }
  return text;
}
