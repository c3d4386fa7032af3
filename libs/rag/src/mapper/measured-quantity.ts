import { en, enMapping, moodOf, splitIdentifier, stem, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { asksPresence } from './presence-asked';
import { asksOtherTime } from './reading-now';
import { namesQuantityByMeasure } from './quantity-word';

/** How close a WordNet relation of the measured quantity must be to name it: "carbon_dioxide" -> co2 (0.9), "illuminance" -> light (0.8). */
const CLOSE_RELATION = 0.8;
/** A value written as an identifier ("carbon_dioxide", "smoke"), as a device class is: not a title someone gave. */
const IDENTIFIER = /^[a-z][a-z0-9_]*$/;
/** "when", "who", "where", "why": openers of a question for a time, a person, a place or a reason (the language's closed class). */
const OPEN_ASKERS: ReadonlySet<string> = new Set([...enMapping.answerOpeners.time, ...enMapping.answerOpeners.person, 'where', 'why']);
/** "in ppm", "in watts": a word after "in" is the unit the reading is given in, not the quantity (closed class of one preposition). */
const UNIT_BEFORE = /\bin\s+(?:[\p{L}\p{N}]+\s+or\s+)?$/u;

/** The state's first field and the question that reads it, where a query reads it by name (get_value reads value, is_on reads on). */
function ownReading(document: NormalisedDocument): { field: string; question: string; yesOrNo: boolean } | undefined {
  const [first] = Object.keys(document.state ?? {});
  if (!first) return undefined;
  const reader = document.functions.find((fn) => fn.kind === 'query' && fn.parameters.length === 0 && fn.name.split('_').slice(1).join('_') === first);
  if (!reader) return undefined;
  const named = first.replace(/_/g, ' ');
  return { field: first, question: reader.returnType === 'boolean' ? `is it ${named}` : `what is the ${named}`, yesOrNo: reader.returnType === 'boolean' };
}

/** Stems that name a quantity written as an identifier: its own words and WordNet's closest relations of it as one noun ("carbon_dioxide" -> co2). */
function quantityStems(value: string, wordNet: WordNet): Set<string> {
  const found = new Set(splitIdentifier(value).map((word) => stem(word.toLowerCase())));
  for (const [related, weight] of wordNet.related(value, 'noun')) if (weight >= CLOSE_RELATION && !related.includes(' ') && !related.includes('_')) found.add(related);
  return found;
}

/**
 * "what's the CO2 level?", "how much co2 is there in here", "whats the air pressure" said to a
 * general sensor (issue #17): the quantity asked is what the device's state says it measures (its
 * class, "carbon_dioxide", "atmospheric_pressure"), a word no function's notes hold, so no function
 * met the question well enough and it was declined. The question is asked of the device's own
 * reading, the first field of its state that a query reads by name ("what is the value"), as
 * own-reading.ts asks "what does the sensor say?". Matched by the value's words or WordNet's closest
 * relations of it as a noun, only where the question asks no person's presence, the value is an identifier (not a title), is not the first
 * field itself, the word is not after "in" (a unit: "is it in ppm"), and no word of another
 * query's name is said ("what unit is the co2 in" asks get_unit). Unchanged otherwise.
 */
export function withMeasuredQuantityAsked(text: string, document: NormalisedDocument, state: Readonly<Record<string, unknown>>, wordNet: WordNet | undefined): string {
  if (!wordNet || moodOf(text) !== 'question') return text;
  if (asksPresence(text)) return text; // "is anybody at the door" to a door sensor asks who is there, not the door's state (presence-asked.ts)
  // "how much energy did we use yesterday": "what is the value" would ask of now, which reading-now.ts then could not tell apart.
  if (asksOtherTime([...text.toLowerCase().matchAll(/[\p{L}\p{N}']+/gu)].map((match) => match[0]))) return text;
  const reading = ownReading(document);
  if (!reading) return text;
  const lower = text.toLowerCase();
  // "how much smoke is there" asks an amount of a device that only says whether: not its reading.
  const opener = lower.match(/[\p{L}]+/u)?.[0] ?? '';
  // Nor does "when did the smoke alarm last go off", "who set it off": a time or a person, which no yes or no is either.
  if (reading.yesOrNo && (OPEN_ASKERS.has(opener) || ((en.questionWords.has(opener) || opener === 'how') && (opener.startsWith('wh') || opener === 'how')))) return text;
  const said = [...lower.matchAll(/[\p{L}\p{N}]+/gu)];
  const saidStems = new Set(said.map((match) => stem(match[0])));
  const otherQueries = document.functions.filter((fn) => fn.kind === 'query' && fn.name.split('_').slice(1).join('_') !== reading.field);
  if (otherQueries.some((fn) => fn.name.split('_').slice(1).some((piece) => saidStems.has(stem(piece))))) return text;
  for (const [key, field] of Object.entries(document.state ?? {})) {
    const value = state[key];
    if (key === reading.field || field.type !== 'string' || (field.values?.length ?? 0) > 0 || typeof value !== 'string' || !IDENTIFIER.test(value)) continue;
    // A quantity is named by a noun ("smoke", "carbon_dioxide"); "detected", "wet" name a state of it. Or by its unit or meter ("how many lux", "the barometer": quantity-word.ts).
    const names = wordNet.canBe(value, 'noun') && !wordNet.canBe(value, 'adj') ? quantityStems(value, wordNet) : new Set<string>();
    const units = Object.values(state).filter((other): other is string => typeof other === 'string' && other !== value);
    const named = said.some((match) => (names.has(stem(match[0])) || namesQuantityByMeasure(match[0], value, units, wordNet)) && !UNIT_BEFORE.test(lower.slice(0, match.index)));
    if (named) return reading.question;
  }
  return text;
}
