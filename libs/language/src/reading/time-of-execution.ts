import { en } from '../languages/en';
import { enPlanning } from '../languages/en-planning';
import { CARDINAL_WORDS, findNumbers } from '../numbers';
import { alternation, phraseAlternation } from '../tokenize';

/**
 * When a request is to be carried out, said beside what is to be done: a time for later ("in ten
 * minutes", "at 7pm", "at midnight", "tonight", "on monday", "later") or a repeat ("every day",
 * "each night", "daily", "twice a week"). A device agent acts at once and only once, so a request
 * that still carries one of these asks for something it cannot do by itself (issue #17).
 *
 * Told apart from a span ("for an hour": how long, which a valve's run timer holds) and from a value
 * ("set it to 7", "channel 4", "at 30 percent"): a bare hour after "at" ("turn it on at 7") is only
 * a candidate, marked with `bareHour`, since "put the heating at 20" names a level; the caller
 * decides by whether a value of its call took the number.
 */
export interface TimeOfExecution {
  kind: 'later' | 'repeat';
  /** The words as said ("every day", "at midnight"). */
  text: string;
  start: number;
  end: number;
  /** "at 7" with nothing after it that says a time: a time only where no value took the number. */
  bareHour?: number;
}

const WORDS = en.executionTimes;
/** The units of time, singular and plural ("minute", "mins", "hours", "days"). */
const UNIT = `(?:${alternation(Object.keys(en.durationUnits))})s?`;
const AMOUNT = `(?:\\d+(?:\\.\\d+)?|${alternation([...Object.keys(en.vagueAmounts), ...CARDINAL_WORDS])})`;
const HOUR = `(?:\\d{1,2}|${alternation(CARDINAL_WORDS)})`;
const DAY_WORD = `(?:${alternation([...WORDS.partsOfDay, ...WORDS.pointsOfDay])})`;
const WEEKDAY = `(?:${alternation(WORDS.weekdays)})`;
const SPAN = `(?:${UNIT}|${DAY_WORD}|${WEEKDAY})`;
/** The pronoun a clause of an event opens with, its verb contracted on or not ("it's", "we've"). */
const EVENT_SUBJECT = `(?:${alternation(WORDS.eventSubjects)})`;
/** The rest of such a clause, to the punctuation that ends it: "leave", "get back home". */
const CLAUSE_REST = `[\\p{L}]+(?:[ \\t]+[^\\s,.;!?]+)*`;

/** Each pattern with the kind it says; `bare` marks the hour that may be a value. */
const PATTERNS: readonly { kind: TimeOfExecution['kind']; pattern: RegExp; bare?: true; event?: true }[] = [
  // "in 10 minutes", "after a couple of hours", "within half an hour" (as the coordinator's planner reads a delay).
  { kind: 'later', pattern: new RegExp(`\\b(?:${alternation(en.delayPrepositions)})\\s+(?:(?:${alternation(enPlanning.delays.beforeAmount)})\\s+)?${AMOUNT}(?:\\s+(?:${alternation(enPlanning.delays.afterAmount)}))?\\s+${UNIT}\\b`, 'gi') },
  // "an hour from now", "ten minutes from now" (not "from now on").
  { kind: 'later', pattern: new RegExp(`\\b${AMOUNT}\\s+${UNIT}\\s+${phraseAlternation([WORDS.fromNow])}\\b(?!\\s+${WORDS.lastingParticle}\\b)`, 'gi') },
  // "at 7pm", "by 6 a.m.", "7 o'clock", "at 19:30", "half past seven".
  { kind: 'later', pattern: new RegExp(`\\b${HOUR}(?:[:.]\\d{2})?\\s*(?:${alternation(WORDS.clockSuffixes)})(?![\\p{L}])`, 'giu') },
  { kind: 'later', pattern: /\b(?:[01]?\d|2[0-4]):[0-5]\d\b/g },
  { kind: 'later', pattern: new RegExp(`\\b(?:half|quarter)\\s+(?:past|to)\\s+${HOUR}\\b`, 'gi') },
  // "at noon", "by sunset", "until midnight", "at night".
  { kind: 'later', pattern: new RegExp(`\\b(?:${alternation(WORDS.pointPrepositions)})\\s+(?:the\\s+)?(?:${alternation(WORDS.pointsOfDay)})\\b`, 'gi') },
  // "this evening", "tomorrow morning", "in the afternoon", "next monday".
  { kind: 'later', pattern: new RegExp(`\\b(?:${phraseAlternation(WORDS.dayDeterminers)})\\s+(?:${alternation(WORDS.partsOfDay)}|${WEEKDAY})\\b`, 'gi') },
  { kind: 'later', pattern: new RegExp(`\\b(?:${alternation([...WORDS.days, ...WORDS.later])})\\b`, 'gi') },
  { kind: 'later', pattern: new RegExp(`\\b${WEEKDAY}\\b`, 'gi') },
  { kind: 'later', pattern: new RegExp(`\\b(?:${phraseAlternation(WORDS.laterPhrases)})\\b`, 'gi') },
  // "every day", "each night", "every other week", "every 2 hours", "on mondays".
  { kind: 'repeat', pattern: new RegExp(`\\b(?:${alternation(WORDS.repeatQuantifiers)})\\s+(?:(?:${alternation(WORDS.repeatModifiers)})\\s+)?(?:${AMOUNT}\\s+)?${SPAN}s?\\b`, 'gi') },
  { kind: 'repeat', pattern: new RegExp(`\\b(?:${alternation(WORDS.repeatAdverbs)}|${WEEKDAY}s)\\b`, 'gi') },
  // "twice a day", "three times per week".
  { kind: 'repeat', pattern: new RegExp(`\\b(?:${alternation(WORDS.frequencyCounts.filter((word) => word !== 'times'))}|${AMOUNT}\\s+times)\\s+(?:${alternation(WORDS.frequencyShares)})\\s+${SPAN}\\b`, 'gi') },
  // "turn the heat down when I leave", "fan on once it gets hot", "as soon as the kids are asleep", "before we get home": a clause of an event to come, after the request.
  { kind: 'later', pattern: new RegExp(`\\b(?:${phraseAlternation(WORDS.eventConjunctions)})\\s+(?:${EVENT_SUBJECT}|(?:${alternation([...en.articles, ...en.possessives])})\\s+[\\p{L}]+)(?:['’][a-z]+)?\\s+${CLAUSE_REST}`, 'giu'), event: true },
  { kind: 'later', pattern: new RegExp(`\\b(?:${alternation(WORDS.eventPrepositions)})\\s+${EVENT_SUBJECT}(?:['’][a-z]+)?\\s+${CLAUSE_REST}`, 'giu'), event: true },
  // "turn it on at 7": an hour, unless something after it says what it counts.
  { kind: 'later', pattern: new RegExp(`\\bat\\s+(${HOUR})\\b(?![.,:]\\d)`, 'gi'), bare: true },
];

const HOURS_IN_DAY = 24;

/**
 * Every time of execution a request says, in the order said; where two readings overlap, the
 * longer (and a repeat over a one-off) is kept.
 */
export function timesOfExecution(text: string): TimeOfExecution[] {
  const found: TimeOfExecution[] = [];
  for (const { kind, pattern, bare, event } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index, end = start + match[0].length;
      // "when it is playing, pause it": a clause of an event before the request is its condition, read by the readers of conditions.
      if (event && text.slice(0, start).trim() === '') continue;
      if (bare) {
        const hour = hourOf(match[1]!);
        if (hour === undefined || !endsTheClause(text.slice(end))) continue;
        found.push({ kind, text: match[0], start, end, bareHour: hour });
      } else found.push({ kind, text: match[0], start, end });
    }
  }
  return kept(found);
}

/** A bare hour's value, where it can be one (0 to 24). */
function hourOf(said: string): number | undefined {
  const value = findNumbers(said.toLowerCase())[0]?.value;
  return value !== undefined && value <= HOURS_IN_DAY ? value : undefined;
}

/** Nothing after the hour but the clause's end or another time ("at 7 tonight", "at 6 every day"). */
function endsTheClause(rest: string): boolean {
  const trimmed = rest.trimStart();
  if (trimmed === '' || /^[,.;!?]/.test(trimmed)) return true;
  return PATTERNS.some(({ pattern, bare }) => !bare && new RegExp(`^(?:${pattern.source})`, pattern.flags.replace('g', '')).test(trimmed));
}

function kept(found: TimeOfExecution[]): TimeOfExecution[] {
  const better = (left: TimeOfExecution, right: TimeOfExecution) => (left.kind !== right.kind ? (left.kind === 'repeat' ? -1 : 1) : right.end - right.start - (left.end - left.start));
  const chosen: TimeOfExecution[] = [];
  for (const mention of [...found].sort(better)) {
    if (!chosen.some((other) => mention.start < other.end && other.start < mention.end)) chosen.push(mention);
  }
  return chosen.sort((left, right) => left.start - right.start);
}
