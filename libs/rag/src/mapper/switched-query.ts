import type { RequestReading, WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { clauses, commandCore } from './unaccounted-word';

/**
 * "Turn off your hotspot" to a robot that can only list hotspots and start its own: a command whose
 * verb's particle says an end of an on/off opposition (WordNet puts "off" and "on" at the two poles)
 * asks for a change of state, and a query function changes nothing. Where the one call chosen is a
 * query, it reads something the person did not ask to know and leaves undone what they asked; the
 * honest answer is the deed it cannot do. Undefined where the call stands.
 */
export function switchedQuery(result: MapResult, reading: RequestReading, kindOf: (name: string) => 'action' | 'query' | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length !== 1 || reading.mood === 'question') return undefined;
  if (kindOf(result.calls[0]!.function) !== 'query') return undefined;
  const said = clauses(reading.text);
  const cores = said.map((clause) => commandCore(clause, wordNet)).filter((core) => core !== undefined);
  // One clause only: "switch on and tell me the battery level" has a clause the query serves.
  if (cores.length !== 1 || said.length !== 1) return undefined;
  const [core] = cores;
  // The particle right after the verb or ending the clause ("turn off the X", "switch the X off"); "check the battery on
  // the sensor" has a preposition, which says where.
  const clauseWords: string[] = said[0]!.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const verbAt = clauseWords.indexOf(core!.verb.split(' ')[0]!);
  if (core!.particle !== undefined && clauseWords[verbAt + 1] !== core!.particle && clauseWords.at(-1) !== core!.particle) return undefined;
  // The particle is one end of an opposition whose other end is the other pole ("off" / "on"); "check out", whose
  // "out" has no polar opposite, reads.
  const particle = core!.particle;
  const pole = particle === undefined ? 0 : wordNet.pole(particle);
  if (pole === 0 || ![...wordNet.antonyms(particle!)].some((opposite) => wordNet.pole(opposite) === -pole)) return undefined;
  return core!.object ? `${core!.verb} the ${core!.object}` : core!.verb;
}
