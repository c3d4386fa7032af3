/**
 * The speaker asking to perceive a device (issue #17: never change what was only to be looked at):
 * "can I have a look at the camera", "could I see the front camera", "let me see the doorbell". The
 * speaker is who perceives and the device what is perceived, so nothing of it is to change: it is a
 * question for what the device shows, which its readings (a snapshot, where it has one) answer, or
 * its agent says it cannot. A verb of perceiving is told by WordNet, as the lexicographer file of
 * its commonest sense ("see", "look", "watch", "peek", "glance"), not by a list of them; a noun of
 * perceiving ("a look", "a peek") by its verb's.
 */
import { alternation, enReference, fillTemplate } from '@meshmind/language';

const { modals, speakers, courtesy, receiving } = enReference.askedForSpeaker;
const { letting, speakerObjects, beforeNoun, particles, question } = enReference.viewing;

/** "could I (please) VERB", "can I have a NOUN", "let me VERB": the verb or noun, then the rest. */
const ASKED = new RegExp(
  `^(?:(?:${alternation(modals)})\\s+(?:${alternation(speakers)})\\s+(?:(?:${alternation(courtesy)})\\s+)?(?:(?:${alternation(receiving)})(?:\\s+(?:${alternation(beforeNoun)}))+\\s+)?|(?:${alternation(letting)})\\s+(?:${alternation(speakerObjects)})\\s+)([a-z]+)\\s+(.+?)\\s*[?.!]*$`,
  'i',
);
const PARTICLE = new RegExp(`^(?:(?:${alternation(particles)})\\s+)+`, 'i');

/** Whether a word's commonest verb sense is one of perceiving (WordNet's verb.perception). */
export type PerceptionReader = (word: string) => boolean;

/** The goal as a question for what the device shows, or null when the speaker does not ask to perceive something. */
export function viewingQuestion(goal: string, isPerceiving: PerceptionReader): string | null {
  const asked = ASKED.exec(goal.trim());
  if (!asked) return null;
  const [, verb, rest] = asked;
  if (!isPerceiving(verb!.toLowerCase())) return null;
  const object = rest!.replace(PARTICLE, '').trim();
  return object === '' ? null : fillTemplate(question, { object });
}
