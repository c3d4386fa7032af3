import { en } from '@meshmind/language';

/**
 * Which way a request moves a thing relative to the device: onto it ("put eggs on the list", "add
 * milk to my list") or off it ("tick bread off the list", "take soap from the list"). English marks
 * the path with its preposition, and an API document's description marks it the same way ("Adds an
 * item to the end of the list", "Deletes an item from the list"), so the two can be compared without
 * reading the verb: "put" and "stick" name no list action, their preposition does.
 */
const GOAL = new Set(en.pathPrepositions.goal);
/** In a command "on" after the object is where the thing goes ("put it on the list"). */
const REQUEST_GOAL = new Set([...GOAL, ...en.pathPrepositions.goalInCommands]);
const SOURCE = new Set(en.pathPrepositions.source);

export type Path = 1 | -1 | 0;

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((token) => token !== '');
}

/**
 * The path of the first preposition followed by a phrase naming the device (one of its nouns), or, in a request whose device name was read out, that ends it ("put eggs on the").
 */
function pathOf(text: string, nouns: ReadonlySet<string>, goal: ReadonlySet<string>, openEnded: boolean): Path {
  const said = tokens(text);
  for (let index = 0; index < said.length; index += 1) {
    const word = said[index]!;
    const isGoal = goal.has(word);
    if (!isGoal && !SOURCE.has(word)) continue;
    // The rest of the clause: a particle right after the verb ("tick off bread on the list") already
    // says the path, and a later "on the list" then says only where the item was.
    const following = said.slice(index + 1);
    const namesDevice = following.some((next) => nouns.has(next));
    const endsHere = openEnded && following.every((next) => en.determiners.has(next));
    if (namesDevice || endsHere) return isGoal ? 1 : -1;
  }
  return 0;
}

/** The path a function's description gives its object: +1 onto the device, -1 off it, 0 none. */
export function functionPath(description: string, nouns: ReadonlySet<string>): Path {
  return pathOf(description, nouns, GOAL, false);
}

/** The path a request gives its object, read the same way. */
export function requestPath(text: string, nouns: ReadonlySet<string>): Path {
  return pathOf(text, nouns, REQUEST_GOAL, true);
}

/** The single words of a document's nouns ("shopping list" -> shopping, list). */
export function nounWords(nouns: readonly string[]): Set<string> {
  return new Set(nouns.flatMap((noun) => tokens(noun)));
}
