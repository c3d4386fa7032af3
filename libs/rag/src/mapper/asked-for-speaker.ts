import { en, enReference, type WordNet } from '@meshmind/language';

/** The causative that a request for the speaker to be given a state means: "have it at 18" is "make it 18". */
const CAUSING = 'make';
/** Words that say an amount of a thing given ("some light", "a bit of heat", "more music"): a closed class. */
const AMOUNT_OPENERS = new Set(['some', 'more', 'bit', 'little']);
/** Particles that say a state after the thing ("the lamp on", "the music back on"): a closed class. */
const STATE_PARTICLES = new Set(['on', 'off', 'up', 'down', 'back', 'open', 'shut']);

/**
 * "Can we get some light in here", "could I have the telly a bit louder", "can we have it at 18":
 * the speaker asking to be given a thing or a state (a modal, "I"/"we", a verb of receiving) asks
 * the device to make it so. Read as said, the mapper sees a question and favours a reading
 * (get_color, get_current_temperature). Read as the causative it is ("make some light in here",
 * "make the telly a bit louder"), the request meets the device's setters. Only where what is
 * received is an amount of a thing ("some light") or a thing with a state after it (a particle, a
 * number, an adjective or participle closing the clause): "can I get the battery level?" receives
 * a reading and stays a question, and "can I see the temperature?" receives nothing.
 */
export function withAskedForSpeaker(text: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const { modals, speakers, receiving, courtesy }: Record<'modals' | 'speakers' | 'receiving' | 'courtesy', readonly string[]> = enReference.askedForSpeaker;
  const opening = /^\s*([\p{L}']+)\s+([\p{L}']+)\s+([\p{L}']+)\s+/u.exec(text);
  if (!opening) return text;
  const [whole, modal, speaker, verb] = opening.map((word) => word.toLowerCase());
  if (!modals.includes(modal!) || !speakers.includes(speaker!) || !receiving.includes(verb!)) return text;
  const rest = text.slice(whole!.length).replace(/\s*\?\s*$/, '');
  const words = rest.toLowerCase().match(/[\p{L}\p{N}.'-]+/gu) ?? [];
  while (words.length > 0 && (courtesy.includes(words.at(-1)!) || en.courtesy.has(words.at(-1)!))) words.pop();
  if (words.length < 2) return text;
  const last = words.at(-1)!;
  // "could I get the fan going": the verb and the participle that WordNet lists as one verb ("get going") are the request said to the device (split-idiom.ts reads it).
  if (/ing$/.test(last) && wordNet.verbSenses(`${verb} ${last}`).length > 0) return `${verb} ${rest}`;
  const amount = AMOUNT_OPENERS.has(words[0]!) || (en.indefinites.has(words[0]!) && AMOUNT_OPENERS.has(words[1]!));
  const stated =
    words.slice(1).some((word) => STATE_PARTICLES.has(word) || /^\d/.test(word)) ||
    (!wordNet.canBe(last, 'noun') && (wordNet.canBe(last, 'adj') || /(?:ed|ing|er)$/.test(last)));
  if (!amount && !stated) return text;
  return `${CAUSING} ${rest}`;
}
