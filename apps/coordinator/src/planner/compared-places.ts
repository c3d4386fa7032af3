/**
 * A condition that compares two places with no number (issue #17, class 6): "if the sitting room is
 * warmer than arthur's room", "when meeting room 2 is colder than meeting room 1". Each place is read
 * by its one measuring device of the quantity the comparative names (compared-place.ts), and the
 * request waits for both readings; the coordinator then compares the first with the second as it
 * compares a reading with a number (step-scheduler.ts). Either place without such a device, or a
 * comparative that names no quantity ("more than the kitchen"), leaves the condition unread, so the
 * request is declined, never run unconditionally.
 */
import { en, enPlanning } from '@meshmind/language';
import type { PlannerDevice, PlanStep, StepCondition } from './planner';
import { placeMeasuringDevice, saidPlaceOf } from './compared-place';
import { readingQuestion, type Comparison } from './comparison';
import type { ClauseReferences } from './clause-references';
import { anyOf } from './word-patterns';

const MORE = en.comparatives.more;
const LESS = en.comparatives.less;
const QUANTITY_OF = en.comparatives.quantityOf;
const WORDS = enPlanning.comparisons;
/** "warmer than arthur's room": a comparative, "than", and what it is compared with, which holds no number. */
const AGAINST = new RegExp(String.raw`\b(${anyOf([...MORE, ...LESS])})\s+(${anyOf(WORDS.than)})\s+(?![^]*\d)(\S[^]*)$`, 'i');
const SUBJECT_LINK = new RegExp(String.raw`\b${anyOf(WORDS.subjectLinks)}\s*$`, 'i');

/** Two places compared: the comparative's way, its words, the quantity it names, and each side as said. */
export interface PlacesComparison {
  operator: 'above' | 'below';
  said: string;
  quantity: string;
  subject: string;
  other: string;
}

/** "the sitting room is warmer than arthur's room" -> above, temperature, "the sitting room", "arthur's room"; null where it is no such comparison. */
export function readPlacesComparison(condition: string): PlacesComparison | null {
  const match = AGAINST.exec(condition);
  if (!match) return null;
  const [, word, than, other] = match;
  const comparative = word!.toLowerCase();
  const quantity = QUANTITY_OF[comparative];
  const subject = condition.slice(0, match.index).replace(SUBJECT_LINK, '').trim();
  if (!quantity || subject === '') return null;
  return { operator: MORE.includes(comparative) ? 'above' : 'below', said: `${comparative} ${than!.toLowerCase()}`, quantity, subject, other: other!.trim() };
}

/** The two readings a places comparison waits for and the condition the request is run on. */
export interface PlacesCondition {
  readings: [PlanStep, PlanStep];
  condition: StepCondition;
  /** The devices read, the place compared first and the place compared with. */
  devices: [PlannerDevice, PlannerDevice];
}

/**
 * The readings and the condition for "if <place> is <comparative> than <place>", or null where the
 * condition is not one, or either place has no one device measuring the quantity. `parse` reads a
 * phrase as the planner reads a clause; `nextId` names a step.
 */
export function placesCondition(
  condition: string,
  devices: readonly PlannerDevice[],
  parse: (text: string) => Pick<ClauseReferences, 'tokens' | 'areas' | 'floors'>,
  nextId: (offset: number) => string,
): PlacesCondition | null {
  const compared = readPlacesComparison(condition);
  if (!compared) return null;
  const measure = (side: string) => placeMeasuringDevice(saidPlaceOf(parse(side)), devices, { quantity: compared.quantity });
  const first = measure(compared.subject);
  const second = measure(compared.other);
  if (!first || !second || first.device === second.device) return null;
  const asked = (side: string): Comparison => ({ operator: compared.operator, value: 0, unit: '', said: compared.said, subject: side, quantity: compared.quantity, end: 0 });
  const readings: [PlanStep, PlanStep] = [
    { id: nextId(0), deviceId: first.device.id, text: readingQuestion(asked(compared.subject), first.device.name), after: [] },
    { id: nextId(1), deviceId: second.device.id, text: readingQuestion(asked(compared.other), second.device.name), after: [] },
  ];
  return {
    readings,
    devices: [first.device, second.device],
    condition: {
      stepId: readings[0].id,
      expect: `${compared.said} ${compared.other}`,
      negate: false,
      compare: { operator: compared.operator, value: 0, unit: '', said: compared.said, againstStepId: readings[1].id, against: compared.other },
    },
  };
}
