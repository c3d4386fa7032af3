import { en, escapeRegExp } from '@meshmind/language';
import type { SelfReferences } from './self-references';

/**
 * "make the dishwasher run the eco cycle", "get the coffee machine to do a latte": a causative verb
 * with the device itself as its object says what the device is to do in the verb phrase after its
 * name; the causative verb asks for nothing of its own ("make" is no function). So the request is
 * read from that verb phrase on ("run the eco cycle"), which the document's functions must then
 * account for, or the device declines, instead of "make" reaching the switch's on or off. Only where
 * the verb phrase has an object of its own: "make the kettle boil" says only what the kettle is for.
 * "make", "have" and "get" (with "to") are English's causative verbs, a closed class of grammar.
 */
const CAUSATIVE_VERBS = ['make', 'have', 'get'];

/** The request from the verb phrase the device is made to do, where a causative verb has the device as its object; unchanged otherwise. */
export function withoutCausative(text: string, references: SelfReferences | undefined): string {
  if (!references || references.names.length === 0) return text;
  const names = [...references.names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const determiners = [...en.determiners].map(escapeRegExp).join('|');
  const pattern = new RegExp(`^\\s*(?:${CAUSATIVE_VERBS.join('|')})\\s+(?:(?:${determiners})\\s+)?(?:${names})\\s+(?:to\\s+)?([a-z]+\\s+(?:${determiners})\\s+\\S.*)$`, 'i');
  const match = pattern.exec(text);
  if (!match) return text;
  const rest = match[1]!;
  return rest[0]!.toUpperCase() + rest.slice(1);
}
