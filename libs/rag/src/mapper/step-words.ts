import type { Lexicon, RequestReading } from '@meshmind/language';
import { requestWords } from './evidence';
import { withoutPurpose } from './retrieval-text';

export type StepWords = ReturnType<typeof requestWords>;

/**
 * The words of one step as the evidence weighs them. The polar words of a purpose clause are the
 * reason, not the request: "create a hotspot so the tablets can connect" does not ask to connect,
 * and reading "connect" there set the join-a-network function above the hotspot. Retrieval already
 * reads the step without that clause (`retrievalText`); the polarity now reads the same words.
 * Values, numbers and the direction are still read from the step as said.
 */
export function stepWords(reading: RequestReading, read: (text: string) => RequestReading, lexicon?: Lexicon): StepWords {
  const words = requestWords(reading, lexicon);
  const core = withoutPurpose(reading.text);
  if (core === reading.text || core === '') return words;
  const reason = requestWords(read(core), lexicon);
  return { ...words, polar: reason.polar, stems: reason.stems };
}
