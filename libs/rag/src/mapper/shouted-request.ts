/**
 * A request typed in capitals ("TURN THE HEATING DOWN") read in lower case (issue #17, the surface
 * eval): its case says nothing, and the sentence model is case-sensitive, so "WHAT'S THE ROOM TEMP"
 * embedded far from "what's the room temp" and met the thermostat's mode. A word with a digit in it
 * ("DEPOT5G", "K9K9") is a name or a key and keeps the case it was typed in. A request with any
 * lower-case letter is read as typed: its capitals (a name, "TV") may mean something.
 */
export function withoutShouting(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}.*\p{Lu}/u.test(text)) return text;
  return text.replace(/[\p{L}\p{N}_-]+/gu, (word) => (/\p{N}/u.test(word) ? word : word.toLowerCase()));
}
