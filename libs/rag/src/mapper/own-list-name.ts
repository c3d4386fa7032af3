import { alternation, enMapping, phraseAlternation } from '@meshmind/language';
import type { SelfReferences } from './self-references';

/**
 * "stick jam on the shopping" to the Shopping List, whose alias is "shopping": the place phrase names
 * the device itself, yet the item reader (arguments/string-values.ts) knows the end of an item only by
 * a list noun ("on the list"), and read "jam on the shopping" as the item. For a device that keeps
 * items, a place phrase that ends the clause and names the device by its name or an alias says it
 * by the list noun instead ("stick jam on the list"), so the item ends where the place begins. Read
 * from the device's own names, so it holds for any list ("pop eggs on mum's groceries", "put foil in
 * the larder").
 */
const ITEMS = enMapping.items;
const LIST_NOUN = ITEMS.listNouns[0]!;
const PREPOSITIONS = alternation(ITEMS.listPrepositions);
const DETERMINERS = alternation(ITEMS.listDeterminers);
const OWN_NOUNS = new Set(ITEMS.listNouns);

export function withOwnListNamed(text: string, references: SelfReferences | undefined, takesItems: boolean): string {
  if (!takesItems || !references) return text;
  // A name that already ends with a list noun is read as it stands (phraseAlternation puts the longest first).
  const names = [...new Set(references.names.map((name) => name.trim().toLowerCase()))]
    .filter((name) => name !== '' && !OWN_NOUNS.has(name.split(/\s+/).at(-1)!));
  if (names.length === 0) return text;
  const phrase = new RegExp(
    `\\b(${PREPOSITIONS})\\s+(?:(?:${DETERMINERS})\\s+|[\\p{L}]+['’]s\\s+)?(?:${phraseAlternation(names.map((name) => name.split(/\s+/).join(' ')))})(?=\\s*(?:[.!?,;]|$))`,
    'giu',
  );
  return text.replace(phrase, (_whole, preposition: string) => `${preposition} the ${LIST_NOUN}`);
}
