/**
 * Requests said as questions for the speaker to be given something (issue #17, courtesy): "please
 * can I have the heating at 20" orders the heating to 20; it does not ask for its reading. What is
 * wanted follows the verb of receiving, with its value or state ("the heating at 20", "the lights
 * off"), and that alone is the request, as a person would say it to a device: "the heating at 20".
 */
import { alternation, enReference } from '@meshmind/language';

const { modals, speakers, courtesy, receiving } = enReference.askedForSpeaker;
const ASKED_FOR_SPEAKER = new RegExp(
  `^(?:${alternation(modals)})\\s+(?:${alternation(speakers)})\\s+(?:(?:${alternation(courtesy)})\\s+)?(?:${alternation(receiving)})\\s+(?=\\S)`,
  'i',
);

/** The request without its asking for the speaker ("can I have ..."), and without the question mark that asked. */
export function withoutAskingForSpeaker(text: string): string {
  const opening = ASKED_FOR_SPEAKER.exec(text.trim());
  if (!opening) return text;
  return text.trim().slice(opening[0].length).replace(/\s*\?+\s*$/, '');
}
