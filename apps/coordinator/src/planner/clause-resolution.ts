/** Which devices a clause's references mean, or the question to ask back when they are ambiguous. */
import { alternation, en, enReference, singularForms } from '@meshmind/language';
import type { Plan, PlanContext, PlannerDevice } from './planner';
import { QUANTIFIERS, placeTokensOf, type ClauseReferences } from './clause-references';
import { capabilityWords, partialNameMatches, selectByCapability } from './capability-match';
import { devicesOfNoun, kindNaming, type Vocabulary } from './vocabulary';
import { askWhich } from './clarification';
import { rankDevices } from './choice';
import { deviceForVerb, narrowByOwnNoun } from './reference';
import { theOneInUse, theOneInUseOfAnyKind } from './attention';
import { meantByActivity } from './activity-nouns';
import { everyDeviceThatCan } from './everything';
import { measuringAsked, measuringPerArea, nounsAreReadings, onlyMeasures, opensQuestion } from './measuring-devices';
import { meantByCommandVerb } from './verb-fit';
import { deviceNamedByVerb, kindActingOnPlace } from './verb-named-device';
import { devicesHoldingSaidItem, listHoldingVerbItem, narrowedBySaidItem } from './said-items';
import { withoutItemVerbs } from './object-list';
import { devicesNamedOnlyInSupply, listsForUsedUpSupply, verbPhraseReader } from './used-up-supply';
import { namedByPlaceAlias, namedInPlace } from './place-name';
import { questionTarget } from './question-target';
import { deviceNamedInQuestion } from './named-question';
import { deviceNamedBySynonym, verbAsKindTargets, withVerbAsideFromNames } from './verb-synonym-device';
import { unknownPlace } from './unknown-place';
import { misspeltModifierDevices, unknownModifier } from './unknown-modifier';
import { askAboutMissingKind, askAboutMissingPlace } from './missing-place';
import { carriesEveryWord } from './condition-area';
import { readAbsentKind } from './absent-kind';
import { freeWords, modifierWords, narrowByModifiers, verbNamesNoFunctionOf } from './modifiers';
import { narrowByPlaceModifiers } from './place-modifiers';
import { meantByKindNoun, meantByPluralKindNoun } from './kind-named';
import { deviceForAskedState, reportsState } from './asked-state';
import { deviceForAskedQuantity } from './asked-quantity';
import { ownedByPlaceWord } from './owner-word';
import { speakersOwnByName } from './speaker-place-name';
import { STATE_ANTONYMS } from './questions';
import { inPlaceOfLast } from './owner-place';
import { nounsArePropertiesOf } from './pronoun-property';
import { nounsAreVerbBeforePronoun } from './verb-before-pronoun';
import { objectAfterVerb, wordsNamingOthers } from './other-devices-named';
import { deviceDefinedByVerb } from './defined-by-verb';
import { placeAsSubject, remedyForFeltState } from './felt-state';

const ACTION_WORDS = en.actionWords;
const QUESTION_WORDS = en.questionWords;
const STOP_WORDS = en.plannerStopwords;
/** "which lamps are on", "are any lamps on": every device of a name several share, not a question back. */
const EVERY_ONE_QUESTION = new RegExp(`^(${alternation(enReference.everyOneQuestionOpeners)})\\b|\\b(${alternation(enReference.groupWords)})\\b`);
/** "all the lights in here": the room the person speaks from. */
const SPEAKER_PLACE = new RegExp(`\\b(${alternation(enReference.speakerPlace)})\\b`);
/** "in there", "that room": the place of the devices the conversation was just about. */
const SPOKEN_OF_PLACE = new RegExp(`\\b(${alternation(enReference.spokenOfPlace)})\\b`);

export interface Resolution {
  kind: 'targets';
  targets: PlannerDevice[];
  /** The subtask a target is sent where it is not the clause as said ("it's freezing in here" -> "turn on the Panel Heater": felt-state.ts). */
  texts?: ReadonlyMap<string, string>;
}

/** "it's freezing in priya's office": the one device of the place that remedies a felt state, or the question which (felt-state.ts). */
function byFeltState(pool: PlannerDevice[], clause: ClauseReferences, vocabulary: Vocabulary): Resolution | Extract<Plan, { kind: 'clarify' }> | null {
  if (clause.isQuestion || clause.condition) return null;
  const felt = remedyForFeltState(pool, placeAsSubject(clause) ?? clause.text, vocabulary.readOnly, vocabulary.feltRemedy, vocabulary.nounGloss);
  if (!felt) return null;
  return felt.kind === 'ask' ? askWhich(clause.text, 'device', felt.devices) : { kind: 'targets', targets: felt.targets, texts: felt.texts };
}

/** "lock the shed door" to a home with a "Shed door" and a "Shed door lock": the device whose API does what the verb says. */
function byVerb(clause: ClauseReferences, targets: PlannerDevice[], devices: PlannerDevice[]): PlannerDevice[] {
  const verbs = clause.tokens.filter((token, index) => ACTION_WORDS.has(token) && !clause.nameTokens.has(index) && !QUESTION_WORDS.has(token));
  const can = (device: PlannerDevice, verb: string) => {
    const known = capabilityWords(device, false, false);
    return singularForms(verb).some((form) => known.has(form));
  };
  const chosen = targets.map((device) => {
    const match = clause.named.find((named) => named.value === device.id);
    return (match && deviceForVerb(device, clause.tokens.slice(match.start, match.end), verbs, devices, can)) ?? device;
  });
  return [...new Set(chosen)];
}

/** "is the front door open?" to a lock "Front Door" and a "Front Door Sensor": the device whose reading is the state asked. */
function byAskedState(clause: ClauseReferences, targets: PlannerDevice[], devices: PlannerDevice[]): PlannerDevice[] {
  // "closed" is read by the query that reports "open": a state word and its opposite.
  const stateWords = clause.tokens.filter((token, index) => STATE_ANTONYMS[token] !== undefined && !clause.nameTokens.has(index)).flatMap((token) => [token, STATE_ANTONYMS[token]!]);
  const chosen = targets.map((device) => {
    const match = clause.named.find((named) => named.value === device.id);
    return (match && deviceForAskedState(device, clause.tokens.slice(match.start, match.end), stateWords, devices)) ?? device;
  });
  return [...new Set(chosen)];
}

/** "how warm is the hot tub" to a "Hot Tub Heater" and a "Hot Tub Thermometer": the one that measures it (asked-quantity.ts). */
function byAskedQuantity(clause: ClauseReferences, targets: PlannerDevice[], devices: PlannerDevice[], vocabulary: Vocabulary): PlannerDevice[] {
  const chosen = targets.map((device) => {
    const match = clause.named.find((named) => named.value === device.id);
    return (match && deviceForAskedQuantity(device, clause.tokens.slice(match.start, match.end), clause.tokens, devices, vocabulary.measureTier)) ?? device;
  });
  return [...new Set(chosen)];
}

/**
 * The devices of `pool` with a query that says a state word the clause asks about, or its opposite.
 * A state word that opens a place ("on the balcony") is its preposition, not a state.
 */
function reportingAskedState(pool: PlannerDevice[], clause: ClauseReferences): PlannerDevice[] {
  const places = placeTokensOf(clause);
  const opensPlace = (index: number) => places.has(index + 1) || (en.articles.has(clause.tokens[index + 1] ?? '') && places.has(index + 2));
  const stateWords = clause.tokens
    .filter((token, index) => STATE_ANTONYMS[token] !== undefined && !clause.nameTokens.has(index) && !opensPlace(index))
    .flatMap((token) => [token, STATE_ANTONYMS[token]!]);
  return stateWords.length === 0 ? [] : pool.filter((device) => stateWords.some((word) => reportsState(device, word)));
}

export function resolveClause(
  said: ClauseReferences,
  devices: PlannerDevice[],
  context: PlanContext,
  lastTargets: PlannerDevice[],
  inheritedTypes: Set<string> | null,
  vocabulary: Vocabulary,
): Resolution | Extract<Plan, { kind: 'clarify' }> {
  // "add hoover the stairs to the chore list": the hoover is the item's verb (object-list.ts).
  const clause = withoutItemVerbs(said);
  // "turn on the sprinklers in the orchard" to a home with no orchard: no device of it is meant.
  // Said so, with the place nearest it and the devices meant without it, when there are any (missing-place.ts).
  const missingPlace = unknownPlace(clause.tokens, vocabulary);
  if (missingPlace) return askAboutMissingPlace(clause, missingPlace, devices, vocabulary) ?? { kind: 'targets', targets: [] };
  // "mark bleed the radiators as done": "radiators" is a word of a listed item, not the Towel Radiator.
  const listed = listHoldingVerbItem(devices, clause.tokens, [...clause.named, ...clause.nouns], vocabulary.canBeVerb, vocabulary.isMostlyVerb);
  if (listed.length === 1) return { kind: 'targets', targets: listed };
  // "we're out of coffee beans": the "bean to cup" machine is named only inside the supply (used-up-supply.ts).
  const supplied = devicesNamedOnlyInSupply(clause, vocabulary.usedUp) ? listsForUsedUpSupply(devices, clause, vocabulary.usedUp, verbPhraseReader(vocabulary.canBeVerb, vocabulary.isMostlyVerb), vocabulary.namesWantedList) : [];
  if (supplied.length > 0) return supplied.length === 1 ? { kind: 'targets', targets: supplied } : askWhich(clause.text, 'list', supplied);
  // "set it to full speed" after "turn on the fan": the noun is the fan's property, not a device it heads the name of.
  if (clause.pronoun && clause.named.length === 0 && clause.areas.length + clause.floors.length === 0 && nounsArePropertiesOf(clause.nouns.map((match) => match.value), lastTargets)) {
    return { kind: 'targets', targets: lastTargets };
  }
  // "switch it off" after "is the dryer on?": the kind noun is the verb before the pronoun (verb-before-pronoun.ts).
  if (clause.pronoun && lastTargets.length > 0 && clause.named.length === 0 && clause.areas.length + clause.floors.length === 0 && nounsAreVerbBeforePronoun(clause.tokens, clause.nouns, vocabulary.canBeVerb)) {
    return { kind: 'targets', targets: lastTargets };
  }
  if (clause.named.length > 0) {
    const ids = new Set(clause.named.map((match) => match.value));
    let targets = devices.filter((device) => ids.has(device.id));
    // One name said once, several devices of that name ("Lamp" in the kitchen and in the bedroom):
    // the one where the person speaks, else ask which. "all", "both", a plural: every one.
    const saysGroup = clause.tokens.some((token) => QUANTIFIERS.has(token)) || EVERY_ONE_QUESTION.test(clause.tokens.join(' '));
    for (const match of clause.named) {
      const sharing = targets.filter((device) => clause.named.some((other) => other.value === device.id && other.start === match.start && other.end === match.end));
      if (sharing.length < 2 || saysGroup || match.plural) continue;
      // "sam's blind": the owner's word of one of their rooms' names, before where the person speaks (owner-word.ts).
      const owned = ownedByPlaceWord(sharing, clause.tokens, clause.nameTokens);
      const here = owned ? [owned] : context.fromAreaId ? sharing.filter((device) => device.area?.id === context.fromAreaId) : [];
      // "turn off the ceiling fan" with one of two running: that one.
      const inUse = theOneInUse(sharing, clause.tokens);
      if (here.length !== 1 && inUse) here.splice(0, here.length, inUse);
      // "turn on the tv" in the lounge, two guest rooms' "TV" elsewhere: the lounge's "Telly" (speaker-place-name.ts).
      const ownHere = here.length === 0 && !inUse ? speakersOwnByName(sharing, clause.tokens.slice(match.start, match.end), devices, context.fromAreaId, vocabulary.sameThing) : undefined;
      if (ownHere) {
        targets = [...targets.filter((device) => !sharing.includes(device)), ownHere];
        continue;
      }
      if (here.length !== 1) return askWhich(clause.text, clause.tokens.slice(match.start, match.end).join(' '), sharing);
      targets = targets.filter((device) => !sharing.includes(device) || device === here[0]);
    }
    // "the extractor" said in the room whose "Extractor Fan" it is, not the alias of another room's (speaker-place-name.ts).
    const own = targets.length === 1 && clause.named.length === 1 && !saysGroup ? speakersOwnByName(targets[0]!, clause.tokens.slice(clause.named[0]!.start, clause.named[0]!.end), devices, context.fromAreaId) : undefined;
    if (own) targets = [own];
    return { kind: 'targets', targets: clause.isQuestion || clause.condition ? byAskedQuantity(clause, byAskedState(clause, targets, devices), devices, vocabulary) : byVerb(clause, targets, devices) };
  }
  const areaIds = new Set(clause.areas.map((match) => match.value));
  const floorIds = new Set(clause.floors.map((match) => match.value));
  // "all the lights in here": the room the person speaks from.
  if (context.fromAreaId && areaIds.size === 0 && floorIds.size === 0 && SPEAKER_PLACE.test(clause.tokens.join(' '))) areaIds.add(context.fromAreaId);
  // "how warm is the conservatory? put the fan on in there": the one place of the devices just spoken of.
  const spokenOf = new Set(lastTargets.map((device) => device.area?.id));
  if (areaIds.size === 0 && floorIds.size === 0 && spokenOf.size === 1 && !spokenOf.has(undefined) && SPOKEN_OF_PLACE.test(clause.tokens.join(' '))) areaIds.add([...spokenOf][0]!);
  let pool = devices;
  if (areaIds.size > 0) pool = pool.filter((device) => device.area && areaIds.has(device.area.id));
  else if (floorIds.size > 0) pool = pool.filter((device) => device.area?.floor && floorIds.has(device.area.floor.id));
  // "hoover the living room" with the robot docked in the hall: the place is what it acts on.
  const acting = pool !== devices && !clause.isQuestion && !clause.condition ? kindActingOnPlace(devices, pool, clause, vocabulary.devicesByNoun, vocabulary.canBeVerb, vocabulary.isMostlyVerb) : [];
  if (acting.length === 1) return { kind: 'targets', targets: acting };

  // "the blinds" is plural even where each device is itself called "... blinds".
  const plural = clause.quantified || clause.nouns.some((noun) => noun.plural || /[^s]s$/.test(clause.tokens[noun.end - 1] ?? ''));
  if (clause.nouns.length > 0) {
    const nounDevices = new Set(clause.nouns.flatMap((match) => [...devicesOfNoun(vocabulary.devicesByNoun, match.value)]));
    const ofKind = pool.filter((device) => nounDevices.has(device.id));
    // "the color temperature in the bedroom": no thermostat there, so the word named a property,
    // not a kind of device; the devices of the place whose API fits answer instead.
    if (ofKind.length === 0 && (areaIds.size > 0 || floorIds.size > 0)) {
      // "the suction in surgery two": the word heads the name of a device elsewhere ("Central Suction") and is a word of one device's name there ("Suction Unit").
      const nounWords = clause.nouns.flatMap((match) => clause.tokens.slice(match.start, match.end));
      const byOwnWord = pool.filter((device) => carriesEveryWord(device, nounWords) && (clause.isQuestion || !!clause.condition || !onlyMeasures(device)));
      if (byOwnWord.length === 1 && !plural) return { kind: 'targets', targets: byOwnWord };
      // "the lights in the kitchen" to a kitchen with no light: say so, never the kettle (missing-place.ts).
      const missingKind = areaIds.size > 0 && !clause.condition ? askAboutMissingKind(clause, nounDevices, pool, devices) : null;
      if (missingKind) return missingKind;
      // "switch everything off in the guest room": "switch" is the verb there, not the kind.
      const able = clause.quantified && !clause.isQuestion && !clause.condition ? everyDeviceThatCan(pool, clause.tokens, placeTokensOf(clause)) : [];
      if (able.length > 0) return { kind: 'targets', targets: able };
      // "turn on the dishwasher in the nursery": a kind the place lacks means none of its devices.
      const absent = readAbsentKind(pool, clause.nouns.map((match) => match.value), clause.isQuestion);
      if (absent.kind === 'absent') return { kind: 'targets', targets: [] };
      return { kind: 'targets', targets: absent.kind === 'named' ? absent.devices : selectByCapability(pool, clause) };
    }
    // "the bedside lamps", "the ceiling light in the kids room", "the extractor fans" (a noun itself,
    // the head of "Bathroom Extractor"): a word before the kind noun that some of them carry in their names.
    const places = placeTokensOf(clause);
    const ends = (token: string, index: number) =>
      STOP_WORDS.has(token) || ACTION_WORDS.has(token) || QUESTION_WORDS.has(token) || QUANTIFIERS.has(token) || places.has(index) || clause.nameTokens.has(index);
    // "the meeting room lights": words of several places' names, where no place is said whole (place-modifiers.ts).
    const modifiers = modifierWords(clause, ends);
    // "turn on the hal lights": a word no dictionary and no name knows is not skipped to every light (unknown-modifier.ts).
    const unknownWord = unknownModifier(modifiers, vocabulary);
    if (unknownWord) return { kind: 'targets', targets: misspeltModifierDevices(unknownWord, ofKind) };
    pool = narrowByPlaceModifiers(ofKind, modifiers) ?? narrowByModifiers(ofKind, modifiers);
    // "lock the hot tub", "the hottub lights": words of other devices' names, none of them of this kind (other-devices-named.ts).
    const saidOf = clause.nouns.length === 1 && clause.nouns[0]!.start === 0 ? objectAfterVerb(clause.tokens, ends) : modifiers;
    if (pool === ofKind && wordsNamingOthers(ofKind, devices, saidOf).length > 0) return { kind: 'targets', targets: [] };
    // "what's the temperature in every room": a reading, not a kind; each room's thermometer before its thermostat.
    const placed = areaIds.size > 0 || floorIds.size > 0 || clause.tokens.some((token) => QUANTIFIERS.has(token));
    if (placed && (clause.isQuestion || clause.condition || opensQuestion(clause.tokens)) && pool.some(onlyMeasures) && nounsAreReadings(pool, clause.nouns.map((match) => match.value))) {
      const measuring = measuringPerArea(pool);
      if (plural || measuring.length === 1) return { kind: 'targets', targets: measuring };
      pool = measuring;
    }
    // "water the plants": a word elsewhere in the clause that some of them carry ("Plant Watering"); not for "all".
    if (!clause.quantified && pool.length > 1) pool = narrowByModifiers(pool, freeWords(clause, ends));
    // "take the oat milk off the list" to two lists: the one that holds the item said (said-items.ts).
    pool = narrowedBySaidItem(pool, clause.tokens, vocabulary.canBeVerb, vocabulary.isMostlyVerb);
  } else if (clause.pronoun && lastTargets.length > 0 && areaIds.size === 0 && floorIds.size === 0) {
    return { kind: 'targets', targets: lastTargets };
  } else if (inheritedTypes) {
    pool = pool.filter((device) => inheritedTypes.has(device.type));
  } else if (areaIds.size > 0 || floorIds.size > 0) {
    // "switch everything off in the guest room": every device there that can.
    if (clause.quantified && !clause.isQuestion && !clause.condition) {
      const able = everyDeviceThatCan(pool, clause.tokens, placeTokensOf(clause));
      if (able.length > 0) return { kind: 'targets', targets: able };
    }
    // "it's a bit chilly on the terrace": the device there whose purpose is the remedy, not its thermometer.
    const felt = byFeltState(pool, clause, vocabulary);
    if (felt) return felt;
    // "is anything on in the bathroom": every device there whose readings say the state asked.
    const reporting = clause.isQuestion && clause.quantified ? reportingAskedState(pool, clause) : [];
    if (reporting.length > 0) return { kind: 'targets', targets: reporting };
    // "how bright is it in the conservatory": the device there that measures it, not the lamp.
    const measuring = (clause.isQuestion || clause.condition) && !clause.quantified ? measuringAsked(pool, clause.tokens, vocabulary.measureTier) : [];
    if (measuring.length > 0) return { kind: 'targets', targets: measuring };
    // "how stale is the air in the lounge": the one device there a word of whose name is said ("air quality"), before the API's words.
    const named = namedInPlace(pool, clause);
    if (named.length === 1) return { kind: 'targets', targets: named };
    // "set the bedroom to 19 degrees": no kind of device named, so the API decides who can do it.
    // "air out the greenhouse" is a command: a thermometer there only reads, so it is not the one meant.
    const command = !clause.isQuestion && !clause.condition && (clause.hasAction || (vocabulary.canBeVerb?.(clause.tokens[0] ?? '') ?? false));
    const fitting = selectByCapability(command ? pool.filter((device) => !vocabulary.readOnly.has(device.id)) : pool, clause);
    // "warm up the office": the Panel Heater, defined by what the verb does, not the lamp whose colour can be warm.
    const defined = command && !clause.quantified ? deviceDefinedByVerb(pool, fitting, clause.tokens, placeTokensOf(clause), vocabulary.verbKin, vocabulary.nounGloss) : [];
    if (defined.length === 1) return { kind: 'targets', targets: defined };
    // "set the bedroom to 50%" to a lamp and a curtain there: one value is one property, so ask
    // whose; a device with no function that takes a value (a wall switch) is not among them.
    if (fitting.length > 1 && !clause.quantified && !clause.condition && clause.tokens.some((token) => /^\d/.test(token))) {
      const taking = fitting.filter((device) => device.capabilities.some((capability) => capability.kind === 'action' && capability.parameters.length > 0));
      if (taking.length === 1) return { kind: 'targets', targets: taking };
      if (taking.length > 1 && taking.some((device) => device.type !== taking[0]!.type)) return askWhich(clause.text, 'device', taking);
    }
    // "cool down the bedroom" to an air conditioner and lights whose colour can be "cool": a verb no
    // function of theirs is named by, fitting devices of several kinds, says not which of them.
    // "water the lawn": the garden's alias said is a word of one fitting device's name, the Lawn Sprinklers (place-name.ts).
    const byPlaceAlias = command && !clause.quantified && fitting.length > 1 ? namedByPlaceAlias(fitting, clause) : undefined;
    if (byPlaceAlias) return { kind: 'targets', targets: [byPlaceAlias] };
    if (command && !clause.quantified && verbNamesNoFunctionOf(clause, fitting)) return askWhich(clause.text, 'device', fitting);
    // "make it quieter in the hall" with its speakers playing and its projector off: the one in use, not both.
    const inUseThere = command && !clause.quantified ? theOneInUse(fitting, clause.tokens) : null;
    return { kind: 'targets', targets: inUseThere ? [inUseThere] : fitting };
  } else {
    // "how warm is it outside": a word of a name or alias ("Outdoor thermometer", "outside temperature"), then the API.
    // Kind nouns do not count here: "go back" shares "back" with the name "Back door", not with its API.
    // A command goes to what can act: "charge the car" is for the Car Charger, not the sensor "car charge level".
    const command = !clause.isQuestion && !clause.condition && (clause.hasAction || (vocabulary.canBeVerb?.(clause.tokens[0] ?? '') ?? false));
    // "mark call the plumber as done": the one list that reports that item.
    const holding = devicesHoldingSaidItem(devices, clause.tokens, vocabulary.canBeVerb, vocabulary.isMostlyVerb);
    if (holding.length === 1) return { kind: 'targets', targets: holding };
    // "we've run out of tea bags": a list of things (used-up-supply.ts); of several, ask which.
    // A plain need ("we need toilet roll") is not read: stated-need.ts says why.
    const lists = listsForUsedUpSupply(devices, clause, vocabulary.usedUp, verbPhraseReader(vocabulary.canBeVerb, vocabulary.isMostlyVerb), vocabulary.namesWantedList);
    if (lists.length > 0) return lists.length === 1 ? { kind: 'targets', targets: lists } : askWhich(clause.text, 'list', lists);
    // "water the tomatoes": the verb is no word of a name ("Water Heater"); a synonym's noun may be ("Irrigation").
    const bySynonym = command ? deviceNamedBySynonym(devices, clause.tokens, vocabulary.verbSynonyms, vocabulary.canBeVerb) : [];
    if (bySynonym.length === 1) return { kind: 'targets', targets: bySynonym };
    const byName = selectByCapability(partialNameMatches(command ? devices.filter((device) => !vocabulary.readOnly.has(device.id)) : devices, withVerbAsideFromNames(clause, vocabulary.canBeVerb)), clause, false);
    // "open the hot tub" to its lid and its fill valve: a word of several kinds' names, whose verb fits each, says not which of them.
    if (command && !clause.quantified && byName.length > 1 && byName.some((device) => device.type !== byName[0]!.type)) {
      const meant = theOneInUseOfAnyKind(byName, clause.tokens);
      return meant ? { kind: 'targets', targets: [meant] } : askWhich(clause.text, 'device', byName);
    }
    if (byName.length > 0) return { kind: 'targets', targets: byName };
    // "charge the car": the Car Charger, a noun of the verb's stem, not the garage door whose documents say "car".
    const namedByVerb = command ? deviceNamedByVerb(devices, clause) : [];
    if (namedByVerb.length === 1) return { kind: 'targets', targets: namedByVerb };
    // "how dry is the tomato bed?": the device the question names by part of its name, before any state word.
    const namedInQuestion = deviceNamedInQuestion(devices, clause);
    if (namedInQuestion) return { kind: 'targets', targets: [namedInQuestion] };
    // "is it raining?", "how charged is the car?": the device whose state or name says what is asked.
    const asked = clause.isQuestion || clause.condition ? questionTarget(devices, clause) : [];
    if (asked.length === 1) return { kind: 'targets', targets: asked };
    if (!context.fromAreaId) {
      // "skip this song", "turn the volume down": devices of one kind whose API fits, and of them the one in use.
      const fitting = selectByCapability(devices, clause);
      const oneKind = fitting.length > 0 && fitting.every((device) => device.type === fitting[0]!.type);
      const meant = oneKind ? (fitting.length === 1 ? fitting[0]! : theOneInUse(fitting, clause.tokens)) : null;
      return { kind: 'targets', targets: meant ? [meant] : [] };
    }
    // "I'm freezing" said in the study: the device there that remedies it (felt-state.ts).
    const felt = byFeltState(devices.filter((device) => device.area?.id === context.fromAreaId), clause, vocabulary);
    if (felt) return felt;
    // "pause" said to the living room's panel: the device there whose API fits. Devices of several
    // kinds that fit alike ("resume" to a TV and a robot vacuum) are not all meant: ask which.
    const fitting = selectByCapability(devices.filter((device) => device.area?.id === context.fromAreaId), clause);
    if (fitting.length > 1 && !clause.quantified && fitting.some((device) => device.type !== fitting[0]!.type)) {
      // "pause" with the TV playing and the robot docked: the one in use.
      const meant = theOneInUseOfAnyKind(fitting, clause.tokens);
      return meant ? { kind: 'targets', targets: [meant] } : askWhich(clause.text, 'device', fitting);
    }
    return { kind: 'targets', targets: fitting };
  }

  // "turn the lights on" said in the kitchen means the kitchen's; only "all"/"every" means the whole place.
  if (areaIds.size === 0 && floorIds.size === 0 && context.fromAreaId && !clause.quantified) {
    const here = pool.filter((device) => device.area?.id === context.fromAreaId);
    if (here.length > 0) pool = here;
  }
  // "what's it like in priya's room? open her radiator": one of a kind said as someone's just talked
  // of is the one in the place of the devices the conversation was just about.
  if (areaIds.size === 0 && floorIds.size === 0 && !plural && pool.length > 1) pool = inPlaceOfLast(pool, clause.tokens, lastTargets);
  // A command to a group goes to the devices that can act: a read-only sensor is not "turned on".
  if (!clause.isQuestion && pool.length > 1) {
    const actors = pool.filter((device) => device.capabilities.some((capability) => capability.kind === 'action'));
    if (actors.length > 0) pool = actors;
  }
  // "turn off the downlights", "the lamps in the bedroom": the devices that word names, not every
  // light (among those that can do it), in a named place too.
  if (plural && clause.nouns.length > 0 && !inheritedTypes) {
    pool = narrowByOwnNoun(pool, clause.nouns.map((match) => match.value), (noun) => devicesOfNoun(vocabulary.ownNouns, noun));
    pool = meantByPluralKindNoun(pool, clause.nouns.map((match) => match.value), kindNaming(vocabulary));
  }
  const verbAsKind = clause.isQuestion ? null : verbAsKindTargets(clause.tokens, clause.nouns, pool, devices, vocabulary.verbSynonyms, vocabulary.canBeVerb);
  if (verbAsKind) return { kind: 'targets', targets: verbAsKind };
  if (plural || pool.length <= 1) return { kind: 'targets', targets: pool };
  // "is a door open?", "did someone leave a window open?": asked of any one, so of each, and of those
  // whose readings say the state asked where some do (the door sensors, not the locks).
  if (clause.indefinite && clause.isQuestion) {
    const reporting = reportingAskedState(pool, clause);
    return { kind: 'targets', targets: reporting.length > 0 ? reporting : pool };
  }
  // "send a robot to charge": any one will do, so the best placed one goes instead of a question back.
  if (clause.indefinite) return { kind: 'targets', targets: rankDevices(pool).slice(0, 1) };
  // "turn the music up" with one player playing: the music is what it does, whatever another's name says.
  const doing = clause.isQuestion || clause.condition ? null : meantByActivity(pool, clause, vocabulary.namesNoThing);
  if (doing) return { kind: 'targets', targets: [doing] };
  // "the lamp" means the device called a lamp before a light that is a lamp only by its type's nouns.
  // "the tv" to a "Loft TV" and a telly called "The Frame": both are meant, not only the one its name calls so.
  const byOwnName = meantByKindNoun(pool, clause.nouns.map((match) => match.value), kindNaming(vocabulary));
  if (byOwnName.length === 1) return { kind: 'targets', targets: byOwnName };
  if (byOwnName.length > 1) pool = byOwnName;
  // "lock the door" to two locks and a garage door: the locks, and of them the one not locked yet.
  const fitting = clause.isQuestion || clause.condition ? null : meantByCommandVerb(pool, clause);
  if (fitting?.length === 1) return { kind: 'targets', targets: fitting };
  if (fitting) pool = fitting;
  // "stop the music" with one player playing, "turn off the ceiling fan" with one running: that one.
  const meant = theOneInUse(pool, clause.tokens);
  if (meant) return { kind: 'targets', targets: [meant] };
  return askWhich(clause.text, clause.nouns[0] ? clause.nouns[0].value : 'device', pool);
}
