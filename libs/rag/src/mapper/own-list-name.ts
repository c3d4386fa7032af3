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

export function withOwnListNamed(text: string, references: SelfReferences | undefined, takesItems: boolean, nouns: readonly string[] = []): string {
  if (!takesItems || (!references && nouns.length === 0)) return text;
  // A name that already ends with a list noun is read as it stands (phraseAlternation puts the longest first).
  const names = [...new Set([...(references?.names ?? []), ...documentNames(nouns)].map((name) => name.trim().toLowerCase()))]
    .filter((name) => name !== '' && !OWN_NOUNS.has(name.split(/\s+/).at(-1)!));
  if (names.length === 0) return text;
  const phrase = new RegExp(
    `\\b(${PREPOSITIONS})\\s+(?:(?:${DETERMINERS})\\s+|[\\p{L}]+['’]s\\s+)?(?:${phraseAlternation(names.map((name) => name.split(/\s+/).join(' ')))})(?=\\s*(?:[.!?,;]|$))`,
    'giu',
  );
  return text.replace(phrase, (_whole, preposition: string) => `${preposition} the ${LIST_NOUN}`);
}

/**
 * "add milk to my todo", "add paracetamol to the shopping", "add 'fix the fence' to the to-dos": the
 * document's own nouns name the list too, each alone and in the plural, and so does the word before a
 * list noun in one of them ("shopping list" -> "shopping", "to-do list" -> "to-do", "to-dos").
 */
function documentNames(nouns: readonly string[]): string[] {
  const said = nouns.map((noun) => noun.trim().toLowerCase().split(/\s+/));
  const heads = said.filter((parts) => parts.length === 1).map((parts) => parts[0]!);
  const modifiers = said.filter((parts) => parts.length === 2 && OWN_NOUNS.has(parts[1]!)).map((parts) => parts[0]!);
  return [...new Set([...heads, ...modifiers])].flatMap((word) => [word, plural(word)]);
}

/** English's regular plural: "to-dos", "groceries", "chores". */
function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return /(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}
