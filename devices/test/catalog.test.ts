import { describe, expect, it } from 'vitest';
import { DeviceDescriptionSchema, createValidator, validateCallArguments, type DeviceDescription } from '@meshmind/protocol';
import { describeInvalidStateValue, getDeviceDescription, listDeviceTypes } from '../src/index';

const descriptionValidator = createValidator(DeviceDescriptionSchema);
const catalog: DeviceDescription[] = listDeviceTypes().map((type) => getDeviceDescription(type));

const HOME_TYPES = [
  'light',
  'switch',
  'fan',
  'cover',
  'garage_door',
  'lock',
  'climate',
  'media_player',
  'vacuum',
  'valve',
  'temperature_sensor',
  'humidity_sensor',
  'motion_sensor',
  'contact_sensor',
  'todo_list',
];

describe('device catalog', () => {
  it('lists every home device type', () => {
    expect(listDeviceTypes()).toEqual(expect.arrayContaining(HOME_TYPES));
  });

  it('refuses an unknown type with E_UNKNOWN_DEVICE_TYPE naming the known ones', () => {
    expect(() => getDeviceDescription('toaster')).toThrowError(expect.objectContaining({ code: 'E_UNKNOWN_DEVICE_TYPE', message: expect.stringContaining('light') }));
  });

  it('hands out descriptions nobody can change by accident', () => {
    const light = getDeviceDescription('light');
    expect(() => {
      (light.functions as unknown[]).push({});
    }).toThrow(TypeError);
  });

  describe.each(catalog.map((description) => [description.type, description] as const))('%s', (type, description) => {
    it('validates against DeviceDescriptionSchema', () => {
      const result = descriptionValidator.validate(description);
      expect(result.ok ? 'valid' : result.error.message).toBe('valid');
    });

    it('has unique snake_case function names, one-sentence descriptions and nouns', () => {
      const names = description.functions.map((fn) => fn.name);
      expect(new Set(names).size).toBe(names.length);
      expect(description.type).toBe(type);
      expect(description.nouns.length).toBeGreaterThan(0);
      for (const fn of description.functions) {
        expect(fn.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(fn.description).toMatch(/^[A-Z].*\.$/);
      }
    });

    it('gives every query a return type and no effects', () => {
      for (const fn of description.functions.filter((candidate) => candidate.kind === 'query')) {
        expect(fn.returns, fn.name).toBeDefined();
        expect(fn.effects ?? [], fn.name).toEqual([]);
      }
    });

    it('gives numbers a unit and a range, and enums their values', () => {
      const specs = [
        ...Object.entries(description.state).map(([key, spec]) => [`state.${key}`, spec] as const),
        ...description.functions.flatMap((fn) => fn.parameters.map((parameter) => [`${fn.name}.${parameter.name}`, parameter] as const)),
      ];
      for (const [where, spec] of specs) {
        if (spec.type === 'integer' || spec.type === 'number') {
          expect(spec.unit, where).toBeTruthy();
          expect(spec.minimum, where).toBeTypeOf('number');
          expect(spec.maximum, where).toBeTypeOf('number');
        }
        if (spec.type === 'enum') expect(spec.values?.length, where).toBeGreaterThan(0);
        for (const value of Object.keys(spec.synonyms ?? {})) expect(spec.values, `${where} synonym key`).toContain(value);
      }
    });

    it('declares effects only on existing state fields, with parameters or values that fit them', () => {
      for (const fn of description.functions) {
        for (const effect of fn.effects ?? []) {
          const field = description.state[effect.key];
          expect(field, `${fn.name} effect on ${effect.key}`).toBeDefined();
          const kinds = [effect.value, effect.parameter, effect.increaseBy, effect.decreaseBy, effect.includes].filter((part) => part !== undefined);
          expect(kinds, `${fn.name} effect on ${effect.key} has exactly one of value/parameter/increaseBy/decreaseBy/includes`).toHaveLength(1);
          if (effect.includes !== undefined) {
            // A list gains the argument's item.
            expect(field?.type, `${effect.key} type`).toBe('string_list');
            expect(fn.parameters.some((parameter) => parameter.name === effect.includes), `${fn.name} parameter ${effect.includes}`).toBe(true);
          }
          const relative = effect.increaseBy ?? effect.decreaseBy;
          if (relative !== undefined) {
            // A relative change moves a number by a number.
            const parameter = fn.parameters.find((candidate) => candidate.name === relative);
            expect(parameter, `${fn.name} effect parameter ${relative}`).toBeDefined();
            expect(['integer', 'number'], `${fn.name}.${relative} type`).toContain(parameter?.type);
            expect(['integer', 'number'], `${effect.key} type`).toContain(field?.type);
          } else if (effect.parameter !== undefined) {
            const parameter = fn.parameters.find((candidate) => candidate.name === effect.parameter);
            expect(parameter, `${fn.name} effect parameter ${effect.parameter}`).toBeDefined();
            if (field && parameter) expect(parameter.type, `${fn.name}.${parameter.name} type`).toBe(field.type);
          } else if (field && effect.includes === undefined) {
            expect(describeInvalidStateValue(field, effect.value), `${fn.name} effect value on ${effect.key}`).toBeUndefined();
          }
        }
      }
    });

    it('accepts a call of every function without arguments only where none are required', () => {
      for (const fn of description.functions) {
        const required = fn.parameters.filter((parameter) => parameter.required !== false && parameter.default === undefined);
        expect(validateCallArguments(fn, {}).ok, fn.name).toBe(required.length === 0);
      }
    });
  });

  it('marks opening the garage and unlocking a door as sensitive, and nothing harmless', () => {
    const sensitive = catalog.flatMap((description) =>
      description.functions.filter((fn) => fn.sensitive).map((fn) => `${description.type}.${fn.name}`),
    );
    expect(sensitive.sort()).toEqual(['garage_door.open_door', 'lock.unlock']);
  });
});
