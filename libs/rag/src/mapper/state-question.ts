import { en, enMapping, phraseAlternation, splitIdentifier, stem, words, type RequestReading } from '@meshmind/language';
import type { NormalisedDocument, NormalisedFunction } from '../api-document';

const INTERROGATIVES = new Set(enMapping.interrogativeClauseOpeners);

/**
 * "Is the awning out?", "is the zone valve open?", "is the roomba still cleaning?", "is the heating
 * set to heat or cool?": a yes/no question that says a value of one of the device's states (or a
 * word the document gives for it: an awning that is "out" is open) asks whether that state holds.
 * The query that reports that state answers it; a query of a level beside it does not, however near
 * its words are ("how far the cover is open" met "is the awning out" as well as "whether the cover is
 * open"), nor one of another reading ("the roomba" is the vacuum, not its battery).
 *
 * A query reports a state where its name is the state's name after its verb (get_cover_state reads
 * cover_state, get_status reads status) or its note names two or more of the state's values
 * ("Reports whether the cover is open, closed, opening or closing"). In -0.5..0.5, weighed as a
 * setting question's evidence (setting-question.ts): 0 where the question is not yes/no, names no
 * state value, or no query reports the state named.
 */
export function stateAnswerFit(fn: NormalisedFunction, reading: RequestReading, document: NormalisedDocument): number {
  if (fn.kind !== 'query' || reading.mood !== 'question') return 0;
  const first = reading.words[0]?.toLowerCase();
  if (first === undefined || INTERROGATIVES.has(first)) return 0;
  const named = namedStates(reading.text, document);
  if (named.length === 0) return 0;
  const queries = document.functions.filter((other) => other.kind === 'query');
  if (!queries.some((query) => named.some((field) => reports(query, field, document)))) return 0;
  return named.some((field) => reports(fn, field, document)) ? 0.5 : -0.5;
}

/** The words a state's values go by: each value ("fan_only" as "fan only") and the document's words for it. */
function valueWords(field: string, document: NormalisedDocument): string[] {
  const spec = document.state?.[field];
  if (!spec || spec.type !== 'enum') return [];
  const values = (spec.values ?? []).map(String);
  return [...values.map((value) => value.replace(/_/g, ' ')), ...Object.values(spec.synonyms ?? {}).flat().map(String)];
}

/**
 * The enum states whose values the question says. Where two are said, one said only by a closed-class
 * word is that word's other use: "is the tv on hdmi 2" asks for the source, and its "on" (a player's
 * word for playing) heads the value asked. A value that is also one of the device's nouns ("is the tv
 * on": the tv source) is no such clear value.
 */
function namedStates(text: string, document: NormalisedDocument): string[] {
  const saidBy = Object.keys(document.state ?? {}).map((field) => {
    const said = valueWords(field, document);
    const found = said.length > 0 ? [...text.matchAll(new RegExp(`\\b(?:${phraseAlternation(said)})\\b`, 'gi'))].map((match) => match[0].toLowerCase()) : [];
    return { field, found };
  }).filter(({ found }) => found.length > 0);
  // A value that is also the device's own noun ("tv", "radio" of a player) may name the device, not the value.
  const nouns = new Set(document.nouns.map((noun) => noun.toLowerCase()));
  const open = saidBy.filter(({ found }) => found.some((phrase) => !en.functionWords.has(phrase) && !nouns.has(phrase)));
  return (saidBy.length > 1 && open.length > 0 ? open : saidBy).map(({ field }) => field);
}

/** Whether a query reports a state: its name is the state's after its verb, or its note names two or more of its values. */
function reports(fn: NormalisedFunction, field: string, document: NormalisedDocument): boolean {
  const nameWords = splitIdentifier(fn.name).map((word) => word.toLowerCase());
  if (nameWords.slice(1).join('_') === field) return true;
  const noted = new Set(words(fn.description).map((word) => stem(word.toLowerCase())));
  // Values as distinct stems: "open" and "opening" are one word of the note ("how far the cover is open").
  const values = new Set((document.state?.[field]?.values ?? []).map((value) => stem(String(value).toLowerCase())));
  return [...values].filter((value) => noted.has(value)).length >= 2;
}
