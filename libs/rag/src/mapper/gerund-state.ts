import { en, gerundBases, stem, words } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';

/**
 * The -ing word the device's own document gives for one of its states, of which a verb is the base:
 * a valve's document says open water is "running", a vacuum's that cleaning is "running" or
 * "hoovering", so "run the water" asks for the open valve and "run the robovac" for a cleaning run.
 * Read by retrieval instead, "run" met close_valve's "run timer" and closed the valve, and met
 * pause_cleaning on the robovac. The state's value itself counts where it is such a word ("cleaning"
 * of "clean"). Undefined where the document gives the verb no such word.
 */
export function gerundOfState(document: NormalisedDocument, verb: string): string | undefined {
  const lower = verb.toLowerCase();
  for (const field of Object.values(document.state ?? {})) {
    const said = [...(field.values ?? []), ...Object.values(field.synonyms ?? {}).flat()].map((word) => String(word).toLowerCase());
    const found = said.find((word) => !word.includes(' ') && gerundBases(word).includes(lower));
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether what a verb is said of is the device: a pronoun, one of the document's own nouns ("the
 * water", "the robovac"), or nothing at all ("run!"). "charge my phone" to a vacuum, whose docked
 * state is "charging", asks nothing of the vacuum. Determiners before the noun are read past.
 */
export function saidOfDevice(document: NormalisedDocument, after: string): boolean {
  const object = words(after.toLowerCase()).find((word) => !en.determiners.has(word));
  if (object === undefined || en.anaphora.has(object)) return true;
  return document.nouns.some((noun) => words(noun.toLowerCase()).some((word) => stem(word) === stem(object)));
}
