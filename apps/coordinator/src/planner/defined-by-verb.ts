/**
 * A place's device that the dictionary defines by what the command's verb does (issue #17, class 7):
 * "warm up the office" to an office with a Desk Lamp (whose colour temperature runs "warm" to
 * "cool", so its API words fit "warm") and a Panel Heater (a plain switch, whose API says nothing of
 * warmth): WordNet defines a heater as a "device that heats water or supplies warmth to a room", and
 * "heat" and "warmth" are close relatives of the verb "warm". The noun of the device's own name says
 * what it is for; its API only how it is switched. Read from WordNet's glosses and relations, never
 * from a list of verbs or devices.
 */
import { en, stem, words, type WordNet } from '@meshmind/language';
import type { PlannerDevice } from './planner';

/** The switching verbs ("turn", "switch", "put", "light" up): they say how, not what for. */
const SWITCHING_VERBS = en.phrasalVerbs;
const STOP_WORDS = en.plannerStopwords;
const PARTICLES = en.verbParticles;
const COURTESY = en.courtesy;
/** How close a relative of the verb must be (WordNet's weights: same synset 0.9, derivations 0.8). */
const CLOSE = 0.8;

/** Stems of a verb and of its close relatives ("warm" -> warm, heat, warmth, temperature). */
export type VerbKin = (verb: string) => ReadonlySet<string>;
/** Stems of the content words of a noun's commonest definition and its broader noun's ("heater" -> device, heat, water, supply, warmth, room). */
export type NounGloss = (noun: string) => ReadonlySet<string>;

/** The two readers, from WordNet. */
export function definitionReaders(wordNet: WordNet): { verbKin: VerbKin; nounGloss: NounGloss } {
  return {
    verbKin: (verb) => new Set([stem(verb), ...[...wordNet.related(verb)].filter(([, weight]) => weight >= CLOSE).map(([key]) => key)]),
    // A "radiator" is "any object that radiates energy", and a kind of heater: the broader noun's definition says what it is for.
    nounGloss: (noun) => {
      const broader = [...wordNet.nounAncestors(noun, 'made')].filter(([, steps]) => steps === 1).map(([lemma]) => lemma);
      const glosses = [noun, ...broader].map((word) => wordNet.definitions(word, 'noun')[0] ?? '');
      return new Set(glosses.flatMap((gloss) => words(gloss)).filter((word) => !STOP_WORDS.has(word)).map(stem));
    },
  };
}

/** The head nouns of a device's name and aliases: the word each ends with ("Panel Heater" -> heater). */
function headNouns(device: PlannerDevice): string[] {
  return [...new Set([device.name, ...device.aliases].map((label) => words(label).at(-1)).filter((word): word is string => !!word))];
}

/**
 * The one device of `pool` that can act whose name's head noun the dictionary defines by the
 * clause's opening verb or a close relative of it, where the devices the API words chose
 * (`fitting`) leave it out; none otherwise. "light up the office" to a Desk Lamp ("a source of
 * illumination") and an Office Light keeps both lights the API chose: the lamp is among them.
 */
export function deviceDefinedByVerb(
  pool: readonly PlannerDevice[],
  fitting: readonly PlannerDevice[],
  tokens: readonly string[],
  placeTokens: ReadonlySet<number>,
  verbKin: VerbKin | undefined,
  nounGloss: NounGloss | undefined,
): PlannerDevice[] {
  const verb = tokens[0];
  if (!verb || !verbKin || !nounGloss || SWITCHING_VERBS.has(verb) || STOP_WORDS.has(verb)) return [];
  // Only the verb and the place ("warm up the office"): "change the bedroom to maximum brightness" and
  // "warm the office to 22" say a property or a value, which the API words read.
  if (tokens.some((token, index) => index > 0 && !placeTokens.has(index) && !STOP_WORDS.has(token) && !PARTICLES.has(token) && !COURTESY.has(token))) return [];
  const kin = verbKin(verb);
  const defined = pool.filter(
    (device) => device.capabilities.some((capability) => capability.kind === 'action') && headNouns(device).some((noun) => [...nounGloss(noun)].some((word) => kin.has(word))),
  );
  // "illuminate the first floor" to a "Living Room Lamp" ("a source of illumination") and other lights:
  // they are of its kind and do it too, so its name alone does not say it is the one meant.
  const [one] = defined;
  if (defined.length !== 1 || fitting.includes(one!) || pool.some((device) => device !== one && device.type === one!.type)) return [];
  return defined;
}
