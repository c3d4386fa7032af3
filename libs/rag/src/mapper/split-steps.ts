import type { Lexicon } from '../text/lexicon';

const SEQUENCE = /\s*(?:,?\s*\band then\b|,\s*then\b|;\s*then\b|\bthen\b|,?\s*\bafter that\b|,?\s*\bafterwards\b|;)\s*/i;

/**
 * Splits a multi-step subtask ("move to shelf 3 and then check it for free space") into steps in
 * order. A plain "and" splits only when a verb follows it, so "SSID X and password Y" stays one step.
 */
export function splitSteps(text: string, lexicon?: Lexicon): string[] {
  const steps: string[] = [];
  for (const part of text.split(SEQUENCE)) {
    const pieces = part.split(/\s+and\s+/i);
    let current = pieces[0] ?? '';
    for (const piece of pieces.slice(1)) {
      const firstWord = piece.trim().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
      const startsWithVerb = lexicon?.wordNet ? lexicon.wordNet.isVerb(firstWord) && !/^(password|passphrase|key|y|x)$/.test(firstWord) : false;
      if (startsWithVerb && current.trim().split(/\s+/).length >= 2) {
        steps.push(current);
        current = piece;
      } else {
        current = `${current} and ${piece}`;
      }
    }
    steps.push(current);
  }
  return steps.map((step) => step.trim().replace(/^[,.\s]+|[,\s]+$/g, '')).filter((step) => step !== '');
}
