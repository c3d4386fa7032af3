/**
 * A felt state said of a place (issue #17, class 7): "it's freezing in priya's office", "it's a bit
 * chilly on the terrace", "it's too hot in the long room", "I'm freezing" said in the study. No
 * device is named, and the place's thermometer only reads; the device meant is the one of the place
 * whose purpose is the remedy. The remedy comes from WordNet: the adjective of the comparative the
 * statement wishes for, with its close relatives ("chilly" -> hotter -> hot, heat); the purpose from
 * the dictionary's definition of the device's own name or alias, as defined-by-verb.ts reads it
 * ("heater: device that heats water or supplies warmth to a room";
 * "air conditioning: a system that keeps air cool and dry"). The quality's attribute ("temperature")
 * names no direction, so it is left out of the remedy: a device is chosen by its name only where
 * its purpose is the remedy's way.
 *
 * Where no name says so, a device whose API sets the attribute itself (a thermostat's
 * "temperature") is the one, asked in the person's words: its agent picks the mode or the target
 * (libs/rag's remedy-option.ts, stated-excess.ts). A device chosen by its name is told the plain
 * change instead, which its agent can map: switched on where it is off, opened where it is a closed
 * valve, turned up where it runs and has a level; one that already gives all it can is passed over,
 * and one that sets the attribute itself goes before one that only gives it (a heat pump before an
 * electric blanket). Where no device of the place remedies it, one that runs and whose purpose is the
 * quality itself is eased ("it's too warm in here" to an open radiator: turned down). Several devices
 * of one kind are all meant; of several kinds, which is asked. None leaves the clause to the readers
 * after this one. Not read: "it's boiling", "it's roasting" (WordNet has no adjective of them, nor a
 * "be hot" sense), "it's stuffy" (no scale).
 */
import { enMapping, enPlanning, lackedNouns, qualityWish, singularForms, splitIdentifier, stem, words, type WordNet } from '@meshmind/language';
import type { ClauseReferences } from './clause-references';
import type { PlannerDevice } from './planner';
import type { NounGloss, VerbKin } from './defined-by-verb';

const SAY = enPlanning.remedies;
const COPULAS = new Set([...enPlanning.copulas.present, ...enPlanning.copulas.past]);
const ARTICLES = new Set(enPlanning.definiteArticles);
/** "it is": the opener a felt state of the place itself is read with, as statedDegree's ambient openers read it. */
const AMBIENT_OPENER = enMapping.statedDegree.ambient.openers.find((opener) => opener.includes(' ')) ?? enMapping.statedDegree.ambient.openers[0]!;

/**
 * "arthur's room is a bit chilly", "the greenhouse is baking": a clause whose subject is the place
 * itself, said as "it is a bit chilly" so the felt state reads as one said of the room; undefined
 * where the clause does not open with a place and a linking verb.
 */
export function placeAsSubject(clause: Pick<ClauseReferences, 'tokens' | 'areas' | 'floors'>): string | undefined {
  const opening = [...clause.areas, ...clause.floors].find((match) => match.start === 0 || (match.start === 1 && ARTICLES.has(clause.tokens[0]!)));
  const copula = opening ? clause.tokens[opening.end] : undefined;
  if (!opening || copula === undefined || !COPULAS.has(copula)) return undefined;
  return [AMBIENT_OPENER, ...clause.tokens.slice(opening.end + 1)].join(' ');
}

/** What a felt state asks for: the stems that name its remedy, those that name the quality itself, and the quality's attribute nouns. */
export interface FeltRemedy {
  remedy: ReadonlySet<string>;
  quality: ReadonlySet<string>;
  attributes: ReadonlySet<string>;
  /** Whether a noun, or the broader noun it is a kind of, is named for the remedy ("radiator", a kind of heater: heat). */
  namedForRemedy(noun: string): boolean;
}

/** Reads a clause's felt state, or undefined where it states none. */
export type FeltRemedyReader = (text: string) => FeltRemedy | undefined;

/** The reader, from WordNet and the verb-kin reader of defined-by-verb.ts. */
export function feltRemedyReader(wordNet: WordNet, verbKin: VerbKin): FeltRemedyReader {
  const namedFor = (remedy: ReadonlySet<string>) => (noun: string) =>
    [noun, ...[...wordNet.nounAncestors(noun, 'made')].filter(([, steps]) => steps === 1).map(([lemma]) => lemma)].some((kind) => [...verbKin(kind)].some((key) => remedy.has(key)));
  return (text) => {
    const wish = qualityWish(text, wordNet);
    if (!wish) {
      // "it's stuffy up here": no scale, but the dictionary says what it lacks ("lacking fresh air"); that is the remedy, as said.
      const lacked = lackedNouns(text, wordNet);
      if (!lacked) return undefined;
      const remedy = new Set(lacked.map(stem));
      return { remedy, quality: new Set(), attributes: new Set(), namedForRemedy: namedFor(remedy) };
    }
    // Of each adjective's commonest sense: "chilly" is first "not characterized by emotion", "hot" (wished) says temperature.
    const attributes = new Set([wish.adjective, ...wish.wishedBases].flatMap((adjective) => [...wordNet.attributeNouns(adjective, 1)]).map(stem));
    // The wished end's own kin only: the adjective's antonyms over all its senses bring in noise ("bright" -> colorless, which water's definition says).
    const remedy = new Set(wish.wishedBases.flatMap((end) => [...verbKin(end)]).filter((key) => !attributes.has(key)));
    // "too warm": warm, heat, warmth; what names the quality said, where it names no remedy too.
    const quality = new Set([...verbKin(wish.adjective)].filter((key) => !attributes.has(key) && !remedy.has(key)));
    return { remedy, quality, attributes, namedForRemedy: namedFor(remedy) };
  };
}

/**
 * The stems of what the dictionary says a device is for: its whole name or alias where it knows it
 * ("electric blanket"), and the noun each ends with. Not its kind's nouns: a valve's "water" is
 * defined as "colorless", which a wish for dimmer light would meet.
 */
function purposeOf(device: PlannerDevice, nounGloss: NounGloss): Set<string> {
  const labels = [device.name, ...device.aliases].map((label) => label.toLowerCase().trim()).filter((label) => label.length > 0);
  const found = new Set<string>();
  for (const label of labels) for (const noun of new Set([label, ...headsOf(label)])) for (const key of nounGloss(noun)) found.add(key);
  return found;
}

/** The noun a label ends with, and its singular where it is plural ("High Windows": windows, window, whose commonest sense is not the window's). */
function headsOf(label: string): string[] {
  const head = words(label).at(-1);
  return head ? singularForms(head).slice(0, 2) : [];
}

/** Whether one of the device's actions takes a value named by the quality's attribute ("set_temperature(temperature)"). */
function setsAttribute(device: PlannerDevice, attributes: ReadonlySet<string>): boolean {
  return device.capabilities.some(
    (capability) => capability.kind === 'action' && capability.parameters.some((parameter) => splitIdentifier(parameter).some((word) => attributes.has(stem(word.toLowerCase())))),
  );
}

/** Whether the devices are all of one kind (two heaters, three lights): then each is meant. */
function oneKind(devices: readonly PlannerDevice[]): boolean {
  return devices.every((device) => device.type === devices[0]!.type);
}

function hasLevel(device: PlannerDevice): boolean {
  return device.capabilities.some((capability) => capability.kind === 'action' && capability.parameters.length > 0);
}

const say = (template: string, device: PlannerDevice) => template.replace('{device}', device.name);

/** The plain command for a device whose purpose is the remedy, from its state; undefined where none fits (it runs and has no level). */
function remedyCommand(device: PlannerDevice): string | undefined {
  const state = device.state ?? {};
  if (state.on === false) return say(SAY.switchOn, device);
  if (state.valve_state === 'closed' || state.cover_state === 'closed') return say(SAY.open, device);
  return hasLevel(device) ? say(SAY.turnUp, device) : undefined;
}

/**
 * The plain command that takes away what a running device whose purpose is the quality itself
 * gives ("too warm" to a radiator that is open: turned down); undefined where its state says it
 * gives none (off, closed) or does not say.
 */
function easingCommand(device: PlannerDevice): string | undefined {
  const state = device.state ?? {};
  if (state.on === true) return say(hasLevel(device) ? SAY.turnDown : SAY.switchOff, device);
  if (state.valve_state === 'open') return say(hasLevel(device) ? SAY.turnDown : SAY.close, device);
  return undefined;
}

export type FeltStateReading =
  | { kind: 'targets'; targets: PlannerDevice[]; texts: ReadonlyMap<string, string> }
  | { kind: 'ask'; devices: PlannerDevice[] };

/**
 * The device of `pool` (the devices of the place the person speaks of, or from) that remedies the
 * felt state `text` states, with the command each is sent where it is not the person's words; several
 * to ask about; or null where the clause states none or no device of the place remedies it.
 * `readOnly` are the devices that only report.
 */
export function remedyForFeltState(
  pool: readonly PlannerDevice[],
  text: string,
  readOnly: ReadonlySet<string>,
  read: FeltRemedyReader | undefined,
  nounGloss: NounGloss | undefined,
): FeltStateReading | null {
  const felt = read?.(text);
  if (!felt || !nounGloss) return null;
  const actors = pool.filter((device) => !readOnly.has(device.id) && device.capabilities.some((capability) => capability.kind === 'action'));
  const purposes = new Map(actors.map((device) => [device, [...purposeOf(device, nounGloss)]]));
  const byName = actors.filter((device) => purposes.get(device)!.some((key) => felt.remedy.has(key)));
  // "it's too warm in here" where nothing cools it: the radiator that runs, turned down.
  const easing = byName.length > 0 ? [] : actors.filter((device) => purposes.get(device)!.some((key) => felt.quality.has(key)) && easingCommand(device) !== undefined);
  if (easing.length > 0) return oneKind(easing) ? { kind: 'targets', targets: easing, texts: new Map(easing.map((device) => [device.id, easingCommand(device)!])) } : { kind: 'ask', devices: easing };
  // A device already giving all it can is no remedy to ask for ("Hot Tub Heater", on, with no level);
  // one that sets the attribute itself (a heat pump's temperature) before one that only gives it (an electric blanket).
  const able = byName.filter((device) => setsAttribute(device, felt.attributes) || remedyCommand(device) !== undefined);
  const setting = able.filter((device) => setsAttribute(device, felt.attributes));
  // A kind of heater before a blanket with a heating element: the one whose kind is named for the remedy.
  const ofKind = able.filter((device) => [device.name, ...device.aliases].some((label) => headsOf(label.toLowerCase()).some((noun) => felt.namedForRemedy(noun))));
  const chosen = setting.length > 0 ? setting : ofKind.length > 0 ? ofKind : able.length > 0 ? able : byName.length > 0 ? [] : actors.filter((device) => setsAttribute(device, felt.attributes));
  if (chosen.length === 0) return null;
  // "it's too dark in the wet room" to its ceiling light and its mirror light: both; a heater and a radiator: which?
  if (!oneKind(chosen)) return { kind: 'ask', devices: chosen };
  const texts = new Map<string, string>();
  for (const device of chosen) {
    const command = setsAttribute(device, felt.attributes) ? undefined : remedyCommand(device);
    if (command) texts.set(device.id, command);
  }
  return { kind: 'targets', targets: chosen, texts };
}
