import { safeParseJson, type ApiFunctionSpec, type JsonValue } from '@meshmind/protocol';
import type { DeviceState } from '../../driver.js';
import { numberOption, stringOption, type DiscoveryConfig } from './discovery-config.js';
import {
  asNumber,
  asText,
  commandWriter,
  optionalTopic,
  payloadReader,
  query,
  requiredTopic,
  unknownFunction,
  type EntityFragment,
  type Publication,
  type StateReader,
} from './entity-fragment.js';

/** Reads a state word the device sends (its own `state_*` payloads) into our enum value. */
function wordReader(topic: string, config: DiscoveryConfig, templateKey: string, key: string, words: Record<string, string>): StateReader {
  const value = payloadReader(config, templateKey);
  return {
    topic,
    read(payload): DeviceState {
      const text = asText(value(payload));
      const match = Object.entries(words).find(([, word]) => word === text);
      return match ? { [key]: match[0] } : {};
    },
  };
}

/** Blinds, shutters, a garage door or an awning. */
export function coverFragment(config: DiscoveryConfig): EntityFragment {
  const commandTopic = optionalTopic(config, 'command_topic');
  const stateTopic = optionalTopic(config, 'state_topic');
  const positionTopic = optionalTopic(config, 'position_topic');
  const setPositionTopic = optionalTopic(config, 'set_position_topic');
  const positionOpen = numberOption(config, 'position_open', 100);
  const positionClosed = numberOption(config, 'position_closed', 0);
  const payloads = {
    open: stringOption(config, 'payload_open', 'OPEN'),
    close: stringOption(config, 'payload_close', 'CLOSE'),
    stop: stringOption(config, 'payload_stop', 'STOP'),
  };
  const words = {
    open: stringOption(config, 'state_open', 'open'),
    closed: stringOption(config, 'state_closed', 'closed'),
    opening: stringOption(config, 'state_opening', 'opening'),
    closing: stringOption(config, 'state_closing', 'closing'),
    stopped: stringOption(config, 'state_stopped', 'stopped'),
  };
  const toPercent = (raw: number) => Math.max(0, Math.min(100, Math.round(((raw - positionClosed) / (positionOpen - positionClosed)) * 100)));
  const readers: StateReader[] = [];
  if (stateTopic) readers.push(wordReader(stateTopic, config, 'value_template', 'cover_state', words));
  if (positionTopic) {
    const value = payloadReader(config, 'position_template');
    readers.push({
      topic: positionTopic,
      read(payload): DeviceState {
        const raw = asNumber(value(payload));
        return raw === null ? {} : { position: toPercent(raw) };
      },
    });
  }
  const write = commandWriter(config, 'command_template');
  const writePosition = commandWriter(config, 'set_position_template');
  const positioned = setPositionTopic !== null || positionTopic !== null;
  const functions: ApiFunctionSpec[] = [];
  if (commandTopic) {
    functions.push(
      // A cover takes a while: one still moving the right way has taken the call.
      { name: 'open_cover', description: 'Opens the cover fully (raises blinds, opens shutters or the door).', kind: 'action', parameters: [], effects: [{ key: 'cover_state', value: 'open', alsoAccepted: ['opening'] }] },
      { name: 'close_cover', description: 'Closes the cover fully (lowers blinds, shuts shutters or the door).', kind: 'action', parameters: [], effects: [{ key: 'cover_state', value: 'closed', alsoAccepted: ['closing'] }] },
      { name: 'stop_cover', description: 'Stops the cover where it is while it is moving.', kind: 'action', parameters: [] },
    );
  }
  if (setPositionTopic) {
    functions.push({
      name: 'set_position',
      description: 'Moves the cover to the given opening position.',
      kind: 'action',
      parameters: [{ name: 'position', type: 'integer', description: 'Target position; 0 is closed, 50 half open, 100 fully open.', unit: '%', minimum: 0, maximum: 100 }],
      effects: [{ key: 'position', parameter: 'position' }],
    });
  }
  functions.push(query('get_cover_state', 'Reports whether the cover is open, closed, opening or closing.', { type: 'enum', description: 'One of open, closed, opening, closing, stopped.' }));
  if (positioned) functions.push(query('get_position', 'Reads how far the cover is open.', { type: 'integer', description: 'Current position; 0 is closed, 100 fully open.', unit: '%' }));
  return {
    component: 'cover',
    kind: 'cover',
    summary: positioned ? 'opens, closes and stops at any position' : 'opens, closes and stops',
    nouns: ['cover', 'blinds', 'shutter', 'window covering'],
    state: {
      cover_state: { type: 'enum', description: 'Whether the cover is open, closed or moving.', values: ['open', 'closed', 'opening', 'closing', 'stopped'] },
      ...(positioned ? { position: { type: 'integer', description: 'How far the cover is open; 0 is fully closed, 100 fully open.', unit: '%', minimum: 0, maximum: 100 } } : {}),
    },
    initialState: positioned ? { cover_state: 'closed', position: 0 } : { cover_state: 'closed' },
    functions,
    queries: { get_cover_state: 'cover_state', ...(positioned ? { get_position: 'position' } : {}) },
    readers,
    optimistic: stateTopic === null && positionTopic === null,
    command(functionName, args): Publication[] {
      if (functionName === 'set_position' && setPositionTopic) {
        const raw = Math.round(positionClosed + (Number(args.position) / 100) * (positionOpen - positionClosed));
        return [{ topic: setPositionTopic, payload: writePosition(raw) }];
      }
      const payload = { open_cover: payloads.open, close_cover: payloads.close, stop_cover: payloads.stop }[functionName];
      if (!commandTopic || payload === undefined) throw unknownFunction('cover', functionName);
      return [{ topic: commandTopic, payload: write(payload) }];
    },
  };
}

/**
 * A water or gas valve that opens and closes; with `reports_position` it also opens part way: its
 * state topic carries a number (or `{"state": ..., "position": ...}`) and its command topic takes
 * the wanted position, scaled between `position_closed` and `position_open`, as Home Assistant does.
 */
export function valveFragment(config: DiscoveryConfig): EntityFragment {
  const commandTopic = optionalTopic(config, 'command_topic');
  const stateTopic = optionalTopic(config, 'state_topic');
  const reportsPosition = config.reports_position === true;
  const positionOpen = numberOption(config, 'position_open', 100);
  const positionClosed = numberOption(config, 'position_closed', 0);
  const payloads = { open_valve: stringOption(config, 'payload_open', 'OPEN'), close_valve: stringOption(config, 'payload_close', 'CLOSE') };
  const payloadStop = stringOption(config, 'payload_stop');
  const words = {
    open: stringOption(config, 'state_open', 'open'),
    closed: stringOption(config, 'state_closed', 'closed'),
    opening: stringOption(config, 'state_opening', 'opening'),
    closing: stringOption(config, 'state_closing', 'closing'),
  };
  const write = commandWriter(config, 'command_template');
  const toPercent = (raw: number) => Math.max(0, Math.min(100, Math.round(((raw - positionClosed) / (positionOpen - positionClosed)) * 100)));
  const toRaw = (percent: number) => Math.round(positionClosed + (percent / 100) * (positionOpen - positionClosed));
  const readers: StateReader[] = [];
  if (stateTopic && reportsPosition) {
    const value = payloadReader(config, 'value_template');
    const fromPosition = (raw: number): DeviceState => {
      const position = toPercent(raw);
      return { position, valve_state: position === 0 ? 'closed' : 'open' };
    };
    const fromWord = (text: string): DeviceState => {
      const match = Object.entries(words).find(([, word]) => word === text);
      return match ? { valve_state: match[0] } : {};
    };
    readers.push({
      topic: stateTopic,
      read(payload): DeviceState {
        const rendered = value(payload);
        const decoded = typeof rendered === 'string' ? safeParseJson(rendered) : { ok: true as const, value: rendered };
        const message = (decoded.ok ? decoded.value : rendered) as JsonValue;
        if (message !== null && typeof message === 'object' && !Array.isArray(message)) {
          const { state, position } = message as Record<string, JsonValue>;
          const raw = asNumber(position ?? null);
          return { ...(raw === null ? {} : fromPosition(raw)), ...(typeof state === 'string' ? fromWord(state) : {}) };
        }
        const raw = asNumber(message);
        return raw === null ? fromWord(asText(message)) : fromPosition(raw);
      },
    });
  } else if (stateTopic) {
    readers.push(wordReader(stateTopic, config, 'value_template', 'valve_state', words));
  }
  const functions: ApiFunctionSpec[] = [];
  if (commandTopic) {
    functions.push(
      { name: 'open_valve', description: 'Opens the valve so water flows.', kind: 'action', parameters: [], effects: [{ key: 'valve_state', value: 'open', alsoAccepted: ['opening'] }] },
      { name: 'close_valve', description: 'Closes the valve and shuts the water off.', kind: 'action', parameters: [], effects: [{ key: 'valve_state', value: 'closed', alsoAccepted: ['closing'] }] },
    );
    if (reportsPosition) {
      functions.push({
        name: 'set_position',
        description: 'Opens the valve part way, to the given opening.',
        kind: 'action',
        parameters: [{ name: 'position', type: 'integer', description: 'Target opening; 0 is closed, 50 half open, 100 fully open.', unit: '%', minimum: 0, maximum: 100 }],
        effects: [{ key: 'position', parameter: 'position' }],
      });
    }
    if (payloadStop !== null) functions.push({ name: 'stop_valve', description: 'Stops the valve where it is while it is moving.', kind: 'action', parameters: [] });
  }
  functions.push(query('get_valve_state', 'Reports whether the valve is open or closed.', { type: 'enum', description: 'One of open, closed, opening, closing.' }));
  if (reportsPosition) functions.push(query('get_position', 'Reads how far the valve is open.', { type: 'integer', description: 'Current opening; 0 is closed, 100 fully open.', unit: '%' }));
  return {
    component: 'valve',
    kind: 'valve',
    summary: reportsPosition ? 'lets water through when open, part way or fully, and shuts it off when closed' : 'lets water through when open and shuts it off when closed',
    nouns: ['valve', 'water valve', 'irrigation', 'sprinkler', 'tap', 'water supply'],
    state: {
      valve_state: { type: 'enum', description: 'Whether water flows through the valve.', values: ['open', 'closed', 'opening', 'closing'] },
      ...(reportsPosition ? { position: { type: 'integer', description: 'How far the valve is open; 0 is closed, 100 fully open.', unit: '%', minimum: 0, maximum: 100 } } : {}),
    },
    initialState: reportsPosition ? { valve_state: 'closed', position: 0 } : { valve_state: 'closed' },
    functions,
    queries: { get_valve_state: 'valve_state', ...(reportsPosition ? { get_position: 'position' } : {}) },
    readers,
    optimistic: stateTopic === null,
    command(functionName, args): Publication[] {
      if (!commandTopic) throw unknownFunction('valve', functionName);
      if (functionName === 'stop_valve' && payloadStop !== null) return [{ topic: commandTopic, payload: write(payloadStop) }];
      if (reportsPosition) {
        // Such a valve takes positions only: open and close are its ends.
        const percent = functionName === 'set_position' ? Number(args.position) : functionName === 'open_valve' ? 100 : functionName === 'close_valve' ? 0 : null;
        if (percent === null) throw unknownFunction('valve', functionName);
        return [{ topic: commandTopic, payload: write(toRaw(percent)) }];
      }
      const payload = payloads[functionName as keyof typeof payloads];
      if (payload === undefined) throw unknownFunction('valve', functionName);
      return [{ topic: commandTopic, payload: write(payload) }];
    },
  };
}

/** A door lock; unlocking is sensitive, as the catalog's lock is. */
export function lockFragment(config: DiscoveryConfig): EntityFragment {
  const commandTopic = requiredTopic(config, 'command_topic', 'lock');
  const stateTopic = optionalTopic(config, 'state_topic');
  const payloads = { lock: stringOption(config, 'payload_lock', 'LOCK'), unlock: stringOption(config, 'payload_unlock', 'UNLOCK') };
  const words = {
    locked: stringOption(config, 'state_locked', 'LOCKED'),
    unlocked: stringOption(config, 'state_unlocked', 'UNLOCKED'),
    jammed: stringOption(config, 'state_jammed', 'JAMMED'),
  };
  const write = commandWriter(config, 'command_template');
  return {
    component: 'lock',
    kind: 'door lock',
    summary: 'locks and unlocks a door; unlocking needs a confirmation',
    nouns: ['lock', 'door lock', 'smart lock', 'door'],
    state: { lock_state: { type: 'enum', description: 'Whether the bolt is locked, unlocked or jammed.', values: ['locked', 'unlocked', 'jammed'] } },
    initialState: { lock_state: 'locked' },
    functions: [
      { name: 'lock', description: 'Locks the door by throwing the bolt.', kind: 'action', parameters: [], effects: [{ key: 'lock_state', value: 'locked' }] },
      { name: 'unlock', description: 'Unlocks the door by retracting the bolt.', kind: 'action', parameters: [], effects: [{ key: 'lock_state', value: 'unlocked' }], sensitive: true },
      query('get_lock_state', 'Reports whether the door is locked, unlocked or jammed.', { type: 'enum', description: 'One of locked, unlocked, jammed.' }),
    ],
    queries: { get_lock_state: 'lock_state' },
    readers: stateTopic ? [wordReader(stateTopic, config, 'value_template', 'lock_state', words)] : [],
    optimistic: stateTopic === null,
    command(functionName) {
      const payload = payloads[functionName as keyof typeof payloads];
      if (payload === undefined) throw unknownFunction('lock', functionName);
      return [{ topic: commandTopic, payload: write(payload) }];
    },
  };
}
