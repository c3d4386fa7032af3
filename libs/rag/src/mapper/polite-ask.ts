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
