import { isStopword, type NumberMention, type WordNet } from '@meshmind/language';

/**
 * "Move back one shelf", "go two shelves further along", "skip 3 racks": a cardinal said before a
 * noun counts those things; it does not name one of them (issue #17). Read as the shelf's number,
 * "one shelf" sent the robot to shelf 1 and "two shelves" to shelf 2, wherever it stood. A number
 * that names a thing follows its noun ("shelf 2", "rack number 4") or is an ordinal ("the 2nd shelf").
 * A count is a cardinal followed by a noun in the plural ("two shelves"), or the word "one" (or "a")
 * before a noun in the singular: "aisle 3 shelf 4" still numbers shelf 4, as the 3 belongs to the aisle.
 * Used only for a number without a unit that numbers things (an integer parameter with no unit).
 */
export function countsThings(mention: NumberMention, lowerText: string, wordNet: WordNet | undefined): boolean {
  if (!wordNet || mention.ordinal) return false;
  const following = mention.following;
  // A noun, not a verb said after it ("shelf four has room": "has" reads as the plural of "ha").
  if (!/^\p{L}+$/u.test(following) || isStopword(following) || !wordNet.canBe(following, 'noun') || wordNet.mostlyVerb(following)) return false;
  const said = lowerText.slice(mention.start, mention.end).trim();
  if (said === 'one' || said === 'a') return true;
  // A plural: the noun said with the English plural's -s (not the "-ss", "-us" or "-is" of a singular).
  return mention.value >= 2 && /(?<![siu])s$/.test(following);
}
