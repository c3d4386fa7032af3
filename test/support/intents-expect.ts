import type { IntentCase } from './intents-dataset';
import { normaliseName, type HomeEntity, type IntentHome } from './intents-home';

/**
 * What a sentence should do, computed from its intent and slots the way Home Assistant means them
 * (name / area / floor / domain / device_class select entities; the intent and its value slots say
 * the state they end in). Nothing here is keyed to a sentence's wording.
 */

type State = Record<string, unknown>;

export interface TargetExpectation {
  deviceId: string;
  name: string;
  /** Human-readable target state, for the failure report. */
  want: string;
  /** A problem with the final state, or undefined when it is what the intent means. */
  check(after: State, before: State): string | undefined;
}

export type AnswerExpectation =
  | { form: 'yes_no'; yes: boolean; names: string[] }
  | { form: 'count'; count: number }
  | { form: 'names'; names: string[]; more: number }
  | { form: 'value'; values: number[] };

export type Expectation =
  | { kind: 'not_evaluated'; reason: string }
  | { kind: 'out_of_scope'; reason: string }
  | { kind: 'control'; from?: string; targets: TargetExpectation[]; prime: Record<string, State> }
  | { kind: 'question'; from?: string; answer: AnswerExpectation; describe: string };

/** Intents that are not about devices, or that the catalog cannot represent. */
export const NOT_EVALUATED: Record<string, string> = {
  HassBroadcast: 'broadcast is not device control',
  HassGetCurrentDate: 'date and time are not device questions',
  HassGetCurrentTime: 'date and time are not device questions',
  HassGetWeather: 'weather is not a device',
  HassNevermind: 'not a command',
  HassRespond: 'not a command',
  HassMediaSearchAndPlay: 'the catalog media player cannot search for and play a title (it only selects a source)',
  HassLawnMowerDock: 'the catalog has no lawn mower',
  HassLawnMowerStartMowing: 'the catalog has no lawn mower',
};
const TIMER_INTENT = /Timer/;

/** Domains an intent acts on when the slots do not name one. */
const INTENT_DOMAINS: Record<string, string[]> = {
  HassTurnOn: ['light', 'switch', 'fan', 'cover', 'lock', 'valve', 'media_player', 'climate', 'scene', 'script'],
  HassTurnOff: ['light', 'switch', 'fan', 'cover', 'lock', 'valve', 'media_player', 'climate', 'scene', 'script'],
  HassLightSet: ['light'],
  HassClimateSetTemperature: ['climate'],
  HassClimateGetTemperature: ['climate'],
  HassFanSetSpeed: ['fan'],
  HassSetPosition: ['cover', 'valve'],
  HassSetVolume: ['media_player'],
  HassSetVolumeRelative: ['media_player'],
  HassMediaNext: ['media_player'],
  HassMediaPrevious: ['media_player'],
  HassMediaPause: ['media_player'],
  HassMediaUnpause: ['media_player'],
  HassMediaPlayerMute: ['media_player'],
  HassMediaPlayerUnmute: ['media_player'],
  HassVacuumStart: ['vacuum'],
  HassVacuumReturnToBase: ['vacuum'],
  HassVacuumCleanArea: ['vacuum'],
  HassListAddItem: ['todo'],
  HassListCompleteItem: ['todo'],
  HassListRemoveItem: ['todo'],
  HassShoppingListAddItem: ['todo'],
  HassShoppingListCompleteItem: ['todo'],
};

/** The speaker's area when a sentence names none ("in here"): the file's context area, else the living room. */
const DEFAULT_CONTEXT_AREA = 'living room';

interface Selection {
  entities: HomeEntity[];
  from?: string;
}

function sameName(entity: HomeEntity, name: string): boolean {
  const wanted = normaliseName(name);
  return [entity.name, ...entity.aliases].some((candidate) => normaliseName(candidate) === wanted);
}

/** Entities the slots select, Home Assistant style; `from` is the speaker's area where one is assumed. */
export function selectEntities(home: IntentHome, testCase: IntentCase, domains: string[] | undefined): Selection {
  const { slots } = testCase;
  const areaOf = (name: string) => home.areas.find((area) => normaliseName(area.name) === normaliseName(name));
  const floorOf = (name: string) => home.floors.find((floor) => normaliseName(floor.name) === normaliseName(name));
  let entities = home.entities;
  if (typeof slots.domain === 'string') entities = entities.filter((entity) => entity.domain === slots.domain);
  else if (domains && slots.name === undefined) entities = entities.filter((entity) => domains.includes(entity.domain));
  if (typeof slots.device_class === 'string') entities = entities.filter((entity) => entity.deviceClass === slots.device_class);
  if (slots.name !== undefined) {
    const named = entities.filter((entity) => sameName(entity, String(slots.name)));
    entities = domains && named.some((entity) => domains.includes(entity.domain)) ? named.filter((entity) => domains.includes(entity.domain)) : named;
  }
  if (slots.area !== undefined) {
    const area = areaOf(String(slots.area));
    entities = entities.filter((entity) => area !== undefined && entity.areaId === area.id);
  }
  if (slots.floor !== undefined) {
    const floor = floorOf(String(slots.floor));
    const areaIds = new Set(home.areas.filter((area) => floor !== undefined && area.floorId === floor.id).map((area) => area.id));
    entities = entities.filter((entity) => entity.areaId !== null && areaIds.has(entity.areaId));
  }
  if (slots.name !== undefined || slots.area !== undefined || slots.floor !== undefined || testCase.contextArea === false) return { entities };
  const context = home.contextAreaId ?? home.areas.find((area) => normaliseName(area.name) === DEFAULT_CONTEXT_AREA)?.id;
  if (!context) return { entities };
  const here = entities.filter((entity) => entity.areaId === context);
  // Home Assistant prefers the speaker's area and falls back to the whole home when nothing matches there.
  return { entities: here.length > 0 ? here : entities, from: context };
}

const same = (key: string, value: unknown) => (after: State) => (after[key] === value ? undefined : `${key} is ${JSON.stringify(after[key])}, not ${JSON.stringify(value)}`);
const oneOf = (key: string, values: unknown[]) => (after: State) => (values.includes(after[key]) ? undefined : `${key} is ${JSON.stringify(after[key])}, not ${values.map((value) => JSON.stringify(value)).join(' or ')}`);
const both = (...checks: Array<(after: State, before: State) => string | undefined>) => (after: State, before: State) => checks.map((check) => check(after, before)).find((problem) => problem !== undefined);
const hasItem = (key: string, item: string, present: boolean) => (after: State) => {
  const listed = ((after[key] as string[] | undefined) ?? []).some((entry) => entry.toLowerCase() === item.toLowerCase());
  return listed === present ? undefined : `${JSON.stringify(item)} is ${present ? 'not ' : ''}in ${key} (${JSON.stringify(after[key])})`;
};

interface Plan {
  want: string;
  prime: State;
  check: TargetExpectation['check'];
}

/** The end state an intent means for one device, and how to start it away from that state. */
function planTarget(intent: string, slots: IntentCase['slots'], type: string, initial: State): Plan | string {
  const turnOn = intent === 'HassTurnOn';
  const otherThan = (value: number, a: number, b: number) => (value === a ? b : a);
  switch (intent) {
    case 'HassTurnOn':
    case 'HassTurnOff':
      switch (type) {
        case 'light':
        case 'switch':
        case 'fan':
        case 'media_player':
          return { want: `on=${turnOn}`, prime: { on: !turnOn }, check: same('on', turnOn) };
        case 'cover':
          return turnOn
            ? { want: 'open (position 100)', prime: { position: 0, cover_state: 'closed' }, check: same('position', 100) }
            : { want: 'closed (position 0)', prime: { position: 100, cover_state: 'open' }, check: same('position', 0) };
        case 'garage_door':
          return { want: turnOn ? 'open' : 'closed', prime: { door_state: turnOn ? 'closed' : 'open' }, check: oneOf('door_state', turnOn ? ['open', 'opening'] : ['closed', 'closing']) };
        case 'lock':
          return { want: turnOn ? 'locked' : 'unlocked', prime: { lock_state: turnOn ? 'unlocked' : 'locked' }, check: same('lock_state', turnOn ? 'locked' : 'unlocked') };
        case 'valve':
          return { want: turnOn ? 'open' : 'closed', prime: { valve_state: turnOn ? 'closed' : 'open' }, check: same('valve_state', turnOn ? 'open' : 'closed') };
        case 'climate':
          return turnOn
            ? { want: 'mode not off', prime: { mode: 'off' }, check: (after) => (after.mode !== 'off' ? undefined : 'mode is "off"') }
            : { want: 'mode off', prime: { mode: 'heat' }, check: same('mode', 'off') };
        default:
          return `${intent} has no meaning for a ${type}`;
      }
    case 'HassLightSet': {
      if (slots.brightness !== undefined) {
        const brightness = Number(slots.brightness);
        return { want: `on, brightness ${brightness}`, prime: { brightness: otherThan(brightness, 40, 70) }, check: both(same('brightness', brightness), same('on', true)) };
      }
      if (slots.color !== undefined) {
        const color = String(slots.color).toLowerCase();
        return { want: `colour ${color}`, prime: { color: color === 'white' ? 'red' : 'white' }, check: (after) => (String(after.color).toLowerCase() === color ? undefined : `color is ${JSON.stringify(after.color)}, not ${JSON.stringify(color)}`) };
      }
      if (slots.temperature !== undefined) {
        const kelvin = Number(slots.temperature);
        return { want: `colour temperature ${kelvin} K`, prime: { color_temperature: otherThan(kelvin, 4000, 3000) }, check: same('color_temperature', kelvin) };
      }
      return 'no brightness, colour or temperature slot';
    }
    case 'HassClimateSetTemperature': {
      const temperature = Number(slots.temperature);
      if (!(temperature >= 7 && temperature <= 30)) return `${temperature}° is outside the catalog thermostat's 7-30 °C range`;
      return { want: `target ${temperature} °C`, prime: { target_temperature: otherThan(temperature, 20, 22) }, check: same('target_temperature', temperature) };
    }
    case 'HassFanSetSpeed': {
      const speed = Number(slots.percentage);
      return { want: `on, speed ${speed}%`, prime: { speed: otherThan(speed, 30, 70) }, check: both(same('speed', speed), same('on', true)) };
    }
    case 'HassSetPosition': {
      const position = Number(slots.position);
      if (type === 'cover') return { want: `position ${position}`, prime: { position: otherThan(position, 0, 100), cover_state: position === 0 ? 'open' : 'closed' }, check: same('position', position) };
      if (type === 'valve' && (position === 0 || position === 100)) {
        const wanted = position === 100 ? 'open' : 'closed';
        return { want: wanted, prime: { valve_state: position === 100 ? 'closed' : 'open' }, check: same('valve_state', wanted) };
      }
      return `a ${type} cannot be set to position ${position}`;
    }
    case 'HassSetVolume': {
      const volume = Number(slots.volume_level);
      return { want: `volume ${volume}`, prime: { on: true, volume: otherThan(volume, 30, 60) }, check: same('volume', volume) };
    }
    case 'HassSetVolumeRelative': {
      const step = slots.volume_step;
      if (step === 'up') return { want: 'volume above 50', prime: { on: true, volume: 50 }, check: (after) => ((after.volume as number) > 50 ? undefined : `volume is ${String(after.volume)}, not above 50`) };
      if (step === 'down') return { want: 'volume below 50', prime: { on: true, volume: 50 }, check: (after) => ((after.volume as number) < 50 ? undefined : `volume is ${String(after.volume)}, not below 50`) };
      const volume = Math.min(100, Math.max(0, 50 + Number(step)));
      return { want: `volume ${volume} (50 ${Number(step) >= 0 ? '+' : '-'} ${Math.abs(Number(step))})`, prime: { on: true, volume: 50 }, check: same('volume', volume) };
    }
    case 'HassMediaNext':
    case 'HassMediaPrevious':
      return { want: 'another title', prime: { on: true, playback: 'playing', media_title: '' }, check: (after, before) => (after.media_title !== before.media_title ? undefined : 'the title did not change') };
    case 'HassMediaPause':
      return { want: 'paused (or stopped)', prime: { on: true, playback: 'playing' }, check: oneOf('playback', ['paused', 'stopped']) };
    case 'HassMediaUnpause':
      return { want: 'playing', prime: { on: true, playback: 'paused' }, check: same('playback', 'playing') };
    case 'HassMediaPlayerMute':
      return { want: 'muted', prime: { on: true, muted: false }, check: same('muted', true) };
    case 'HassMediaPlayerUnmute':
      return { want: 'not muted', prime: { on: true, muted: true }, check: same('muted', false) };
    case 'HassVacuumStart':
    case 'HassVacuumCleanArea':
      // The catalog vacuum cannot clean one area: starting a run is what it can do.
      return { want: 'cleaning', prime: { status: 'docked' }, check: same('status', 'cleaning') };
    case 'HassVacuumReturnToBase':
      return { want: 'returning or docked', prime: { status: 'cleaning' }, check: oneOf('status', ['returning', 'docked']) };
    case 'HassListAddItem':
    case 'HassShoppingListAddItem': {
      const item = String(slots.item);
      return { want: `${JSON.stringify(item)} on the list`, prime: { items: [], completed: [] }, check: hasItem('items', item, true) };
    }
    case 'HassListCompleteItem':
    case 'HassShoppingListCompleteItem': {
      const item = String(slots.item);
      return { want: `${JSON.stringify(item)} ticked off`, prime: { items: ['bread', item], completed: [] }, check: both(hasItem('items', item, false), hasItem('completed', item, true)) };
    }
    case 'HassListRemoveItem': {
      const item = String(slots.item);
      return { want: `${JSON.stringify(item)} removed`, prime: { items: ['bread', item], completed: [] }, check: hasItem('items', item, false) };
    }
    default:
      return `no expectation for ${intent}`;
  }
}

function outOfScopeEntities(entities: HomeEntity[]): string | undefined {
  const outside = entities.filter((entity) => !entity.device);
  if (outside.length === 0) return undefined;
  return `${outside.map((entity) => `${entity.entityId}`).join(', ')}: ${outside[0]!.notADevice}`;
}

function slotsText(testCase: IntentCase): string {
  return Object.entries(testCase.slots).map(([key, value]) => `${key}=${String(value)}`).join(' ');
}

export function expectationFor(home: IntentHome, testCase: IntentCase): Expectation {
  const { intent, slots } = testCase;
  if (NOT_EVALUATED[intent]) return { kind: 'not_evaluated', reason: NOT_EVALUATED[intent]! };
  if (TIMER_INTENT.test(intent)) return { kind: 'not_evaluated', reason: 'timers are not devices' };
  if (intent === 'HassGetState') return stateQuestion(home, testCase);
  const domains = INTENT_DOMAINS[intent];
  if (!domains) return { kind: 'not_evaluated', reason: `no expectation for ${intent}` };
  const scoped: IntentCase = intent.startsWith('HassShoppingList') ? { ...testCase, slots: { ...slots, name: 'Shopping List' } } : testCase;
  const selection = selectEntities(home, scoped, domains);
  const outside = outOfScopeEntities(selection.entities);
  if (outside) return { kind: 'out_of_scope', reason: outside };
  if (selection.entities.length === 0) return { kind: 'out_of_scope', reason: `the fixture home has no device for ${slotsText(testCase) || 'these slots'}` };
  const from = selection.from ? { from: selection.from } : {};
  if (intent === 'HassClimateGetTemperature') {
    const values = selection.entities.map((entity) => entity.device!.state.current_temperature as number);
    const said = Number(/-?\d+(\.\d+)?/.exec(testCase.response)?.[0]);
    return { kind: 'question', ...from, answer: { form: 'value', values: Number.isFinite(said) ? [...values, said] : values }, describe: `a temperature of ${values.join(' or ')} °C` };
  }
  const targets: TargetExpectation[] = [];
  const prime: Record<string, State> = {};
  for (const entity of selection.entities) {
    const plan = planTarget(intent, slots, entity.device!.type, entity.device!.state);
    if (typeof plan === 'string') return { kind: 'out_of_scope', reason: plan };
    targets.push({ deviceId: entity.device!.id, name: entity.name, want: plan.want, check: plan.check });
    prime[entity.device!.id] = plan.prime;
  }
  return { kind: 'control', ...from, targets, prime };
}

/** Names in a Home Assistant listing: "A, B and 2 more" / "A and B are not off". */
function parseListing(text: string, home: IntentHome): { names: string[]; more: number } {
  const more = Number(/\band (\d+) more\b/.exec(text)?.[1] ?? 0);
  const body = text.replace(/\s+(is|are) not .*$/, '').replace(/,?\s*and \d+ more\b.*$/, '');
  const names = body
    .split(/,\s*|\s+and\s+/)
    .map((part) => part.trim())
    .filter((part) => part && home.entities.some((entity) => sameName(entity, part)));
  return { names, more };
}

/**
 * HassGetState's slots often leave the domain implicit ("are any lights on" has only state=on),
 * so the dataset's response is the reference: its form says the kind of answer, its names and
 * numbers the content. Questions about people, zones or other non-devices are out of scope.
 */
function stateQuestion(home: IntentHome, testCase: IntentCase): Expectation {
  const { slots, response } = testCase;
  if (slots.name !== undefined) {
    const named = home.entities.filter((entity) => sameName(entity, String(slots.name)));
    const outside = outOfScopeEntities(named);
    if (outside) return { kind: 'out_of_scope', reason: outside };
    if (named.length === 0) return { kind: 'out_of_scope', reason: `the fixture home has no entity named ${String(slots.name)}` };
  }
  const selection = selectEntities(home, testCase, undefined);
  const from = selection.from && slots.name === undefined ? { from: selection.from } : {};
  const polar = /^(yes|no)\b[,.]?\s*(.*)$/i.exec(response.trim());
  if (polar) {
    const { names } = parseListing(polar[2] ?? '', home);
    const outside = outOfScopeEntities(names.flatMap((name) => home.entities.filter((entity) => sameName(entity, name))));
    if (outside) return { kind: 'out_of_scope', reason: outside };
    const yes = polar[1]!.toLowerCase() === 'yes';
    return { kind: 'question', ...from, answer: { form: 'yes_no', yes, names }, describe: `${yes ? 'yes' : 'no'}${names.length ? ` naming ${names.join(', ')}` : ''}` };
  }
  if (/^\d+$/.test(response.trim())) return { kind: 'question', ...from, answer: { form: 'count', count: Number(response) }, describe: `the count ${response}` };
  const value = /\bis (-?\d+(?:\.\d+)?)\s*(°[CF])?/.exec(response);
  if (value) {
    const said = Number(value[1]);
    const values = value[2] === '°F' ? [said, Math.round(((said - 32) * 5) / 9 * 10) / 10] : [said];
    return { kind: 'question', ...from, answer: { form: 'value', values }, describe: `the value ${values.join(' or ')}` };
  }
  const { names, more } = parseListing(response, home);
  if (names.length === 0) return { kind: 'out_of_scope', reason: `cannot read an expectation from the response ${JSON.stringify(response)}` };
  const outside = outOfScopeEntities(names.flatMap((name) => home.entities.filter((entity) => sameName(entity, name))));
  if (outside) return { kind: 'out_of_scope', reason: outside };
  return { kind: 'question', ...from, answer: { form: 'names', names, more }, describe: `the names ${names.join(', ')}${more ? ` and ${more} more` : ''}` };
}

/** Whether an answer carries the expected content; a problem, or undefined when it does. */
export function judgeAnswer(expected: AnswerExpectation, answer: string): string | undefined {
  const text = answer.toLowerCase();
  const mentions = (name: string) => normaliseName(answer).includes(normaliseName(name));
  const missing = (names: string[]) => names.filter((name) => !mentions(name));
  switch (expected.form) {
    case 'yes_no': {
      const polarity = /^\W*(yes|no)\b/.exec(text)?.[1];
      if (polarity === undefined) return 'the answer says neither yes nor no';
      // The names Home Assistant adds ("Yes, Kitchen Light") were written for the test's own home;
      // the merged fixture home may hold more matching devices, so only the verdict is required.
      return (polarity === 'yes') !== expected.yes ? `the answer says ${polarity}` : undefined;
    }
    case 'count': {
      const said = /-?\d+/.exec(text)?.[0];
      return said !== undefined && Number(said) === expected.count ? undefined : `the answer's count is ${said ?? 'missing'}`;
    }
    case 'value': {
      const numbers = [...text.matchAll(/-?\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
      return numbers.some((number) => expected.values.some((value) => Math.abs(value - number) < 0.051)) ? undefined : `the answer has none of ${expected.values.join(', ')}`;
    }
    case 'names': {
      const absent = missing(expected.names);
      if (absent.length > 0) return `the answer does not name ${absent.join(', ')}`;
      return undefined;
    }
  }
}
