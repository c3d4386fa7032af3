import { en, stem, type AnswerKind } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { CONTAINER_TYPES } from './scale-question';

/** A return declared as a bare container ("list", "tuple", "array"): it says the values are several, not what they are. */
const BARE_CONTAINER = new RegExp(`^\\s*(?:${CONTAINER_TYPES.join('|')})\\s*$`, 'i');
/** The language's nouns of things asked for by name ("which items", "what products"): their stems. */
const THING_STEMS: ReadonlySet<string> = new Set(en.answerKinds.things.map(stem));

/**
 * What a function whose return is declared only as a container ("list") hands back, read from its
 * own name (issue #17, the second set's class D): "regal_artikel_scannen" (scan the rack's articles),
 * "scan_items", "scanner_articles_etagere" name the things they return, as typed returns ("list[str]",
 * "char** items") say for the other vendors; "What's on shelf four?" asks for things by name, and the
 * function that names its things answers it, not the one that finds the free places beside it. Only
 * the identifier, glossed to English (`nameStems`, mapper/evidence.ts's profile), is read: a note may
 * mention goods as the shelf's ("a shelf for goods") where the function returns places. Undefined
 * where the return is typed or the name names no thing.
 */
export function listedThingsKind(fn: NormalisedFunction, nameStems: ReadonlySet<string> | undefined): AnswerKind | undefined {
  if (!nameStems || !BARE_CONTAINER.test(fn.returns ?? fn.returnType ?? '')) return undefined;
  return [...nameStems].some((key) => THING_STEMS.has(key)) ? 'names' : undefined;
}
