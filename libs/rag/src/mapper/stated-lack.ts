import { en, statedLack, type WordNet } from '@meshmind/language';
import { withNeededDeed } from './needed-deed';

/**
 * "we've run out of tea bags and sugar" to a device that keeps items (a list): the supply used up
 * is a thing lacking, said as the plain need the mapper reads ("we need tea bags and sugar":
 * mapper/stated-need.ts gives it the path onto the list). The reading is @meshmind/language's
 * statedLack (WordNet's senses of the phrasal verb as said); a device that keeps no items is told
 * the request as said, and a need said with a verb of lacking is left as it is.
 */
export function withStatedLack(text: string, wordNet: WordNet | undefined, takesItems: boolean): string {
  if (!takesItems) return text;
  if (withNeededDeed(text, wordNet, takesItems) !== text) return withNeededDeed(text, wordNet, takesItems); // "we need to buy apples": we need apples (mapper/needed-deed.ts)
  const lack = statedLack(text, wordNet);
  if (!lack || !lack.verb.includes(' ')) return text;
  // Only the clause that says it: "we've run out of toilet roll, put it on the list" keeps its second clause.
  return text.replace(lack.clause, `we ${en.lackVerbs[0]} ${lack.things}`);
}
