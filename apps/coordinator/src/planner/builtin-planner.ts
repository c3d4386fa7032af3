import { alternation, createRequestReader, en, formatList, moodOf, readRequest, tokenize, type RequestReader, type RequestReading, type WordNet } from '@meshmind/language';
import type { Plan, PlanContext, PlanStep, Planner, PlannerDevice, QuestionSpec, ReferenceReading, StepCondition } from './planner';
import { readingOfReference } from './reference-reading';
import { asSentence, findPhrases, withoutPossessive } from './text';
import { comparedQuantityWords } from './quantity-words';
import { meantInConditionPlace } from './condition-area';
import { listEndingPlace } from './list-place';
import { splitClauses, type Clause } from './clauses';
import { detectQuestion } from './questions';
import { placeMeasuringDevice, readingWordReader, saidPlaceOf } from './compared-place';
import { comparedQuantity, readComparison, readingQuestion, withReadingAfter, withUnit } from './comparison';
import { planAllocation } from './allocation';
import { askWhich, shareOneName } from './clarification';
import { buildVocabulary, devicesOfNoun, type Vocabulary } from './vocabulary';
import { asQuestion, conditionOf, onlyReferences, parseClause, referenceTokens, refersToSomething, VERB_PARTICLES, type ClauseReferences } from './clause-references';
import { selectByCapability } from './capability-match';
import { resolveClause, type Resolution } from './clause-resolution';
import { narrowByModifiers } from './modifiers';
import { obeyingTargets } from './read-only';
import { itemRequests, referenceIsGoal, refersOnlyThroughVerbs, verbHeadsOfItemsToGoal } from './object-list';
import { sharedParticle } from './shared-particle';
import { sharedModifier } from './shared-modifier';
import { withoutCourtesyFrame } from './courtesy-frame';
import { byPlaceWord } from './place-word';
import { viewingQuestion } from './viewing-request';
import { doneReportRequest } from './done-report';
import { rememberingWordNet } from './remembered-lexicon';
import { withSubjectForPronoun } from './pronoun-subject';
import { conditionWithRequestPlace } from './there-place';
import { onlyMeasures } from './measuring-devices';
import { placesCondition } from './compared-places';

/** What the vocabulary is built from, per device (not its state, availability or work). */
type VocabularyInput = [id: string, name: string, aliases: string[], nouns: string[], area: PlannerDevice['area'], capabilities: PlannerDevice['capabilities']];

const vocabularyInput = (device: PlannerDevice): VocabularyInput => [device.id, device.name, device.aliases, device.nouns, device.area, device.capabilities];

/** Same strings and the very same arrays and objects, in the same order: what the vocabulary read cannot have changed. Read off the devices, with no array built per goal. */
function sameInputs(before: VocabularyInput[], devices: readonly PlannerDevice[]): boolean {
  return before.length === devices.length && before.every((input, index) => {
    const device = devices[index]!;
    return input[0] === device.id && input[1] === device.name && input[2] === device.aliases && input[3] === device.nouns && input[4] === device.area && input[5] === device.capabilities;
  });
}

/** The phrases a goal is not cut inside, per vocabulary: the same lists for every goal while the home's names stay. */
const unitPhraseLists = new WeakMap<Vocabulary, { longNames: Vocabulary['names']; places: Vocabulary['areas'] }>();

function unitPhrases(vocabulary: Vocabulary): { longNames: Vocabulary['names']; places: Vocabulary['areas'] } {
  let lists = unitPhraseLists.get(vocabulary);
  if (!lists) unitPhraseLists.set(vocabulary, (lists = { longNames: vocabulary.names.filter((name) => name.words.length > 1), places: [...vocabulary.areas, ...vocabulary.floors] }));
  return lists;
}

const ACTION_WORDS = en.actionWords;
const QUESTION_WORDS = en.questionWords;
/** "both", "all of them": an answer to "which one?" that means every candidate. */
const ALL_OF_THEM = new RegExp(`\\b(${alternation(en.everyOneOfThem)})\\b`);
const STOP_WORDS = en.plannerStopwords;

/**
 * The planner that needs no model. It splits a goal into clauses ("and", "then", "if ... ,",
 * "in 10 minutes"), resolves each clause's device references (names, aliases, areas, floors, kinds
 * of device, "all", "it") against the registry, recognises questions, and sends every device the
 * clause that concerns it in the person's own words. When a reference is ambiguous it asks.
 */
export interface BuiltinPlannerOptions {
  /** WordNet, to read the quantity an adjective asks about ("how damp" -> humidity); without it only the built-in hints. */
  wordNet?: WordNet;
}

export class BuiltinPlanner implements Planner {
  private readonly wordNet: WordNet | undefined;
  /** The last vocabulary and what it was built from: the devices' names and kinds rarely change between goals. */
  private lastVocabulary: { key: string; inputs: VocabularyInput[]; vocabulary: Vocabulary } | null = null;

  constructor(options: BuiltinPlannerOptions = {}) {
    // Its answers kept per word: the planner asks the same words' readings goal after goal (issue #18).
    this.wordNet = options.wordNet && rememberingWordNet(options.wordNet);
  }

  async plan(spoken: string, devices: PlannerDevice[], context: PlanContext): Promise<Plan> {
    // "can I have a look at the camera": a question for what it shows, never a change (viewing-request.ts).
    const wordNet = this.wordNet;
    const said = wordNet ? withoutCourtesyFrame(spoken, (word) => wordNet.isVerb(word)) : spoken; // "would you mind closing the blinds" (courtesy-frame.ts)
    const text =
      (wordNet && viewingQuestion(said, (verb) => wordNet.verbSenses(verb)[0]?.category === 'perception')) ||
      // "I've restocked the coffee pods": the listed item done (done-report.ts).
      (wordNet && doneReportRequest(said, devices, (verb) => new Set(wordNet.verbSenses(verb).flatMap((sense) => sense.lemmas)))) ||
      said;
    // "check every shelf": site resources spread over the capable devices, before clause splitting.
    const allocated = context.pendingClarification ? null : planAllocation(text, devices, context);
    if (allocated) return allocated;
    const vocabulary = this.vocabularyOf(devices);
    // Each text of the turn is read once: a clause is parsed while objects are joined and again while it is planned.
    const read = createRequestReader();
    const byId = new Map(devices.map((device) => [device.id, device]));
    const pending = context.pendingClarification;
    if (pending) {
      const candidates = pending.candidateIds.map((id) => byId.get(id)).filter((device): device is PlannerDevice => !!device);
      const chosen = this.resolveChoice(read(text), candidates, vocabulary);
      // "the lamp", to "Lamp in the Kitchen or Lamp in the Bedroom?": still not one of them, so ask again.
      if (chosen === null) return askWhich(pending.text, tokenize(candidates[0]!.name).join(' '), candidates);
      if (chosen.length > 0) {
        const { pendingClarification: _answered, ...rest } = context;
        return this.planClauses(this.splitGoal(read(pending.text), vocabulary), devices, rest, vocabulary, read, chosen);
      }
    }
    return this.planClauses(this.splitGoal(read(text), vocabulary), devices, context, vocabulary, read, null);
  }

  /** What a phrase alone refers to ("the floor lamp"), for corrections and alias requests. */
  readReference(text: string, devices: PlannerDevice[]): ReferenceReading {
    const vocabulary = this.vocabularyOf(devices);
    const clause = parseClause(readRequest(text), vocabulary);
    const resolved = resolveClause(clause, devices, {}, [], null, vocabulary);
    const deviceIds = resolved.kind === 'clarify' ? resolved.pending.candidateIds : resolved.targets.map((device) => device.id);
    return readingOfReference(clause, deviceIds, resolved.kind === 'clarify', (token) => STOP_WORDS.has(token) || ACTION_WORDS.has(token) || QUESTION_WORDS.has(token));
  }

  /**
   * Built again only when what it reads changed (not the devices' state, availability or work):
   * building it, with WordNet's readings of every query's words, was most of a goal's planning.
   */
  private vocabularyOf(devices: PlannerDevice[]): Vocabulary {
    const last = this.lastVocabulary;
    // The registry hands the same profile arrays goal after goal: comparing them by reference spares
    // writing every device's capabilities out as JSON for each goal (half a millisecond for 32 devices).
    if (last && sameInputs(last.inputs, devices)) return last.vocabulary;
    const inputs = devices.map(vocabularyInput);
    const key = JSON.stringify(inputs);
    if (last?.key === key) {
      this.lastVocabulary = { ...last, inputs };
      return last.vocabulary;
    }
    this.lastVocabulary = { key, inputs, vocabulary: buildVocabulary(devices, this.wordNet) };
    return this.lastVocabulary.vocabulary;
  }

  /**
   * Clauses of a goal, where a device's whole name or alias is one unit: "turn on Bed and
   * breakfast lamp" is not cut at "and", nor a name with "then" or a comma in it.
   */
  private splitGoal(goal: RequestReading, vocabulary: Vocabulary): Clause[] {
    const { text, spans, tokens } = goal;
    const { longNames, places: allPlaces } = unitPhrases(vocabulary);
    const names = findPhrases(tokens, longNames, tokens.map(() => false));
    // "if it's warmer than 22 in the greenhouse open the vent": a place's name is a unit too, so a condition can end after it.
    const places = findPhrases(tokens, allPlaces, tokens.map(() => false));
    return splitClauses(text, [...names, ...places].map((match) => ({ start: spans[match.start]!.start, end: spans[match.end - 1]!.end })), readingWordReader(vocabulary));
  }

  /**
   * The person's answer to "which one do you mean?": names, aliases, places, "both", or the id the
   * question gave for devices alike in name and place. Null when the answer names the candidates
   * without picking one ("the lamp" where every candidate is a Lamp).
   */
  private resolveChoice(answer: RequestReading, candidates: PlannerDevice[], vocabulary: Vocabulary): PlannerDevice[] | null {
    const { tokens } = answer;
    if (ALL_OF_THEM.test(tokens.join(' '))) return candidates;
    const clause = parseClause(answer, vocabulary);
    const named = new Set(clause.named.map((match) => match.value));
    const areas = new Set(clause.areas.map((match) => match.value));
    const floors = new Set(clause.floors.map((match) => match.value));
    const inPlace = (device: PlannerDevice) => !!device.area && (areas.has(device.area.id) || (!!device.area.floor && floors.has(device.area.floor.id)));
    const nouns = new Set(clause.nouns.flatMap((match) => [...devicesOfNoun(vocabulary.devicesByNoun, match.value)]));
    let chosen: PlannerDevice[] | null;
    const byName = candidates.filter((device) => named.has(device.id));
    if (byName.length > 0) {
      // "the kitchen lamp", "the lamp upstairs": a place said with a name several share picks among them.
      const there = byName.filter(inPlace);
      chosen = there.length > 0 ? there : byName;
      if (chosen.length > 1 && chosen.length === candidates.length && shareOneName(chosen)) chosen = null;
    } else {
      const places = areas.size + floors.size > 0;
      chosen = candidates.filter((device) => (places && inPlace(device)) || (!places && nouns.has(device.id) && nouns.size < candidates.length));
    }
    if (chosen !== null && chosen.length > 0) return chosen;
    // "the left one" to "Left Bedside Lamp or Right Bedside Lamp?": a word of some candidates' names.
    if (chosen !== null) {
      // "jonas's" to "Jonas Blind or Priya Blind?": the owner's name is the word ("Tom's Bedside Lamp" keeps its "tom's").
      const said = tokens.filter((token) => !STOP_WORDS.has(token) && !ACTION_WORDS.has(token) && !QUESTION_WORDS.has(token)).flatMap((token) => [...new Set([token, withoutPossessive(token)])]);
      const byWord = narrowByModifiers(candidates, said);
      if (byWord.length < candidates.length) return byWord;
      // "arthur's" to "Bedside Lamp in Arthur's Room or Bedside Lamp in Grace's Room?": a word of some candidates' place (planner/place-word.ts).
      const byPlace = byPlaceWord(candidates, said);
      if (byPlace.length > 0 && byPlace.length < candidates.length) return byPlace;
    }
    // The last thing a question offers, for devices alike in name and place: their id, said back.
    const ids = findPhrases(tokens, candidates.map((device) => ({ words: tokenize(device.id), value: device.id })), tokens.map(() => false));
    return ids.length > 0 ? candidates.filter((device) => ids.some((match) => match.value === device.id)) : chosen;
  }

  /**
   * Clauses the splitter cut out of one request. "add eggs and butter to the shopping list" is cut
   * at "and" into "add eggs" (a verb, no device) and "butter to the shopping list" (the object goes
   * on, no verb): one request, said around its object, and one item ("eggs and butter", as Home
   * Assistant's lists take it). "remind me to call the dentist, add it to my list" refers back with
   * "it" to a clause that names no device: the agent needs both to know what "it" is.
   */
  private joinSharedObjects(clauses: Clause[], vocabulary: Vocabulary, read: RequestReader): Clause[] {
    const groups: Array<{ clause: Clause; head: string; objects: string[] }> = [];
    const textOf = (group: { head: string; objects: string[] }) =>
      group.objects.length === 0 ? group.head : formatList([group.head, ...group.objects]);
    // "stick eggs, flour and sugar on the shopping list": a verb no word list holds heads the items (object-list.ts).
    const verbHeads = verbHeadsOfItemsToGoal(clauses.map((piece) => parseClause(read(piece.text), vocabulary)), clauses.map((piece, at) => at > 0 && !piece.sequential && !piece.condition && !clauses[at - 1]!.condition && !piece.delayMs && !clauses[at - 1]!.delayMs), vocabulary.canBeVerb);
    for (const piece of clauses) {
      const last = groups.at(-1);
      if (last && !piece.sequential && !piece.condition && !last.clause.condition && !piece.delayMs && !last.clause.delayMs) {
        const before = parseClause(read(textOf(last)), vocabulary);
        const current = parseClause(read(piece.text), vocabulary);
        // The object goes on: the clause opens with it, not with a verb or a particle ("on the kitchen light").
        const opening = current.tokens[0] ?? '';
        // "turn the oil heater and the bedside lamp off": the closing particle is both verbs' (planner/shared-particle.ts).
        const particle = last.objects.length === 0 ? sharedParticle(before, current) : null;
        if (particle) last.head = `${last.head} ${particle}`;
        // "turn on the sauna and the kettle": a piece that is nothing but a device is another device
        // for the same verb, not an object of it; the unknown "sauna" stays a clause of its own.
        if (before.hasAction && !refersToSomething(before) && onlyReferences(current)) {
          groups.push({ clause: piece, head: `${before.actionPrefix} ${piece.text}`.trim(), objects: [] });
          continue;
        }
        // "add book the MOT and clean the gutters to the chores list": the piece's device is where both go.
        const goalOnly = ACTION_WORDS.has(opening) && referenceIsGoal(current);
        // "add hoover the stairs and walk the dog to the chore list": the head's device noun is its item's verb (object-list.ts).
        const verbHead = refersOnlyThroughVerbs(before) && referenceIsGoal(current);
        const items = ((goalOnly && !refersToSomething(before)) || verbHead) && before.hasAction && last.objects.length === 0 ? itemRequests(last.head, piece.text, current, read(piece.text).spans) : null;
        if (items) {
          last.head = items[0]!;
          groups.push({ clause: piece, head: items[1]!, objects: [] });
          continue;
        }
        if ((before.hasAction || verbHeads.has(clauses.indexOf(last.clause))) && !refersToSomething(before) && (goalOnly || (!ACTION_WORDS.has(opening) && !VERB_PARTICLES.has(opening)))) {
          last.objects.push(piece.text);
          continue;
        }
        if (!refersToSomething(before) && current.tokens.some((token) => token === 'it' || token === 'them')) {
          last.head = `${textOf(last)}, ${piece.text}`;
          last.objects = [];
          continue;
        }
      }
      groups.push({ clause: piece, head: piece.text, objects: [] });
    }
    return groups.map((group) => ({ ...group.clause, text: textOf(group) }));
  }

  private planClauses(pieces: Clause[], devices: PlannerDevice[], context: PlanContext, vocabulary: Vocabulary, read: RequestReader, forced: PlannerDevice[] | null): Plan {
    const clauses = this.joinSharedObjects(pieces, vocabulary, read);
    const byId = new Map(devices.map((device) => [device.id, device]));
    const steps: PlanStep[] = [];
    const unresolved: string[] = [];
    let previous: { clause: ClauseReferences; targets: PlannerDevice[] } | null = null;
    let previousSteps: PlanStep[] = [];
    let lastTargets = (context.lastDeviceIds ?? []).map((id) => byId.get(id)).filter((device): device is PlannerDevice => !!device);
    const nextId = () => `s${steps.length + 1}`;

    // "it's cold in here, turn the radiator up": the felt state is why; the command says what to do (felt-state.ts).
    const commanded = clauses.some((piece) => moodOf(piece.text) === 'command');

    for (const [index, piece] of clauses.entries()) {
      if (piece.conditionUnread) {
        unresolved.push(piece.text);
        continue;
      }
      if (commanded && !piece.condition && moodOf(piece.text) !== 'command' && vocabulary.feltRemedy?.(piece.text)) continue;
      let condition: StepCondition | undefined;
      let conditionSubject: string | undefined;
      let conditionAreas = new Set<string>();
      // "if the sitting room is warmer than arthur's room": both places read, the one compared with the other (compared-places.ts).
      const between = piece.condition ? placesCondition(piece.condition.text, devices, (text) => parseClause(read(text), vocabulary), (offset) => `s${steps.length + 1 + offset}`) : null;
      if (between) {
        steps.push(...between.readings);
        condition = between.condition;
        conditionAreas = new Set(between.devices[0].area ? [between.devices[0].area.id] : []);
        lastTargets = [between.devices[0]];
      } else if (piece.condition) {
        let conditionText = piece.condition.text;
        let parsed = parseClause(read(conditionText), vocabulary);
        // "turn the fan on in the conservatory if it's above 23 degrees in there" (there-place.ts).
        if (parsed.areas.length + parsed.floors.length === 0) {
          const request = parseClause(read(piece.text), vocabulary);
          const placed = conditionWithRequestPlace(conditionText, [...request.areas, ...request.floors].flatMap((match) => request.tokens.slice(match.start, match.end)));
          if (placed) {
            conditionText = placed;
            parsed = parseClause(read(placed), vocabulary);
          }
        }
        // "if the bathroom is more humid than 70%": the compared adjective names the reading, as "how humid" does in a question.
        const compared = comparedQuantityWords(parsed.tokens, vocabulary.quantityWords);
        const conditionClause = { ...parsed, condition: true, quantityWords: [...parsed.quantityWords, ...compared] };
        const resolved = resolveClause(conditionClause, devices, context, lastTargets, null, vocabulary);
        const said = readComparison(conditionText);
        let comparison = said && !said.quantity && new Set(compared).size === 1 ? { ...said, quantity: compared[0]! } : said && withReadingAfter(said, conditionText, readingWordReader(vocabulary));
        const test = comparison ? null : conditionOf(conditionClause);
        if (resolved.kind === 'clarify') return resolved;
        // "if it's below 10 outside": a place alone is read by its one measuring device (compared-place.ts).
        const placedIn = comparison && resolved.targets.length !== 1 && conditionClause.nouns.length + conditionClause.named.length === 0
          ? placeMeasuringDevice(saidPlaceOf(conditionClause), devices, { quantity: comparedQuantity(comparison) })
          : null;
        const placed = placedIn && (resolved.targets.length === 0 || resolved.targets.includes(placedIn.device)) ? placedIn : null;
        if (placed) comparison = { ...comparison!, quantity: placed.quantity };
        conditionSubject = comparison?.subject;
        const conditionTargets = placed ? [placed.device] : resolved.targets;
        if (conditionTargets.length !== 1 || (!test && !comparison)) {
          unresolved.push(`if ${piece.condition.text}`);
          continue;
        }
        const target = conditionTargets[0]!;
        // The place the condition speaks of: said there, else where the device it reads is.
        conditionAreas = new Set(conditionClause.areas.length > 0 ? conditionClause.areas.map((match) => match.value) : target.area ? [target.area.id] : []);
        const question = comparison ? readingQuestion(comparison, target.name) : test!.question;
        const step: PlanStep = { id: nextId(), deviceId: target.id, text: question, after: [] };
        steps.push(step);
        condition = comparison
          ? { stepId: step.id, expect: `${comparison.said} ${withUnit(comparison.value, comparison.unit)}`, negate: false, compare: { operator: comparison.operator, value: comparison.value, unit: comparison.unit, said: comparison.said } }
          : { stepId: step.id, expect: test!.expect, negate: test!.negate };
        lastTargets = conditionTargets;
      }

      let clause = parseClause(read(piece.text), vocabulary);
      const bare = clause;
      let inheritedTypes: Set<string> | null = null;
      const refers = refersToSomething(clause);
      if (!clause.hasAction && previous && refers) {
        // "turn on the lights in the kitchen and the hallway": the bare clause borrows the verb and the kind of device.
        clause = parseClause(read(`${previous.clause.actionPrefix} ${piece.text}`), vocabulary);
        if (clause.nouns.length === 0 && clause.named.length === 0) inheritedTypes = new Set(previous.targets.map((device) => device.type));
        if (previous.clause.quantified || previous.clause.nouns.some((noun) => noun.plural)) clause.quantified = true;
      }
      const inConditionPlace = forced ? null : meantInConditionPlace(clause, devices, conditionAreas, vocabulary);
      // "make the spotlights cooler white, about 5000 kelvin": a piece with neither verb nor device goes on with the clause before, where it can.
      const goesOn: PlannerDevice[] = !forced && !inConditionPlace && !clause.hasAction && !refers && !piece.condition && previous ? selectByCapability(previous.targets, clause, false) : [];
      const given = forced ?? inConditionPlace ?? (goesOn.length > 0 ? goesOn : null);
      let resolution: Resolution | Extract<Plan, { kind: 'clarify' }> = given ? { kind: 'targets', targets: given } : resolveClause(clause, devices, context, lastTargets, inheritedTypes, vocabulary);
      if (resolution.kind === 'clarify' && !inConditionPlace && clause.areas.length + clause.floors.length === 0 && !clause.pronoun) {
        // "turn on the operating lamp and the suction in surgery two": the list's closing place answers "which one?" (planner/list-place.ts).
        const next = clauses[index + 1];
        const place = next && !next.condition && !next.sequential ? listEndingPlace(parseClause(read(next.text), vocabulary)) : null;
        const placed: Resolution | Extract<Plan, { kind: 'clarify' }> | null = place ? resolveClause(parseClause(read(`${clause.text} ${place}`), vocabulary), devices, context, lastTargets, inheritedTypes, vocabulary) : null;
        const asked = new Set(resolution.pending.candidateIds);
        if (placed?.kind === 'targets' && placed.targets.length > 0 && placed.targets.every((device) => asked.has(device.id))) resolution = placed;
      }
      if (resolution.kind === 'clarify') return resolution;
      // "if the planters are below 30% moisture water them": "them" is the planters, not the sensor that read them (pronoun-subject.ts).
      const meant: string | null = condition && conditionSubject && clause.pronoun && !clause.isQuestion && resolution.targets.length > 0 && resolution.targets.every(onlyMeasures) ? withSubjectForPronoun(clause.text, conditionSubject) : null;
      const again: Resolution | Extract<Plan, { kind: 'clarify' }> | null = meant ? resolveClause(parseClause(read(meant), vocabulary), devices, context, [], inheritedTypes, vocabulary) : null;
      if (again?.kind === 'targets' && again.targets.length > 0 && !again.targets.some(onlyMeasures)) {
        clause = parseClause(read(meant!), vocabulary);
        resolution = again;
      }
      // "turn on the TV and set the volume to 30": a clause that names no device goes on with the
      // devices of the clause before, where their API can do it.
      if (resolution.targets.length === 0 && previous && !refers) {
        const continuing = selectByCapability(previous.targets, clause, false);
        if (continuing.length > 0) resolution = { kind: 'targets', targets: continuing };
      }
      if (resolution.targets.length === 0) {
        unresolved.push(piece.condition ? `${piece.text} (if ${piece.condition.text})` : piece.text);
        continue;
      }
      const detected = detectQuestion(clause.tokens, referenceTokens(clause), piece.text, clause.nameTokens);
      const question: QuestionSpec | undefined = detected ? { ...detected, group: `q${steps.length + 1}`, text: asQuestion(clause.text) } : undefined;
      // "open the kitchen window" to a window contact: a command a device that only reports cannot do.
      if (!question && !clause.isQuestion) {
        const obeying = obeyingTargets(clause, resolution.targets, devices);
        if (obeying.length === 0) {
          unresolved.push(piece.condition ? `${piece.text} (if ${piece.condition.text})` : piece.text);
          continue;
        }
        resolution = { ...resolution, targets: obeying };
      }
      const shared = previous && !piece.sequential && !piece.condition && !question && previousSteps.length > 0 ? sharedModifier(previous.clause, previous.targets, bare, resolution.targets) : null; // "open the vents and the screen halfway" (shared-modifier.ts)
      if (shared) for (const step of previousSteps) step.text = asSentence(`${step.text.replace(/[.!?\s]+$/, '')} ${shared}`);
      const after = [...(piece.sequential ? steps.map((step) => step.id) : []), ...(condition ? [condition.stepId] : []), ...(condition?.compare?.againstStepId ? [condition.compare.againstStepId] : [])];
      previousSteps = [];
      for (const device of resolution.targets) {
        const step: PlanStep = {
          id: nextId(),
          deviceId: device.id,
          text: question ? asQuestion(clause.text) : asSentence(resolution.texts?.get(device.id) ?? clause.text),
          after: [...new Set(after)],
          ...(condition ? { condition } : {}),
          ...(piece.delayMs ? { delayMs: piece.delayMs } : {}),
          ...(question ? { question } : {}),
        };
        steps.push(step);
        previousSteps.push(step);
      }
      previous = { clause, targets: resolution.targets };
      lastTargets = resolution.targets;
    }
    return { kind: 'steps', steps, unresolved };
  }

}
