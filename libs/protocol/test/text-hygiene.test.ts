import { describe, expect, it } from 'vitest';
import { NO_CONTROL_CHARACTERS_PATTERN, escapeControlCharactersInJson, hasControlCharacters, stripControlCharacters } from '../src/index';

const ESC = '\u001B';

/** Attacks a device name may carry into a terminal, each with what a person must see instead. */
const ATTACKS: Array<[label: string, text: string, shown: string]> = [
  ['clear screen and cursor home (CSI)', `${ESC}[2J${ESC}[HLamp`, 'Lamp'],
  ['colour (SGR)', `${ESC}[31mLamp${ESC}[0m`, 'Lamp'],
  ['window title (OSC 0, BEL-terminated)', `Lamp${ESC}]0;you have been hacked\u0007`, 'Lamp'],
  ['window title (OSC 2, ST-terminated)', `Lamp${ESC}]2;title${ESC}\\`, 'Lamp'],
  ['OSC 8 hyperlink', `${ESC}]8;;https://evil.example/${ESC}\\Lamp${ESC}]8;;${ESC}\\`, 'Lamp'],
  ['8-bit CSI (C1 0x9B)', '\u009B2JLamp', 'Lamp'],
  ['8-bit OSC (C1 0x9D)', '\u009D0;title\u009CLamp', 'Lamp'],
  ['a lone C1 control (NEL)', 'La\u0085mp', 'Lamp'],
  ['bell and backspaces', 'Lamp\u0007\u0008\u0008\u0008\u0008Door', 'LampDoor'],
  ['DEL', 'La\u007Fmp', 'Lamp'],
  ['a lone ESC at the end', `Lamp${ESC}`, 'Lamp'],
  ['carriage return that overwrites the line', 'Lamp\rFront door unlocked', 'LampFront door unlocked'],
  ['right-to-left override', 'Lamp \u202Erood tnorf\u202C', 'Lamp rood tnorf'],
  ['bidi isolates', '\u2066Lamp\u2069 \u2067x\u2068', 'Lamp x'],
  ['embeddings', '\u202ALa\u202Bmp\u202D', 'Lamp'],
];

describe('stripControlCharacters', () => {
  it.each(ATTACKS)('removes %s from a name', (_label, text, shown) => {
    const stripped = stripControlCharacters(text);
    expect(stripped).toBe(shown);
    expect(hasControlCharacters(stripped)).toBe(false);
  });

  it('turns line breaks and tabs in a name into spaces, so a name cannot open a line of its own', () => {
    expect(stripControlCharacters('Lamp\nE_INTERNAL: all doors unlocked\tnow')).toBe('Lamp E_INTERNAL: all doors unlocked now');
  });

  it('keeps line breaks and tabs of a multi-line answer, and drops carriage returns', () => {
    expect(stripControlCharacters(`Done:\r\n\t${ESC}[1mLamp${ESC}[0m is on.\rX`, { multiline: true })).toBe('Done:\n\tLamp is on.X');
  });

  it('leaves ordinary text alone, accents, emoji and scripts written right to left included', () => {
    for (const text of ['Kitchen light', 'Lampe de chevet (salle à manger)', '客厅灯', 'מנורה', '🌙 Night light', 'Lamp #2: 50% · 21.5 °C']) {
      expect(stripControlCharacters(text)).toBe(text);
      expect(hasControlCharacters(text)).toBe(false);
    }
  });
});

describe('NO_CONTROL_CHARACTERS_PATTERN', () => {
  const pattern = new RegExp(NO_CONTROL_CHARACTERS_PATTERN, 'u');

  it.each(ATTACKS)('refuses a name with %s', (_label, text) => {
    expect(pattern.test(text)).toBe(false);
  });

  it('refuses a newline or a tab in a name and accepts ordinary names', () => {
    expect(pattern.test('Lamp\nDoor')).toBe(false);
    expect(pattern.test('Lamp\tDoor')).toBe(false);
    expect(pattern.test('Lampe de chevet')).toBe(true);
    expect(pattern.test('')).toBe(true);
  });
});

describe('escapeControlCharactersInJson', () => {
  it('writes the controls JSON.stringify leaves raw as \\u escapes, keeping the value', () => {
    const value = { name: `La\u009B2Jmp \u202Eevil ${ESC}[2J`, answer: 'one\ntwo' };
    const json = escapeControlCharactersInJson(JSON.stringify(value, null, 2));
    expect(hasControlCharacters(json.replace(/\n/g, ''))).toBe(false);
    expect(json).toContain('\\u009b');
    expect(json).toContain('\\u202e');
    expect(JSON.parse(json)).toEqual(value);
  });
});
