import { en, splitIdentifier } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * Determiners that never close a phrase: "the", "an", or a possessive that is no pronoun on its own
 * ("his" is: "the lamp is his"; "her" is: "turn her up"). "a" may be a letter ("vitamin a", "plan
 * a"). A request that ends on one was cut off before its noun: a closed class.
 */
const OPENING_ONLY: ReadonlySet<string> = new Set([...[...en.articles].filter((word) => word !== 'a'), ...[...en.possessives].filter((word) => word !== 'his' && word !== 'her')]);

/** The words of a request, courtesy at either end read off ("add, please" is "add"). */
function saidWords(asked: string): string[] {
  const words = asked.toLowerCase().replace(/[’‘]/g, "'").match(/\p{L}[\p{L}'-]*|\p{N}+/gu) ?? [];
  while (words.length > 0 && en.courtesy.has(words.at(-1)!)) words.pop();
  while (words.length > 0 && en.courtesy.has(words[0]!)) words.shift();
  return words;
}

/**
 * Words of the name of a function that needs a free text it is not given ("add" of add_item, whose
 * item is required): said alone, the verb names the deed but not what it is done to.
 */
function textTakingWords(document: NormalisedDocument): Set<string> {
  const taking = document.functions.filter((fn) => fn.parameters.some((parameter) => parameter.type === 'string' && parameter.required !== false));
  const other = new Set(document.functions.filter((fn) => !taking.includes(fn)).flatMap((fn) => splitIdentifier(fn.name).map((word) => word.toLowerCase())));
  return new Set(taking.flatMap((fn) => splitIdentifier(fn.name).map((word) => word.toLowerCase())).filter((word) => !other.has(word)));
}

/**
 * A request cut off before what it is about asks for no deed yet (issue #17, a wrong action is
 * worse than a question): "turn the" turned the lamp off, "unlock the" unlocked the front door and
 * "send the" sent the robot vacuum home, ranked on the verb alone; "add" said to a list added the
 * item "add". Declined with a question where the request (courtesy aside) ends on a determiner that
 * opens a noun phrase and never closes one, or is a lone word of the name of a function that needs
 * a free text (add_item) and no other function's name holds. "turn it off", "play", "lock" and
 * "what's on the list" end on a word that may end them.
 */
export function cutOffRequest(asked: string, document: NormalisedDocument, selfNoun: string | undefined): MapResult | undefined {
  const words = saidWords(asked);
  const last = words.at(-1);
  if (last === undefined) return undefined;
  const cut = OPENING_ONLY.has(last) || (words.length === 1 && textTakingWords(document).has(last));
  if (!cut) return undefined;
  return { kind: 'not_executable', reason: `the request stops before saying what it is about ("${words.join(' ')} ..."), so I left the ${selfNoun ?? 'device'} as it is: what did you mean?`, candidates: [], ranking: [] };
}
