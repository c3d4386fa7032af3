import { describe, expect, it } from 'vitest';
import {
  MESSAGE_VALIDATORS,
  MeshmindError,
  PROGRESS_EARLIER_MAX,
  Topics,
  assertPublishableTopic,
  isMeshmindError,
  safeParseJson,
  toMeshmindError,
  validateCallArguments,
  type ApiFunctionSpec,
} from '../src/index';

const topics = new Topics();

describe('topics', () => {
  it('builds and parses a device channel topic', () => {
    const topic = topics.device('kitchen_light', 'subtasks');
    expect(topic).toBe('meshmind/devices/kitchen_light/subtasks');
    expect(topics.parse(topic)).toEqual({ deviceId: 'kitchen_light', channel: 'subtasks' });
  });

  it('refuses wildcard and empty device ids', () => {
    for (const bad of ['+', '#', 'a/b', '', 'x+y']) {
      expect(() => topics.device(bad, 'state')).toThrowError(expect.objectContaining({ code: 'E_INVALID_TOPIC' }));
    }
  });

  it('refuses to publish to wildcard topics', () => {
    expect(() => assertPublishableTopic(topics.allDevices('state'))).toThrowError(/refusing to publish/);
    expect(() => assertPublishableTopic('meshmind/devices/a/state')).not.toThrow();
  });

  it('parses nothing outside its own root', () => {
    expect(topics.parse('other/devices/a/state')).toBeNull();
    expect(topics.parse('meshmind/devices/a/unknown')).toBeNull();
    expect(topics.parse('meshmind/devices/a/b/state')).toBeNull();
  });
});

describe('safeParseJson', () => {
  it('returns a coded error for malformed JSON instead of throwing', () => {
    const result = safeParseJson('{"a":');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('E_BAD_JSON');
  });

  it('refuses oversized payloads', () => {
    const result = safeParseJson('"' + 'x'.repeat(100) + '"', 50);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('E_INVALID_PAYLOAD');
  });
});

describe('message schemas', () => {
  const request = { id: 's1', goalId: 'g1', text: 'Turn on the light.', deadline: 2, issuedAt: 1 };

  it('accepts a valid subtask request', () => {
    expect(MESSAGE_VALIDATORS.subtaskRequest.parse(JSON.stringify(request))).toEqual({ ok: true, value: request });
  });

  it('names the failing path of an invalid subtask request', () => {
    const result = MESSAGE_VALIDATORS.subtaskRequest.validate({ ...request, text: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('E_INVALID_PAYLOAD');
      expect(result.error.message).toContain('/text');
    }
  });

  it('rejects unknown fields and wrong types', () => {
    expect(MESSAGE_VALIDATORS.subtaskRequest.check({ ...request, extra: 1 })).toBe(false);
    expect(MESSAGE_VALIDATORS.subtaskRequest.check({ ...request, deadline: 'soon' })).toBe(false);
  });

  it('accepts both envelope forms of a report and nothing else', () => {
    const ok = {
      status: 'ok',
      id: 's1',
      data: { deviceId: 'lamp', goalId: 'g1', outcome: 'done', message: 'Lamp is on.', state: { on: true }, calls: [] },
    };
    const error = { status: 'error', id: null, error: { code: 'E_BAD_JSON', message: 'invalid JSON' } };
    expect(MESSAGE_VALIDATORS.subtaskReport.check(ok)).toBe(true);
    expect(MESSAGE_VALIDATORS.subtaskReport.check(error)).toBe(true);
    expect(MESSAGE_VALIDATORS.subtaskReport.check({ ...error, error: { code: 'E_NOPE', message: 'x' } })).toBe(false);
    expect(MESSAGE_VALIDATORS.subtaskReport.check({ status: 'ok', id: 's1' })).toBe(false);
  });

  it("takes a task's last stages on an ok report only, as many as one progress message holds", () => {
    const ok = {
      status: 'ok',
      id: 's1',
      data: { deviceId: 'lamp', goalId: 'g1', outcome: 'done', message: 'Lamp is off.', state: { on: false }, calls: [] },
    };
    const stages = [{ stage: 'executing', at: 5, elapsed: 1.25 }, { stage: 'done', at: 6, elapsed: 2, detail: 'verified' }];
    expect(MESSAGE_VALIDATORS.subtaskReport.check({ ...ok, stages })).toBe(true);
    expect(MESSAGE_VALIDATORS.subtaskReport.check({ ...ok, stages: [] })).toBe(false);
    expect(MESSAGE_VALIDATORS.subtaskReport.check({ ...ok, stages: [{ ...stages[0], id: 's1' }] })).toBe(false);
    const tooMany = Array.from({ length: PROGRESS_EARLIER_MAX + 2 }, (_, index) => ({ stage: `step-${index}`, at: index }));
    expect(MESSAGE_VALIDATORS.subtaskReport.check({ ...ok, stages: tooMany })).toBe(false);
    expect(MESSAGE_VALIDATORS.subtaskReport.check({ ...ok, stages: tooMany.slice(1) })).toBe(true);
    const error = { status: 'error', id: 's1', error: { code: 'E_BAD_JSON', message: 'invalid JSON' } };
    expect(MESSAGE_VALIDATORS.subtaskReport.check({ ...error, stages })).toBe(false);
  });
});

describe('device profile schema', () => {
  const profile = {
    protocolVersion: 1,
    id: 'lamp',
    type: 'light',
    name: 'Lamp',
    aliases: ['reading lamp'],
    nouns: ['light'],
    area: { id: 'kitchen', name: 'Kitchen', aliases: [], floor: { id: 'ground', name: 'Ground floor', aliases: [] } },
    capabilities: [],
    apiDocHash: '0123456789abcdef',
    agentVersion: '1',
  };

  it('accepts a profile whose names are plain text', () => {
    expect(MESSAGE_VALIDATORS.profile.check(profile)).toBe(true);
  });

  it.each([
    ['the device name', { name: 'Lamp\u001B]0;owned\u0007' }, '/name'],
    ['an alias', { aliases: ['reading\u009B2J lamp'] }, '/aliases/0'],
    ['the area name', { area: { ...profile.area, name: 'Kitchen\u202E' } }, '/area/name'],
    ['an area alias', { area: { ...profile.area, aliases: ['cook\u0008ing'] } }, '/area/aliases/0'],
    ['the floor name', { area: { ...profile.area, floor: { id: 'ground', name: 'Ground\r\nfloor', aliases: [] } } }, '/area/floor/name'],
  ])('refuses control characters in %s, naming the path', (_label, change, path) => {
    const result = MESSAGE_VALIDATORS.profile.validate({ ...profile, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('E_INVALID_PAYLOAD');
      expect(result.error.message).toContain(path);
    }
  });
});

describe('validateCallArguments', () => {
  const setBrightness: ApiFunctionSpec = {
    name: 'set_brightness',
    description: 'Set the brightness.',
    kind: 'action',
    parameters: [
      { name: 'brightness', type: 'integer', description: 'Brightness', unit: '%', minimum: 0, maximum: 100 },
      { name: 'transition', type: 'number', description: 'Fade time', unit: 's', minimum: 0, maximum: 60, required: false, default: 0 },
    ],
  };

  it('fills defaults of omitted optional parameters', () => {
    expect(validateCallArguments(setBrightness, { brightness: 40 })).toEqual({ ok: true, value: { brightness: 40, transition: 0 } });
  });

  it('answers out-of-range values with E_ARGUMENT_OUT_OF_RANGE and the range', () => {
    const result = validateCallArguments(setBrightness, { brightness: 150 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('E_ARGUMENT_OUT_OF_RANGE');
      expect(result.error.message).toBe('set_brightness: brightness=150 is outside 0..100 %');
    }
  });

  it('answers wrong types, missing and unknown arguments with E_INVALID_ARGUMENT', () => {
    for (const args of [{ brightness: 'bright' }, {}, { brightness: 5, colour: 'red' }, null, [1]]) {
      const result = validateCallArguments(setBrightness, args);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('E_INVALID_ARGUMENT');
    }
  });
});

describe('errors', () => {
  it('recognises meshmind errors by shape, not instanceof', () => {
    const error = new MeshmindError('E_TIMEOUT', 'too slow');
    expect(isMeshmindError(error)).toBe(true);
    expect(isMeshmindError({ name: 'MeshmindError', code: 'E_TIMEOUT', message: 'x' })).toBe(true);
    expect(isMeshmindError(new Error('plain'))).toBe(false);
  });

  it('wraps foreign errors with the original as cause', () => {
    const original = new TypeError('boom');
    const wrapped = toMeshmindError(original);
    expect(wrapped.code).toBe('E_INTERNAL');
    expect(wrapped.cause).toBe(original);
  });
});

describe('programSchema', () => {
  it('restricts calls to the given functions and their argument schemas', async () => {
    const { programSchema, argumentsSchema, createValidator } = await import('../src/index');
    const fn: ApiFunctionSpec = {
      name: 'set_brightness',
      description: 'Set the brightness.',
      kind: 'action',
      parameters: [{ name: 'brightness', type: 'integer', description: 'Brightness', unit: '%', minimum: 0, maximum: 100 }],
    };
    const validator = createValidator(programSchema({ functions: [{ name: fn.name, arguments: argumentsSchema(fn) }] }));
    const good = {
      steps: [
        { op: 'call', function: 'set_brightness', args: { brightness: 40 } },
        { op: 'repeat', times: 2, steps: [{ op: 'wait', seconds: 1 }] },
      ],
    };
    expect(validator.check(good)).toBe(true);
    expect(validator.check({ steps: [{ op: 'call', function: 'unlock', args: {} }] })).toBe(false);
    expect(validator.check({ steps: [{ op: 'call', function: 'set_brightness', args: { brightness: 400 } }] })).toBe(false);
    expect(validator.check({ steps: [{ op: 'repeat', times: 1000, steps: [{ op: 'wait', seconds: 1 }] }] })).toBe(false);
  });
});
