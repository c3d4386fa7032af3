import { MeshmindError, toMeshmindError, type DeviceStateValues, type MappedCall, type ParameterSpec } from '@meshmind/protocol';
import { normaliseApiDocument, type NormalisedDocument, type NormalisedFunction } from '../api-document';
import { extractArguments } from '../arguments/argument-extractor';
import { scalingFactor } from '../arguments/scaling-verbs';
import { continuesItems, itemCalls, stateEntries } from '../arguments/list-items';
import type { HybridHit, HybridIndex } from '../search/hybrid-index';
import { toCandidate, type ReadStep, type SearchedStep } from './read-step';
import { createRequestReader, type Lexicon, type RequestReader, type RequestReading } from '@meshmind/language';
import { requestEvidence, requestWords, unanchoredPolarWords, type FunctionProfile } from './evidence';
import { answerAlreadySaid, asksToKnow, changesOnly, checksTheThing, knowingSign, readingFit, returnKindOf } from './mood';
import { moodAsked } from './indirect-question'; import { chatSpelled } from './dropped-letters'; import { judgedMood } from './addressee-question'; // "are you busy?": a yes/no question of the device judged by its words
import { isCoveredMeansOf, isExplainedMeansOf, isMeansOf, readSteps, withAntecedent } from './split-steps';
import { statesPurpose } from './purpose-step';
import { requestPath, type Path } from './path';
import { statedNeedPath } from './stated-need';
import { rewrittenRequest, type RewrittenRequest } from './request-rewrites';
import { settledCall } from './settled-call';
import { retrievalText, withoutNumbers } from './retrieval-text';
import { stepWords } from './step-words';
import type { SelfReferences } from './self-references';
import { meantLevelSetter } from './change-amount';
import { pairEvidence, type PairEvidence } from './runner-up';
import { borrowsWords, declinesFallback, namesOnlyTheBest } from './fallback-call';
import { callsByName, DEFAULT_SCOPE_THRESHOLDS, judgeScope, outOfScopeReason, type DocumentScope, type ScopeSignal, type ScopeThresholds, type ScopeVerdict } from './scope';
import { builtIndexFor, type BuiltIndex } from './built-index';
import type { SharedObjectContrast } from './shared-object';
import type { UnexplainedFit } from './unexplained-fit';
import type { TargetValues } from './target-value';
import { degreeReason, partialReason } from './cannot-do';
import { declineOfCall, dedicatedEnd, stepDeclinedAlone, unaskedDeed, unsaidAbsence, withSaidValues } from './call-declines';
import { mapperReadingsFor, type MapperReadings } from './mapper-readings';
import { leftValueCalls, saysOwnValue } from './left-value';
import { abstentionsOf, askedWhenUnsure, type Abstentions } from './unsure-call';
import { conditionHolds, conditionReason, ownWordsOf, readStateCondition } from './state-condition';
import { DEFAULT_DISAGREEMENT_MARGIN, DEFAULT_MATCH_THRESHOLD, DEFAULT_MINIMUM_MARGIN, type ApiMapper, type ApiMapperOptions, type Candidate, type Lead, type MapOptions, type MapResult } from './api-mapper-options';

/** How far below the best candidate a function may score and still win by having its arguments. */
const FEASIBILITY_MARGIN = 0.08;
/**
 * How far a sensitive function (unlock, release an emergency stop) must lead every other plausible
 * function to be chosen. A near tie means retrieval cannot tell them apart ("stop" meets both the
 * emergency stop and its release); then the person should not be asked to confirm a guess. A rival none of the words explain is no tie: "lift the garage door" is not a stop.
 */
const SENSITIVE_LEAD = 0.05;
/** Larger than any score: an action can only answer a question when the device has no reading at all. */
const QUESTION_ACTION_PENALTY = 1;
const CONFIDENCE_TEMPERATURE = 0.03;
/** Functions reranked on evidence: every function of a device, the best of a large index. */
const RERANK_DEPTH = 24;
/** How far ahead a level setter goes of the function whose words the request used ("open ... to 50%"). */
const LEVEL_SETTER_LEAD = 0.05;
/** Weights of the evidence next to the hybrid score (0..1), tuned on the dev split: a value the request names that only one function can take
 * outweighs a similar-sounding neighbour, and an opposite polar word (off for on) outweighs a shared object noun. */
const EVIDENCE_WEIGHTS = { path: 0.08, mood: 0.08, polarity: 0.12, direction: 0.08, argumentFit: 0.12, missing: 0.1, unused: 0.1, answerKind: 0.06, degree: 0.12 };

/**
 * The device agent's retrieval: subtask text -> the chosen function(s) of its own API document and
 * their arguments. Below the threshold, or with a required value missing, it answers
 * "not executable" with the closest candidates instead of guessing.
 */
export async function createApiMapper(options: ApiMapperOptions): Promise<ApiMapper> {
  const normalised = normaliseApiDocument(options.document, options.parameterRanges);
  // Before any index is built: an empty document has nothing to embed and nothing to choose.
  if (normalised.functions.length === 0) throw new MeshmindError('E_INVALID_PAYLOAD', 'the API document has no functions');
  return new HybridApiMapper(await builtIndexFor(normalised, options), options);
}

class HybridApiMapper implements ApiMapper {
  readonly document: NormalisedDocument;
  readonly language: string;
  /** Whether a text state says what the device measures (a sensor's class): mapper/answer-type-unmet.ts. */
  private readonly stateSaysWhat: boolean;
  readonly warnings: readonly string[];
  readonly index: HybridIndex;
  private readonly lexicon: Lexicon | undefined;
  /** Foreign identifiers read into English (function-views.ts): their words say a query wherever they stand. */
  private readonly byName: Map<string, NormalisedFunction>;
  private readonly profiles: Map<string, FunctionProfile>;
  private readonly kinds: Map<string, 'action' | 'query'>;
  private readonly selfNoun: string | undefined;
  private readonly threshold: number;
  private readonly topK: number;
  private readonly minimumMargin: number;
  private readonly disagreementMargin: number;
  private readonly abstentions: Abstentions;
  private readonly scope: DocumentScope;
  private readonly scopeThresholds: ScopeThresholds | false;
  /** Whether any function takes a number: a number said is then in the document's terms. */
  private readonly takesNumber: boolean;
  /** Whether a function takes a free-text item ("add toilet paper"): then any words may be its value, and none is out of scope. */
  private readonly takesItems: boolean;
  /** Onto the device or off it ("put milk on the list", "take milk off it"): weighed only where the functions differ in that path. */
  private readonly deviceNouns: Set<string>;
  private readonly paths: Map<string, Path>;
  private readonly pathsDiffer: boolean;
  private readonly isVerb: ((word: string) => boolean) | undefined;
  /** Whether any function takes a share ("halfway", "30%"): if none does, such a request is declined, not done fully. */
  private readonly acceptsPercentage: boolean;
  private readonly contrast: SharedObjectContrast;
  private readonly unexplained: UnexplainedFit;
  private readonly unaccounted: MapperReadings['unaccounted'];
  private readonly itemDeeds: MapperReadings['itemDeeds'];
  /** The value a command names ("on hdmi 1", "to blue") is held by the call made or the request is declined (mapper/target-value.ts). */
  private readonly targets: TargetValues;
  private readonly destinations: MapperReadings['destinations'];
  private readonly defined: MapperReadings['defined'];
  /** The request as said, its steps and the text the percentage check reads are often one text: read once. */
  private readonly reading: RequestReader = createRequestReader();

  constructor(built: BuiltIndex, options: ApiMapperOptions) {
    const { document, views, index } = built;
    this.document = document;
    this.language = views.language;
    this.stateSaysWhat = Object.values(document.state).some((field) => field.type === 'string');
    this.warnings = views.warnings;
    this.index = index;
    this.lexicon = options.lexicon;
    // Read once per document, noun and lexicon, and shared by the agents of this process (mapper/mapper-readings.ts).
    const readings = mapperReadingsFor(built, options);
    this.byName = readings.byName;
    this.profiles = readings.profiles;
    this.kinds = readings.kinds;
    this.selfNoun = readings.selfNoun;
    this.threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
    this.topK = options.topK ?? 3;
    this.minimumMargin = options.minimumMargin ?? DEFAULT_MINIMUM_MARGIN;
    this.disagreementMargin = options.disagreementMargin ?? DEFAULT_DISAGREEMENT_MARGIN;
    this.abstentions = abstentionsOf(options);
    this.scope = readings.scope;
    this.scopeThresholds = options.scope ?? DEFAULT_SCOPE_THRESHOLDS;
    this.takesItems = readings.takesItems;
    this.takesNumber = readings.takesNumber;
    this.deviceNouns = readings.deviceNouns;
    this.paths = readings.paths;
    this.pathsDiffer = readings.pathsDiffer;
    this.isVerb = options.lexicon?.wordNet ? (word: string) => options.lexicon!.wordNet!.isVerb(word) : undefined;
    this.acceptsPercentage = readings.acceptsPercentage;
    this.targets = readings.targets;
    this.destinations = readings.destinations;
    this.defined = readings.defined;
    this.contrast = readings.contrast;
    this.unexplained = readings.unexplained;
    this.unaccounted = readings.unaccounted;
    this.itemDeeds = readings.itemDeeds;
  }

  async candidates(text: string, k = this.topK): Promise<Candidate[]> {
    return (await this.rank(this.readStep(text), k)).slice(0, k).map(toCandidate);
  }

  async map(asked: string, state: DeviceStateValues = {}, mapOptions: MapOptions = {}): Promise<MapResult> {
    const forbidden = await unaskedDeed(chatSpelled(asked, this.document, this.lexicon?.wordNet), { scope: this.scope, document: this.document, mapDeed: (deed) => this.map(deed, state, mapOptions), ownWord: ownWordsOf(this.deviceNouns, mapOptions.references), selfNoun: this.selfNoun, wordNet: this.lexicon?.wordNet, takesItems: this.takesItems, state }); // "don't unlock the door", "leave the blinds where they are", "I'll unlock it myself", "the fan": declined, not done (mapper/unasked-deed.ts)
    if (forbidden) return forbidden;
    // "is it on? if not, turn it on": a command under a condition on the device's own state, read in that state (mapper/state-condition.ts).
    const conditional = readStateCondition(asked, this.document, ownWordsOf(this.deviceNouns, mapOptions.references), this.lexicon?.wordNet);
    if (conditional) {
      if (conditionHolds(conditional, state) === true) return this.map(conditional.command, state, mapOptions);
      return { kind: 'not_executable', reason: conditionReason(conditional, state, this.selfNoun), candidates: [], ranking: [] };
    }
    // The request read as meant: a typing slip as the document's word, a stated excess as its remedy, the verb's sense, the device's own names out (mapper/request-rewrites.ts).
    const context = { document: this.document, profiles: this.profiles, wordNet: this.lexicon?.wordNet, reading: this.reading, takesItems: this.takesItems };
    const rewritten = rewrittenRequest(asked, state, mapOptions.references, context);
    const result = await this.mapRewritten(rewritten, state, mapOptions);
    // A command that cannot be read without the statement beside it is read with it: "it's boiling in here, get the fan going" (mapper/stated-context.ts).
    if (result.kind !== 'not_executable' || !rewritten.statedContextDropped) return result;
    return this.mapRewritten(rewrittenRequest(asked, state, mapOptions.references, { ...context, keepsStatedContext: true }), state, mapOptions);
  }

  private async mapRewritten({ request, said, text }: RewrittenRequest, state: DeviceStateValues, mapOptions: MapOptions): Promise<MapResult> {
    // Out of scope only when both readings are: "TV unpause" reads as "play" once "TV" is out.
    let scope = await this.scopeSignal(text, mapOptions.references);
    if ((scope.out || !scope.weakAction) && text !== said) {
      const asSaid = await this.scopeSignal(said, mapOptions.references); // "open the conservatory." to its light: "open" meets nothing, read with its object
      scope = scope.out ? (asSaid.out ? scope : asSaid) : asSaid.weakAction ? { ...scope, weakAction: asSaid.weakAction } : scope;
    }
    if (scope.out) return this.outOfScope(said, scope);
    const first = await this.mapText(text, state, text !== said && this.pathsDiffer ? requestPath(said, this.deviceNouns) : 0);
    // Read without its references, a short request can fall below the threshold ("deactivate the lights in
    // the home" -> "deactivate in the home"): then the words as said decide, and quote them where neither fits.
    const result = withSaidValues(await stepDeclinedAlone(first.kind === 'not_executable' && text !== said ? await this.mapText(said, state) : first, text, { lexicon: this.lexicon, takesItems: this.takesItems, readAction: (step) => this.scope.read(step, mapOptions.references, 'command').action }, (step) => this.map(step, state, mapOptions)), request, this.byName); // each step doable alone (mapper/lone-steps.ts); values from the words as said (mapper/said-values.ts)
    const decline = declineOfCall(result, {
      said, request, scope, state, byName: this.byName, functions: this.document.functions, lexicon: this.lexicon, reading: this.reading, selfNoun: this.selfNoun,
      deviceNouns: this.deviceNouns, nounPhrases: this.document.nouns, names: mapOptions.references?.names ?? [], places: mapOptions.references?.words, language: this.language, stateSaysWhat: this.stateSaysWhat, kinds: this.kinds,
      readScope: (text) => this.scope.read(text, mapOptions.references, 'question'), functionWords: (name) => this.scope.wordsOf(name), stateFields: Object.keys(this.document.state ?? {}), actionJudged: this.scopeThresholds !== false && this.scopeThresholds.action !== undefined,
    }); // a time it cannot keep, a reading it cannot give, words no function meets (mapper/call-declines.ts)
    if (decline && 'reason' in decline) return this.outOfScope(said, scope, decline.reason);
    const declined = decline?.unmet;
    const readings = [this.reading(said), this.reading(text)];
    // Nor a deed on a thing the call does not do (mapper/unaccounted-word.ts), nor a verb no function of a list does (mapper/item-deed.ts).
    const unaccounted = declined === undefined ? (this.unaccounted.read(result, readings, mapOptions.references) ?? this.itemDeeds.read(result, [this.reading(request), ...readings], mapOptions.references)) : undefined;
    if (declined || unaccounted) return this.outOfScope(said, { ...scope, ...(unaccounted ?? { unmet: [declined!] }) });
    const paused = unsaidAbsence(dedicatedEnd(settledCall(result, said, this.reading(said), state, this.byName, this.lexicon?.wordNet, request), this.reading(said), this.byName), said, this.profiles, this.kinds, this.lexicon?.wordNet); // "stop it for now": its pause (paused-for-a-while.ts); "a bit brighter" of an off lamp: switched on (settled-call.ts); "open it all the way": open_valve (dedicated-end.ts)
    return askedWhenUnsure(paused, said, scope, this.abstentions, this.byName, this.language, { mood: this.reading(said).mood, kinds: this.kinds, readStep: (step) => this.scope.read(step, mapOptions.references), ...(this.lexicon?.wordNet ? { wordNet: this.lexicon.wordNet } : {}) }); // two near functions the words do not tell apart, or a call nothing grounds: ask (mapper/doubtful-call.ts, mapper/unsure-call.ts)
  }

  /** The scope check of mapper/scope.ts on one reading of the request; the nearest function's similarity is measured only where needed. */
  private scopeSignal(said: string, references: SelfReferences | undefined): Promise<ScopeVerdict> {
    const { numbers } = this.reading(said), mood = moodAsked(this.reading(said), this.lexicon?.wordNet); // "figure out where you are" asks as "where are you?" does
    const nearest = async () => {
      const step = this.readStep(said);
      return Math.max(0, ...(await this.index.search(step.query, RERANK_DEPTH, step.queryWithoutNumbers)).map((hit) => hit.semantic));
    };
    // A number said to a device that takes one ("bring the blinds down to 10%", "halve the brightness") is in the document's terms.
    const vouched = this.takesItems || ((numbers.length > 0 || scalingFactor(said) !== undefined) && this.takesNumber) || callsByName(said, references);
    return judgeScope(this.scope.read(said, references, mood), { mood: judgedMood(this.reading(said), mood), vouched, thresholds: this.scopeThresholds, nearest });
  }

  private async outOfScope(said: string, scope: ScopeVerdict & { reason?: string }, reason?: string): Promise<MapResult> {
    const shown = (await this.rank(this.readStep(said), this.topK)).slice(0, this.topK).map(toCandidate);
    return {
      kind: 'not_executable',
      reason: reason ?? scope.reason ?? outOfScopeReason(this.selfNoun, scope.unmet, scope.content, said, scope.opposite),
      candidates: shown.map((candidate) => candidate.function),
      ranking: shown,
      scope: scope.signal,
    };
  }

  private readStep(text: string): ReadStep {
    const reading = this.reading(text);
    const words = stepWords(reading, this.reading, this.lexicon);
    const query = retrievalText(text, this.selfNoun, this.lexicon?.wordNet);
    return {
      text,
      reading,
      mood: moodAsked(reading, this.lexicon?.wordNet),
      wanted: reading.answerKind,
      words,
      unanchored: unanchoredPolarWords(words, this.profiles.values()),
      query,
      queryWithoutNumbers: withoutNumbers(query),
    };
  }

  // The hybrid score says what the request is about; the evidence says which of the functions about
  // it fits: questions ask for readings and commands for changes, opposite polar words exclude each
  // other, and a value only one function can take points at that function.
  private async rank(step: ReadStep, k: number, state: DeviceStateValues = {}, carried: Readonly<Record<string, unknown>> = {}, saidPath: Path = 0): Promise<HybridHit[]> {
    const { mood, wanted } = step;
    const asking = mood !== 'question' && asksToKnow(step.query, this.lexicon), checking = asking && checksTheThing(step.query, this.lexicon); // "identify the empty slots of shelf 1" asks to be told: no move answers it; "check the garage door" no change (mapper/knowing-verb.ts)
    // Where the device's name was read out with its preposition ("pop it onto the list" -> "pop it"), the words as said give the path.
    const path = this.pathsDiffer ? requestPath(step.text, this.deviceNouns) || saidPath || (mood === 'question' ? 0 : statedNeedPath(step.text, this.lexicon?.wordNet)) : 0; // "we need soap": onto the list (mapper/stated-need.ts)
    const hits = (await this.index.search(step.query, Math.max(k, RERANK_DEPTH), step.queryWithoutNumbers)).map((hit) => {
      const fn = this.byName.get(hit.id)!;
      const kind = this.kinds.get(fn.name)!;
      const moodSign = mood === 'question' ? (kind === 'query' ? 1 : -1) : asking ? knowingSign(this.profiles.get(hit.id)!, this.lexicon) : mood === 'command' && kind === 'query' ? -1 : 0;
      const hasCurrent = (parameter: ParameterSpec) => typeof state[fn.effects?.find((effect) => effect.parameter === parameter.name)?.key ?? parameter.name] === 'number';
      const evidence = requestEvidence(step.words, this.profiles.get(hit.id)!, this.lexicon, hasCurrent, (parameter) => carried[parameter.name] !== undefined, step.unanchored);
      const given = wanted ? returnKindOf(fn, this.profiles.get(hit.id)!.nameStems) : undefined;
      const answerSign = wanted && given ? (wanted === given ? 1 : -1) : 0;
      const adjustment =
        EVIDENCE_WEIGHTS.path * path * this.paths.get(hit.id)! +
        EVIDENCE_WEIGHTS.mood * moodSign +
        EVIDENCE_WEIGHTS.answerKind * answerSign +
        // Which end of an opposition a request names picks between the ends; it does not make a function relevant.
        (evidence.polarityByPole && hit.score < this.threshold ? 0 : EVIDENCE_WEIGHTS.polarity * (mood === 'question' && fn.kind === 'query' && fn.returnType === 'boolean' ? Math.max(0, evidence.polarity) : evidence.polarity)) + // a yes or a no answers either end: "has the alarm gone off?" reads is_on
        EVIDENCE_WEIGHTS.direction * evidence.direction +
        EVIDENCE_WEIGHTS.argumentFit * evidence.argumentFit +
        EVIDENCE_WEIGHTS.degree * (evidence.degree + this.targets.fit(fn, step.reading) + this.destinations.fit(fn, step.reading) + this.defined.fit(fn, step.query) + readingFit(fn, step.reading, this.document, this.lexicon?.wordNet)) -
        EVIDENCE_WEIGHTS.unused * Math.min(1, evidence.unused) -
        EVIDENCE_WEIGHTS.missing * Math.min(1, evidence.missing);
      // A question never changes the device: "is the door unlocked?" must read the lock, not unlock it; nor asks what it says (mapper/answer-given.ts).
      // Only where the API document declares its kinds: a guessed kind ("scan" takes a shelf) is no ground for a veto.
      const questionAction = ((mood === 'question' || (checking && changesOnly(this.profiles.get(hit.id)!, this.lexicon))) && fn.kind === 'action') || answerAlreadySaid(fn, step.reading, state, this.lexicon?.wordNet, this.document.functions) ? QUESTION_ACTION_PENALTY : 0;
      return { ...hit, score: hit.score + adjustment - questionAction };
    });
    hits.sort((left, right) => right.score - left.score);
    this.unexplained.adjust(hits, step.query, step.reading.numbers.length > 0); // an argument fit alone explains nothing (mapper/unexplained-fit.ts)
    // Close candidates that take the same object are told apart by the words that differ (mapper/shared-object.ts).
    this.contrast.adjust(hits, step.query, step.text); // the deed is read from the words as said (mapper/made-or-joined.ts)
    hits.sort((left, right) => right.score - left.score);
    // "open the curtains to 50%", "close them by 10%": the level is set by the function that takes it; the verb gives the direction.
    const first = hits[0] && this.byName.get(hits[0].id);
    const setter = first && mood !== 'question' ? meantLevelSetter(step.text, first, this.byName.values(), state, this.lexicon?.wordNet) : undefined; // or moved by an amount (mapper/change-amount.ts)
    const setterHit = setter && hits.find((hit) => hit.id === setter.name);
    if (setterHit) {
      setterHit.score = hits[0]!.score + LEVEL_SETTER_LEAD;
      hits.sort((left, right) => right.score - left.score);
    }
    const top = hits[0]?.score ?? 0;
    const exponentials = hits.map((hit) => Math.exp((hit.score - top) / CONFIDENCE_TEMPERATURE));
    const total = exponentials.reduce((sum, value) => sum + value, 0);
    return hits.map((hit, position) => ({ ...hit, confidence: exponentials[position]! / total }));
  }

  /** The steps of a request, each read and ranked once; a trailing clause that matches nothing well joins the step before. */
  private async searchSteps(text: string, state: DeviceStateValues, saidPath: Path): Promise<SearchedStep[]> {
    const searched: SearchedStep[] = [];
    for (const { text: said, joined } of readSteps(text, this.lexicon)) {
      const previous = searched.at(-1);
      const read = this.readStep(withAntecedent(said, previous?.read.text));
      const hits = await this.rank(read, this.topK, state, {}, saidPath);
      // "... and tell me what it holds" belongs to the step before, as does a second item of the same list ("add X and clean Y").
      if (previous && ((hits[0]?.score ?? 0) < this.threshold || continuesItems(joined, said, this.byName.get(previous.hits[0]?.id ?? ''), this.byName.get(hits[0]?.id ?? '')))) {
        previous.read = this.readStep(`${previous.read.text} and ${said}`);
        continue;
      }
      if (previous && (isMeansOf(joined, previous.hits, hits, FEASIBILITY_MARGIN) || this.explainsMeans(joined, previous, said, hits))) searched.pop(); // "scan around and make a map": how, not a call (mapper/means-step.ts)
      searched.push({ read, ...(joined ? { joined } : {}), hits });
    }
    return searched;
  }

  /** Whether the words of the step before say how `said` is done (mapper/means-step.ts), read only for steps joined by a plain "and". */
  private explainsMeans(joined: 'and' | 'sequence' | undefined, previous: SearchedStep, said: string, hits: HybridHit[]): boolean {
    if (joined !== 'and') return false;
    const before = this.scope.read(previous.read.text);
    return isExplainedMeansOf(joined, before.support, previous.hits, hits) || isCoveredMeansOf(joined, before.explained, before.content.length, previous.hits, hits, this.scope.read(said).explained);
  }

  /**
   * Close candidates compete on their arguments: "switch the lamp on" is not set_color_temperature
   * when no temperature is given. If none can be filled, the best one's reason is reported.
   */
  private chooseCall(
    step: RequestReading,
    hits: HybridHit[],
    state: DeviceStateValues,
    carried: Readonly<Record<string, unknown>>,
    scoped: () => { support?: ReadonlyMap<string, number>; explained?: ReadonlyMap<string, ReadonlySet<number>>; content?: readonly string[] },
  ): { hit: HybridHit; arguments: Record<string, unknown>; unfit: Set<string> } | { reason: string } {
    const top = hits[0]!;
    let firstFailure: string | undefined, valueRefused: NormalisedFunction | false = false;
    // Functions that could not be called (sensitive near a tie, or missing a value): no runner-up for the margin.
    const unfit = new Set<string>();
    for (const hit of hits) {
      if (hit.score < this.threshold || hit.score < top.score - FEASIBILITY_MARGIN) break;
      const fn = this.byName.get(hit.id)!;
      if (hit !== top && (declinesFallback(fn, scoped().support, top.score - hit.score, this.byName.get(top.id)!.sensitive, valueRefused, this.language, step.mood) || namesOnlyTheBest(step.words, this.profiles.get(top.id), this.profiles.get(hit.id), this.kinds.get(hit.id), this.lexicon?.wordNet))) { unfit.add(hit.id); continue; } // no fallback the request does not explain or whose thing it does not name (mapper/fallback-call.ts)
      if (hit !== top && borrowsWords(fn, hits.slice(0, hits.indexOf(hit)).map((above) => this.byName.get(above.id)!), scoped(), this.language, step.mood, this.lexicon?.wordNet)) continue; // not called, yet a reading a lower one must beat (fallback-call.ts)
      if (fn.sensitive && hits.some((other) => other !== hit && !this.byName.get(other.id)!.sensitive && other.score >= Math.max(this.threshold, hit.score - SENSITIVE_LEAD) && (scoped().support?.get(other.id) ?? 1) > 0)) {
        firstFailure ??= `${hit.id} is sensitive and the request fits another function almost as well`;
        unfit.add(hit.id);
        continue;
      }
      const unheld = this.targets.unheld(fn, step);
      if (unheld) { firstFailure ??= unheld; unfit.add(hit.id); continue; }
      const extraction = extractArguments(step, fn, state, carried, this.isVerb, this.lexicon?.wordNet, this.deviceNouns);
      if (extraction.ok) return { hit, arguments: extraction.arguments, unfit };
      firstFailure ??= extraction.reason;
      unfit.add(hit.id); valueRefused ||= (extraction.outOfRange === true || extraction.wayUnknown === true) && fn;
    }
    return { reason: firstFailure ?? 'no candidate fits' };
  }

  private async mapText(text: string, state: DeviceStateValues, saidPath: Path = 0): Promise<MapResult> {
    try {
      // A question may compare a reading with a share ("is the humidity above 70%?"): only a command is declined.
      const whole = this.reading(text);
      if (!this.acceptsPercentage && whole.mood !== 'question' && whole.givesPercentage) {
        const shown = (await this.rank(this.readStep(text), this.topK, state)).slice(0, this.topK).map(toCandidate);
        return { kind: 'not_executable', reason: partialReason(this.selfNoun), candidates: shown.map((candidate) => candidate.function), ranking: shown };
      }
      const searched = await this.searchSteps(text, state, saidPath);
      const ranking = searched[0]?.hits.slice(0, this.topK).map(toCandidate) ?? [];
      const candidates = ranking.map((candidate) => candidate.function);
      const calls: MappedCall[] = [];
      const leads: Lead[] = [];
      let carried: Record<string, unknown> = {};
      for (const { read, joined, hits: firstHits } of searched) {
        // A later step is ranked again with the values of the steps before it ("... and then check it").
        const hits = Object.keys(carried).length > 0 ? await this.rank(read, this.topK, state, carried, saidPath) : firstHits;
        const top = hits[0];
        const shown = hits.slice(0, this.topK).map(toCandidate);
        const notExecutable = (reason: string): MapResult => ({ kind: 'not_executable', reason, candidates: shown.map((candidate) => candidate.function), ranking: shown });
        // A step joined by a plain "and" that the call before it also answers is that call's
        // consequence, not a second call: "return to the docking station and charge up" docks once,
        // to charge. Steps in sequence ("and then", "after that") are always calls of their own.
        const previousCall = calls.at(-1);
        if (joined === 'and' && previousCall && top && hits.some((hit) => hit.id === previousCall.function && hit.score >= top.score - FEASIBILITY_MARGIN) && !saysOwnValue(read.reading, this.byName.get(previousCall.function), this.document.functions)) continue;
        if (joined === 'and' && previousCall && top && this.kinds.get(previousCall.function) === 'action' && this.kinds.get(top.id) === 'query' && statesPurpose(read, this.lexicon)) continue; // "dock and top up your battery": the dock's purpose (mapper/purpose-step.ts)
        const cannot = (top && this.targets.unheld(this.byName.get(top.id)!, read.reading)) ?? degreeReason(read.words.degree, this.selfNoun, this.document.functions);
        // A value no function holds, or a degree no level answers (nor a reading: "make it warmer", no level known), says what it cannot do.
        if (!top || top.score < this.threshold || (read.words.degree && this.byName.get(top.id)!.kind === 'query')) return notExecutable(cannot ?? `no function of this device matches "${read.text}" well enough`);
        const chosen = this.chooseCall(read.reading, hits, state, carried, () => this.scope.read(read.text));
        if ('reason' in chosen) return notExecutable(chosen.reason);
        const runnerUp = hits.find((hit) => hit.id !== chosen.hit.id && !chosen.unfit.has(hit.id));
        const margin = chosen.hit.score - (runnerUp?.score ?? 0);
        if (margin < this.minimumMargin) return notExecutable(`the request fits ${chosen.hit.id} and ${runnerUp?.id ?? 'another function'} about equally`);
        const wordsDisagree = runnerUp !== undefined && runnerUp.lexical > chosen.hit.lexical;
        if (wordsDisagree && margin < this.disagreementMargin) return notExecutable(`the request's words fit ${runnerUp.id} better and its meaning fits ${chosen.hit.id} only a little better`);
        const pair = runnerUp ? pairEvidence(read.words.stems, chosen.hit, this.profiles.get(chosen.hit.id)!, runnerUp, this.profiles.get(runnerUp.id)!) : undefined;
        const best = toCandidate(chosen.hit);
        const repeated = previousCall !== undefined && previousCall.function === best.function && JSON.stringify(previousCall.arguments) === JSON.stringify(chosen.arguments);
        const fn = this.byName.get(best.function)!;
        if (!repeated) for (const each of itemCalls(fn, chosen.arguments, read.text, stateEntries(state), this.lexicon?.wordNet)) {
          calls.push({ function: best.function, arguments: each, confidence: best.confidence, margin: Math.round(margin * 1000) / 1000 });
          leads.push({ function: best.function, margin, wordsDisagree, hit: { score: chosen.hit.score, semantic: chosen.hit.semantic, lexical: chosen.hit.lexical }, ...(pair ? { pair } : {}), ...(runnerUp ? { runnerUp: runnerUp.id } : {}), ...(searched.length > 1 ? { step: read.text } : {}) });
        }
        // "on cool at 19": a level the chosen call did not take is set by the one function that takes it (mapper/left-value.ts), unless an earlier step set it so.
        for (const left of leftValueCalls(read.reading, fn, chosen.arguments, this.document.functions, state, repeated && joined === 'and')) { if (calls.some((call) => call.function === left.function && JSON.stringify(call.arguments) === JSON.stringify(left.arguments))) continue; calls.push({ ...left, confidence: best.confidence, margin: Math.round(margin * 1000) / 1000 }); leads.push({ function: left.function, margin, wordsDisagree }); }
        carried = { ...carried, ...chosen.arguments };
      }
      if (calls.length === 0) return { kind: 'not_executable', reason: 'the request is empty', candidates, ranking };
      return { kind: 'call', calls, candidates, ranking, leads };
    } catch (error) {
      throw toMeshmindError(error);
    }
  }
}
