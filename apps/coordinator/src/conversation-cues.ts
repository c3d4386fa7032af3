import { en, enConversation } from '@meshmind/language';
import { tokenize } from '@meshmind/language';

/** The cue words of one language (libs/language/src/languages/en-conversation.ts is English). */
export type ConversationCues = {
  readonly [Key in keyof typeof enConversation]: readonly string[];
};

/** "no, I meant the floor lamp": the words after the cues, and whether the cues alone make it a correction. */
export interface CorrectionShape {
  /** The reference the person means instead, as said ("the floor lamp"). */
  reference: string;
  /**
   * "I meant", "not that one": a correction even when the reference cannot be read. A bare "no,"
   * before a reference is one only when the reference reads as a device and nothing more.
   */
  explicit: boolean;
}

/** "call the floor lamp 'the big light'": the device slot and the alias slot, as said. */
export interface AliasShape {
  device: string;
  /** Without leading articles or quotes: "big light". */
  alias: string;
}

const QUOTE_MARKS = /(^|[\s,;:(])["“”'‘’]+|["“”'‘’]+(?=$|[\s,;:.!?)])/g;

/** Quotes around a name go; apostrophes inside words ("that's") stay. */
function unquoted(text: string): string {
  return text.replace(QUOTE_MARKS, '$1 ');
}

/** Cue lists read once each: every goal is read for a correction and an alias before it is planned. */
const phrasesOfList = new WeakMap<readonly string[], string[][]>();

function phrases(list: readonly string[]): string[][] {
  const known = phrasesOfList.get(list);
  if (known) return known;
  const read = list.map((phrase) => tokenize(phrase)).sort((a, b) => b.length - a.length);
  phrasesOfList.set(list, read);
  return read;
}

function startsWith(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((word, index) => tokens[at + index] === word);
}

/** The longest phrase of `list` at `at`, or null. */
function phraseAt(tokens: readonly string[], at: number, list: string[][]): string[] | null {
  return list.find((phrase) => startsWith(tokens, at, phrase)) ?? null;
}

/**
 * Reads the shape of a correction: openers ("no", "not that one", "wrong one"), then perhaps what
 * was meant ("I meant", "I said"), then the reference, perhaps closed by "instead". Null when the
 * sentence does not open that way, when nothing follows the cues, or when what follows carries a
 * verb of its own ("no, turn on the fan": a new request, for the planner).
 */
export function readCorrectionShape(text: string, cues: ConversationCues = enConversation): CorrectionShape | null {
  const tokens = tokenize(unquoted(text));
  const openers = phrases(cues.correctionOpeners);
  const strong = phrases(cues.strongCorrectionOpeners);
  const meant = phrases(cues.correctionMeant);
  let at = 0;
  let opened = false;
  let explicit = false;
  for (let opener = phraseAt(tokens, at, openers); opener; opener = phraseAt(tokens, at, openers)) {
    if (strong.some((phrase) => phrase.join(' ') === opener!.join(' '))) explicit = true;
    opened = true;
    at += opener.length;
  }
  const said = phraseAt(tokens, at, meant);
  if (said) {
    explicit = true;
    at += said.length;
  }
  if (!opened && !said) return null;
  let end = tokens.length;
  const closers = new Set(cues.correctionClosers);
  while (end > at && closers.has(tokens[end - 1]!)) end -= 1;
  const rest = tokens.slice(at, end);
  if (rest.length === 0) return null;
  if (rest.some((token) => en.actionWords.has(token) && !en.verbParticles.has(token)) && !said) return null;
  return { reference: rest.join(' '), explicit };
}

/**
 * Reads the shape of a verbless follow-up turn: an opener ("and", "what about") or a closer ("too",
 * "as well") around a reference with no action word of its own ("and the kitchen blind", "the hall
 * light too"). The reference as said; null where neither cue is there, nothing is left or a verb is.
 */
export function readFollowUpShape(text: string, cues: ConversationCues = enConversation): { reference: string } | null {
  const tokens = tokenize(unquoted(text));
  const opener = phraseAt(tokens, 0, phrases(cues.followUpOpeners));
  const at = opener?.length ?? 0;
  const closers = phrases(cues.followUpClosers);
  let end = tokens.length;
  let closed = false;
  for (let found = true; found; ) {
    const closer = closers.find((phrase) => end - phrase.length >= at && startsWith(tokens, end - phrase.length, phrase));
    found = closer !== undefined;
    if (closer) {
      end -= closer.length;
      closed = true;
    }
  }
  const rest = tokens.slice(at, end);
  if ((!opener && !closed) || rest.length === 0 || rest.some((token) => en.actionWords.has(token))) return null;
  return { reference: rest.join(' ') };
}

type TemplatePart = { literal: string } | { slot: 'device' | 'alias' };

/** Templates read once each (they are the language's data, a fixed few). */
const partsOfTemplate = new Map<string, TemplatePart[]>();

function templateParts(template: string): TemplatePart[] {
  const known = partsOfTemplate.get(template);
  if (known) return known;
  const parts = template
    .split(/\s+/)
    .filter((part) => part.length > 0)
    .map((part): TemplatePart => (part === '{device}' || part === '{alias}' ? { slot: part.slice(1, -1) as 'device' | 'alias' } : { literal: part.toLowerCase() }));
  partsOfTemplate.set(template, parts);
  return parts;
}

/** Every way the template's slots can take the tokens: adjacent slots ("call {device} {alias}") split anywhere. */
function bindings(parts: TemplatePart[], tokens: readonly string[], at = 0, bound: Partial<Record<'device' | 'alias', string[]>> = {}): Array<Record<'device' | 'alias', string[]>> {
  if (parts.length === 0) return at === tokens.length && bound.device && bound.alias ? [bound as Record<'device' | 'alias', string[]>] : [];
  const [part, ...rest] = parts;
  if ('literal' in part!) return tokens[at] === part.literal ? bindings(rest, tokens, at + 1, bound) : [];
  const found: Array<Record<'device' | 'alias', string[]>> = [];
  for (let end = at + 1; end <= tokens.length; end += 1) found.push(...bindings(rest, tokens, end, { ...bound, [part!.slot]: tokens.slice(at, end) }));
  return found;
}

/**
 * Reads an alias request against the language's templates. Which words are the device and which
 * the alias is decided by `isDevice` (the planner reads the device slot as a whole reference); of
 * the ways that fit, the longest device wins ("call the kitchen light main light": the kitchen
 * light, not the kitchen). Null when no template fits.
 */
export function readAliasShape(text: string, isDevice: (phrase: string) => boolean, cues: ConversationCues = enConversation): AliasShape | null {
  let tokens = tokenize(unquoted(text));
  const openers = phrases(cues.aliasOpeners);
  for (let opener = phraseAt(tokens, 0, openers); opener; opener = phraseAt(tokens, 0, openers)) tokens = tokens.slice(opener.length);
  if (tokens.at(-1) === en.mood.politeWord) tokens = tokens.slice(0, -1);
  const articles = new Set([...en.articles, ...en.possessives]);
  let best: AliasShape | null = null;
  let bestLength = 0;
  for (const template of cues.aliasTemplates) {
    for (const binding of bindings(templateParts(template), tokens)) {
      const alias = binding.alias.slice(binding.alias.findIndex((token) => !articles.has(token)));
      if (binding.alias.every((token) => articles.has(token)) || binding.device.length <= bestLength) continue;
      const device = binding.device.join(' ');
      if (!isDevice(device)) continue;
      best = { device, alias: alias.join(' ') };
      bestLength = binding.device.length;
    }
  }
  return best;
}
