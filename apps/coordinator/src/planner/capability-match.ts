/** Which devices a clause's words fit by their API (function names, descriptions, parameters) or by a word of their name. */
import { en, enReference, gerundBases, singularForms } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import type { ClauseReferences } from './clause-references';
import { words } from './vocabulary';

const ACTION_WORDS = en.actionWords;
const QUESTION_WORDS = en.questionWords;
const STOP_WORDS = en.plannerStopwords;
/** Words that point at a kind of quantity, so "set the bedroom to 19 degrees" finds a thermostat. */
const QUANTITY_HINTS = en.quantityHints;
/** Phrases that point at the speaker's room ("here", "this room"), as their words. */
const SPEAKER_PLACE = enReference.speakerPlace.map((phrase) => phrase.split(' '));

/**
 * The words read from a device's API, per capabilities array and per question-only reading: the
 * registry hands the same profile arrays to every goal, and each clause asked them of every device
 * again (tokenising each description). Keyed weakly, so a new profile's arrays are read afresh.
 */
const readCapabilities = new WeakMap<PlannerDevice['capabilities'], { all?: Set<string>; questions?: Set<string> }>();
const readNouns = new WeakMap<PlannerDevice['nouns'], WeakMap<PlannerDevice['capabilities'], { all?: Set<string>; questions?: Set<string> }>>();

export function capabilityWords(device: PlannerDevice, questionsOnly: boolean, withNouns: boolean): ReadonlySet<string> {
  const slot = questionsOnly ? 'questions' : 'all';
  let byNouns = readCapabilities;
  if (withNouns) {
    byNouns = readNouns.get(device.nouns) ?? new WeakMap();
    readNouns.set(device.nouns, byNouns);
  }
  const cached = byNouns.get(device.capabilities) ?? {};
  byNouns.set(device.capabilities, cached);
  cached[slot] ??= readCapabilityWords(device, questionsOnly, withNouns);
  return cached[slot];
}

function readCapabilityWords(device: PlannerDevice, questionsOnly: boolean, withNouns: boolean): Set<string> {
  // The kind's own nouns count too: "light up the first floor" is for the lights there.
  const set = new Set<string>(withNouns ? device.nouns.flatMap((noun) => words(noun)).flatMap(singularForms) : []);
  for (const capability of device.capabilities) {
    if (questionsOnly && capability.kind !== 'query') continue;
    // In a compound name ("set_color_temperature") the head alone is not the property: a light does
    // not take "19 degrees" because its name ends in "temperature". The description still says what it sets.
    const nameWords = words(capability.function.replace(/_/g, ' '));
    const ownName = nameWords.length >= 3 ? nameWords.slice(0, -1) : nameWords;
    for (const token of [...ownName, ...words(capability.description), ...capability.parameters.flatMap((p) => words(p.replace(/_/g, ' ')))]) {
      for (const form of singularForms(token)) set.add(form);
    }
  }
  return set;
}

/** Among devices of the named places, those whose API best fits the clause's words. */
export function selectByCapability(pool: PlannerDevice[], clause: ClauseReferences, withNouns = true): PlannerDevice[] {
  const placeTokens = new Set<number>();
  for (const match of [...clause.areas, ...clause.floors]) for (let index = match.start; index < match.end; index += 1) placeTokens.add(index);
  // "clean this room", "in here": the words that point at the speaker's room are a place, not what the API does.
  // A word is such a pointer where one of those phrases ends on it.
  const deictic = (index: number) => SPEAKER_PLACE.some((phrase) => phrase.every((word, offset) => clause.tokens[index - phrase.length + 1 + offset] === word));
  const content = clause.tokens
    // "how stuffy is the office": the word that opens a question is no word of what an API does ("Reads how far the cover is open").
    .filter((token, index) => !placeTokens.has(index) && !deictic(index) && !STOP_WORDS.has(token) && !/^\d/.test(token) && !(index === 0 && clause.isQuestion && QUESTION_WORDS.has(token)))
    .flatMap((token) => [token, ...(QUANTITY_HINTS[token] ?? [])])
    .concat(clause.quantityWords);
  // A word only one kind of device has ("volume") says more than one every device has ("change").
  const vocabularies = pool.map((device) => capabilityWords(device, clause.isQuestion, withNouns));
  // "unpause": a device that can pause is the one to undo it (its agent reads which function undoes it).
  const has = (vocabulary: ReadonlySet<string>, token: string) => [...singularForms(token), ...undone(token)].some((form) => vocabulary.has(form));
  const weight = new Map(content.map((token) => [token, Math.log(1 + pool.length / Math.max(1, vocabularies.filter((vocabulary) => has(vocabulary, token)).length))]));
  let best = 0;
  let chosen: PlannerDevice[] = [];
  pool.forEach((device, index) => {
    const score = content.filter((token) => has(vocabularies[index]!, token)).reduce((sum, token) => sum + weight.get(token)!, 0);
    if (score > best + 1e-9) {
      best = score;
      chosen = [device];
    } else if (Math.abs(score - best) <= 1e-9 && score > 0) chosen.push(device);
  });
  return chosen;
}

/** The verb an "un-" verb undoes ("unpause" -> "pause"), where it is one the home's documents use. */
export function undone(token: string): string[] {
  const prefixed = /^un([a-z]{4,})$/.exec(token);
  return prefixed ? [prefixed[1]!] : [];
}

/** Devices sharing the most content words with the clause in their name or aliases; none when no word is shared. */
export function partialNameMatches(devices: PlannerDevice[], clause: ClauseReferences): PlannerDevice[] {
  let best = 0;
  let chosen: PlannerDevice[] = [];
  for (const device of devices) {
    const score = nameWordsSaid(device, clause);
    if (score > best) {
      best = score;
      chosen = [device];
    } else if (score === best && score > 0) chosen.push(device);
  }
  return chosen;
}

/** How many content words of the clause are words of the device's name or aliases. */
export function nameWordsSaid(device: PlannerDevice, clause: ClauseReferences): number {
  const content = new Set(
    clause.tokens.filter((token, index) => !clause.propertyTokens.has(index) && !STOP_WORDS.has(token) && !ACTION_WORDS.has(token) && !QUESTION_WORDS.has(token) && token.length > 2),
  );
  // "water the plants" to "Plant watering": a word of a name in the singular or as its -ing form's base.
  const own = new Set([device.name, ...device.aliases].flatMap((label) => words(label)).flatMap((word) => [word, ...singularForms(word), ...gerundBases(word)]));
  return [...content].filter((token) => [token, ...singularForms(token)].some((form) => own.has(form))).length;
}
