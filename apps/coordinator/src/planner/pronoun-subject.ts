/**
 * "if the planters are below 30% moisture water them", "if the tomato bed is drier than 40 percent,
 * water it": the pronoun of the request is the thing the condition speaks of, not the sensor that
 * read it. Where the pronoun would send a command to devices that only measure, the request is read
 * again with the condition's subject in the pronoun's place ("water the planters"), and the devices
 * that can act on it are meant.
 */
import { en } from '@meshmind/language';

/** The request with its first pronoun replaced by the condition's subject; null when it has none. */
export function withSubjectForPronoun(request: string, subject: string): string | null {
  const thing = subject.trim();
  if (thing === '') return null;
  const words = request.split(/\s+/);
  const at = words.findIndex((word) => en.anaphora.has(word.toLowerCase()) && !en.possessives.has(word.toLowerCase()));
  if (at < 0) return null;
  return [...words.slice(0, at), thing, ...words.slice(at + 1)].join(' ');
}
