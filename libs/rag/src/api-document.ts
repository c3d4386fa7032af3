import { MeshmindError, canonicalJson, type DeviceDescription, type EffectSpec, type LlmindApiEntry, type ParameterSpec } from '@meshmind/protocol';
import { alternation, LANGUAGES } from '@meshmind/language';
import { createHash } from 'node:crypto';

/** One function as LLMind 2.0 documents it (vendor docs arrive in this shape); declared in @meshmind/protocol. */
export type { LlmindApiEntry } from '@meshmind/protocol';

export type ApiDocument = DeviceDescription | readonly LlmindApiEntry[];

/** The one form retrieval reads, whatever the vendor's format. */
export interface NormalisedFunction {
  name: string;
  description: string;
  kind?: 'action' | 'query';
  parameters: ParameterSpec[];
  returns?: string;
  /** The type of what it returns where the document declares one apart from its words (the catalog's `returns.type`). */
  returnType?: string;
  effects?: EffectSpec[];
  /** Asks the person before it runs (unlock, release an emergency stop). */
  sensitive?: boolean;
}

export interface NormalisedDocument {
  /** Hash of the source document: a persisted index is valid only for the same hash. */
  hash: string;
  title: string;
  deviceType?: string;
  nouns: string[];
  state: DeviceDescription['state'];
  functions: NormalisedFunction[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function toList(value: string | string[] | null | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map(String).filter((item) => item.trim() !== '');
  return value
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && item.toLowerCase() !== 'none' && item.toLowerCase() !== 'void');
}

function valueType(declared: string): ParameterSpec['type'] {
  const type = declared.toLowerCase().replace(/\s+/g, '');
  if (/^(u?int\d*|integer|long|short|size_t|int32_t)$/.test(type)) return 'integer';
  if (/^(float\d*|double|number|real|decimal)$/.test(type)) return 'number';
  if (/^(bool|boolean|logical)$/.test(type)) return 'boolean';
  if (/(list|array|vector|\[\])/.test(type)) return 'string_list';
  return 'string';
}

const NUMBER = String.raw`(-?\d+(?:[.,]\d+)?)`;
const DOCUMENT_WORDS = [...LANGUAGES.values()].map((language) => language.documentWords ?? {});
/** Signs between a range's ends in any language ("0-100", "0~100"); the words come from each language's data. */
const RANGE_SIGNS = ['-', '–', '~'];
const RANGE = new RegExp(`${NUMBER}\\s*(?:${alternation([...RANGE_SIGNS, ...DOCUMENT_WORDS.flatMap((words) => words.rangeWords ?? [])])})\\s*${NUMBER}`, 'i');
/**
 * Units a parameter's notes may name, tried in this order ("metres per second" before "metres"):
 * each unit's symbol as written in any language, then every language's words for it.
 */
const UNIT_SYMBOLS: ReadonlyArray<[unit: string, written: readonly string[]]> = [['m/s', ['m/s']], ['°', ['°']], ['%', ['%']], ['m', []]];
const UNIT_PATTERNS: Array<[RegExp, string]> = UNIT_SYMBOLS.map(([unit, written]) => {
  const forms = DOCUMENT_WORDS.map((words) => words.units?.[unit] ?? {});
  const anywhere = [...written, ...forms.flatMap((form) => form.words ?? [])];
  const whole = forms.flatMap((form) => form.wholeWords ?? []);
  const alternatives = [...(anywhere.length > 0 ? [alternation(anywhere)] : []), ...(whole.length > 0 ? [`\\b(?:${alternation(whole)})\\b`] : [])];
  return [new RegExp(`(${alternatives.join('|')})`, 'i'), unit];
});

// LLMind-style docs carry ranges and units only in prose ("范围0.1到2.0", "in degrees (-90 to 90)").
function numericHints(notes: string): Pick<ParameterSpec, 'minimum' | 'maximum' | 'unit'> {
  const hints: Pick<ParameterSpec, 'minimum' | 'maximum' | 'unit'> = {};
  const range = RANGE.exec(notes);
  if (range) {
    const low = Number(range[1]!.replace(',', '.'));
    const high = Number(range[2]!.replace(',', '.'));
    if (Number.isFinite(low) && Number.isFinite(high) && low < high) Object.assign(hints, { minimum: low, maximum: high });
  }
  const unit = UNIT_PATTERNS.find(([pattern]) => pattern.test(notes));
  if (unit) hints.unit = unit[1];
  return hints;
}

function normaliseLlmindEntry(entry: unknown, position: number): NormalisedFunction {
  if (typeof entry !== 'object' || entry === null) {
    throw new MeshmindError('E_INVALID_PAYLOAD', `API document entry ${position} is not an object`);
  }
  const record = entry as Record<string, unknown>;
  const name = record['name'];
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    throw new MeshmindError('E_INVALID_PAYLOAD', `API document entry ${position} has no valid "name"`);
  }
  const notes = typeof record['notes'] === 'string' ? record['notes'] : '';
  const argumentNames = toList(record['input_argument'] as string | string[] | undefined);
  const argumentTypes = toList(record['input_type'] as string | string[] | undefined);
  const numericArguments = argumentNames.filter((_, index) => ['integer', 'number'].includes(valueType(argumentTypes[index] ?? 'string')));
  const hints = numericArguments.length === 1 ? numericHints(notes) : { ...numericHints(notes), minimum: undefined, maximum: undefined };
  const parameters = argumentNames.map((argumentName, index): ParameterSpec => {
    if (!IDENTIFIER.test(argumentName)) {
      throw new MeshmindError('E_INVALID_PAYLOAD', `API document entry ${name}: argument "${argumentName}" is not an identifier`);
    }
    const type = valueType(argumentTypes[index] ?? 'string');
    const numeric = type === 'integer' || type === 'number';
    const parameter: ParameterSpec = { name: argumentName, type, description: notes || argumentName, required: true };
    if (numeric && hints.unit) parameter.unit = hints.unit;
    if (numeric && hints.minimum !== undefined) parameter.minimum = hints.minimum;
    if (numeric && hints.maximum !== undefined) parameter.maximum = hints.maximum;
    return parameter;
  });
  const output = typeof record['output'] === 'string' ? record['output'] : undefined;
  return { name, description: notes || name, parameters, ...(output ? { returns: output } : {}) };
}

function isDeviceDescription(document: unknown): document is DeviceDescription {
  return typeof document === 'object' && document !== null && !Array.isArray(document) && Array.isArray((document as DeviceDescription).functions);
}

/**
 * Reads a device description (the catalog's format) or an LLMind-style JSON array into one form.
 * A malformed document is an E_INVALID_PAYLOAD error, never a crash further down.
 */
export function normaliseApiDocument(document: unknown, ranges?: ParameterRanges): NormalisedDocument {
  const read = readApiDocument(document, createHash('sha256').update(canonicalJson(ranges ? [document, ranges] : document)).digest('hex').slice(0, 16));
  return ranges ? { ...read, functions: read.functions.map((fn) => withRanges(fn, ranges[fn.name])) } : read;
}

/**
 * Per function and parameter name, the range of values the device itself says it takes, where its
 * API document is silent: an LLMind-style vendor document says "shelves numbered from 1 to N", the
 * robot's own description knows N (its world's shelves, its map's size). A range the document states
 * is kept; only a missing end is filled.
 */
export type ParameterRanges = Readonly<Record<string, Readonly<Record<string, { minimum?: number; maximum?: number }>>>>;

/** The ranges a device description gives its numeric parameters, to lay over another document of the same functions. */
export function parameterRangesOf(description: DeviceDescription): ParameterRanges {
  return Object.fromEntries(
    description.functions.map((fn) => [
      fn.name,
      Object.fromEntries(
        fn.parameters
          .filter((parameter) => parameter.minimum !== undefined || parameter.maximum !== undefined)
          .map((parameter) => [parameter.name, { ...(parameter.minimum === undefined ? {} : { minimum: parameter.minimum }), ...(parameter.maximum === undefined ? {} : { maximum: parameter.maximum }) }]),
      ),
    ]),
  );
}

function withRanges(fn: NormalisedFunction, ranges: ParameterRanges[string] | undefined): NormalisedFunction {
  if (!ranges) return fn;
  const parameters = fn.parameters.map((parameter) => {
    const range = ranges[parameter.name];
    if (!range || (parameter.type !== 'integer' && parameter.type !== 'number')) return parameter;
    return {
      ...parameter,
      ...(parameter.minimum === undefined && range.minimum !== undefined ? { minimum: range.minimum } : {}),
      ...(parameter.maximum === undefined && range.maximum !== undefined ? { maximum: range.maximum } : {}),
    };
  });
  return { ...fn, parameters };
}

function readApiDocument(document: unknown, hash: string): NormalisedDocument {
  if (isDeviceDescription(document)) {
    const functions = document.functions.map((fn, position): NormalisedFunction => {
      if (typeof fn?.name !== 'string' || !IDENTIFIER.test(fn.name) || !Array.isArray(fn.parameters)) {
        throw new MeshmindError('E_INVALID_PAYLOAD', `function ${position} of ${document.type} is malformed`);
      }
      return {
        name: fn.name,
        description: fn.description ?? fn.name,
        kind: fn.kind,
        parameters: fn.parameters,
        ...(fn.returns ? { returns: fn.returns.description, returnType: fn.returns.type } : {}),
        ...(fn.effects ? { effects: fn.effects } : {}),
        ...(fn.sensitive ? { sensitive: true } : {}),
      };
    });
    return {
      hash,
      title: document.title ?? document.type,
      deviceType: document.type,
      nouns: Array.isArray(document.nouns) ? document.nouns : [],
      state: document.state ?? {},
      functions,
    };
  }
  if (!Array.isArray(document) || document.length === 0) {
    throw new MeshmindError('E_INVALID_PAYLOAD', 'an API document is a device description or a non-empty array of LLMind-style entries');
  }
  const functions = document.map((entry, position) => normaliseLlmindEntry(entry, position));
  const names = new Set<string>();
  for (const fn of functions) {
    if (names.has(fn.name)) throw new MeshmindError('E_INVALID_PAYLOAD', `API document names ${fn.name} twice`);
    names.add(fn.name);
  }
  return { hash, title: 'API document', nouns: [], state: {}, functions };
}
