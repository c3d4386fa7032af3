import { en, isStopword, stem, words, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';

/**
 * Which way a step goes where the document says what a change of the setting does: the WiFi
 * client's contention window is described "a smaller window makes it transmit sooner and win more
 * airtime", so "give the laptop more airtime" or "let it transmit sooner" asks for a smaller window,
 * though "more" alone reads as a larger one (the step went the wrong way, issue #17). The
 * description's comparative ("smaller", "larger": the language's comparatives) and the thing it is
 * said of ("window") open the clause; the rest of the clause is what that change brings about.
 *
 * A step whose words meet that consequence goes the comparative's way, or the other way where the
 * request's own comparative is the consequence's opposite ("less airtime" against "more airtime").
 * A step that names neither the consequence nor the setting ("make this client more aggressive",
 * "be more polite on the air") says a quality the document does not tie to the setting: which way it
 * goes is not known, and the call is asked about (a step the wrong way is worse than a question). A
 * step that names the setting ("shrink the contention window") reads as it always did.
 */
const MORE: ReadonlySet<string> = new Set([...en.comparatives.more, ...en.relativeDirection.up]);
const LESS: ReadonlySet<string> = new Set([...en.comparatives.less, ...en.relativeDirection.down]);
const wayOf = (word: string): 1 | -1 | 0 => (MORE.has(word) ? 1 : LESS.has(word) ? -1 : 0);
/** The indefinite articles that open a general statement ("a smaller window makes ..."; "the lower limit of" is a name): closed. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

interface Consequence {
  /** The way the description's comparative changes the setting ("smaller": -1). */
  way: 1 | -1;
  /** Stems of what the change brings about ("transmit", "sooner", "win", "airtim"). */
  brings: ReadonlySet<string>;
  /** The consequence's own way ("win more airtime": 1), 1 where it says none. */
  sense: 1 | -1;
  /** The stem of what the comparative is said of ("window"). */
  subject: string;
}

const content = (text: string): string[] => words(text.toLowerCase()).filter((word) => !isStopword(word) && /^\p{L}+$/u.test(word));

const known = new WeakMap<NormalisedFunction, Consequence | null>();

/** The consequence a function's description gives a change of its setting, or undefined where it gives none. */
export function describedConsequence(fn: NormalisedFunction, wordNet: WordNet): Consequence | undefined {
  if (known.has(fn)) return known.get(fn) ?? undefined;
  let found: Consequence | undefined;
  for (const clause of fn.description.toLowerCase().split(/[.;:()]/)) {
    const said = words(clause);
    // "a smaller window makes it ...": article, comparative, the thing, and a verb that says what it brings.
    const at = said.findIndex((word, index) => index > 0 && ARTICLES.has(said[index - 1]!) && wayOf(word) !== 0 && /^\p{L}+$/u.test(said[index + 1] ?? '') && wordNet.isVerb(said[index + 2] ?? ''));
    if (at < 0) continue;
    // The verb that ties the change to what it brings ("makes", "lets") is no part of the consequence.
    const rest = said.slice(at + 3);
    const brings = new Set(content(rest.join(' ')).filter((word) => wayOf(word) === 0).map(stem));
    if (brings.size === 0) continue;
    const sense = rest.map(wayOf).find((way) => way !== 0) ?? 1;
    found = { way: wayOf(said[at]!) as 1 | -1, brings, sense, subject: stem(said[at + 1]!) };
    break;
  }
  known.set(fn, found ?? null);
  return found;
}

/** The way a step of the parameter goes by the document's consequence: 1, -1, "unknown" (ask), or undefined (read as before). */
export function consequenceWay(fn: NormalisedFunction, parameter: ParameterSpec, text: string, wordNet: WordNet): 1 | -1 | 'unknown' | undefined {
  const consequence = describedConsequence(fn, wordNet);
  if (!consequence) return undefined;
  const said = content(text);
  const stems = said.map(stem);
  if (stems.some((word) => consequence.brings.has(word))) {
    const own = words(text.toLowerCase()).map(wayOf).find((way) => way !== 0) ?? consequence.sense;
    return (consequence.way * own * consequence.sense) as 1 | -1;
  }
  const setting = new Set([consequence.subject, ...content(`${parameter.name.replace(/_/g, ' ')} ${parameter.description ?? ''}`).map(stem)]);
  return stems.some((word) => setting.has(word)) ? undefined : 'unknown';
}

/** The step's value turned the way the consequence says, undefined where the way is unknown; other values as they were. */
export function stepByConsequence(fn: NormalisedFunction, parameter: ParameterSpec, text: string, current: number | undefined, value: number, saidNumbers: number, wordNet: WordNet | undefined): number | undefined {
  if (current === undefined || value === current || saidNumbers > 0 || !wordNet) return value;
  const way = consequenceWay(fn, parameter, text, wordNet);
  if (way === undefined) return value;
  if (way === 'unknown') return undefined;
  if (Math.sign(value - current) === way) return value;
  const turned = current - (value - current);
  return Math.min(parameter.maximum ?? turned, Math.max(parameter.minimum ?? turned, turned));
}
