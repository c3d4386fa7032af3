import type { LlmindApiEntry } from '@meshmind/protocol';
import { DIALECT_TABLES } from './robot-dialect-tables';
import { ROBOT_FUNCTION_PARAMETERS, type RobotFunctionId } from './robot-functions';

export { ROBOT_FUNCTION_IDS, ROBOT_FUNCTION_PARAMETERS, ROBOT_SHELF_COUNT } from './robot-functions';
export type { RobotFunctionId, RobotParameter } from './robot-functions';
/** The vendor format every dialect document is written in; its one declaration is in @meshmind/protocol. */
export type { LlmindApiEntry } from '@meshmind/protocol';

export interface RobotDialect {
  id: string;
  vendor: string;
  notesLanguage: 'en' | 'zh' | 'de' | 'fr';
  programmingLanguage: string;
  document: LlmindApiEntry[];
}

/** How one dialect function maps back to the canonical API: never shown to retrieval. */
export interface RobotFunctionBinding {
  function: RobotFunctionId;
  /** Dialect argument name -> canonical argument name. */
  arguments: Record<string, string>;
}

export const ROBOT_DIALECTS: readonly RobotDialect[] = DIALECT_TABLES.map((table) => ({
  id: table.id,
  vendor: table.vendor,
  notesLanguage: table.notesLanguage,
  programmingLanguage: table.programmingLanguage,
  document: table.rows.map(([, name, argumentNames, argumentTypes, output, notes]) => ({
    name,
    input_argument: [...argumentNames],
    input_type: [...argumentTypes],
    output,
    notes,
    programming_language: table.programmingLanguage,
  })),
}));

/** Per dialect id: dialect function name -> canonical function and argument names. */
export const ROBOT_DIALECT_BINDINGS: Readonly<Record<string, Readonly<Record<string, RobotFunctionBinding>>>> = Object.fromEntries(
  DIALECT_TABLES.map((table) => [
    table.id,
    Object.fromEntries(
      table.rows.map(([canonical, name, argumentNames]) => {
        const canonicalParameters = ROBOT_FUNCTION_PARAMETERS[canonical];
        if (canonicalParameters.length !== argumentNames.length) {
          throw new Error(`dialect ${table.id}: ${name} has ${argumentNames.length} arguments, ${canonical} has ${canonicalParameters.length}`);
        }
        const argumentMap = Object.fromEntries(argumentNames.map((argumentName, position) => [argumentName, canonicalParameters[position]!.name]));
        return [name, { function: canonical, arguments: argumentMap }];
      }),
    ),
  ]),
);

/** The dialect's function name for a canonical function (used to label expected answers). */
export function dialectFunctionName(dialectId: string, canonical: RobotFunctionId): string | undefined {
  const bindings = ROBOT_DIALECT_BINDINGS[dialectId];
  if (!bindings) return undefined;
  return Object.entries(bindings).find(([, binding]) => binding.function === canonical)?.[0];
}
