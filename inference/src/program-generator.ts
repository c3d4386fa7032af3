import {
  MeshmindError,
  argumentsSchema,
  createValidator,
  programSchema,
  validateCallArguments,
  type ApiFunctionSpec,
  type ParseResult,
  type PayloadValidator,
  type Program,
  type ProgramStep,
} from '@meshmind/protocol';

export interface ProgramConstraint {
  /** JSON schema of a program that calls only these functions and reads only these state keys. */
  schema: Record<string, unknown>;
  validator: PayloadValidator<unknown>;
  functions: ApiFunctionSpec[];
}

const CONSTRAINT_CACHE_LIMIT = 64;
const constraintCache = new Map<string, ProgramConstraint>();

/** The constraint for one set of functions and state keys, compiled once and cached. */
export function programConstraint(functions: ApiFunctionSpec[], stateKeys: string[]): ProgramConstraint {
  const key = JSON.stringify([functions, stateKeys]);
  const cached = constraintCache.get(key);
  if (cached) return cached;
  // Through JSON so that the schema is plain data: it travels over HTTP and into grammar builders.
  const schema = JSON.parse(
    JSON.stringify(programSchema({ functions: functions.map((fn) => ({ name: fn.name, arguments: argumentsSchema(fn) })), stateKeys })),
  ) as Record<string, unknown>;
  const constraint: ProgramConstraint = { schema, validator: createValidator(schema, 'E_INVALID_MODEL_OUTPUT'), functions };
  if (constraintCache.size >= CONSTRAINT_CACHE_LIMIT) constraintCache.delete(constraintCache.keys().next().value as string);
  constraintCache.set(key, constraint);
  return constraint;
}

function* callsOf(steps: ProgramStep[]): Generator<Extract<ProgramStep, { op: 'call' }>> {
  for (const step of steps) {
    if (step.op === 'call') yield step;
    else if (step.op === 'if') {
      yield* callsOf(step.then);
      if (step.else) yield* callsOf(step.else);
    } else if (step.op === 'repeat') yield* callsOf(step.steps);
  }
}

/**
 * Checks a candidate program against the constraint and every call's arguments against its API
 * document (ranges and patterns a grammar cannot enforce), and that `returns` names a saved variable.
 */
export function checkProgram(candidate: unknown, constraint: ProgramConstraint): ParseResult<Program> {
  const shape = constraint.validator.validate(candidate);
  if (!shape.ok) return shape;
  const program = shape.value as Program;
  const saved = new Set<string>();
  for (const call of callsOf(program.steps)) {
    const fn = constraint.functions.find((candidateFunction) => candidateFunction.name === call.function);
    if (!fn) return { ok: false, error: new MeshmindError('E_INVALID_MODEL_OUTPUT', `the program calls ${call.function}, which was not offered`) };
    const checked = validateCallArguments(fn, call.args);
    if (!checked.ok) return { ok: false, error: new MeshmindError('E_INVALID_MODEL_OUTPUT', checked.error.message, { cause: checked.error }) };
    if (call.saveAs) saved.add(call.saveAs);
  }
  if (program.returns !== undefined && !saved.has(program.returns)) {
    return { ok: false, error: new MeshmindError('E_INVALID_MODEL_OUTPUT', `the program returns ${program.returns}, which no call saves`) };
  }
  return { ok: true, value: program };
}
