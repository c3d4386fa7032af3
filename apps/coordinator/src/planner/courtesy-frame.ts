/**
 * A request said inside a polite frame (issue #17, courtesy): "would you mind closing the blinds",
 * "could you be so kind as to lower the blinds", "be good enough to put the kettle on". The frame
 * is no part of what the device is asked: with it left in, "mind" or "kind" is read as what to do
 * ("nothing the light can do has to do with 'mind'"), and an -ing form read as a verb may take a
 * toggle for a switch-on. The request is the frame's own verb phrase, its -ing form back at its
 * base where WordNet knows that base as a verb. The frame's words are data (enPlanning.courtesyFrames).
 */
import { alternation, enPlanning, gerundBases } from '@meshmind/language';

const FRAMES = enPlanning.courtesyFrames;
const ASKER = `(?:(?:${alternation(FRAMES.askers)})\\s+)*`;
// "would you mind turning off the lights": the -ing word right after the verb of minding.
const MINDING = new RegExp(`^\\s*${ASKER}(?:${alternation(FRAMES.minding)})\\s+(\\p{L}+ing)\\b(.*)$`, 'iu');
// "be so kind as to", "be good enough to": at most three words between the linking verb and its link.
const LINKED = new RegExp(`^\\s*${ASKER}(?:${alternation(FRAMES.linking)})\\s+(?:\\p{L}+\\s+){1,3}?(?:${alternation(FRAMES.infinitiveLinks)})\\s+${FRAMES.infinitive}\\s+(\\S.*)$`, 'iu');

/** The base of an -ing verb that WordNet knows as a verb: "turning" -> "turn", "closing" -> "close", "dimming" -> "dim". */
function verbBase(gerund: string, canBeVerb: (word: string) => boolean): string | undefined {
  const [base, undoubled, withE] = gerundBases(gerund.toLowerCase());
  return [undoubled, base, withE].find((form): form is string => form !== undefined && canBeVerb(form));
}

/** The request inside a polite frame, or the text as it was where it has none. */
export function withoutCourtesyFrame(text: string, canBeVerb: (word: string) => boolean): string {
  const linked = LINKED.exec(text);
  if (linked) return linked[1]!;
  const minding = MINDING.exec(text);
  if (!minding) return text;
  const base = verbBase(minding[1]!, canBeVerb);
  return base ? `${base}${minding[2]!}` : text;
}
