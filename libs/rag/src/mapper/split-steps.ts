import type { Lexicon } from '../text/lexicon';

const SEQUENCE = /\s*(?:,?\s*\band then\b|,\s*then\b|;\s*then\b|\bthen\b|,?\s*\bafter that\b|,?\s*\bafterwards\b|;)\s*/i;

export interface Step {
  text: string;
  /** How the step joins the one before: "and" alone, or a word of sequence ("then", "after that", ";"). */
  joined?: 'and' | 'sequence';
}

/**
 * Splits a multi-step subtask ("move to shelf 3 and then check it for free space") into steps in
 * order. A plain "and" splits only when a verb follows it, so "SSID X and password Y" stays one step.
 */
export function splitSteps(text: string, lexicon?: Lexicon): string[] {
  return readSteps(text, lexicon).map((step) => step.text);
}

/** The steps with how each joins the one before. */
export function readSteps(text: string, lexicon?: Lexicon): Step[] {
  const steps: Step[] = [];
  text.split(SEQUENCE).forEach((part, partIndex) => {
    const pieces = part.split(/\s+and\s+/i);
    let current: Step = { text: pieces[0] ?? '', ...(partIndex > 0 ? { joined: 'sequence' as const } : {}) };
    for (const piece of pieces.slice(1)) {
      const firstWord = piece.trim().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
      // "... and milk to the list", "eggs, butter and milk": a word followed by a preposition, or
      // ending the request when it is mostly a noun, is the earlier verb's object, not a new verb
      // ("... and stop" still is one).
      const secondWord = piece.trim().split(/\s+/)[1]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
      const wordNet = lexicon?.wordNet;
      const startsWithVerb = wordNet
        ? wordNet.isVerb(firstWord) &&
          !/^(password|passphrase|key|y|x)$/.test(firstWord) &&
          !/^(to|onto|into|from|on|off|in)$/.test(secondWord) &&
          (secondWord !== '' || wordNet.mostlyVerb(firstWord))
        : false;
      if (startsWithVerb && current.text.trim().split(/\s+/).length >= 2) {
        steps.push(current);
        current = { text: piece, joined: 'and' };
      } else {
        current = { ...current, text: `${current.text} and ${piece}` };
      }
    }
    steps.push(current);
  });
  return steps
    .map((step) => ({ ...step, text: step.text.trim().replace(/^[,.\s]+|[,\s]+$/g, '') }))
    .filter((step) => step.text !== '');
}
