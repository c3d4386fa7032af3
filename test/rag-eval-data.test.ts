import { describe, expect, it } from 'vitest';
import { getDeviceDescription, hasDeviceType, listDeviceTypes, robotDescription, ROBOT_DIALECTS, ROBOT_FUNCTION_IDS, validateDeviceState } from '@meshmind/devices';
import { validateCallArguments, type DeviceDescription } from '@meshmind/protocol';
import { EVAL_WORLD, EXAMPLE_FILES, loadExamples, toDialect, type LabelledCall, type LabelledExample } from './eval/rag-eval-core';

// The labelled sets are only worth their figures if every expected call is one the device's own
// document can take: a function it has, arguments it names, values in its types, enums and ranges.
// Problems are reported by file, line and function, never by sentence, so that a blind set stays
// unread by whoever runs this test.

// The canonical API's own ranges (robot-functions.ts): shelves 1..20, coordinates 0..100 m.
const WORLD = EVAL_WORLD;

function callProblems(description: DeviceDescription, calls: readonly LabelledCall[]): string[] {
  return calls.flatMap((call) => {
    const spec = description.functions.find((fn) => fn.name === call.function);
    if (!spec) return [`${description.type} has no function ${call.function}`];
    // Only the arguments named in the label are checked: a default the document fills is the label's to leave out.
    const checked = validateCallArguments(spec, call.arguments);
    return checked.ok ? [] : [`${call.function}: ${checked.error.message}`];
  });
}

function stateProblems(description: DeviceDescription, example: LabelledExample): string[] {
  if (example.state === undefined) return [];
  const checked = validateDeviceState(description, example.state);
  return checked.ok ? [] : [`state: ${checked.error.message}`];
}

function lineProblems(examples: readonly LabelledExample[], check: (example: LabelledExample) => string[]): string[] {
  return examples.flatMap((example, index) => check(example).map((problem) => `line ${index + 1}: ${problem}`));
}

describe('labelled eval data', () => {
  for (const file of EXAMPLE_FILES.home) {
    it(`${file}: every call and state fits its device type's document`, () => {
      const problems = lineProblems(loadExamples(file), (example) => {
        if (!example.deviceType || !hasDeviceType(example.deviceType)) return [`unknown device type ${example.deviceType}`];
        const description = getDeviceDescription(example.deviceType);
        return [...callProblems(description, example.calls), ...stateProblems(description, example)];
      });
      expect(problems).toEqual([]);
    });
  }

  for (const file of EXAMPLE_FILES.warehouse) {
    it(`${file}: every call fits every robot dialect's document`, () => {
      const problems = lineProblems(loadExamples(file), (example) =>
        example.calls.some((call) => !(ROBOT_FUNCTION_IDS as readonly string[]).includes(call.function))
          ? [`a call names no canonical robot function: ${example.calls.map((call) => call.function).join(', ')}`]
          : ROBOT_DIALECTS.flatMap((dialect) => {
          const description = robotDescription(dialect.id, WORLD);
          const calls = example.calls.map((call) => toDialect(dialect.id, call));
          return [...callProblems(description, calls), ...stateProblems(description, example)].map((problem) => `${dialect.id} ${problem}`);
        }),
      );
      expect(problems).toEqual([]);
    });
  }

  it('the fourth set covers every home device type and the robot, about a quarter of it negatives', () => {
    const home = loadExamples('rag-home-4.jsonl');
    const warehouse = loadExamples('rag-warehouse-4.jsonl');
    const types = new Set(home.map((example) => example.deviceType));
    expect(listDeviceTypes().filter((type) => !types.has(type))).toEqual([]);
    expect(warehouse.length).toBeGreaterThan(0);
    for (const set of [home, warehouse]) {
      const negatives = set.filter((example) => example.calls.length === 0).length / set.length;
      expect(negatives).toBeGreaterThan(0.2);
      expect(negatives).toBeLessThan(0.35);
    }
  });
});
