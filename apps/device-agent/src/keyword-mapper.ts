import type { ApiFunctionSpec, DeviceDescription, ParameterSpec } from '@meshmind/protocol';
import type { DeviceState } from '@meshmind/devices';
import type { MappingResult, SubtaskMapper } from './subtask-mapper';

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const STOP = new Set('the a an to of in on at my please and it is are be for with this that'.split(' '));

function splitWords(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9%]+/)
    .filter(Boolean);
}

function firstNumber(text: string): number | undefined {
  const digits = /(-?\d+(?:\.\d+)?)/.exec(text);
  if (digits) return Number(digits[1]);
  for (const word of splitWords(text)) if (NUMBER_WORDS[word] !== undefined) return NUMBER_WORDS[word];
  return undefined;
}

function extract(parameter: ParameterSpec, text: string): unknown {
  const words = new Set(splitWords(text));
  switch (parameter.type) {
    case 'integer':
    case 'number': {
      const value = firstNumber(text);
      return parameter.type === 'integer' && value !== undefined ? Math.round(value) : value;
    }
    case 'boolean':
      return words.has('on') || words.has('true') || words.has('yes') ? true : words.has('off') || words.has('false') ? false : undefined;
    case 'enum':
      return (parameter.values ?? []).find(
        (value) => words.has(value.toLowerCase()) || (parameter.synonyms?.[value] ?? []).some((synonym) => text.toLowerCase().includes(synonym.toLowerCase())),
      );
    case 'color':
      return [...words].find((word) => ['red', 'green', 'blue', 'white', 'yellow', 'orange', 'purple', 'pink', 'warm', 'cyan'].includes(word));
    case 'string':
    case 'string_list':
      return undefined;
  }
}

/**
 * The walking skeleton's mapper: word overlap between the subtask and each function's name and
 * description, then arguments pulled from the text by parameter type. Retrieval replaces it.
 */
export class KeywordMapper implements SubtaskMapper {
  constructor(private readonly description: DeviceDescription) {}

  async map(text: string, _state: DeviceState): Promise<MappingResult> {
    const words = splitWords(text).filter((word) => !STOP.has(word));
    const scored = this.description.functions
      .map((fn) => ({ fn, score: this.score(fn, words) }))
      .sort((a, b) => b.score - a.score);
    const candidates = scored.slice(0, 3).map((entry) => entry.fn.name);
    const best = scored[0];
    if (!best || best.score < 2) return { kind: 'not_executable', reason: 'no function of this device matches the request', candidates };
    const args: Record<string, unknown> = {};
    for (const parameter of best.fn.parameters) {
      const value = extract(parameter, text);
      if (value !== undefined) args[parameter.name] = value;
      else if (parameter.required !== false && parameter.default === undefined) {
        return { kind: 'not_executable', reason: `the request does not say which ${parameter.name.replace(/_/g, ' ')} to use`, candidates };
      }
    }
    return { kind: 'call', calls: [{ function: best.fn.name, arguments: args, confidence: Math.min(1, best.score / 6) }], candidates };
  }

  private score(fn: ApiFunctionSpec, words: string[]): number {
    const nameWords = new Set(splitWords(fn.name));
    const descriptionWords = new Set(splitWords(fn.description));
    let score = 0;
    for (const word of words) {
      if (nameWords.has(word)) score += 3;
      else if (descriptionWords.has(word)) score += 1;
    }
    const hasNumber = firstNumber(words.join(' ')) !== undefined;
    if (hasNumber && fn.parameters.some((parameter) => parameter.type === 'integer' || parameter.type === 'number')) score += 1;
    if (!hasNumber && fn.parameters.some((parameter) => parameter.required !== false && (parameter.type === 'integer' || parameter.type === 'number'))) score -= 2;
    return score;
  }
}
