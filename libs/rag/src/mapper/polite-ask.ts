import { withoutCourtesy, type RequestReader } from '@meshmind/language';

/**
 * A command asked politely, read as the command: "can you turn the light on?" is "turn the light
 * on" (issue #17, the surface eval). The rewrites that read a command's verb (its particle, its
 * state, its sense) read the first word as the verb, so "can" became it: "can you turn the light
 * on?" was rewritten to "turn on you turn the light?", a question by its mark, and the light was
 * declined with "nothing the light can do has to do with 'can'". The courtesy said before a
 * request (libs/language's goalCourtesy: "could you", "please") is read off, and with it the
 * question mark that only the politeness asked, where the request is a command with and without
 * them; a question asked politely ("can you tell me the temperature?") keeps both.
 */
export function withoutPoliteAsk(text: string, reading: RequestReader): string {
  const command = withoutCourtesy(withoutCourtesy(text)).replace(/\s*\?\s*$/, '');
  if (command === text.replace(/\s*\?\s*$/, '') || command.trim() === '') return text;
  return reading(text).mood === 'command' && reading(command).mood === 'command' ? command : text;
}

/**
 * The polite ask said with the addressee first, as a speaker of another first language or a voice
 * said with a rising tone puts it: "you can open the window little?", "you could put the light on for
 * me?" is "can you open ...", which the mood reader knows as a command asked politely (issue #17,
 * voices25). Read as said, the question mark made it a question and a reading answered it ("you can
 * open the lock?" read the lock's state). A closed class: the addressee and the two modals of ability,
 * opening the request (after "please"), with a word after them that is not their negation.
 */
const ADDRESSEE_MODAL = /^(\s*(?:please[\s,]+)?)(you|u)\s+(can|could)\s+(?!not\b)(?=\p{L})/iu;

export function withModalBeforeAddressee(text: string): string {
  return text.replace(ADDRESSEE_MODAL, (_, before: string, addressee: string, modal: string) => `${before}${modal.toLowerCase()} ${addressee.toLowerCase()} `);
}
