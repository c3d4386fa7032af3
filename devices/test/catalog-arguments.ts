import type { ApiFunctionSpec, ParameterSpec, ValueType } from '@meshmind/protocol';

/**
 * Valid arguments made up from a function's parameter specs alone, chosen away from the usual
 * defaults (upper-middle of ranges, last enum value) so an effect that "holds" really changed something.
 */
export function synthesiseArguments(fn: ApiFunctionSpec): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const parameter of fn.parameters) args[parameter.name] = synthesiseValue(parameter);
  return args;
}

function synthesiseValue(parameter: ParameterSpec): unknown {
  const minimum = parameter.minimum ?? 0;
  const maximum = parameter.maximum ?? minimum + 100;
  switch (parameter.type) {
    case 'integer':
      return Math.round(minimum + (maximum - minimum) * 0.63);
    case 'number':
      return Math.round((minimum + (maximum - minimum) * 0.63) * 2) / 2;
    case 'boolean':
      return true;
    case 'enum':
      return parameter.values?.[parameter.values.length - 1];
    case 'color':
      return '#ff8800';
    case 'string':
      return 'oat milk';
    case 'string_list':
      return ['oat milk'];
  }
}

export function matchesValueType(type: ValueType, value: unknown): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
    case 'color':
    case 'string':
      return typeof value === 'string';
    case 'string_list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }
}
