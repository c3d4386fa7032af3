import { alternation, en, enMapping, escapeRegExp, REFERRING_PRONOUN, type Lexicon } from '@meshmind/language';
/** Whether a step joined by "and" only says how the next one is done (mapper/means-step.ts). */
export { isCoveredMeansOf, isExplainedMeansOf, isMeansOf } from './means-step';

// A word of sequence, with the comma or semicolon before it, or a semicolon alone; longest words first ("and then" before "then").
const SEQUENCE = new RegExp(`\\s*(?:[,;]?\\s*\\b(?:${alternation(en.sequenceWords)})\\b|;)\\s*`, 'i');
const { steps: STEPS } = enMapping;
/** The word that joins two steps or two objects, with the spaces around it. */
const CONJUNCTION = new RegExp(`\\s+${escapeRegExp(STEPS.conjunction)}\\s+`, 'i');
const VALUE_NAMES = new Set(STEPS.valueNames);
const OBJECT_PREPOSITIONS = new Set(STEPS.objectPrepositions);

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
    const pieces = part.split(CONJUNCTION);
    let current: Step = { text: pieces[0] ?? '', ...(partIndex > 0 ? { joined: 'sequence' as const } : {}) };
    for (const piece of pieces.slice(1)) {
      const firstWord = piece.trim().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
      // "... and milk to the list", "eggs, butter and milk": a word followed by a preposition, or
      // ending the request when it is mostly a noun, is the earlier verb's object, not a new verb
      // ("... and stop" still is one).
      const secondWord = piece.trim().split(/\s+/)[1]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
      const wordNet = lexicon?.wordNet;
      // A word that is mostly a verb opens a step even before a preposition: "slow down to 0.5 m/s and go to shelf 8".
      const startsWithVerb = wordNet
        ? wordNet.isVerb(firstWord) &&
          !VALUE_NAMES.has(firstWord) &&
          (!OBJECT_PREPOSITIONS.has(secondWord) || wordNet.mostlyVerb(firstWord)) &&
          (secondWord !== '' || wordNet.mostlyVerb(firstWord))
        : false;
      if (startsWithVerb && current.text.trim().split(/\s+/).length >= 2) {
        steps.push(current);
        current = { text: piece, joined: 'and' };
      } else {
        current = { ...current, text: `${current.text} ${STEPS.conjunction} ${piece}` };
      }
    }
    steps.push(current);
  });
  const said = steps.map((step) => ({ ...step, text: step.text.trim().replace(/^[,.\s]+|[,\s]+$/g, '') })).filter((step) => step.text !== '');
  // "now then, go to shelf 6", "right then, dock": a part of openers and courtesy alone before the word of sequence is no step of its own.
  const kept = said.filter((step) => !step.text.toLowerCase().split(/[\s,.!]+/).filter((word) => word !== '').every((word) => en.courtesy.has(word) || OPENERS.has(word)));
  if (kept.length === 0 || kept.length === said.length) return said;
  const [first, ...rest] = kept;
  const { joined: _joined, ...opening } = first!;
  return [opening, ...rest];
}

/** The discourse openers of one word ("now", "right", "well"). */
const OPENERS: ReadonlySet<string> = new Set(en.discourseOpeners.filter((phrase) => !phrase.includes(' ')));

const LEADING_LINKS = new RegExp(`^(?:(?:${alternation(STEPS.objectLinks)})\\s+)+`, 'i');

/**
 * What a step acts on, for a later step's "it": the step without its opening verb and the
 * prepositions and determiners after it ("move to shelf 3" -> "shelf 3", "turn on the TV" -> "TV").
 * Undefined when nothing is left.
 */
export function objectOf(step: string): string | undefined {
  const rest = step.trim().replace(/[.!?]+$/, '').split(/\s+/).slice(1).join(' ').replace(LEADING_LINKS, '');
  const words = rest.split(/\s+/).filter((word) => word !== '');
  while (words.length > 0 && en.determiners.has(words[0]!.toLowerCase())) words.shift();
  // Only up to the next clause: "go to shelf 5, slowly" acts on "shelf 5"; and a numbered thing ends at
  // its number: "check shelf 6 for empty slots" acts on "shelf 6", the purpose after it is no part of it.
  const numbered = words.findIndex((word, at) => at > 0 && /^\d/.test(words[at - 1]!) && en.placePrepositions.has(word.toLowerCase()));
  const object = (numbered > 0 ? words.slice(0, numbered) : words).join(' ').split(/[,;]/)[0]!.trim();
  return object === '' ? undefined : object;
}

/**
 * A later step read with what its pronoun stands for: "move to shelf 3 and then check it for free
 * space" checks shelf 3, "go to shelf 5, then scan the items on it" scans shelf 5. Without it, "it"
 * leaves the step with no object, and any function can match the verb alone.
 */
export function withAntecedent(step: string, previousStep: string | undefined): string {
  const antecedent = previousStep ? objectOf(previousStep) : undefined;
  if (!antecedent || !REFERRING_PRONOUN.test(step)) return step;
  return step.replace(REFERRING_PRONOUN, `the ${antecedent}`);
}
