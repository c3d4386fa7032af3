import type { Plan, PlanContext, PlannedSubtask, Planner, PlannerDevice } from './planner';
import { asSentence, findPhrases, normalise, singularForms, tokenize, type PhraseMatch } from './text';

/** Words that make a clause a command or a question rather than a bare list of places or devices. */
const ACTION_WORDS = new Set(
  `turn switch set open close shut lock unlock start stop pause resume play dim brighten raise lower increase decrease
   make put add remove delete complete finish mark change adjust activate deactivate enable disable mute unmute return
   send go move clean vacuum water run read tell show list check what whats is are how does do skip next previous
   kill cut power boost reduce crank bump drop heat cool warm arm disarm dock toggle select choose resume halt`
    .split(/\s+/)
    .filter(Boolean),
);
const QUESTION_WORDS = new Set(['what', 'whats', 'is', 'are', 'how', 'does', 'do', 'which', 'tell', 'show', 'list', 'check', 'read']);
const QUANTIFIERS = new Set(['all', 'every', 'each', 'both', 'everything']);
const PRONOUNS = new Set(['it', 'them', 'they', 'those', 'these']);
const STOP_WORDS = new Set(
  'the a an to of in on at my our your please and then for with by from into up down off is are be it its this that me us'.split(' '),
);
/** Unit words that point at a kind of quantity, so "set the bedroom to 19 degrees" finds a thermostat. */
const QUANTITY_HINTS: Record<string, string[]> = {
  degrees: ['temperature'],
  degree: ['temperature'],
  celsius: ['temperature'],
  fahrenheit: ['temperature'],
  warmer: ['temperature'],
  colder: ['temperature'],
  cooler: ['temperature'],
  hot: ['temperature'],
  cold: ['temperature'],
  brighter: ['brightness'],
  dimmer: ['brightness'],
  louder: ['volume'],
  quieter: ['volume'],
};
const CLAUSE_SEPARATOR = /\s*(?:[,;!?]|\.(?!\d)|\band then\b|\bthen\b|\bafter that\b|\bafterwards\b|\band also\b|\balso\b|\band\b|\bplus\b)\s*/;

interface ClauseReferences {
  text: string;
  tokens: string[];
  hasAction: boolean;
  isQuestion: boolean;
  named: Array<PhraseMatch<string>>;
  areas: Array<PhraseMatch<string>>;
  floors: Array<PhraseMatch<string>>;
  nouns: Array<PhraseMatch<string>>;
  quantified: boolean;
  pronoun: boolean;
  /** Tokens before the first reference: the verb phrase a following bare clause inherits. */
  actionPrefix: string;
}

interface Vocabulary {
  names: Array<{ words: string[]; value: string }>;
  areas: Array<{ words: string[]; value: string }>;
  floors: Array<{ words: string[]; value: string }>;
  nouns: Array<{ words: string[]; value: string }>;
  devicesByNoun: Map<string, Set<string>>;
}

function words(text: string): string[] {
  return tokenize(text);
}

function buildVocabulary(devices: PlannerDevice[]): Vocabulary {
  const names: Vocabulary['names'] = [];
  const areas = new Map<string, string[][]>();
  const floors = new Map<string, string[][]>();
  const devicesByNoun = new Map<string, Set<string>>();
  const addNoun = (noun: string, deviceId: string) => {
    const key = words(noun).join(' ');
    if (!key) return;
    let set = devicesByNoun.get(key);
    if (!set) devicesByNoun.set(key, (set = new Set()));
    set.add(deviceId);
  };
  for (const device of devices) {
    for (const label of [device.name, ...device.aliases]) {
      names.push({ words: words(label), value: device.id });
      // The head word of a name ("Bedroom blinds" -> "blinds") is a noun for this device alone.
      const head = words(label).at(-1);
      if (head) addNoun(head, device.id);
    }
    for (const noun of device.nouns) addNoun(noun, device.id);
    const area = device.area;
    if (area) areas.set(area.id, [words(area.name), words(area.id.replace(/_/g, ' ')), ...area.aliases.map(words)]);
    if (area?.floor) floors.set(area.floor.id, [words(area.floor.name), ...area.floor.aliases.map(words)]);
  }
  const flatten = (map: Map<string, string[][]>) => [...map].flatMap(([value, list]) => list.map((entry) => ({ words: entry, value })));
  return {
    names,
    areas: flatten(areas),
    floors: flatten(floors),
    nouns: [...devicesByNoun.keys()].map((noun) => ({ words: noun.split(' '), value: noun })),
    devicesByNoun,
  };
}

function parseClause(text: string, vocabulary: Vocabulary): ClauseReferences {
  const tokens = tokenize(text);
  const taken = tokens.map(() => false);
  const named = findPhrases(tokens, vocabulary.names, taken);
  const areas = findPhrases(tokens, vocabulary.areas, taken);
  const floors = findPhrases(tokens, vocabulary.floors, taken);
  const nouns = findPhrases(tokens, vocabulary.nouns, taken);
  const firstReference = Math.min(
    ...[...named, ...areas, ...floors, ...nouns].map((match) => match.start),
    ...tokens.map((token, index) => (['the', 'my', 'our', 'all', 'every', 'each', 'both', 'a', 'an', 'it', 'them'].includes(token) ? index : tokens.length)),
    tokens.length,
  );
  return {
    text,
    tokens,
    hasAction: tokens.some((token) => ACTION_WORDS.has(token)),
    isQuestion: QUESTION_WORDS.has(tokens[0] ?? '') || text.trim().endsWith('?'),
    named,
    areas,
    floors,
    nouns,
    quantified: tokens.some((token) => QUANTIFIERS.has(token)),
    pronoun: tokens.some((token) => PRONOUNS.has(token)),
    actionPrefix: tokens.slice(0, firstReference).join(' '),
  };
}

function capabilityWords(device: PlannerDevice, questionsOnly: boolean): Set<string> {
  const set = new Set<string>();
  for (const capability of device.capabilities) {
    if (questionsOnly && capability.kind !== 'query') continue;
    for (const token of [...words(capability.function.replace(/_/g, ' ')), ...words(capability.description), ...capability.parameters.flatMap((p) => words(p.replace(/_/g, ' ')))]) {
      for (const form of singularForms(token)) set.add(form);
    }
  }
  return set;
}

/** Among devices of the named places, those whose API best fits the clause's words. */
function selectByCapability(pool: PlannerDevice[], clause: ClauseReferences): PlannerDevice[] {
  const placeTokens = new Set<number>();
  for (const match of [...clause.areas, ...clause.floors]) for (let index = match.start; index < match.end; index += 1) placeTokens.add(index);
  const content = clause.tokens
    .filter((token, index) => !placeTokens.has(index) && !STOP_WORDS.has(token) && !/^\d/.test(token))
    .flatMap((token) => [token, ...(QUANTITY_HINTS[token] ?? [])]);
  let best = 0;
  let chosen: PlannerDevice[] = [];
  for (const device of pool) {
    const vocabulary = capabilityWords(device, clause.isQuestion);
    const score = content.filter((token) => singularForms(token).some((form) => vocabulary.has(form))).length;
    if (score > best) {
      best = score;
      chosen = [device];
    } else if (score === best && score > 0) chosen.push(device);
  }
  return chosen;
}

function listNames(devices: PlannerDevice[]): string {
  const names = devices.map((device) => device.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * The planner that needs no model: splits a goal into clauses, resolves each clause's device
 * references (names, aliases, areas, floors, kinds of device, "all", "it") against the registry and
 * sends every device the clause that concerns it, in the person's own words.
 */
export class BuiltinPlanner implements Planner {
  async plan(text: string, devices: PlannerDevice[], context: PlanContext): Promise<Plan> {
    const vocabulary = buildVocabulary(devices);
    const byId = new Map(devices.map((device) => [device.id, device]));
    const pieces = text
      .replace(/^\s*(please|hey|ok|okay)\b[\s,]*/i, '')
      .split(CLAUSE_SEPARATOR)
      .map((piece) => piece.trim())
      .filter((piece) => normalise(piece).length > 0);

    const subtasks: PlannedSubtask[] = [];
    const unresolved: string[] = [];
    let previous: { clause: ClauseReferences; targets: PlannerDevice[] } | null = null;
    let lastTargets = (context.lastDeviceIds ?? []).map((id) => byId.get(id)).filter((device): device is PlannerDevice => !!device);

    for (const piece of pieces) {
      let clause = parseClause(piece, vocabulary);
      let inheritedTypes: Set<string> | null = null;
      const refersToSomething = clause.named.length + clause.areas.length + clause.floors.length + clause.nouns.length > 0;
      if (!clause.hasAction && previous && refersToSomething) {
        // "turn on the lights in the kitchen and the hallway": the bare clause borrows the verb and the kind of device.
        clause = parseClause(`${previous.clause.actionPrefix} ${piece}`, vocabulary);
        if (clause.nouns.length === 0 && clause.named.length === 0) inheritedTypes = new Set(previous.targets.map((device) => device.type));
        if (previous.clause.quantified || previous.clause.nouns.some((noun) => noun.plural)) clause.quantified = true;
      }
      const resolution = this.resolve(clause, devices, context, lastTargets, inheritedTypes, vocabulary);
      if (resolution.kind === 'clarify') return resolution;
      if (resolution.targets.length === 0) {
        unresolved.push(piece);
        continue;
      }
      for (const device of resolution.targets) subtasks.push({ deviceId: device.id, text: asSentence(clause.text) });
      previous = { clause, targets: resolution.targets };
      lastTargets = resolution.targets;
    }
    return { kind: 'subtasks', subtasks, unresolved };
  }

  private resolve(
    clause: ClauseReferences,
    devices: PlannerDevice[],
    context: PlanContext,
    lastTargets: PlannerDevice[],
    inheritedTypes: Set<string> | null,
    vocabulary: Vocabulary,
  ): { kind: 'targets'; targets: PlannerDevice[] } | { kind: 'clarify'; question: string } {
    if (clause.named.length > 0) {
      const ids = new Set(clause.named.map((match) => match.value));
      return { kind: 'targets', targets: devices.filter((device) => ids.has(device.id)) };
    }
    const areaIds = new Set(clause.areas.map((match) => match.value));
    const floorIds = new Set(clause.floors.map((match) => match.value));
    let pool = devices;
    if (areaIds.size > 0) pool = pool.filter((device) => device.area && areaIds.has(device.area.id));
    else if (floorIds.size > 0) pool = pool.filter((device) => device.area?.floor && floorIds.has(device.area.floor.id));

    const plural = clause.quantified || clause.nouns.some((noun) => noun.plural);
    if (clause.nouns.length > 0) {
      const nounDevices = new Set(clause.nouns.flatMap((match) => [...(vocabulary.devicesByNoun.get(match.value) ?? [])]));
      pool = pool.filter((device) => nounDevices.has(device.id));
    } else if (clause.pronoun && lastTargets.length > 0 && areaIds.size === 0 && floorIds.size === 0) {
      return { kind: 'targets', targets: lastTargets };
    } else if (inheritedTypes) {
      pool = pool.filter((device) => inheritedTypes.has(device.type));
    } else if (areaIds.size > 0 || floorIds.size > 0) {
      // "set the bedroom to 19 degrees": no kind of device named, so the API decides who can do it.
      return { kind: 'targets', targets: selectByCapability(pool, clause) };
    } else {
      return { kind: 'targets', targets: [] };
    }

    if (areaIds.size === 0 && floorIds.size === 0 && context.fromAreaId && !plural) {
      const here = pool.filter((device) => device.area?.id === context.fromAreaId);
      if (here.length > 0) pool = here;
    }
    if (plural || pool.length <= 1) return { kind: 'targets', targets: pool };
    const noun = clause.nouns[0] ? clause.nouns[0].value : 'device';
    return { kind: 'clarify', question: `Which ${noun} do you mean: ${listNames(pool)}?` };
  }
}
