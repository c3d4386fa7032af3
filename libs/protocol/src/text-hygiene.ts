import ansiRegex from 'ansi-regex';

/*
 * Device names, aliases and agent messages come from the network (a profile on MQTT, a scenario
 * file, an agent's config) and end up in a person's terminal and browser. Some characters are not
 * shown there but obeyed: C0 controls (BEL, backspace, carriage return, ESC), DEL, the C1 controls
 * (0x9B is a CSI on its own), and the bidi embeddings, overrides and isolates that make text read
 * in another order than it is stored ("Trojan Source").
 */
const CONTROL_CHARACTER_CLASS = '\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069';

/**
 * A JSON-schema `pattern` that a name, alias or label matches when it holds none of those
 * characters. The one definition: schemas at every boundary use it, so a name refused on MQTT is
 * refused in a scenario file and an agent config alike.
 */
export const NO_CONTROL_CHARACTERS_PATTERN = `^[^${CONTROL_CHARACTER_CLASS}]*$`;

// ansi-regex directly, not strip-ansi: strip-ansi skips any text without ESC or 0x9B, so it leaves
// an 8-bit OSC (0x9D ... 0x9C) and its payload in place.
const ESCAPE_SEQUENCES = ansiRegex();
const NO_CONTROL_CHARACTERS = new RegExp(NO_CONTROL_CHARACTERS_PATTERN, 'u');
const CONTROL_CHARACTERS = new RegExp(`[${CONTROL_CHARACTER_CLASS}]`, 'gu');
// The control characters JSON.stringify writes raw: it escapes every C0 control, but not DEL, C1 or bidi.
const UNESCAPED_BY_JSON = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;
const LINE_BREAK_OR_TAB = /^[\n\t]$/u;
const WHITESPACE_CONTROL = /^[\t\n\v\f]$/u;

export function hasControlCharacters(text: string): boolean {
  return !NO_CONTROL_CHARACTERS.test(text);
}

export interface StripControlOptions {
  /**
   * Text of several lines (an answer): newlines and tabs stay. Otherwise (a name) every whitespace
   * control becomes a space, so a name cannot start a line of its own that looks like the program's.
   */
  multiline?: boolean;
}

/**
 * The text as a terminal or a page may show it: escape sequences (CSI, OSC, OSC 8 hyperlinks,
 * window titles, in their 7- and 8-bit forms) removed whole with ansi-regex, then every control and
 * bidi character that remains. A carriage return is dropped in either mode: on a terminal it moves
 * back to the start of the line and lets what follows overwrite what the program wrote.
 */
export function stripControlCharacters(text: string, options: StripControlOptions = {}): string {
  const withoutSequences = text.replace(ESCAPE_SEQUENCES, '').replace(/\r\n/g, '\n');
  return withoutSequences.replace(CONTROL_CHARACTERS, (character) => {
    if (options.multiline) return LINE_BREAK_OR_TAB.test(character) ? character : '';
    return WHITESPACE_CONTROL.test(character) ? ' ' : '';
  });
}

/**
 * JSON text from JSON.stringify with the control characters it leaves raw written as `\u` escapes:
 * the same JSON value, inert on a terminal. (JSON.stringify already escapes C0 controls inside
 * strings, so the newlines that remain are its own layout and stay.)
 */
export function escapeControlCharactersInJson(json: string): string {
  return json.replace(UNESCAPED_BY_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
