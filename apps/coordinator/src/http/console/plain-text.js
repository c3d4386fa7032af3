/*
 * Device names, agent messages and answers reach the page from any agent on the network. They go
 * in as textContent (dom.js), never as HTML; this takes out what would still act rather than show:
 * C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates that make a name read
 * in another order than it is stored. Escape sequences go whole, so a window title or a link target
 * leaves no residue on the page.
 *
 * The rule is libs/protocol's stripControlCharacters (text-hygiene.ts); the console is plain browser
 * modules with no build step, so it cannot import it. test/console-static.test.ts holds both to the
 * same attacks.
 */

// A control string stops at a cancel, a substitute, an ESC or a C1 control; an OSC also at BEL.
const STRING_BODY = '[^\\u0018\\u001A\\u001B\\u0080-\\u009F]*';
const OSC_BODY = '[^\\u0007\\u0018\\u001A\\u001B\\u0080-\\u009F]*';
const STRING_TERMINATOR = '(?:\\u001B\\\\|\\u009C)';
const ESCAPE_SEQUENCES = new RegExp(
  [
    // OSC (window titles, OSC 8 hyperlinks), 7- and 8-bit, ended by BEL or ST.
    `(?:\\u001B\\]|\\u009D)${OSC_BODY}(?:\\u0007|${STRING_TERMINATOR})`,
    // DCS, SOS, PM and APC strings, ended by ST.
    `(?:\\u001B[PX^_]|[\\u0090\\u0098\\u009E\\u009F])${STRING_BODY}${STRING_TERMINATOR}`,
    // CSI: parameters, intermediates, one final byte.
    '(?:\\u001B\\[|\\u009B)[\\u0030-\\u003F]*[\\u0020-\\u002F]*[\\u0040-\\u007E]',
    // Other escapes: intermediates and a final byte, or one of the two-byte escapes.
    '\\u001B(?:[\\u0020-\\u002F]+[\\u0030-\\u007E]|[\\dA-PR-TZcf-oq-uy=><~|}])',
  ].join('|'),
  'gu',
);
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * `value` as text the page may show. `multiline` (an answer, an agent's message) keeps newlines and
 * tabs; otherwise (a name) they become spaces. Carriage returns go in both.
 */
export function plainText(value, { multiline = false } = {}) {
  const text = String(value ?? '').replace(ESCAPE_SEQUENCES, '').replace(/\r\n/g, '\n');
  return text.replace(CONTROL_CHARACTERS, (character) => {
    if (multiline) return character === '\n' || character === '\t' ? character : '';
    return /[\t\n\v\f]/.test(character) ? ' ' : '';
  });
}
