import { describe, expect, it } from 'vitest';
import { checkSource, prepareGenerated, prepareProgram, renderProgram } from '@meshmind/fsm';
import { robotDescription } from './helpers/fake-device';

function rejection(source: string) {
  const checked = checkSource(source, robotDescription);
  if (checked.ok) throw new Error(`expected a rejection of: ${source}`);
  return checked.error;
}

describe('checkSource: the JavaScript allow-list', () => {
  it('accepts a multi-step program with awaits, conditions, a bounded loop and a return', () => {
    const checked = checkSource(
      [
        'await device.move_to_shelf({ shelf: 3 });',
        'const free = await device.check_free_space();',
        'if (device.state().shelf === 3 && free > 0) { await wait(2); }',
        'for (let i = 0; i < 3; i++) { await device.set_lamp({ on: i < 2 }); }',
        'return free;',
      ].join('\n'),
      robotDescription,
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.functions).toEqual(['check_free_space', 'move_to_shelf', 'set_lamp']);
    expect(checked.value.plannedCalls).toEqual([{ function: 'move_to_shelf', arguments: { shelf: 3 } }, { function: 'check_free_space', arguments: {} }]);
    expect(checked.value.executable).not.toContain('await');
  });

  it.each([
    ['globalThis', 'globalThis.process.exit(1);'],
    ['constructor through a device function', 'device.move_to_shelf.constructor("return process")();'],
    ['constructor through a value', 'const a = 1; a.constructor;'],
    ['dynamic import', 'import("node:fs");'],
    ['an unbounded while loop', 'while (true) {}'],
    ['eval', 'eval("1");'],
    ['Function', 'Function("return this")();'],
    ['this', 'this.device;'],
    ['an arrow function', 'const f = () => 1;'],
    ['computed member access', 'const k = "shelf"; device[k]({});'],
    ['a template literal', 'const t = `x`;'],
    ['new', 'new Promise(() => {});'],
    ['try/catch', 'try { device.stop(); } catch (e) {}'],
    ['a loop over its bound', 'for (let i = 0; i < 1000000; i++) {}'],
    ['a loop that moves its own counter', 'for (let i = 0; i < 5; i++) { i = 0; }'],
    ['reading a device function without calling it', 'const f = device.stop;'],
    ['__proto__ in an object literal', 'device.set_lamp({ __proto__: {} });'],
    ['var', 'var x = 1;'],
  ])('rejects %s', (_name, source) => {
    expect(rejection(source).code).toBe('E_PROGRAM_REJECTED');
  });

  it('rejects a function the device does not have', () => {
    expect(rejection('device.self_destruct({});').code).toBe('E_UNKNOWN_FUNCTION');
  });

  it('refuses a literal argument out of range before anything runs', () => {
    const error = rejection('device.move_to_shelf({ shelf: 42 });');
    expect(error.code).toBe('E_ARGUMENT_OUT_OF_RANGE');
    expect(error.message).toContain('shelf=42 is outside 1..10');
  });

  it('refuses a literal argument of the wrong type', () => {
    expect(rejection('device.set_lamp({ on: "yes" });').code).toBe('E_INVALID_ARGUMENT');
  });

  it('reports sensitive functions the program can call', () => {
    const checked = checkSource('await device.release_emergency_stop({});', robotDescription);
    expect(checked.ok && checked.value.sensitive).toEqual(['release_emergency_stop']);
  });

  it('rejects code that does not parse, with the parser message', () => {
    const error = rejection('device.stop(');
    expect(error.code).toBe('E_PROGRAM_REJECTED');
    expect(error.message).toMatch(/does not parse/);
  });
});

describe('prepareProgram: Program JSON to checked JavaScript', () => {
  it('renders a two-call program that returns its reading', () => {
    const prepared = prepareProgram(
      {
        steps: [
          { op: 'call', function: 'move_to_shelf', args: { shelf: 3 } },
          { op: 'call', function: 'check_free_space', args: {}, saveAs: 'free' },
        ],
        returns: 'free',
      },
      robotDescription,
    );
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.value.source).toBe(['let free;', 'await device.move_to_shelf({"shelf":3});', 'free = await device.check_free_space({});', 'return free;'].join('\n'));
  });

  it('renders conditions and repeats as if/else and bounded for loops', () => {
    const source = renderProgram({
      steps: [
        {
          op: 'if',
          condition: { left: { state: 'lamp' }, operator: '==', right: { value: false } },
          then: [{ op: 'repeat', times: 2, steps: [{ op: 'call', function: 'set_lamp', args: { on: true } }, { op: 'wait', seconds: 1 }] }],
          else: [{ op: 'call', function: 'stop', args: {} }],
        },
      ],
    });
    expect(source).toContain('if (device.state().lamp === false) {');
    expect(source).toContain('for (let _loop1 = 0; _loop1 < 2; _loop1++) {');
    expect(checkSource(source, robotDescription).ok).toBe(true);
  });

  it('rejects a program that breaks the schema', () => {
    const prepared = prepareProgram({ steps: [{ op: 'repeat', times: 1000, steps: [] }] }, robotDescription);
    expect(!prepared.ok && prepared.error.code).toBe('E_PROGRAM_REJECTED');
  });

  it('rejects an argument out of range with its own code', () => {
    const prepared = prepareProgram({ steps: [{ op: 'call', function: 'move_to_shelf', args: { shelf: 0 } }] }, robotDescription);
    expect(!prepared.ok && prepared.error.code).toBe('E_ARGUMENT_OUT_OF_RANGE');
  });

  it('rejects a condition on a variable no call saved', () => {
    const prepared = prepareProgram(
      { steps: [{ op: 'if', condition: { left: { variable: 'free' }, operator: '>', right: { value: 0 } }, then: [{ op: 'call', function: 'stop', args: {} }] }] },
      robotDescription,
    );
    expect(!prepared.ok && prepared.error.message).toMatch(/before any call saves it/);
  });

  it('rejects a variable named like a keyword', () => {
    const prepared = prepareProgram({ steps: [{ op: 'call', function: 'check_free_space', args: {}, saveAs: 'delete' }] }, robotDescription);
    expect(!prepared.ok && prepared.error.code).toBe('E_PROGRAM_REJECTED');
  });

  it('treats generator output with neither program nor source as invalid model output', () => {
    const prepared = prepareGenerated({}, robotDescription);
    expect(!prepared.ok && prepared.error.code).toBe('E_INVALID_MODEL_OUTPUT');
  });
});
