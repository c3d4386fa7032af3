import {
  MeshmindError,
  createValidator,
  programSchema,
  validateCallArguments,
  type Condition,
  type DeviceDescription,
  type Operand,
  type ParseResult,
  type PayloadValidator,
  type Program,
  type ProgramStep,
} from '@meshmind/protocol';
import { checkSource } from './source-checker';
import type { GeneratedProgram } from '@meshmind/protocol';
import type { PreparedProgram } from './types';

/**
 * From generator output to a PreparedProgram: the Program JSON is checked against the program
 * schema and the device's API doc, rendered to JavaScript, and that JavaScript goes through the
 * same allow-list checker as source a model writes directly (defence in depth: a renderer bug
 * cannot smuggle anything the checker would refuse).
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const JAVASCRIPT_KEYWORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'of', 'get', 'set',
]);

const validatorsByStateKeys = new Map<string, PayloadValidator<unknown>>();

function structureValidator(description: DeviceDescription): PayloadValidator<unknown> {
  // Function arguments are checked one call at a time below, for precise error codes; the schema
  // here checks the shape, the bounds and the state keys. Compiled once per set of state keys.
  const stateKeys = Object.keys(description.state).sort();
  const cacheKey = stateKeys.join('\u0000');
  let validator = validatorsByStateKeys.get(cacheKey);
  if (!validator) {
    validator = createValidator(programSchema({ stateKeys }), 'E_PROGRAM_REJECTED') as PayloadValidator<unknown>;
    validatorsByStateKeys.set(cacheKey, validator);
  }
  return validator;
}

function checkVariableName(name: string): void {
  if (JAVASCRIPT_KEYWORDS.has(name) || name === 'device' || name === 'wait' || name === 'undefined') {
    throw new MeshmindError('E_PROGRAM_REJECTED', `'${name}' cannot be used as a variable name`);
  }
}

function walkSteps(steps: ProgramStep[], description: DeviceDescription, saved: Set<string>): ProgramStep[] {
  return steps.map((step): ProgramStep => {
    switch (step.op) {
      case 'call': {
        const fn = description.functions.find((candidate) => candidate.name === step.function);
        if (!fn) throw new MeshmindError('E_UNKNOWN_FUNCTION', `the device API has no function '${step.function}'`);
        const checked = validateCallArguments(fn, step.args);
        if (!checked.ok) throw checked.error;
        if (step.saveAs !== undefined) {
          checkVariableName(step.saveAs);
          saved.add(step.saveAs);
        }
        return { ...step, args: checked.value };
      }
      case 'wait':
        return step;
      case 'if': {
        for (const operand of [step.condition.left, step.condition.right]) {
          if ('variable' in operand && !saved.has(operand.variable)) {
            throw new MeshmindError('E_PROGRAM_REJECTED', `the condition reads '${operand.variable}' before any call saves it`);
          }
        }
        const thenSteps = walkSteps(step.then, description, saved);
        const elseSteps = step.else ? walkSteps(step.else, description, saved) : undefined;
        return elseSteps ? { ...step, then: thenSteps, else: elseSteps } : { ...step, then: thenSteps };
      }
      case 'repeat':
        return { ...step, steps: walkSteps(step.steps, description, saved) };
    }
  });
}

/** Checks Program JSON against the schema and the API doc; returns it with argument defaults filled. */
export function checkProgram(candidate: unknown, description: DeviceDescription): ParseResult<Program> {
  const shape = structureValidator(description).validate(candidate);
  if (!shape.ok) return { ok: false, error: new MeshmindError('E_PROGRAM_REJECTED', `the program does not match the program schema: ${shape.error.message.replace(/^invalid payload: /, '')}`) };
  const program = shape.value as Program;
  try {
    const saved = new Set<string>();
    const steps = walkSteps(program.steps, description, saved);
    if (program.returns !== undefined && !saved.has(program.returns)) {
      throw new MeshmindError('E_PROGRAM_REJECTED', `the program returns '${program.returns}' but no call saves it`);
    }
    return { ok: true, value: program.returns === undefined ? { steps } : { steps, returns: program.returns } };
  } catch (error) {
    return { ok: false, error: error instanceof MeshmindError ? error : new MeshmindError('E_PROGRAM_REJECTED', String(error), { cause: error }) };
  }
}

function renderOperand(operand: Operand): string {
  if ('state' in operand) return IDENTIFIER.test(operand.state) ? `device.state().${operand.state}` : `device.state()[${JSON.stringify(operand.state)}]`;
  if ('variable' in operand) return operand.variable;
  return JSON.stringify(operand.value);
}

function renderCondition(condition: Condition): string {
  const operator = condition.operator === '==' ? '===' : condition.operator === '!=' ? '!==' : condition.operator;
  return `${renderOperand(condition.left)} ${operator} ${renderOperand(condition.right)}`;
}

function renderSteps(steps: ProgramStep[], indent: string, loopCounter: { next: number }): string[] {
  const lines: string[] = [];
  for (const step of steps) {
    switch (step.op) {
      case 'call': {
        const call = `await device.${step.function}(${JSON.stringify(step.args)});`;
        lines.push(step.saveAs === undefined ? `${indent}${call}` : `${indent}${step.saveAs} = ${call}`);
        break;
      }
      case 'wait':
        lines.push(`${indent}await wait(${JSON.stringify(step.seconds)});`);
        break;
      case 'if':
        lines.push(`${indent}if (${renderCondition(step.condition)}) {`, ...renderSteps(step.then, `${indent}  `, loopCounter));
        if (step.else) lines.push(`${indent}} else {`, ...renderSteps(step.else, `${indent}  `, loopCounter));
        lines.push(`${indent}}`);
        break;
      case 'repeat': {
        // Program variables start with a lowercase letter, so `_loop` names never collide.
        const counter = `_loop${loopCounter.next++}`;
        lines.push(`${indent}for (let ${counter} = 0; ${counter} < ${step.times}; ${counter}++) {`, ...renderSteps(step.steps, `${indent}  `, loopCounter), `${indent}}`);
        break;
      }
    }
  }
  return lines;
}

function savedVariables(steps: ProgramStep[], into: Set<string>): Set<string> {
  for (const step of steps) {
    if (step.op === 'call' && step.saveAs !== undefined) into.add(step.saveAs);
    if (step.op === 'if') {
      savedVariables(step.then, into);
      if (step.else) savedVariables(step.else, into);
    }
    if (step.op === 'repeat') savedVariables(step.steps, into);
  }
  return into;
}

/** Renders a checked Program as the small JavaScript program the sandbox runs. */
export function renderProgram(program: Program): string {
  const variables = [...savedVariables(program.steps, new Set())];
  const lines = variables.length > 0 ? [`let ${variables.join(', ')};`] : [];
  lines.push(...renderSteps(program.steps, '', { next: 1 }));
  if (program.returns !== undefined) lines.push(`return ${program.returns};`);
  return lines.join('\n');
}

/** Checks a Program (JSON) end to end: schema, API doc, rendering, JavaScript allow-list. */
export function prepareProgram(candidate: unknown, description: DeviceDescription): ParseResult<PreparedProgram> {
  const checked = checkProgram(candidate, description);
  if (!checked.ok) return checked;
  const source = renderProgram(checked.value);
  const prepared = prepareSource(source, description);
  return prepared.ok ? { ok: true, value: { ...prepared.value, program: checked.value } } : prepared;
}

/** Checks JavaScript a model wrote directly, with the same allow-list the rendered form passes. */
export function prepareSource(source: string, description: DeviceDescription): ParseResult<PreparedProgram> {
  const checked = checkSource(source, description);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { source, functions: checked.value.functions, sensitive: checked.value.sensitive, plannedCalls: checked.value.plannedCalls },
  };
}

/** Generator output (untrusted) to a PreparedProgram, preferring the Program over raw source. */
export function prepareGenerated(generated: GeneratedProgram, description: DeviceDescription): ParseResult<PreparedProgram> {
  if (generated.program !== undefined && generated.program !== null) return prepareProgram(generated.program, description);
  if (typeof generated.source === 'string') return prepareSource(generated.source, description);
  return { ok: false, error: new MeshmindError('E_INVALID_MODEL_OUTPUT', 'the generator returned neither a program nor source') };
}
