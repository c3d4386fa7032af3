import { parseDocument } from 'yaml';
import { MeshmindError, NO_CONTROL_CHARACTERS_PATTERN, isValidTopicSegment } from '@meshmind/protocol';

/** What every kind of scenario file shares: reading the YAML, checking a shape, naming the path. */

const MAX_SCENARIO_BYTES = 1024 * 1024;

export function invalid(source: string, message: string, cause?: unknown): MeshmindError {
  return new MeshmindError('E_SCENARIO_INVALID', `${source}: ${message}`, cause === undefined ? {} : { cause });
}

/** `/devices/3/area` -> `devices[3].area`: the path as a person reading the YAML would write it. */
function readablePath(instancePath: string): string {
  return instancePath
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

interface ShapeChecker<T> {
  Check(value: unknown): value is T;
  Errors(value: unknown): Iterable<{ keyword: string; instancePath: string; message: string; params: unknown }>;
}

/**
 * A checker compiled on its first use. Compiling a schema costs tens of milliseconds of a cold
 * process; a run of one kind of scenario never checks the other kinds' files.
 */
export function compiledOnFirstUse<T>(compile: () => ShapeChecker<T>): ShapeChecker<T> {
  let checker: ShapeChecker<T> | undefined;
  const compiled = (): ShapeChecker<T> => (checker ??= compile());
  return {
    Check: (value: unknown): value is T => compiled().Check(value),
    Errors: (value: unknown) => compiled().Errors(value),
  };
}

/** The value as the schema types it, or one E_SCENARIO_INVALID naming at most three problems by path. */
export function checkShape<T>(checker: ShapeChecker<T>, source: string, value: unknown): T {
  if (checker.Check(value)) return value;
  const problems = [...checker.Errors(value)]
    .filter((error) => error.keyword !== 'boolean' && error.keyword !== 'anyOf')
    .slice(0, 3)
    .map((error) => {
      const where = readablePath(error.instancePath) || 'the top level';
      const extra = (error.params as { additionalProperties?: unknown }).additionalProperties;
      // Name the stray field: "devices[0] has unknown field room" says what to fix.
      if (error.keyword === 'additionalProperties' && Array.isArray(extra)) return `${where} has unknown field ${extra.join(', ')}`;
      // The pattern itself says nothing to a person editing YAML.
      if (error.keyword === 'pattern' && (error.params as { pattern?: unknown }).pattern === NO_CONTROL_CHARACTERS_PATTERN) {
        return `${where} contains control characters (escape sequences, line breaks, bidi overrides), which names may not`;
      }
      return `${where} ${error.message}`;
    });
  throw invalid(source, problems.join('; ') || 'does not match the scenario format');
}

/** Ids that become MQTT topic segments: valid and unique, or an error naming `kind[index].id`. */
export function checkIds(source: string, kind: string, entries: readonly { id: string }[]): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (!isValidTopicSegment(entry.id)) {
      throw invalid(source, `${kind}[${index}].id ${JSON.stringify(entry.id)} is not a valid id (letters, digits, '_', '-', '.'; at most 64; no '/', '+' or '#')`);
    }
    if (seen.has(entry.id)) throw invalid(source, `${kind}[${index}].id ${JSON.stringify(entry.id)} is used twice`);
    seen.add(entry.id);
  });
}

/** The YAML as plain data; malformed YAML, alias bombs and oversized files are E_SCENARIO_INVALID. */
export function readYaml(text: string, source: string): unknown {
  if (Buffer.byteLength(text) > MAX_SCENARIO_BYTES) throw invalid(source, `file is larger than ${MAX_SCENARIO_BYTES} bytes`);
  const document = parseDocument(text, { prettyErrors: true });
  const [yamlError] = document.errors;
  if (yamlError) {
    const line = yamlError.linePos?.[0];
    const position = line ? ` (line ${line.line}, column ${line.col})` : '';
    const summary = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw invalid(source, `malformed YAML${position}: ${summary}`, yamlError);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw invalid(source, `cannot read YAML: ${(error as Error).message}`, error);
  }
  if (value === null || value === undefined) throw invalid(source, 'file is empty');
  return value;
}
