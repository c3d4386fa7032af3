import { escapeRegExp, stem, words } from '../tokenize';
import { en } from '../languages/en';
import type { RequestLanguageData } from '../languages/language';

/**
 * Several things named in one phrase: "tea and honey" is two items, "wood glue, screws and a hinge"
 * three. A person lists things the way the language coordinates noun phrases (in English commas,
 * and a last "and"/"or"); each conjunct is one item, its article left out.
 */
const patterns = new WeakMap<RequestLanguageData, { separator: RegExp; article: RegExp }>();

function patternsOf(language: RequestLanguageData): { separator: RegExp; article: RegExp } {
  let found = patterns.get(language);
  if (!found) {
    // A conjunction of several words ("as well as") is matched across any spacing.
    const conjunctions = language.itemLists.conjunctions.map((word) => escapeRegExp(word).replace(/ /g, '\\s+'));
    found = {
      separator: new RegExp(`\\s*,\\s*(?:${conjunctions.map((word) => `${word}\\s+`).join('|')})?|\\s+(?:${conjunctions.join('|')})\\s+`, 'i'),
      article: new RegExp(`^(?:${language.itemLists.articles.map(escapeRegExp).join('|')})\\s+`, 'i'),
    };
    patterns.set(language, found);
  }
  return found;
}

/** The items of a coordinated phrase, in the order said; one item when nothing coordinates. */
export function splitItems(phrase: string, language: RequestLanguageData = en): string[] {
  const { separator, article } = patternsOf(language);
  const parts = phrase
    .split(separator)
    .map((part) => part.trim().replace(article, '').trim())
    .filter((part) => part !== '');
  // "and" on its own edge ("tea and") is a fragment, not a list: keep the phrase as said.
  return parts.length > 0 ? parts : [phrase.trim()];
}

/** An item's words as compared: lower case, its leading articles left out, each word stemmed ("the Denture Tablets" -> "dentur tablet"). */
function itemKey(item: string, language: RequestLanguageData): string {
  const said = words(item);
  const articles = new Set(language.itemLists.articles);
  let start = 0;
  while (start < said.length - 1 && articles.has(said[start]!)) start += 1;
  return said.slice(start).map(stem).join(' ');
}

/** Whether two items name the same thing as a list keeps it: "Tea bags" is "a tea bag", "tea" is not "tea bags". */
export function sameItem(left: string, right: string, language: RequestLanguageData = en): boolean {
  const key = itemKey(left, language);
  return key !== '' && key === itemKey(right, language);
}
