import { alternation, anyWordPattern, en, enMapping, escapeRegExp, splitIdentifier, stem, words, type NumberMention, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import { decimalShareAsPercent } from './fractions';
import { presetsOf } from './note-presets';
import { adjectiveVerbsDirection } from './adjective-verbs';
import { equativeFactor, inHalf, scalingFactor } from './scaling-verbs';
import { shareFromLowEnd } from './share-from-end';
import { comparativePreset, scaleDirection } from './scale-direction';
import { changeWithoutStart } from './unknown-start';
import { addedAmountMarker, namedEndDirection } from './added-amount';
import { endwardChangeMarker } from './end-change';
import { countsThings } from './counted-things';
import { labelledMention } from './labelled-number';
import { tiltSign } from './tilt-way';
import { presetStep } from './preset-step';
import { saysPartOfTheWay } from '../mapper/small-step';
import { withoutIdentifiers } from './identifier-words';

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

const { units, amounts } = enMapping;
/** The unit words said after a number, by the class of unit they name; the first class that has the word wins. */
const MENTION_UNITS: ReadonlyArray<[UnitClass, ReadonlySet<string>]> = [
  ['percent', new Set([...units.percent, ...units.percentShort])],
  ['angle', new Set([units.degreeSymbol, ...units.degree, ...units.temperatureScales])],
  ['kelvin', new Set(units.kelvin)],
  ['speed', new Set([...units.speed, ...units.lengths, units.centimetreSymbol, ...units.centimetres])],
  ['minutes', new Set([...units.minutes, ...units.hours, units.hourSymbol])],
  ['seconds', new Set([...units.seconds, units.secondSymbol])],
];

function mentionUnit(mention: NumberMention): UnitClass {
  return MENTION_UNITS.find(([, said]) => said.has(mention.following))?.[0] ?? 'none';
}

/** One of the words, as a group of a pattern. */
const oneOf = (list: readonly string[]) => `(?:${alternation(list)})`;
/** What follows a number, as patterns: "68 °F", "68 degrees fahrenheit", "30 cm/s", "5 km per hour", "2 hours". */
const FAHRENHEIT_AFTER = new RegExp(
  `^\\s*(?:${escapeRegExp(units.degreeSymbol)}\\s*${oneOf(units.fahrenheit)}|${oneOf(units.degree)} ${oneOf(units.fahrenheit)}\\b|${oneOf(units.fahrenheit)}\\b)`,
);
const CENTIMETRES_AFTER = new RegExp(`^\\s*${oneOf([units.centimetreSymbol, ...units.centimetres])}`);
const KILOMETRES_PER_HOUR_AFTER = new RegExp(`^\\s*${escapeRegExp(units.kilometre)}\\s*(?:\\/\\s*${escapeRegExp(units.hourSymbol)}|${oneOf(units.perHour)})`);
const HOURS_AFTER = new RegExp(`^\\s*${oneOf([...units.hours, units.hourSymbol])}\\b`);
const HOURS_SPELLED_AFTER = new RegExp(`^\\s*${oneOf(units.hours)}\\b`);
const MINUTES_AFTER = new RegExp(`^\\s*${oneOf(units.minutes)}\\b`);
const SECONDS_AFTER = new RegExp(`^\\s*${oneOf(units.seconds)}\\b`);

/** Whether a parameter is a span of time (minutes, seconds): a number said "to 45" is no such span. */
export function takesTime(parameter: ParameterSpec): boolean {
  const unitClass = parameterUnit(parameter);
  return unitClass === 'minutes' || unitClass === 'seconds';
}

/** Whether a number was said with a unit ("30 min", "20 degrees", "40%"), not bare. */
export function saidWithUnit(mention: NumberMention): boolean {
  return mentionUnit(mention) !== 'none';
}

/** Whether a numeric parameter can hold a number said in its unit: "30 min" fits no volume in %. */
export function holdsUnitOf(parameter: ParameterSpec, mention: NumberMention): boolean {
  return (parameter.type === 'integer' || parameter.type === 'number') && compatible(parameterUnit(parameter), mentionUnit(mention));
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
  if (parameterClass === 'temperature' && FAHRENHEIT_AFTER.test(after)) return Math.round(((value - 32) * 5) / 9 * 10) / 10;
  if (parameterClass === 'speed') {
    if (CENTIMETRES_AFTER.test(after)) return value / 100;
    if (KILOMETRES_PER_HOUR_AFTER.test(after)) return Math.round((value / 3.6) * 100) / 100;
  }
  if (parameterClass === 'minutes' && HOURS_AFTER.test(after)) return value * 60;
  if (parameterClass === 'minutes' && SECONDS_AFTER.test(after)) return value / 60;
  if (parameterClass === 'seconds' && MINUTES_AFTER.test(after)) return value * 60;
  if (parameterClass === 'seconds' && HOURS_SPELLED_AFTER.test(after)) return value * 3600;
  return value;
}

const INCREASE = anyWordPattern(en.relativeDirection.up);
const DECREASE = anyWordPattern(en.relativeDirection.down);
/** A number said as the level wanted ("to 90"), right before it. */
const LEVEL_BEFORE = new RegExp(`\\b(?:${alternation(amounts.levelPrepositions)})\\s*$`);
const NEGATIVE_BEFORE = new RegExp(`(?:${alternation(amounts.negative)})\\s*$`);
const HORIZONTAL = anyWordPattern(amounts.horizontal, '');
const STRAIGHT_UP = anyWordPattern(amounts.vertical.up, '');
const STRAIGHT_DOWN = anyWordPattern(amounts.vertical.down, '');
const HALF = anyWordPattern(amounts.half, '');
/** The fixed idiom "all the way", or "right" before the way ("right down"): the end of the range in the direction said ("all the way up" the top, "turn it right down" the bottom). */
const WHOLE_WAY = new RegExp(
  // "right down" only where the way ends the clause or runs to a level ("right down to 5"): "turn right down the aisle" is a direction and a path.
  `\\ball the way\\b|\\b(?:${alternation(amounts.wholeWayIntensifiers)})\\s+(?:${alternation(amounts.wayParticles)})\\b(?=\\s*(?:$|[,.!?;]|(?:${alternation([...amounts.levelPrepositions, ...enMapping.requestCourtesy])})\\b))`,
  'i',
);
const MAXIMUM = anyWordPattern([...amounts.maximum, ...amounts.maximumAlso], '');
const MINIMUM = anyWordPattern([...amounts.minimum, ...amounts.minimumAlso], '');
/** Durations said as words, longest first ("half an hour" before "an hour"). */
const SPOKEN_MINUTES = Object.entries(amounts.spokenMinutes)
  .sort(([left], [right]) => right.length - left.length)
  .map(([phrase, minutes]) => ({ pattern: anyWordPattern([phrase], ''), minutes }));
const NEGATION = new RegExp(`\\b(?:${alternation(enMapping.negation.words)}|(?:${alternation(enMapping.negation.wordPrefixes)})[a-z]+)\\b`, 'i');

export function relativeDirection(text: string): 1 | -1 | 0 {
  const up = INCREASE.test(text);
  const down = DECREASE.test(text);
  if (up === down) return 0;
  return up ? 1 : -1;
}

/**
 * A number said as an amount added ("another 20%"): the level it goes to is the one the device is at,
 * moved that far the way the request's other words say (a comparative, a word of change, or a word
 * naming one end of the parameter's scale: "open" toward "fully open"). Undefined, so the call is
 * asked about rather than guessed, where the level it is at or the way is not known: setting the
 * amount itself as the level was a wrong action.
 */
function addedAmount(parameter: ParameterSpec, mention: NumberMention, rest: string, parameterClass: UnitClass, context: NumericContext): number | undefined {
  if (context.current === undefined) return undefined;
  const direction = scaleDirection(parameter, rest, context.wordNet) ?? (relativeDirection(rest) || adjectiveVerbsDirection(rest, context.wordNet) || namedEndDirection(parameter, rest, context.wordNet));
  if (!direction) return undefined;
  context.taken.add(mention);
  return finish(parameter, clamp(context.current + direction * convert(mention.value, mention, parameterClass, context.text), parameter));
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
  /** Opposites of a comparative's base: "warmer" lowers a colour temperature whose "warm" end is low (arguments/scale-direction.ts). */
  wordNet?: WordNet;
  /** The pieces of the parameter's name no other numeric parameter shares ("x" of pos_x): a number said after one is its (arguments/labelled-number.ts). */
  label?: readonly string[];
}

/** A number for one parameter, or undefined when the text gives none (never invented). */
export function numericValue(parameter: ParameterSpec, context: NumericContext): number | undefined {
  const { text } = context;
  const parameterClass = parameterUnit(parameter);
  const numbersThings = parameter.type === 'integer' && parameterClass === 'none'; // "one shelf" counts shelves, it numbers none (arguments/counted-things.ts)
  const available = context.mentions.filter((mention) => !context.taken.has(mention) && compatible(parameterClass, mentionUnit(mention)) && !(numbersThings && mentionUnit(mention) === 'none' && countsThings(mention, text.toLowerCase(), context.wordNet)));
  const withUnit = available.filter((mention) => mentionUnit(mention) !== 'none');
  const lower = text.toLowerCase();
  const mention = labelledMention(context.label ?? [], available, lower) ?? withUnit[0] ?? available[0]; // "y 6, x 2": the number said after its name (arguments/labelled-number.ts)
  // "halve the brightness": the level the device is at, times the verb's factor (arguments/scaling-verbs.ts).
  const factor = mention && !inHalf(lower) && equativeFactor(lower) === undefined ? undefined : scalingFactor(lower);
  if (factor !== undefined && context.current !== undefined) return finish(parameter, clamp(context.current * factor, parameter));
  if (factor !== undefined && mention) return undefined; // "cut it in half" with no level known: not a level of 0.5
  // "open the valve another 20%", "lower it 10 percent more": an amount added where the level is, in the way the rest says (arguments/added-amount.ts).
  // Not a time: "water for another 10 minutes" runs 10 minutes from now, the duration as said.
  const added = mention && parameterClass !== 'minutes' && parameterClass !== 'seconds' ? addedAmountMarker(lower, mention) ?? endwardChangeMarker(parameter, lower, mention, context.wordNet) : undefined; // "close it by 10%" (arguments/end-change.ts)
  if (mention && added) return addedAmount(parameter, mention, `${lower.slice(0, added.start)} ${lower.slice(added.end)}`, parameterClass, context);
  // "close them a little more": a small step goes the way the verb naming an end of the scale says, whatever "more" says (mapper/small-step.ts).
  const stepEnd = !mention && saysPartOfTheWay(words(lower), context.wordNet) ? namedEndDirection(parameter, lower, context.wordNet) : undefined;
  const direction = stepEnd ?? scaleDirection(parameter, lower, context.wordNet) ?? (relativeDirection(lower) || adjectiveVerbsDirection(lower, context.wordNet));

  // A named value is a level, though its name is also a word of change ("set the rail to boost").
  // "a cooler white" with no current white known: the preset the comparative's base names (arguments/scale-direction.ts).
  const named = mention ? undefined : presetValue(parameter, lower) ?? (context.current === undefined ? comparativePreset(parameter, lower, context.wordNet) : undefined);
  // "brighten the stair light to full", "turn it down to the minimum": the end said is the level, not a step toward it.
  const extreme = !mention && !numbersOne(parameter) && ((direction > 0 && (MAXIMUM.test(lower) || WHOLE_WAY.test(lower)) && parameter.maximum !== undefined) || (direction < 0 && (MINIMUM.test(lower) || WHOLE_WAY.test(lower)) && parameter.minimum !== undefined));
  // "speed up by half a metre per second" with no level known: a change from nowhere (arguments/unknown-start.ts).
  if (context.current === undefined && direction !== 0 && named === undefined && changeWithoutStart(parameter, lower, mention)) return undefined;
  // "drop the speed by 0.3": a change said by its size whose way no word tells is no level either, known start or not ("5 by 9" is a point).
  const byPoint = mention && context.mentions.some((other) => /^\s*by\s+$/.test(lower.slice(other.end, mention.start)));
  if (direction === 0 && mention && !byPoint && named === undefined && changeWithoutStart(parameter, lower, mention)) return undefined;
  if (context.current !== undefined && direction !== 0 && named === undefined && !extreme) {
    const absolute = mention && LEVEL_BEFORE.test(lower.slice(0, mention.start));
    if (!absolute) {
      // "a notch faster" of a fan on medium: the next of its named settings, not a guessed 10% (arguments/preset-step.ts).
      const stepped = !mention || mentionUnit(mention) === 'none' ? presetStep(parameter, lower, context.current, direction > 0 ? 1 : -1, context.wordNet, mention) : undefined;
      if (mention) context.taken.add(mention);
      if (stepped !== undefined) return finish(parameter, stepped);
      const delta = mention ? convert(mention.value, mention, parameterClass, text) : defaultStep(parameter, parameterClass);
      return finish(parameter, clamp(context.current + direction * delta, parameter));
    }
  }
  if (mention) {
    context.taken.add(mention);
    // "set the curtains to 0.5": a share of the whole, in the parameter's percent.
    const share = parameterClass === 'percent' && mentionUnit(mention) === 'none' ? decimalShareAsPercent(mention, text) : undefined;
    if (share !== undefined) return finish(parameter, share);
    let value = convert(mention.value, mention, parameterClass, text);
    // "close the blind three quarters of the way": a share in words, from the end the verb moves away from (arguments/share-from-end.ts).
    const inWords = parameterClass === 'percent' && !/\d/.test(text.slice(mention.start, mention.end)) && !LEVEL_BEFORE.test(lower.slice(0, mention.start));
    if (inWords && shareFromLowEnd(parameter, lower)) return finish(parameter, parameter.maximum! - (value / 100) * (parameter.maximum! - parameter.minimum!));
    const before = lower.slice(Math.max(0, mention.start - 12), mention.start);
    if (NEGATIVE_BEFORE.test(before)) value = -Math.abs(value);
    // "point the camera down 45 degrees": a tilt below the horizon is negative, where the range
    // allows it or the document gives no range (then the device's own check decides); the way said
    // in words, else the verb's ("lower the camera 40"); both ways said is asked (arguments/tilt-way.ts).
    else if (parameterClass === 'angle' && (parameter.minimum === undefined || parameter.minimum < 0) && value > 0) {
      const sign = tiltSign(parameter, lower, LEVEL_BEFORE.test(lower.slice(0, mention.start)), context.wordNet);
      if (sign === undefined) return undefined;
      value *= sign;
    }
    return finish(parameter, value);
  }
  if (named !== undefined) return finish(parameter, named);
  const pointed = pointedAngle(parameter, parameterClass, lower);
  if (pointed !== undefined) return pointed;
  const spoken = parameterClass === 'minutes' ? SPOKEN_MINUTES.find(({ pattern }) => pattern.test(lower)) : undefined;
  if (spoken) return spoken.minutes;
  // "for half an hour" is a time, not a share: the half of a spoken duration is no level.
  if (HALF.test(SPOKEN_MINUTES.reduce((rest, { pattern }) => rest.replace(pattern, ' '), lower))) {
    if (parameterClass === 'percent') return 50;
    return finish(parameter, 0.5);
  }
  // "all the way down": the end in the direction said, the bottom here (WHOLE_WAY). Where no word of change says the way, the verb naming
  // one of the scale's named ends does: "close the blinds all the way" (0 is closed) is the bottom, not the maximum (issue #17: it opened them).
  const wholeWay = WHOLE_WAY.test(lower) ? direction || (namedEndDirection(parameter, lower, context.wordNet) ?? 0) : 0;
  const downward = wholeWay < 0;
  if (numbersOne(parameter)) return undefined; // "do a full circle" is no last shelf
  if ((MAXIMUM.test(lower) || wholeWay > 0) && parameter.maximum !== undefined && !downward) return parameter.maximum;
  if ((MINIMUM.test(lower) || downward) && parameter.minimum !== undefined) return parameter.minimum;
  return undefined;
}

/** The closed class of words that end the name of a parameter numbering things: "shelf_num", "shelfNumber", "zone_id". */
const NUMBERING = new Set(['num', 'number', 'no', 'nr', 'id', 'index', 'idx']);

/**
 * Whether an integer parameter numbers one of several things rather than measuring a level: its name
 * ends in a word of numbering. "Full", "the maximum" and "the minimum" name the ends of a scale, not
 * the last or first of a numbering: "do a full circle", "are you full up on charge?" and "move at the
 * minimum speed" are no shelf 20 or shelf 1, once the device's own ranges say how many shelves there are.
 */
function numbersOne(parameter: ParameterSpec): boolean {
  return parameter.type === 'integer' && NUMBERING.has(splitIdentifier(parameter.name).at(-1)?.toLowerCase() ?? '');
}

/**
 * "Put the camera back level", "tilt it to horizontal", "look straight up": an angle said by where
 * it points, where the parameter's range runs on both sides of the horizon (a tilt of -90 to 90
 * degrees): the horizon is nought, straight up and straight down the range's ends.
 */
export function pointedAngle(parameter: ParameterSpec, parameterClass: UnitClass, lowerText: string): number | undefined {
  if (parameterClass !== 'angle' || (parameter.minimum ?? -1) >= 0 || (parameter.maximum ?? 1) <= 0) return undefined;
  if (STRAIGHT_UP.test(lowerText)) return parameter.maximum;
  if (STRAIGHT_DOWN.test(lowerText)) return parameter.minimum;
  return HORIZONTAL.test(lowerText) ? 0 : undefined;
}

/** The angle a direction said in words points the parameter at ("straight up" -> its maximum), where it is an angle that spans the horizon. */
export function pointedAngleOf(parameter: ParameterSpec, lowerText: string): number | undefined {
  return pointedAngle(parameter, parameterUnit(parameter), lowerText);
}

/** A value the API document names ("warm white" for 2700 K): the longest named preset the text says. */
export function presetValue(parameter: ParameterSpec, lowerText: string): number | undefined {
  // Declared, or spelled out in the parameter's note (arguments/note-presets.ts).
  const presets = Object.entries(presetsOf(parameter)).sort(([left], [right]) => right.length - left.length);
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
  return !NEGATION.test(text);
}

/** The enum value whose name or synonym the text mentions (longest phrase wins). */
/** A denial and what follows it in its clause: "no heating or cooling", "without cooling". */
const DENIED = new RegExp(`\\b(?:${alternation(enMapping.negatedValueOpeners)})\\b[^,;.!?]*`, 'gi');

/**
 * The option a text names: the longest phrase of a value or its synonyms. Values the text denies
 * ("just run the fan, no heating or cooling") are not named, unless nothing else is.
 */
export function enumValue(parameter: ParameterSpec, text: string): string | undefined {
  const affirmed = text.replace(DENIED, ' ');
  return (affirmed !== text ? namedOption(parameter, affirmed) : undefined) ?? namedOption(parameter, text);
}

function namedOption(parameter: ParameterSpec, text: string): string | undefined {
  const options = (parameter.values ?? []).flatMap((value) => [value, ...(parameter.synonyms?.[value] ?? [])]);
  const textStems = ` ${words(withoutIdentifiers(text, options)).map(stem).join(' ')} `;
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
