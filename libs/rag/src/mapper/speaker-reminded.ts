import { en, enReference, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { declinedDeed } from './forbidden-deed';
import type { DocumentScope } from './scope';

const REMINDED = enReference.speakerReminded;
const SPEAKER_OBJECTS: ReadonlySet<string> = new Set(enReference.viewing.speakerObjects);
/** WordNet's lexicographer files of verbs of telling and of minding ("tell", "ask"; "remind": put in the mind of someone). */
const MENTAL: ReadonlySet<string> = new Set(REMINDED.categories);

/**
 * The deed the speaker asks to be told or reminded to do: "remind me to turn the lights off" ->
 * "turn the lights off", "please tell us to lock up" -> "lock up". The request opens (past
 * courtesy) with a verb whose commonest WordNet sense is one of telling or minding, the speaker as
 * its object and the "to" of an infinitive. Undefined otherwise: "let me in" lets (a social verb),
 * "remind me what the temperature is" asks for a reading.
 */
export function remindedDeed(asked: string, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet) return undefined;
  const said = asked.toLowerCase().replace(/[’‘]/g, "'").replace(/[.!?]+\s*$/, '').split(/[\s,]+/).filter(Boolean);
  let at = 0;
  while (at < said.length && en.courtesy.has(said[at]!)) at += 1;
  const [verb, object, to] = said.slice(at, at + 3);
  if (!verb || !object || !SPEAKER_OBJECTS.has(object) || to !== REMINDED.infinitive) return undefined;
  const category = wordNet.verbSenses(verb)[0]?.category;
  if (!category || !MENTAL.has(category)) return undefined;
  const deed = said.slice(at + 3);
  return deed.length === 0 ? undefined : deed.join(' ');
}

/**
 * A request to remind the speaker of a deed asks the device for none (issue #17, a wrong action is
 * worse than a question): "remind me to turn off the lights" turned them off at once, retrieval
 * reading the deed and not the reminding. A device that does the deed cannot remind anyone of it,
 * so where the deed is the device's own (forbidden-deed.ts `devicesDeed`) the request is declined
 * with what it asked. A list takes the reminder as its item ("remind me to call the plumber"), so a
 * document that takes free-text items is left to that reading.
 */
export async function reminderDeclined(asked: string, takesItems: boolean, scope: DocumentScope, mapDeed: (deed: string) => Promise<MapResult>, selfNoun: string | undefined, wordNet?: WordNet): Promise<MapResult | undefined> {
  if (takesItems) return undefined;
  return declinedDeed(remindedDeed(asked, wordNet), scope, mapDeed, wordNet, (deed) => `that asks me to remind you to ${deed}, which the ${selfNoun ?? 'device'} cannot do, so I left it as it is: say so if you want it done now`);
}
