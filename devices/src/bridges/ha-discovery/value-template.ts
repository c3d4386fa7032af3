import { MeshmindError, safeParseJson, type JsonValue } from '@meshmind/protocol';

/**
 * The Jinja subset real devices put in their discovery configs: `{{ value }}`, `{{ value_json.POWER }}`,
 * `{{ value_json['x'].y[0] }}`, with the filters int, float, round(n), lower, upper, trim and string,
 * inside literal text (`{"POWER":"{{ value }}"}`). Anything more (statements, conditionals,
 * arithmetic) is refused when the config arrives, with E_TEMPLATE_UNSUPPORTED naming the key, so a
 * device is never half driven.
 */
export interface ValueTemplate {
  readonly source: string;
  /** `value` is the raw payload (state templates) or the value to send (command templates). */
  render(value: JsonValue): JsonValue;
}

type PathStep = string | number;
interface Filter {
  name: 'int' | 'float' | 'round' | 'lower' | 'upper' | 'trim' | 'string';
  argument: number | null;
}
interface Expression {
  root: 'value' | 'value_json';
  path: PathStep[];
  filters: Filter[];
}
type Part = { literal: string } | { expression: Expression };

const FILTERS = new Set<Filter['name']>(['int', 'float', 'round', 'lower', 'upper', 'trim', 'string']);
const ROOT = /^(value_json|value)\b/;
const ATTRIBUTE = /^\.([A-Za-z_][A-Za-z0-9_]*)/;
const INDEX = /^\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\]/;
const FILTER = /^\|\s*([a-z_]+)\s*(?:\(\s*(-?\d+)?\s*\))?/;

function unsupported(key: string, source: string, why: string): MeshmindError {
  return new MeshmindError('E_TEMPLATE_UNSUPPORTED', `template ${key} "${source}" is beyond the supported subset (${why}); supported: {{ value }}, {{ value_json.key }} with | int, float, round, lower, upper, trim, string`);
}

function parseExpression(key: string, source: string, text: string): Expression {
  let rest = text.trim();
  const root = ROOT.exec(rest);
  if (!root) throw unsupported(key, source, `"${text.trim()}" does not start with value or value_json`);
  rest = rest.slice(root[0].length).trimStart();
  const path: PathStep[] = [];
  for (;;) {
    const attribute = ATTRIBUTE.exec(rest);
    const index = attribute ? null : INDEX.exec(rest);
    if (!attribute && !index) break;
    if (attribute) path.push(attribute[1]!);
    else path.push(index![3] !== undefined ? Number(index![3]) : (index![1] ?? index![2])!);
    rest = rest.slice((attribute ?? index)![0].length).trimStart();
  }
  if (root[1] === 'value' && path.length > 0) throw unsupported(key, source, 'value is the raw payload; read fields of value_json');
  const filters: Filter[] = [];
  while (rest !== '') {
    const filter = FILTER.exec(rest);
    if (!filter || !FILTERS.has(filter[1] as Filter['name'])) throw unsupported(key, source, `"${rest}"`);
    filters.push({ name: filter[1] as Filter['name'], argument: filter[2] === undefined ? null : Number(filter[2]) });
    rest = rest.slice(filter[0].length).trimStart();
  }
  return { root: root[1] as Expression['root'], path, filters };
}

export function compileTemplate(key: string, source: string): ValueTemplate {
  if (source.includes('{%') || source.includes('{#')) throw unsupported(key, source, 'statements and comments');
  const parts: Part[] = [];
  let rest = source;
  while (rest !== '') {
    const open = rest.indexOf('{{');
    if (open === -1) {
      parts.push({ literal: rest });
      break;
    }
    const close = rest.indexOf('}}', open);
    if (close === -1) throw unsupported(key, source, 'an unclosed {{');
    if (open > 0) parts.push({ literal: rest.slice(0, open) });
    parts.push({ expression: parseExpression(key, source, rest.slice(open + 2, close)) });
    rest = rest.slice(close + 2);
  }
  return { source, render: (value) => renderParts(parts, value, key) };
}

function lookup(value: JsonValue, expression: Expression, key: string): JsonValue {
  let current: JsonValue | undefined = value;
  if (expression.root === 'value_json') {
    const decoded = safeParseJson(typeof value === 'string' ? value : JSON.stringify(value));
    if (!decoded.ok) throw new MeshmindError('E_INVALID_PAYLOAD', `template ${key}: the payload is not JSON`, { cause: decoded.error });
    current = decoded.value as JsonValue;
  }
  for (const step of expression.path) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Record<string, JsonValue>)[String(step)];
    if (current === undefined) return null;
  }
  return current ?? null;
}

function applyFilter(value: JsonValue, filter: Filter): JsonValue {
  const text = value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  switch (filter.name) {
    case 'int': {
      const number = Number.parseInt(text, 10);
      return Number.isFinite(number) ? number : 0;
    }
    case 'float': {
      const number = Number.parseFloat(text);
      return Number.isFinite(number) ? number : 0;
    }
    case 'round': {
      const number = Number.parseFloat(text);
      const scale = 10 ** (filter.argument ?? 0);
      return Number.isFinite(number) ? Math.round(number * scale) / scale : 0;
    }
    case 'lower':
      return text.toLowerCase();
    case 'upper':
      return text.toUpperCase();
    case 'trim':
      return text.trim();
    case 'string':
      return text;
  }
}

function renderParts(parts: Part[], value: JsonValue, key: string): JsonValue {
  const values = parts.map((part) => {
    if ('literal' in part) return part.literal;
    return part.expression.filters.reduce(applyFilter, lookup(value, part.expression, key));
  });
  // A template that is one expression keeps its type (a number stays a number), as Home Assistant's native types do.
  if (values.length === 1 && 'expression' in parts[0]!) return values[0]!;
  return values.map((entry) => (entry === null ? '' : typeof entry === 'object' ? JSON.stringify(entry) : String(entry))).join('');
}

/** The template of a config key, or null when the device gave none. */
export function templateOption(config: Record<string, unknown>, key: string): ValueTemplate | null {
  const source = config[key];
  if (source === undefined || source === null) return null;
  if (typeof source !== 'string') throw new MeshmindError('E_INVALID_PAYLOAD', `discovery config key ${key} must be a template string`);
  return compileTemplate(key, source);
}
