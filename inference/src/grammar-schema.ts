/**
 * node-llama-cpp turns a subset of JSON Schema into a grammar (`oneOf` not `anyOf`, no `pattern`, no
 * numeric ranges). This maps a general schema (TypeBox output, an OpenAI `response_format`) onto
 * that subset. What the grammar cannot say (patterns, ranges) is checked after generation against the
 * original schema; strings get a length bound so that a small model cannot ramble inside one forever.
 */
const DEFAULT_STRING_MAX_LENGTH = 200;
const DROPPED_KEYWORDS = new Set([
  '$schema',
  '$id',
  'title',
  'examples',
  'default',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'uniqueItems',
]);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The longest match of a simple anchored pattern such as `^[a-z][a-zA-Z0-9_]{0,31}$`, if it can be read. */
function patternMaxLength(pattern: string): number | undefined {
  const body = pattern.replace(/^\^/, '').replace(/\$$/, '');
  const atom = String.raw`(\[[^\]]+\]|\\.|[^\\[\]{}()*+?|])`;
  const quantifier = String.raw`(\{(\d+)(?:,(\d+))?\}|\?)?`;
  const token = new RegExp(`^${atom}${quantifier}`);
  let rest = body;
  let length = 0;
  while (rest.length > 0) {
    const match = token.exec(rest);
    if (!match) return undefined;
    if (match[2] === '?') length += 1;
    else if (match[3] !== undefined) length += Number(match[4] ?? match[3]);
    else length += 1;
    rest = rest.slice(match[0].length);
  }
  return length;
}

export function toGrammarJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toGrammarJsonSchema);
  if (!isObject(schema)) return schema;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_KEYWORDS.has(key)) continue;
    if (key === 'anyOf' || key === 'oneOf') result.oneOf = toGrammarJsonSchema(value);
    else if ((key === 'properties' || key === '$defs' || key === 'definitions') && isObject(value)) {
      result[key === 'definitions' ? '$defs' : key] = Object.fromEntries(
        Object.entries(value).map(([name, inner]) => [name, toGrammarJsonSchema(inner)]),
      );
    } else result[key] = toGrammarJsonSchema(value);
  }
  if (result.const !== undefined || result.enum !== undefined) delete result.type;
  if (result.type === 'string' && result.format === undefined && result.maxLength === undefined) {
    const fromPattern = typeof schema.pattern === 'string' ? patternMaxLength(schema.pattern) : undefined;
    result.maxLength = fromPattern ?? DEFAULT_STRING_MAX_LENGTH;
  }
  if (result.type === 'string' && result.format !== undefined && !['date-time', 'time', 'date'].includes(String(result.format))) {
    delete result.format;
    result.maxLength ??= DEFAULT_STRING_MAX_LENGTH;
  }
  // `additionalProperties: {}` / `true` on a record lets the grammar emit any JSON value: keep it, it is bounded by the model's maxTokens.
  return result;
}
