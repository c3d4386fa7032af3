import { en, type RequestReading } from '@meshmind/language';

/** "on" closing a command whose goal, the device itself, was read out: "put netflix on (the tv)". */
const CLOSING_GOALS = new Set(en.pathPrepositions.goalInCommands);

/**
 * The object of a command that closes with the goal particle once the device's own name is read out:
 * "put netflix on the snug tv" reaches the agent as "put netflix on", "stick radio four on" as
 * "stick radio four on". The object there is what the device is to be put on, a value, where the
 * same words before "on" in "turn the lamp on" are the device. mapper/target-value.ts takes it as a
 * target only where a parameter's options hold it, so a device's own name is never one.
 */
export function objectValuePhrase(reading: RequestReading): string | undefined {
  if (reading.mood === 'question') return undefined;
  const tokens = reading.tokens;
  if (tokens.length < 3 || !CLOSING_GOALS.has(tokens.at(-1)!)) return undefined;
  const object = tokens.slice(1, -1);
  const phrase = (en.determiners.has(object[0]!) ? object.slice(1) : object).join(' ');
  return phrase === '' ? undefined : phrase;
}
