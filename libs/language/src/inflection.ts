/** English inflection: plural to singular candidates, third person to base form, past tense. */
import { en } from './languages/en';

/** Singular candidates of a token ("lights" -> "light", "batteries" -> "battery", "boxes" -> "box"), the token first. */
export function singularForms(token: string): string[] {
  const forms = [token];
  if (token.endsWith('ies') && token.length > 4) forms.push(`${token.slice(0, -3)}y`);
  if (token.endsWith('es') && token.length > 3) forms.push(token.slice(0, -2));
  if (token.endsWith('s') && !token.endsWith('ss') && token.length > 2) forms.push(token.slice(0, -1));
  return forms;
}

/** "skips" -> "skip", "goes" -> "go", "raises" -> "raise". */
export function baseOfThirdPerson(verb: string): string {
  if (/ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/(sh|ch|x|ss|o)es$/.test(verb)) return verb.slice(0, -2);
  return verb.replace(/s$/, '');
}

/** "open" -> "opened", "close" -> "closed", "empty" -> "emptied", "set" -> "set". */
export function pastTense(verb: string): string {
  const irregular = en.irregularPast[verb];
  if (irregular) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/**
 * Base candidates of an -ing form, most literal first: "vacuuming" -> vacuum, "running" -> run (a
 * doubled last consonant is spelling, not part of the base), "mowing" -> mowe. Empty for a word
 * that is no -ing form of a base of three letters or more.
 */
export function gerundBases(token: string): string[] {
  const base = /^(.{3,})ing$/.exec(token)?.[1];
  if (!base) return [];
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : base;
  return [base, undoubled, `${base}e`];
}

/** Whether a state word is the one a verb leaves: "locked" of "lock", "closed" of "close", "playing" of "play", "stopped" of "stop". */
export function leavesState(verb: string, state: string): boolean {
  if (verb === state) return true;
  if (en.irregularPast[verb] === state) return true;
  if (['ed', 'd', 'ing', 's', 'es'].some((suffix) => state === verb + suffix)) return true;
  return state === `${verb}${verb.at(-1)}ed` || (verb.endsWith('e') && state === `${verb.slice(0, -1)}ing`);
}
