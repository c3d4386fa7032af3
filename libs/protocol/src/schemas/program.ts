import Type, { type TSchema } from 'typebox';

/**
 * The restricted program a device agent runs for one subtask. A model (or the built-in engine)
 * produces it as JSON, constrained by `programSchema`; the task machine checks it, renders it to
 * a small JavaScript program and runs that in a sandbox with only the device API in reach.
 * Nesting is bounded (`PROGRAM_MAX_DEPTH`) so that grammars built from the schema stay finite.
 */
export const PROGRAM_MAX_DEPTH = 3;
export const PROGRAM_MAX_STEPS = 32;
export const PROGRAM_MAX_REPEAT = 20;
export const PROGRAM_MAX_WAIT_SECONDS = 600;

export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type Operand = { state: string } | { variable: string } | { value: string | number | boolean | null };

export interface Condition {
  left: Operand;
  operator: ComparisonOperator;
  right: Operand;
}

export type ProgramStep =
  | { op: 'call'; function: string; args: Record<string, unknown>; saveAs?: string }
  | { op: 'wait'; seconds: number }
  | { op: 'if'; condition: Condition; then: ProgramStep[]; else?: ProgramStep[] }
  | { op: 'repeat'; times: number; steps: ProgramStep[] };

export interface Program {
  steps: ProgramStep[];
  /** The variable whose value answers the subtask (a reading), if any. */
  returns?: string;
}

const VARIABLE_NAME = '^[a-z][a-zA-Z0-9_]{0,31}$';

export interface ProgramSchemaOptions {
  /** Restrict calls to these functions, each with its own arguments schema (from `argumentsSchema`). */
  functions?: Array<{ name: string; arguments: TSchema }>;
  /** Restrict state operands to these keys. */
  stateKeys?: string[];
  depth?: number;
}

function operandSchema(stateKeys?: string[]): TSchema {
  const stateKey = stateKeys && stateKeys.length > 0 ? Type.Union(stateKeys.map((key) => Type.Literal(key))) : Type.String({ minLength: 1 });
  return Type.Union([
    Type.Object({ state: stateKey }, { additionalProperties: false }),
    Type.Object({ variable: Type.String({ pattern: VARIABLE_NAME }) }, { additionalProperties: false }),
    Type.Object({ value: Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]) }, { additionalProperties: false }),
  ]);
}

function callSchemas(options: ProgramSchemaOptions): TSchema[] {
  const saveAs = Type.Optional(Type.String({ pattern: VARIABLE_NAME }));
  if (!options.functions || options.functions.length === 0) {
    return [
      Type.Object(
        { op: Type.Literal('call'), function: Type.String({ minLength: 1 }), args: Type.Record(Type.String(), Type.Unknown()), saveAs },
        { additionalProperties: false },
      ),
    ];
  }
  return options.functions.map((fn) =>
    Type.Object({ op: Type.Literal('call'), function: Type.Literal(fn.name), args: fn.arguments, saveAs }, { additionalProperties: false }),
  );
}

function stepSchema(options: ProgramSchemaOptions, depth: number): TSchema {
  const leaves = [
    ...callSchemas(options),
    Type.Object({ op: Type.Literal('wait'), seconds: Type.Number({ minimum: 0, maximum: PROGRAM_MAX_WAIT_SECONDS }) }, { additionalProperties: false }),
  ];
  if (depth <= 1) return Type.Union(leaves);
  const inner = Type.Array(stepSchema(options, depth - 1), { minItems: 1, maxItems: PROGRAM_MAX_STEPS });
  const operand = operandSchema(options.stateKeys);
  const operator = Type.Union((['==', '!=', '<', '<=', '>', '>='] as const).map((symbol) => Type.Literal(symbol)));
  return Type.Union([
    ...leaves,
    Type.Object(
      {
        op: Type.Literal('if'),
        condition: Type.Object({ left: operand, operator, right: operand }, { additionalProperties: false }),
        then: inner,
        else: Type.Optional(inner),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      { op: Type.Literal('repeat'), times: Type.Integer({ minimum: 1, maximum: PROGRAM_MAX_REPEAT }), steps: inner },
      { additionalProperties: false },
    ),
  ]);
}

/** JSON schema of a program; pass the retrieved functions to constrain a model to exactly those. */
export function programSchema(options: ProgramSchemaOptions = {}): TSchema {
  const depth = options.depth ?? PROGRAM_MAX_DEPTH;
  return Type.Object(
    {
      steps: Type.Array(stepSchema(options, depth), { minItems: 1, maxItems: PROGRAM_MAX_STEPS }),
      returns: Type.Optional(Type.String({ pattern: VARIABLE_NAME })),
    },
    { additionalProperties: false },
  );
}
