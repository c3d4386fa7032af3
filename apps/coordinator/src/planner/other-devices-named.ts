/**
 * A word said of a kind that names other devices (issue #17, class 1): "lock the hot tub" to a home
 * whose hot tub has a lid, jets and lights but no lock, "turn the hottub lights on". A word that no
 * device of the kind carries in its name was read as saying nothing of which ("the big lamps"), and
 * the request widened to every lock, every light. Where the word is a word of other devices' names,
 * it says which devices are meant, and none of them is of the kind: nothing of the kind is meant.
 * Read from the home's names only. A name's two words typed as one ("hottub", "fairylights") count as
 * that name's words.
 */
import { en, singularForms, tokenize } from '@meshmind/language';
import type { PlannerDevice } from './planner';

function forms(word: string): string[] {
  return [word, ...singularForms(word)];
}

/** The words of a device's name and aliases, their singular forms, and each two neighbouring words written as one. */
export function labelWordsOf(device: PlannerDevice): Set<string> {
  const words = new Set<string>();
  for (const label of [device.name, ...device.aliases]) {
    const tokens = tokenize(label);
    tokens.forEach((token, index) => {
      for (const form of forms(token)) words.add(form);
      const next = tokens[index + 1];
      if (next) for (const form of forms(`${token}${next}`)) words.add(form);
    });
  }
  return words;
}

/** Whether a device carries the word (or one of its singular forms) in its name or aliases. */
export function carriesWord(device: PlannerDevice, word: string): boolean {
  const words = labelWordsOf(device);
  return forms(word).some((form) => words.has(form));
}

/**
 * The words of `words` that no device of `pool` carries and some device of the home outside it that
 * acts does: words that name other things than those of the kind. A sensor's name says what it reads
 * ("House current draw", "Outside temperature"), not a thing: "the house lights" are still lights.
 */
export function wordsNamingOthers(pool: readonly PlannerDevice[], devices: readonly PlannerDevice[], words: readonly string[]): string[] {
  const inPool = new Set(pool.map((device) => device.id));
  const others = devices.filter((device) => !inPool.has(device.id) && device.capabilities.some((capability) => capability.kind === 'action'));
  return words.filter((word) => !pool.some((device) => carriesWord(device, word)) && others.some((device) => carriesWord(device, word)));
}

/**
 * The noun phrase after a first word that is the verb: the words after it, past its particle and
 * determiners, up to the first word that ends the phrase (`stops`): "lock the hot tub" -> hot, tub.
 */
export function objectAfterVerb(tokens: readonly string[], stops: (token: string, index: number) => boolean): string[] {
  let index = 1;
  while (index < tokens.length && (en.verbParticles.has(tokens[index]!) || en.determiners.has(tokens[index]!))) index += 1;
  const object: string[] = [];
  for (; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (stops(token, index) || /\d/.test(token)) break;
    object.push(token);
  }
  return object;
}
