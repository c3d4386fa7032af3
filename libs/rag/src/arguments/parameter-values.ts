import { alternation, en, escapeRegExp, stem, words, type NumberMention } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';

type UnitClass = 'percent' | 'angle' | 'temperature' | 'kelvin' | 'speed' | 'length' | 'minutes' | 'seconds' | 'none';

function parameterUnit(parameter: ParameterSpec): UnitClass {
  const unit = (parameter.unit ?? '').toLowerCase();
  if (unit === '%') return 'percent';
  if (unit === '°c' || unit === '°f') return 'temperature';
  if (unit === '°' || unit === 'deg' || unit === 'degrees') return 'angle';
  if (unit === 'k') return 'kelvin';
  if (unit === 'm/s') return 'speed';
  if (unit === 'm') return 'length';
  if (unit === 'min') return 'minutes';
  if (unit === 's') return 'seconds';
  return 'none';
}

function mentionUnit(mention: NumberMention): UnitClass {
  const word = mention.following;
  if (word === '%' || word === 'percent' || word === 'pc') return 'percent';
  if (/^(°|degrees?|celsius|fahrenheit|c|f)$/.test(word)) return 'angle';
  if (/^(k|kelvin)$/.test(word)) return 'kelvin';
  if (/^(m\/s|km\/h|meters?|metres?|cm|centimet(er|re)s?|mph)$/.test(word)) return 'speed';
  if (/^(minutes?|mins?|hours?|hrs?|h)$/.test(word)) return 'minutes';
  if (/^(seconds?|secs?|s)$/.test(word)) return 'seconds';
  return 'none';
}

function compatible(parameterClass: UnitClass, mentionClass: UnitClass): boolean {
  if (mentionClass === 'none' || parameterClass === 'none') return true;
  if (parameterClass === 'temperature') return mentionClass === 'angle';
  if (parameterClass === 'length') return mentionClass === 'speed';
  if (parameterClass === 'seconds') return mentionClass === 'minutes' || mentionClass === 'seconds';
  return parameterClass === mentionClass;
}

// Converts what was said into the parameter's unit: °F -> °C, cm/s and km/h -> m/s, hours -> minutes.
function convert(value: number, mention: NumberMention, parameterClass: UnitClass, text: string): number {
  const after = text.slice(mention.end, mention.end + 40).toLowerCase();
  if (parameterClass === 'temperature' && /^\s*(°\s*f|degrees? f(ahrenheit)?\b|f\b|fahrenheit)/.test(after)) return Math.round(((value - 32) * 5) / 9 * 10) / 10;
  if (parameterClass === 'speed') {
    if (/^\s*(cm|centimet)/.test(after)) return value / 100;
    if (/^\s*km\s*(\/\s*h|per hour)/.test(after)) return Math.round((value / 3.6) * 100) / 100;
  }
  if (parameterClass === 'minutes' && /^\s*(hours?|hrs?|h)\b/.test(after)) return value * 60;
  if (parameterClass === 'minutes' && /^\s*(seconds?|secs?)\b/.test(after)) return value / 60;
  if (parameterClass === 'seconds' && /^\s*(minutes?|mins?)\b/.test(after)) return value * 60;
  if (parameterClass === 'seconds' && /^\s*(hours?|hrs?)\b/.test(after)) return value * 3600;
  return value;
}

const anyWordOf = (list: readonly string[]) => new RegExp(`\\b(${alternation(list)})\\b`, 'i');
const INCREASE = anyWordOf(en.relativeDirection.up);
const DECREASE = anyWordOf(en.relativeDirection.down);

export function relativeDirection(text: string): 1 | -1 | 0 {
  const up = INCREASE.test(text);
  const down = DECREASE.test(text);
  if (up === down) return 0;
  return up ? 1 : -1;
}

function defaultStep(parameter: ParameterSpec, parameterClass: UnitClass): number {
  if (parameterClass === 'percent') return 10;
  if (parameterClass === 'temperature' || parameterClass === 'angle') return 1;
  if (parameterClass === 'kelvin') return 500;
  if (parameter.minimum !== undefined && parameter.maximum !== undefined) return Math.max(1, Math.round((parameter.maximum - parameter.minimum) / 10));
  return 1;
}

function clamp(value: number, parameter: ParameterSpec): number {
  let result = value;
  if (parameter.minimum !== undefined) result = Math.max(parameter.minimum, result);
  if (parameter.maximum !== undefined) result = Math.min(parameter.maximum, result);
  return result;
}

export interface NumericContext {
  text: string;
  /** The parameter's current value from device state, when the function's effects tie it to one. */
  current?: number;
  /** Mentions other numeric parameters of the same call already took. */
  taken: Set<NumberMention>;
  mentions: NumberMention[];
}

/** A number for one parameter, or undefined when the text gives none (never invented). */
export function numericValue(parameter: ParameterSpec, context: NumericContext): number | undefined {
  const { text } = context;
  const parameterClass = parameterUnit(parameter);
  const available = context.mentions.filter((mention) => !context.taken.has(mention) && compatible(parameterClass, mentionUnit(mention)));
  const withUnit = available.filter((mention) => mentionUnit(mention) !== 'none');
  const mention = withUnit[0] ?? available[0];
  const lower = text.toLowerCase();
  const direction = relativeDirection(lower);

  if (context.current !== undefined && direction !== 0) {
    const absolute = mention && /\b(to|at)\s*$/.test(lower.slice(0, mention.start));
    if (!absolute) {
      if (mention) context.taken.add(mention);
      const delta = mention ? convert(mention.value, mention, parameterClass, text) : defaultStep(parameter, parameterClass);
      return finish(parameter, clamp(context.current + direction * delta, parameter));
    }
  }
  if (mention) {
    context.taken.add(mention);
    let value = convert(mention.value, mention, parameterClass, text);
    const before = lower.slice(Math.max(0, mention.start - 12), mention.start);
    if (/(minus|negative)\s*$/.test(before)) value = -Math.abs(value);
    // "point the camera down 45 degrees": a tilt below the horizon is negative, where the range
    // allows it or the document gives no range (then the device's own check decides).
    else if (parameterClass === 'angle' && (parameter.minimum === undefined || parameter.minimum < 0) && value > 0 && /\b(down|downwards?|below)\b/.test(lower)) value = -value;
    return finish(parameter, value);
  }
  const preset = presetValue(parameter, lower);
  if (preset !== undefined) return finish(parameter, preset);
  if (/\bhalf an hour\b/.test(lower) && parameterClass === 'minutes') return 30;
  if (/\ban hour\b/.test(lower) && parameterClass === 'minutes') return 60;
  if (/\bhalf(way)?\b/.test(lower)) {
    if (parameterClass === 'percent') return 50;
    return finish(parameter, 0.5);
  }
  if (/\b(full|max|maximum|all the way|highest)\b/.test(lower) && parameter.maximum !== undefined) return parameter.maximum;
  if (/\b(min|minimum|lowest)\b/.test(lower) && parameter.minimum !== undefined) return parameter.minimum;
  return undefined;
}

/** A value the API document names ("warm white" for 2700 K): the longest named preset the text says. */
export function presetValue(parameter: ParameterSpec, lowerText: string): number | undefined {
  const presets = Object.entries(parameter.presets ?? {}).sort(([left], [right]) => right.length - left.length);
  for (const [name, value] of presets) {
    if (new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`).test(lowerText)) return value;
  }
  // A compound said in two words or one ("day light" for "daylight", "candlelight" for "candle light").
  const squeezed = lowerText.replace(/[\s-]+/g, '');
  for (const [name, value] of presets) {
    const compact = name.toLowerCase().replace(/[\s-]+/g, '');
    if (compact.length >= 6 && squeezed.includes(compact)) return value;
  }
  return undefined;
}

function finish(parameter: ParameterSpec, value: number): number {
  return parameter.type === 'integer' ? Math.round(value) : Math.round(value * 1000) / 1000;
}

export function booleanValue(text: string): boolean {
  return !/\b(off|stop|stops|disable|deactivate|no|not|don't|never|unmute|un[a-z]+)\b/i.test(text);
}

/** The enum value whose name or synonym the text mentions (longest phrase wins). */
export function enumValue(parameter: ParameterSpec, text: string): string | undefined {
  const textStems = ` ${words(text).map(stem).join(' ')} `;
  let best: { value: string; length: number } | undefined;
  for (const value of parameter.values ?? []) {
    const phrases = [value, value.replace(/_/g, ' '), ...(parameter.synonyms?.[value] ?? [])];
    for (const phrase of phrases) {
      const phraseStems = words(phrase.replace(/_/g, ' ')).map(stem).join(' ');
      if (phraseStems !== '' && textStems.includes(` ${phraseStems} `) && (!best || phraseStems.length > best.length)) {
        best = { value, length: phraseStems.length };
      }
    }
  }
  return best?.value;
}
