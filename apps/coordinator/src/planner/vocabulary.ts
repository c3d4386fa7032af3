/** What the built-in planner reads a home's devices by: their names, places, kind nouns and API words, built once per set of devices. */
import { stem, statedLack, tokenize, type WordNet } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import { documentedNameNouns, nounKeys } from './reference';
import { ownLabelNouns } from './name-head';
import { measureTierReader } from './measuring-devices';
import { quantityWordReader } from './quantity-words';
import { addBroaderOwnNouns } from './broader-nouns';
import { namesNoThing } from './activity-nouns';
import { placeNounReader } from './unknown-place';
import { readingWordsOf } from './compared-place';
import { definitionReaders, type NounGloss, type VerbKin } from './defined-by-verb';
import type { KindNaming } from './kind-named';
import { feltRemedyReader, type FeltRemedyReader } from './felt-state';
import { wantedListReader } from './stated-need';
import { otherSpellings } from './name-spellings';

export interface Vocabulary {
  names: Array<{ words: string[]; value: string }>;
  /** Every device a name or alias (its words, space-joined) belongs to: several devices may share one. */
  devicesByLabel: Map<string, string[]>;
  areas: Array<{ words: string[]; value: string }>;
  floors: Array<{ words: string[]; value: string }>;
  nouns: Array<{ words: string[]; value: string }>;
  devicesByNoun: Map<string, Set<string>>;
  /** Nouns a device carries in its own name or aliases ("Bedside lamp" is a lamp by name, not only by type). */
  ownNouns: Map<string, Set<string>>;
  /** Area and floor ids of each device. */
  placesOf: Map<string, string[]>;
  /** Devices that only report (sensors): a command never names one of them by a word that is also a kind. */
  readOnly: Set<string>;
  /** Words the devices read a number or a state by ("battery", "moisture"): one said after a comparison's number is its quantity. */
  readingWords: Set<string>;
  /** Word pairs of the devices' function names ("color temperature"): a noun inside one names a property, not a device. */
  propertyPhrases: Set<string>;
  /** The reading words an adjective asks about ("damp" -> humidity), by WordNet; absent without it. */
  quantityWords?: (adjective: string) => string[];
  /** How closely a measuring device meets the quantity an adjective asks (1 best, 0 not at all); absent without WordNet. */
  measureTier?: (adjective: string, device: PlannerDevice) => number;
  /** Whether a dictionary knows a word (WordNet); absent without it, and then no spelling is corrected. */
  isKnownWord?: (word: string) => boolean;
  /** Whether WordNet has verb senses of a word ("air" out the greenhouse); absent without it. */
  canBeVerb?: (word: string) => boolean;
  /** Whether WordNet knows a word only as an adverb ("fully", "gently"): a manner, never a device's name; absent without it. */
  isOnlyAdverb?: (word: string) => boolean;
  /** Whether running English uses a word as a verb at least as often as a noun ("switch" yes, "hoover" no); absent without WordNet. */
  isMostlyVerb?: (word: string) => boolean;
  /** Whether WordNet knows a noun only as no made thing ("the music"): what a device does, not a device; absent without it. */
  namesNoThing?: (noun: string) => boolean;
  /** Stems of a verb's synonyms ("water" -> irrigat), and whether a noun is a kind of place ("orchard"); absent without WordNet. */
  verbSynonyms?: (verb: string) => ReadonlySet<string>;
  isPlaceNoun?: (noun: string, alone?: boolean) => boolean;
  /** WordNet's broader nouns of a noun with their steps up: which of the home's places is nearest to one it lacks. */
  nounAncestors?: (noun: string) => ReadonlyMap<string, number>;
  /** Whether WordNet gives two nouns as words for one thing ("tv", "telly"); absent without it. */
  sameThing?: (noun: string, other: string) => boolean;
  /**
   * The things a sentence says are used up ("we've run out of tea", "we're out of coffee beans"), by
   * WordNet's phrasal verbs and the state they leave; undefined where it says none; absent without WordNet.
   */
  usedUp?: (text: string) => string | undefined;
  /** Whether a list is named as one of wants ("shopping list"): stated-need.ts; absent without WordNet. */
  namesWantedList?: (labels: readonly string[], nouns: readonly string[]) => boolean;
  /** A verb's close relatives and a noun's definition, as stems ("warm up the office" to its heater, defined-by-verb.ts); absent without WordNet. */
  verbKin?: VerbKin;
  nounGloss?: NounGloss;
  /** "it's freezing in here": the remedy a felt state asks for (felt-state.ts). */
  feltRemedy?: FeltRemedyReader;
}

function usedUpThings(text: string, wordNet: WordNet): string | undefined {
  const lack = statedLack(text, wordNet);
  return lack?.verb.includes(' ') ? lack.things : undefined;
}

export function words(text: string): string[] {
  return tokenize(text);
}

export function buildVocabulary(devices: PlannerDevice[], wordNet?: WordNet): Vocabulary {
  const names: Vocabulary['names'] = [];
  const devicesByLabel = new Map<string, string[]>();
  const areas = new Map<string, string[][]>();
  const floors = new Map<string, string[][]>();
  const devicesByNoun = new Map<string, Set<string>>();
  const ownNouns = new Map<string, Set<string>>();
  const addNoun = (noun: string, deviceId: string, own = false) => {
    // Filed under its singular too: "Loft curtains" is a curtain as much as "Snug curtain" is.
    for (const key of nounKeys(noun)) {
      for (const map of own ? [devicesByNoun, ownNouns] : [devicesByNoun]) {
        let set = map.get(key);
        if (!set) map.set(key, (set = new Set()));
        set.add(deviceId);
      }
    }
  };
  for (const device of devices) {
    for (const label of [device.name, ...device.aliases]) {
      // "To-do List" said "the to do list" (name-spellings.ts).
      for (const spelled of [words(label), ...otherSpellings(words(label), wordNet && ((word: string) => wordNet.isKnown(word)))]) {
        names.push({ words: spelled, value: device.id });
        const key = spelled.join(' ');
        const owners = devicesByLabel.get(key) ?? [];
        if (!owners.includes(device.id)) devicesByLabel.set(key, [...owners, device.id]);
      }
      // The head word of a name ("Bedroom blinds" -> "blinds", "Light by the Door" -> "light") is a noun for this device alone.
      for (const noun of ownLabelNouns(words(label), device.nouns)) addNoun(noun, device.id, true);
    }
    // "Curtain Left": a word before the head that the device's own documents name the thing by.
    for (const noun of documentedNameNouns(device)) addNoun(noun, device.id, true);
    for (const noun of device.nouns) addNoun(noun, device.id);
    const area = device.area;
    if (area) areas.set(area.id, [words(area.name), words(area.id.replace(/_/g, ' ')), ...area.aliases.map(words)]);
    if (area?.floor) floors.set(area.floor.id, [words(area.floor.name), ...area.floor.aliases.map(words)]);
  }
  // "all the heaters" to an "Oil Radiator": a radiator is a kind of heater. A name read in its
  // commonest made-thing sense: a "Stove" is a kitchen appliance, never one of "all the heaters".
  if (wordNet) addBroaderOwnNouns(devices, ownNouns, devicesByNoun, (noun) => wordNet.nounAncestors(noun, 'made'));
  const flatten = (map: Map<string, string[][]>) => [...map].flatMap(([value, list]) => list.map((entry) => ({ words: entry, value })));
  const quantityWords = quantityWordReader(devices, wordNet);
  return {
    ...(quantityWords ? { quantityWords } : {}),
    ...(wordNet ? { measureTier: measureTierReader(wordNet) } : {}),
    ...(wordNet ? { isKnownWord: (word: string) => wordNet.isKnown(word), canBeVerb: (word: string) => wordNet.isVerb(word), isOnlyAdverb: (word: string) => wordNet.isKnown(word) && !(['noun', 'verb', 'adj'] as const).some((part) => wordNet.canBe(word, part)), isMostlyVerb: (word: string) => wordNet.mostlyVerb(word), namesNoThing: (noun: string) => namesNoThing(noun, wordNet) } : {}),
    ...(wordNet ? { verbSynonyms: (verb: string) => synonymStems(verb, wordNet), isPlaceNoun: placeNounReader((noun) => wordNet.nounAncestors(noun)), nounAncestors: (noun: string) => wordNet.nounAncestors(noun) } : {}),
    ...(wordNet ? { sameThing: (noun: string, other: string) => sameThing(noun, other, wordNet), usedUp: (text: string) => usedUpThings(text, wordNet) } : {}),
    ...(wordNet ? { namesWantedList: wantedListReader(wordNet) } : {}),
    ...(wordNet ? definitionReaders(wordNet) : {}),
    ...(wordNet ? { feltRemedy: feltRemedyReader(wordNet, definitionReaders(wordNet).verbKin) } : {}),
    names,
    devicesByLabel,
    areas: flatten(areas),
    floors: flatten(floors),
    nouns: [...devicesByNoun.keys()].map((noun) => ({ words: noun.split(' '), value: noun })),
    devicesByNoun,
    ownNouns,
    placesOf: new Map(devices.map((device) => [device.id, [device.area?.id, device.area?.floor?.id].filter((id): id is string => !!id)])),
    readOnly: new Set(devices.filter((device) => !device.capabilities.some((capability) => capability.kind === 'action')).map((device) => device.id)),
    readingWords: readingWordsOf(devices),
    propertyPhrases: new Set(
      devices.flatMap((device) =>
        device.capabilities.flatMap((capability) => {
          const parts = capability.function.split('_');
          // Pairs after the verb: set_color_temperature gives "color temperature", not "set temperature".
          return parts.slice(2).map((part, index) => `${parts[index + 1]} ${part}`);
        }),
      ),
    ),
  };
}

/** Stems WordNet gives as the verb's synonyms (weight 0.9 and over: the same synset), its own stem left out. */
function synonymStems(verb: string, wordNet: WordNet): ReadonlySet<string> {
  const own = stem(verb);
  return new Set([...wordNet.related(verb, 'verb')].filter(([key, weight]) => weight >= 0.9 && key !== own).map(([key]) => key));
}

/** Every device filed under a noun, in the singular or the plural. */
export function devicesOfNoun(map: ReadonlyMap<string, ReadonlySet<string>>, noun: string): Set<string> {
  return new Set(nounKeys(noun).flatMap((key) => [...(map.get(key) ?? [])]));
}

/** Two nouns one of whose senses shares the other's synset, or nearly (WordNet's weight 0.8 and over: "tv" and "telly"). */
function sameThing(noun: string, other: string, wordNet: WordNet): boolean {
  if (noun === other) return true;
  // "heater" and "heating" share a stem but are a thing and what it does, not two words for one thing.
  if (stem(noun) === stem(other)) return false;
  return (wordNet.related(noun, 'noun').get(stem(other)) ?? 0) >= 0.8;
}

/** How the planner reads a kind noun against the devices its names call so (planner/kind-named.ts). */
export function kindNaming(vocabulary: Vocabulary): KindNaming {
  return {
    ownersOf: (noun) => devicesOfNoun(vocabulary.ownNouns, noun),
    ownNounsOf: (deviceId) => [...vocabulary.ownNouns].filter(([, owners]) => owners.has(deviceId)).map(([noun]) => noun),
    ...(vocabulary.sameThing ? { sameThing: vocabulary.sameThing } : {}),
  };
}
