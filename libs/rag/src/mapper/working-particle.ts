import { en, isStopword, stem, words, type WordNet } from '@meshmind/language';

/**
 * "power the speaker down", "shut down the telly", "boot the soundbar up": after a verb that means
 * making a thing work or stop working, "up" and "down" say which end of working it ends at (on or
 * off), not a level moved up or down. Read as a direction, they stepped the volume of a player asked
 * to power down; "turn the speaker down" and "crank it up" keep theirs.
 *
 * What working is, is read from WordNet: the words of the gloss of the language's bare "on" ("in
 * operation or operational"). A verb means working where a definition of its two commonest senses
 * (of the phrasal verb with the particle where WordNet knows it: "shut down" is "cease to operate")
 * says working past its head word: "power" is "supply the force or power for the functioning of",
 * "boot" is "cause to load (an operating system) and start ...". A head word that is itself of
 * working says how the verb is done, not what becomes of the thing: "pump" is "operate like a pump",
 * "dial" is "operate a dial". Where WordNet knows the phrasal verb, the particles of its sense's own
 * phrasal lemmas say the end ("close up" is "shut_down, close_down": off), else the particle said.
 */
const SENSES = 2;
/** How close a relation of a gloss word must be to say working ("functioning" ~ "operate" is 0.9). */
const CLOSE = 0.9;
const closedWords = (word: string) => isStopword(word) || en.verbParticles.has(word) || en.placePrepositions.has(word);

/** The bare state ("on", "off") at the end of working that a direction particle points to, or undefined. */
export function workingEnd(verb: string, particle: string, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || en.mood.bareStates.includes(particle)) return undefined;
  const direction = directionOf(particle);
  if (direction === 0) return undefined;
  const working = workingStems(wordNet);
  if (working.size === 0) return undefined;
  const phrasal = `${verb} ${particle}`;
  const known = wordNet.verbSenses(phrasal).slice(0, SENSES);
  const definitions = known.length > 0 ? known.map((sense) => sense.definition) : wordNet.definitions(verb, 'verb').slice(0, SENSES);
  const at = definitions.findIndex((definition) => saysWorking(definition, working, wordNet));
  if (at < 0) return undefined;
  // The sense's own phrasal lemmas vote: "close up" is listed with "shut_down" and "close_down".
  const votes = (known[at]?.lemmas ?? []).map((lemma) => directionOf(lemma.split('_')[1] ?? '')).reduce<number>((sum, vote) => sum + vote, 0);
  const end = Math.sign(votes) || direction;
  return en.mood.bareStates.find((state) => (end > 0 ? en.levelStates.aboveZero : en.levelStates.atZero).includes(state));
}

/** +1 for a particle of the language's upper end ("up"), -1 for its lower ("down"), 0 for any other word. */
function directionOf(particle: string): number {
  if (!en.verbParticles.has(particle) || en.mood.bareStates.includes(particle)) return 0;
  return en.levelStates.aboveZero.includes(particle) ? 1 : en.levelStates.atZero.includes(particle) ? -1 : 0;
}

function workingStems(wordNet: WordNet): Set<string> {
  const on = en.mood.bareStates.find((state) => en.levelStates.aboveZero.includes(state));
  const gloss = on === undefined ? '' : (wordNet.definitions(on, 'adj')[0] ?? '');
  return new Set(words(gloss.toLowerCase()).filter((word) => !closedWords(word) && wordNet.canBe(word, 'noun')).map(stem));
}

function saysWorking(definition: string, working: ReadonlySet<string>, wordNet: WordNet): boolean {
  return words(definition.toLowerCase())
    .slice(1)
    .some((word) => !closedWords(word) && (working.has(stem(word)) || [...wordNet.related(word)].some(([key, weight]) => weight >= CLOSE && working.has(key))));
}
