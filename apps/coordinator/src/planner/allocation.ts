import { alternation, en, enPlanning, escapeRegExp, fillTemplate, formatList, withoutCourtesy } from '@meshmind/language';
import type { SubtaskResult } from '@meshmind/protocol';
import type { FinishedStep } from '../answer';
import type { Plan, PlanContext, PlanStep, PlannerDevice, SiteResource } from './planner';
import { canActNow, rankDevices } from './choice';
import { questionOpening } from './questions';
import { anyOf } from './word-patterns';

/**
 * Allocation of countable site resources ("check every shelf for free space") over the devices
 * able to handle them. The person's own sentence is kept and only the resource phrase changes, so
 * each robot gets one sentence about one shelf ("Check shelf 3 for free space."). Every step names
 * alternatives, so a robot that drops off hands its shelves to another one.
 */

/** How many other devices each step names as stand-ins; a few suffice and keep stored plans small. */
const ALTERNATIVES_PER_STEP = 3;

const { resources: RESOURCE_WORDS, partitives: PARTITIVES, definiteArticles: DEFINITE } = enPlanning;
const QUANTIFIER = `(?:${anyOf(RESOURCE_WORDS.quantifiers)}(?:\\s+${anyOf(PARTITIVES)})?(?:\\s+${anyOf(DEFINITE)})?|${anyOf(DEFINITE)})`;
const RANGE = `(?:-|${anyOf(RESOURCE_WORDS.rangeWords)})`;
const LIST_SEPARATOR = `(?:,\\s*${anyOf(RESOURCE_WORDS.listWords)}|,|${anyOf(RESOURCE_WORDS.listWords)})`;
const ID_LIST = `\\d+(?:\\s*(?:${RANGE}|${LIST_SEPARATOR})\\s*\\d+)*`;
const ID_SEPARATOR = new RegExp(`\\s*${LIST_SEPARATOR}\\s*`);
const ID_RANGE = new RegExp(`^(\\d+)\\s*${RANGE}\\s*(\\d+)$`);
// "shelf number 3", "shelf no. 3", "shelf #3".
const NUMBER_SIGN = `(?:${anyOf(RESOURCE_WORDS.numberWords)}\\s+|${anyOf(RESOURCE_WORDS.numberAbbreviations)}\\s*|#)`;

interface ResourceMention {
  resource: SiteResource;
  ids: number[];
  /** Where the phrase sits in the text, replaced by "shelf N" in each step. */
  start: number;
  end: number;
}

/** "3 to 7", "3, 5 and 9", "3-5" -> ids, kept only where the site has them. */
function parseIds(text: string, known: Set<number>): number[] {
  const ids: number[] = [];
  for (const part of text.split(ID_SEPARATOR)) {
    const range = ID_RANGE.exec(part.trim());
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])].sort((a, b) => a - b) as [number, number];
      for (let id = from; id <= to; id += 1) ids.push(id);
    } else if (/^\d+$/.test(part.trim())) ids.push(Number(part.trim()));
  }
  return [...new Set(ids)].filter((id) => known.has(id));
}

function findMention(text: string, resources: SiteResource[]): ResourceMention | null {
  for (const resource of resources) {
    const names = [resource.plural, resource.noun].map(escapeRegExp).join('|');
    const known = new Set(resource.ids);
    const numbered = new RegExp(`\\b(?:${QUANTIFIER}\\s+)?(?:${names})\\s+${NUMBER_SIGN}?(${ID_LIST})\\b`, 'i').exec(text);
    if (numbered) {
      const ids = parseIds(numbered[1]!, known);
      if (ids.length > 0) return { resource, ids, start: numbered.index, end: numbered.index + numbered[0].length };
    }
    // "the shelves", "all shelves", "every shelf", "each of the shelves": every one the site has.
    const everyOne = new RegExp(`\\b(?:(?:${QUANTIFIER})\\s+(?:${names})|${escapeRegExp(resource.plural)})\\b`, 'i').exec(text);
    if (everyOne) return { resource, ids: [...resource.ids], start: everyOne.index, end: everyOne.index + everyOne[0].length };
  }
  return null;
}

/** Lower-case words of a capability: snake_case, camelCase and free text split alike. */
function capabilityText(device: PlannerDevice): string {
  return device.capabilities
    .flatMap((capability) => [capability.function, capability.description, ...capability.parameters])
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

/** Whether the device's API mentions the resource: its noun, plural or a vendor's word for it. */
export function handlesResource(device: PlannerDevice, resource: SiteResource): boolean {
  const text = capabilityText(device);
  return [resource.noun, resource.plural, ...(resource.aliases ?? [])].some((word) => {
    const lower = word.toLowerCase();
    // Scripts without spaces (货架) match inside words; others match whole words.
    return /^[a-z0-9\s'-]+$/.test(lower) ? new RegExp(`\\b${escapeRegExp(lower)}\\b`).test(text) : text.includes(lower);
  });
}

function namesADevice(text: string, devices: PlannerDevice[]): boolean {
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9\s]/g, ' ').replace(/\s+/g, ' ')} `;
  return devices.some((device) => [device.name, ...device.aliases].some((label) => label.length > 0 && lower.includes(` ${label.toLowerCase()} `)));
}

/**
 * "which shelves have free space?" asked of one shelf: "Does shelf 3 have free space?". The
 * question's verb agrees with one shelf ("are" -> "is", "have" -> "does ... have"); adverbs stay
 * before the verb ("Does shelf 3 still have room?"). Undefined when the sentence is no such question.
 */
const WHICH_PREFIX = new RegExp(`^\\s*${anyOf(enPlanning.questions.whichAskers)}\\s+(?:${anyOf(PARTITIVES)}\\s+(?:${anyOf(DEFINITE)}\\s+)?)?$`, 'i');
const ADVERBS = en.sentenceAdverbs;
const ASKED_OF_ONE = enPlanning.answers.askedOfOne;
const SAY = enPlanning.answers.allocation;
/** The plural verb a "which" predicate opens with, said in the singular after "none of them". */
const PLURAL_VERB = new RegExp(`^(?:${alternation(Object.keys(SAY.singularVerbs))})\\b`, 'i');

function whichPredicate(text: string, mention: ResourceMention): string | undefined {
  if (!WHICH_PREFIX.test(withoutCourtesy(text.slice(0, mention.start)))) return undefined;
  const predicate = text.slice(mention.end).replace(/[?.!\s]+$/, '').trim();
  return predicate === '' ? undefined : predicate;
}

function askedOfOne(predicate: string, subject: string): string {
  const words = predicate.split(/\s+/);
  const adverbs: string[] = [];
  while (words.length > 1 && ADVERBS.has(words[0]!.toLowerCase())) adverbs.push(words.shift()!);
  const [verb, ...rest] = words as [string, ...string[]];
  const lower = verb.toLowerCase();
  const copula = Object.hasOwn(ASKED_OF_ONE.singularCopulas, lower) ? ASKED_OF_ONE.singularCopulas[lower] : undefined;
  if (copula !== undefined) return fillTemplate(ASKED_OF_ONE.question, { opener: copula, clause: [subject, ...adverbs, ...rest].join(' ') });
  // "have", "need", "hold": the plural form is the base form that follows "does".
  const clause = [subject, ...adverbs, ASKED_OF_ONE.auxiliaryVerbs.includes(lower) ? '' : verb, ...rest].filter(Boolean).join(' ');
  return fillTemplate(ASKED_OF_ONE.question, { opener: ASKED_OF_ONE.auxiliary, clause });
}

/** Capable devices in the order they take work: those that can act now first; the rest only if none can. */
function workers(devices: PlannerDevice[], resource: SiteResource): PlannerDevice[] {
  const capable = devices.filter((device) => device.online && handlesResource(device, resource));
  const able = capable.filter(canActNow);
  return able.length > 0 ? able : capable;
}

/**
 * A plan that spreads the named resources over the capable online devices, or null when the goal
 * names no site resource (or names a device itself: then the person chose, not the coordinator).
 * Devices get contiguous blocks (fewer metres driven than dealing round-robin); a device's steps run
 * one after another so each gets its full deadline when it is sent. One resource alone goes to the
 * device best placed for it (free, near, charged), with the next best as stand-ins.
 */
export function planAllocation(text: string, devices: PlannerDevice[], context: PlanContext): Plan | null {
  const resources = context.resources ?? [];
  if (resources.length === 0) return null;
  const mention = findMention(text, resources);
  if (!mention || namesADevice(text, devices)) return null;
  const { resource } = mention;
  let capable = workers(devices, resource);
  if (capable.length === 0) return null;
  if (mention.ids.length === 1) capable = rankDevices(capable, resource.locations?.[mention.ids[0]!]);
  const which = whichPredicate(text, mention);
  const sentence = withoutCourtesy(`${text.slice(0, mention.start)}\u0000${text.slice(mention.end)}`).trim();
  const steps: PlanStep[] = [];
  const lastStepOf = new Map<string, string>();
  mention.ids.forEach((id, position) => {
    const ownerIndex = Math.floor((position * capable.length) / mention.ids.length);
    const owner = capable[ownerIndex]!;
    const offsetInBlock = position - Math.ceil((ownerIndex * mention.ids.length) / capable.length);
    // Stand-ins rotate with the position in the block, so a dropped robot's shelves spread over several.
    const alternatives = Array.from({ length: Math.min(ALTERNATIVES_PER_STEP, capable.length - 1) }, (_, index) => {
      return capable[(ownerIndex + 1 + ((offsetInBlock + index) % (capable.length - 1))) % capable.length]!.id;
    }).filter((deviceId, index, all) => deviceId !== owner.id && all.indexOf(deviceId) === index);
    const subject = `${resource.noun} ${id}`;
    const stepText = which ? askedOfOne(which, subject) : asStepSentence(sentence.replace('\u0000', subject));
    const previous = lastStepOf.get(owner.id);
    const step: PlanStep = {
      id: `s${position + 1}`,
      deviceId: owner.id,
      text: stepText,
      after: previous ? [previous] : [],
      alternatives,
      resource: { noun: resource.noun, plural: resource.plural, id, ...(which ? { which } : {}) },
    };
    lastStepOf.set(owner.id, step.id);
    steps.push(step);
  });
  return { kind: 'steps', steps, unresolved: [] };
}

function asStepSentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/**
 * The next stand-in for a step: online, not tried yet, the least loaded by earlier hand-overs.
 * `avoid` ranks last the devices it names (of the same vendor as one that misread the request).
 */
export function pickAlternative(
  step: PlanStep,
  tried: ReadonlySet<string>,
  isOnline: (deviceId: string) => boolean,
  load: ReadonlyMap<string, number>,
  avoid: (deviceId: string) => boolean = () => false,
): string | undefined {
  const candidates = (step.alternatives ?? []).filter((deviceId) => !tried.has(deviceId) && isOnline(deviceId));
  return candidates.sort((a, b) => Number(avoid(a)) - Number(avoid(b)) || (load.get(a) ?? 0) - (load.get(b) ?? 0))[0];
}

/**
 * What kind of value a reading is: an amount (a count, or slot numbers), names (item labels), a
 * word, yes/no. One question spread over a fleet gets one kind of reading from every device that
 * understood it; a device of another vendor that read the request as another function answers in
 * another kind (the items on a shelf where the others gave its free slots).
 */
export type ReadingKind = 'amount' | 'names' | 'word' | 'yes/no' | 'other';

export function readingKind(value: unknown): ReadingKind | undefined {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return undefined;
  if (typeof value === 'number') return 'amount';
  if (typeof value === 'boolean') return 'yes/no';
  if (typeof value === 'string') return /^-?\d+(?:\.\d+)?$/.test(value.trim()) ? 'amount' : 'word';
  if (Array.isArray(value)) return value.every((item) => typeof item === 'number' || (typeof item === 'string' && /^-?\d+(?:\.\d+)?$/.test(item.trim()))) ? 'amount' : 'names';
  return 'other';
}

/**
 * The readings of an allocated question that disagree in kind with most of the others, and why;
 * none when there is no clear majority (then nobody can tell who misunderstood).
 */
export function inconsistentReadings(finished: readonly AllocatedStep[]): Array<{ entry: AllocatedStep; reason: string }> {
  const kinds = finished.flatMap((entry) => {
    const kind = entry.status === 'done' && entry.step.resource ? readingKind(readingOf(entry.result)) : undefined;
    return kind ? [{ entry, kind }] : [];
  });
  const counts = new Map<ReadingKind, number>();
  for (const { kind } of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const [majority, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!majority || count! * 2 <= kinds.length) return [];
  return kinds
    .filter(({ kind }) => kind !== majority)
    .map(({ entry, kind }) => ({
      entry,
      reason: fillTemplate(SAY.otherKind, { device: entry.deviceName, thing: entry.step.resource!.noun, id: entry.step.resource!.id, kind: SAY.kindWords[kind], majority: SAY.kindWords[majority] }),
    }));
}

/** A finished step that other devices took over; `handovers` says who gave it up and why. */
export type AllocatedStep = FinishedStep & { handovers?: Array<{ deviceName: string; message: string }> };

function formatReading(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'none' : `${value.length} (${value.join(', ')})`;
  if (value === null || value === undefined) return 'no reading';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function readingOf(result: SubtaskResult | undefined): unknown {
  return result?.value;
}

/** A reading that says there is some of what was asked about: a non-empty list, a positive count, yes. */
function hasSome(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return value > 0;
  return value === true;
}

/**
 * One answer for an allocated goal: the readings per resource, who took over from whom, and what
 * could not be done and why. A "which" question says first which resources have what was asked
 * about; steps that only act ("bring a robot to shelf 7") report what the devices did. Undefined
 * when the steps address no resource.
 */
export function composeAllocationAnswer(finished: AllocatedStep[]): string | undefined {
  const allocated = finished.filter((entry) => entry.step.resource);
  if (allocated.length === 0 || allocated.length !== finished.length) return undefined;
  const { noun, plural: nounPlural, which } = allocated[0]!.step.resource!;
  const plural = allocated.length === 1 ? noun : nounPlural;
  const answered = allocated.filter((entry) => entry.status === 'done' && readingOf(entry.result) !== undefined);
  // A question wants readings: a device that did something else instead gave no answer.
  const asking = which !== undefined || answered.length > 0 || allocated.some((entry) => questionOpening(entry.step.text));
  const acted = asking ? [] : allocated.filter((entry) => entry.status === 'done');
  const parts: string[] = [];
  if (asking) {
    parts.push(fillTemplate(SAY.checked, { answered: answered.length, total: allocated.length, things: plural }));
    if (which && answered.length > 0) {
      const ids = (entries: AllocatedStep[]) => entries.map((entry) => String(entry.step.resource!.id));
      const some = answered.filter((entry) => hasSome(readingOf(entry.result)));
      const none = answered.filter((entry) => !hasSome(readingOf(entry.result)));
      const subject = (count: number) => (count === 1 ? noun : nounPlural);
      const singular = which.replace(PLURAL_VERB, (verb) => SAY.singularVerbs[verb.toLowerCase()] ?? verb);
      const positive = some.length === 0 ? fillTemplate(SAY.noneOfThem, { predicate: singular }) : capitalise(fillTemplate(SAY.these, { things: subject(some.length), ids: formatList(ids(some)), predicate: which }));
      parts.push(positive);
      if (some.length > 0 && none.length > 0) parts.push(fillTemplate(SAY.notThese, { things: subject(none.length), ids: formatList(ids(none)) }));
    }
    const readings = answered.map((entry) => `${noun} ${entry.step.resource!.id}: ${formatReading(readingOf(entry.result))}`);
    if (readings.length > 0) parts.push(`${readings.join('; ')}.`);
  }
  // Steps that only act say what the device did ("Robot 3: moved to shelf 7.").
  for (const entry of acted) parts.push(entry.message);
  const handedOver = allocated.filter((entry) => (entry.handovers ?? []).length > 0);
  for (const entry of handedOver) {
    const reasons = entry.handovers!.map((handover) => handover.message).join(' ');
    const done = answered.includes(entry) || acted.includes(entry);
    const slots = { device: entry.deviceName, thing: noun, id: entry.step.resource!.id };
    const outcome = fillTemplate(done ? SAY.tookOver : SAY.noStandIn, slots);
    parts.push(`${reasons} ${outcome}`);
  }
  const missing = allocated.filter((entry) => !answered.includes(entry) && !acted.includes(entry));
  if (missing.length > 0) {
    const ids = missing.map((entry) => String(entry.step.resource!.id));
    const why = missing.map((entry) => (entry.status === 'done' ? fillTemplate(SAY.noReading, { device: entry.deviceName, thing: noun, id: entry.step.resource!.id, message: entry.message }) : entry.message));
    const verb = asking ? SAY.checkVerb : SAY.doVerb;
    parts.push(fillTemplate(SAY.couldNot, { verb, things: missing.length === 1 ? noun : nounPlural, ids: formatList(ids), reasons: why.join(' ') }));
  }
  return parts.join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
