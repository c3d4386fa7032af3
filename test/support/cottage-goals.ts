import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { getDeviceDescription, loadScenarioFile, type Scenario } from '@meshmind/devices';
import { MeshmindError } from '@meshmind/protocol';

/**
 * The second home's development set (issue #17): test/data/millbrook-cottage.yaml and its goals,
 * each graded by the device states it leaves. This file reads and checks the goals; the runner is
 * cottage-runner.ts. A goal that names a device or a state field the home lacks is refused with
 * E_SCENARIO_INVALID, so a typo in the set cannot pass as a system failure.
 */

export const COTTAGE_SCENARIO_PATH = fileURLToPath(new URL('../data/millbrook-cottage.yaml', import.meta.url));
export const COTTAGE_GOALS_PATH = fileURLToPath(new URL('../data/millbrook-cottage-goals.yaml', import.meta.url));

/** The failure classes of issue #17 (numbered as there) and the everyday tags, with what each measures. */
export const CLASSES: Record<string, string> = {
  overbroad: '1 a word that names some devices means those devices only',
  plural: '2 singular and plural of kind nouns',
  needless: '3 no question where one device is meant (one of a kind, by state, by name, by area)',
  ambiguous: '3 a question where two devices are meant equally, and the answer to it',
  'shared-word': '4 the right device where two share a word',
  quantity: '5 quantities by their adjective or noun',
  comparison: '6 comparisons in conditions',
  verb: '7 verbs whose usual reading the documents do not spell',
  fraction: '8 fractions and positions',
  list: '9 lists: several items, "put X on the Y list"',
  already: '10 already there: says so and changes nothing',
  words: '11 confirmation questions in words',
  impossible: 'an honest "cannot" for what no device can do',
  question: 'questions about state',
  name: 'devices by name or alias',
  area: 'devices by area',
  group: 'groups and quantifiers',
  arguments: 'values: levels, colours, modes, sources',
  compound: 'several devices in one goal',
  delay: 'delayed actions',
  place: 'where the person speaks from',
  coreference: '"it" across turns',
  courtesy: 'courtesy words',
  typo: 'typing mistakes',
};

type State = Record<string, unknown>;

/** What one state field must end as. */
export type FieldMatcher =
  | { kind: 'equals'; value: unknown }
  | { kind: 'oneOf'; values: unknown[] }
  | { kind: 'includes'; items: string[] }
  | { kind: 'excludes'; items: string[] }
  | { kind: 'above'; bound: number }
  | { kind: 'below'; bound: number }
  | { kind: 'near'; value: number }
  | { kind: 'changed' };

export interface CottageGoal {
  id: string;
  classes: string[];
  say: string[];
  from?: string;
  given: Record<string, State>;
  /** Devices that must change, field by field; every other device must stay as it was. */
  expect: Record<string, Record<string, FieldMatcher>>;
  /** The right answer is a question or an honest "cannot", with no device changed. */
  asks: boolean;
  answer?: RegExp;
  /** Whether to answer "yes" when the assistant asks to go ahead (default true). */
  confirm: boolean;
}

const GOAL_KEYS = new Set(['id', 'classes', 'say', 'from', 'given', 'expect', 'asks', 'answer', 'confirm']);
const MATCHER_KEYS = ['oneOf', 'includes', 'excludes', 'above', 'below', 'near', 'changed'];

/** The goal file being read, named in every error about it. */
let goalsPath = COTTAGE_GOALS_PATH;

function invalid(where: string, message: string): MeshmindError {
  return new MeshmindError('E_SCENARIO_INVALID', `${goalsPath}: ${where} ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw invalid(where, 'must be a list of strings');
  return value as string[];
}

function toMatcher(value: unknown, where: string): FieldMatcher {
  if (!isRecord(value)) return { kind: 'equals', value };
  const keys = Object.keys(value);
  const key = keys[0];
  if (keys.length !== 1 || !key || !MATCHER_KEYS.includes(key)) throw invalid(where, `must be a value or one of {${MATCHER_KEYS.join('|')}: ...}`);
  const argument = value[key];
  switch (key) {
    case 'oneOf':
      if (!Array.isArray(argument)) throw invalid(where, 'oneOf takes a list');
      return { kind: 'oneOf', values: argument };
    case 'includes':
    case 'excludes':
      return { kind: key, items: stringList(argument, `${where}.${key}`) };
    case 'changed':
      return { kind: 'changed' };
    default:
      if (typeof argument !== 'number') throw invalid(where, `${key} takes a number`);
      return key === 'near' ? { kind: 'near', value: argument } : { kind: key as 'above' | 'below', bound: argument };
  }
}

function checkFields(scenario: Scenario, fields: unknown, where: string): Record<string, Record<string, unknown>> {
  if (fields === undefined) return {};
  if (!isRecord(fields)) throw invalid(where, 'must map device ids to state fields');
  for (const [deviceId, state] of Object.entries(fields)) {
    const device = scenario.devices.find((candidate) => candidate.id === deviceId);
    if (!device) throw invalid(`${where}.${deviceId}`, 'is not a device of the home');
    if (!isRecord(state)) throw invalid(`${where}.${deviceId}`, 'must map state fields to values');
    const known = Object.keys(getDeviceDescription(device.type).state);
    for (const field of Object.keys(state)) {
      if (!known.includes(field)) throw invalid(`${where}.${deviceId}.${field}`, `is not a state field of ${device.type} (fields: ${known.join(', ')})`);
    }
  }
  return fields as Record<string, Record<string, unknown>>;
}

/** Reads and checks the goal file against the cottage scenario. */
export function parseCottageGoals(text: string, scenario: Scenario, path = COTTAGE_GOALS_PATH): CottageGoal[] {
  goalsPath = path;
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new MeshmindError('E_SCENARIO_INVALID', `${goalsPath}: malformed YAML: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(document)) throw invalid('the document', 'must be a list of goals');
  const seen = new Set<string>();
  return document.map((entry, index) => {
    const where = `goals[${index}]`;
    if (!isRecord(entry)) throw invalid(where, 'must be a mapping');
    const unknown = Object.keys(entry).filter((key) => !GOAL_KEYS.has(key));
    if (unknown.length > 0) throw invalid(where, `has unknown fields ${unknown.join(', ')}`);
    if (typeof entry.id !== 'string' || seen.has(entry.id)) throw invalid(where, 'needs a unique string id');
    seen.add(entry.id);
    const classes = stringList(entry.classes, `${entry.id}.classes`);
    const strange = classes.filter((name) => !CLASSES[name]);
    if (classes.length === 0 || strange.length > 0) throw invalid(`${entry.id}.classes`, `must name known classes (unknown: ${strange.join(', ') || 'none given'})`);
    const say = typeof entry.say === 'string' ? [entry.say] : stringList(entry.say, `${entry.id}.say`);
    if (say.length === 0 || say.some((line) => line.trim() === '')) throw invalid(`${entry.id}.say`, 'must hold what the person says');
    if (entry.from !== undefined && typeof entry.from !== 'string') throw invalid(`${entry.id}.from`, 'must be an area or device id');
    if (entry.from !== undefined && !scenario.areas.some((area) => area.id === entry.from) && !scenario.devices.some((device) => device.id === entry.from)) {
      throw invalid(`${entry.id}.from`, `"${String(entry.from)}" is no area or device of the home`);
    }
    const given = checkFields(scenario, entry.given, `${entry.id}.given`) as Record<string, State>;
    const expectFields = checkFields(scenario, entry.expect, `${entry.id}.expect`);
    const expect = Object.fromEntries(
      Object.entries(expectFields).map(([deviceId, fields]) => [deviceId, Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, toMatcher(value, `${entry.id}.expect.${deviceId}.${field}`)]))]),
    );
    const asks = entry.asks === true;
    if (asks && Object.keys(expect).length > 0) throw invalid(entry.id, 'cannot both ask and expect changes');
    let answer: RegExp | undefined;
    if (entry.answer !== undefined) {
      if (typeof entry.answer !== 'string') throw invalid(`${entry.id}.answer`, 'must be a regular expression as a string');
      try {
        answer = new RegExp(entry.answer, 'i');
      } catch (error) {
        throw new MeshmindError('E_SCENARIO_INVALID', `${goalsPath}: ${entry.id}.answer is not a regular expression: ${(error as Error).message}`, { cause: error });
      }
    }
    return {
      id: entry.id,
      classes,
      say,
      ...(entry.from !== undefined ? { from: entry.from as string } : {}),
      given,
      expect,
      asks,
      ...(answer ? { answer } : {}),
      confirm: entry.confirm !== false,
    };
  });
}

export async function loadCottage(): Promise<{ scenario: Scenario; goals: CottageGoal[] }> {
  return loadHome('millbrook-cottage');
}

/**
 * A home of test/data by its file name without .yaml ("millbrook-cottage", "canal-townhouse"):
 * the scenario <name>.yaml with its goals <name>-goals.yaml, in the cottage's goal format.
 */
export async function loadHome(name: string): Promise<{ scenario: Scenario; goals: CottageGoal[] }> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new MeshmindError('E_SCENARIO_INVALID', `"${name}" is no home name: use a file name of test/data without .yaml, such as millbrook-cottage`);
  const scenarioPath = fileURLToPath(new URL(`../data/${name}.yaml`, import.meta.url));
  const goalsFile = fileURLToPath(new URL(`../data/${name}-goals.yaml`, import.meta.url));
  if (!existsSync(scenarioPath) || !existsSync(goalsFile)) throw new MeshmindError('E_SCENARIO_INVALID', `test/data has no home "${name}" (it needs ${name}.yaml and ${name}-goals.yaml)`);
  const scenario = await loadScenarioFile(scenarioPath);
  return { scenario, goals: parseCottageGoals(readFileSync(goalsFile, 'utf8'), scenario, goalsFile) };
}

/** A list item as written, without a leading article, in lower case ("a hinge" is "hinge"). */
function listItem(text: string): string {
  return text.toLowerCase().trim().replace(/^(a|an|some|the)\s+/, '');
}

function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'string' && typeof actual === 'string') return actual.toLowerCase() === expected.toLowerCase();
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(actual - expected) < 1e-9;
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/** A problem with one field's final value, or undefined when it is as the goal means. */
export function checkField(field: string, matcher: FieldMatcher, after: State, before: State): string | undefined {
  const value = after[field];
  const shown = `${field} is ${JSON.stringify(value)}`;
  switch (matcher.kind) {
    case 'equals':
      return sameValue(value, matcher.value) ? undefined : `${shown}, not ${JSON.stringify(matcher.value)}`;
    case 'oneOf':
      return matcher.values.some((candidate) => sameValue(value, candidate)) ? undefined : `${shown}, not one of ${JSON.stringify(matcher.values)}`;
    case 'includes':
    case 'excludes': {
      const listed = Array.isArray(value) ? value.map((item) => listItem(String(item))) : [];
      const wrong = matcher.items.filter((item) => listed.includes(listItem(item)) !== (matcher.kind === 'includes'));
      return wrong.length === 0 ? undefined : `${shown}: ${matcher.kind === 'includes' ? 'lacks' : 'still has'} ${wrong.join(', ')}`;
    }
    case 'above':
      return typeof value === 'number' && value > matcher.bound ? undefined : `${shown}, not above ${matcher.bound}`;
    case 'below':
      return typeof value === 'number' && value < matcher.bound ? undefined : `${shown}, not below ${matcher.bound}`;
    case 'near':
      return typeof value === 'number' && Math.abs(value - matcher.value) <= 1 ? undefined : `${shown}, not about ${matcher.value}`;
    case 'changed':
      return JSON.stringify(value) !== JSON.stringify(before[field]) ? undefined : `${shown}, unchanged`;
  }
}
