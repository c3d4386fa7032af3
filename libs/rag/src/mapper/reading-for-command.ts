import type { Lexicon, RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { asksToKnow } from './knowing-verb';

/**
 * A command is not answered by a reading (issue #17, things the home cannot do): "make the night
 * light flash" to a light that switches, dims and reads its brightness met get_brightness by its
 * words ("flash" is near light), and the reply "brightness is 10%" did nothing asked. Where every
 * call the mapper would make only reads, where the document declares that, and the request opens
 * with a verb of command that does not ask to be told ("check", "identify" do: mapper/knowing-verb.ts),
 * the device cannot do what was asked; the verb is returned for the reason, else undefined.
 */
export function readingForCommand(result: MapResult, reading: RequestReading, said: string, functions: ReadonlyMap<string, NormalisedFunction>, lexicon: Lexicon | undefined): string | undefined {
  if (result.kind !== 'call' || reading.mood !== 'command' || result.calls.length === 0) return undefined;
  if (!result.calls.every((call) => functions.get(call.function)?.kind === 'query')) return undefined;
  if (asksToKnow(said, lexicon)) return undefined;
  return reading.words[0];
}
