import { en, enReference } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { gerundOfState, saidOfDevice } from './gerund-state';

const { verb, meant } = enReference.letThrough;
const particles = new Set<string>(enReference.letThrough.particles);
const joining = new Set<string>(enReference.letThrough.joining);
/** At most this many words name whoever passes ("me", "the dog", "my little sister"). */
const MOST_PASSER_WORDS = 4;

/**
 * "Let me into the garage", "let the cat out", "let us in the front door": asking the device to let
 * someone through asks it to open what they pass through (a door, a gate, a lock). The verb "let"
 * itself names no function (it would be read as anything near "the garage": its stop, its close),
 * so the request is read as "open" and what follows the particle: "open the garage". Whoever passes
 * is left out; they are not the device. The request comes back unchanged where "let" is not followed,
 * within a few words, by a particle of passing ("let me see the camera", "let the light stay on"),
 * or by a verb whose -ing word the document gives for a state ("let the water run": the water
 * "running" is the open valve, gerund-state.ts), read as that verb on what is let: "run the water".
 */
export function withLetThrough(text: string, document?: NormalisedDocument): string {
  const tokens = text.trim().split(/\s+/);
  const at = tokens.findIndex((token) => token.toLowerCase() === verb);
  if (at < 0) return text;
  for (let index = at + 2; index <= Math.min(tokens.length - 1, at + 1 + MOST_PASSER_WORDS); index += 1) {
    const word = tokens[index]!.toLowerCase().replace(/[^\p{L}]+$/u, '');
    if (!particles.has(word)) continue;
    // "out of the garage", "out through the gate": what they pass through follows the joining word.
    const from = joining.has(tokens[index + 1]?.toLowerCase() ?? '') ? index + 2 : index + 1;
    const rest = tokens.slice(from).join(' ');
    return [...tokens.slice(0, at), meant, ...(rest ? [rest] : [])].join(' ');
  }
  // The verb comes after what is let, past its determiner ("let the water run": "water" is what is let, not the verb).
  let object = at + 1;
  while (object < tokens.length - 1 && en.determiners.has(tokens[object]!.toLowerCase())) object += 1;
  for (let index = object + 1; document && index <= Math.min(tokens.length - 1, at + 1 + MOST_PASSER_WORDS); index += 1) {
    const word = tokens[index]!.toLowerCase().replace(/[^\p{L}]+$/u, '');
    if (gerundOfState(document, word) && saidOfDevice(document, tokens.slice(at + 1, index).join(' '))) return [...tokens.slice(0, at), word, ...tokens.slice(at + 1, index), ...tokens.slice(index + 1)].join(' ');
  }
  return text;
}
