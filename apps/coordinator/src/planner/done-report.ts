/**
 * The speaker reporting that they did what a list item asks (issue #17, lists): "I've restocked
 * the coffee pods" to a list holding "restock coffee pods" means that item is done, not a device to
 * find. The report's verb is a past form of the item's verb (WordNet's lemmas of its senses:
 * "restocked" -> restock, "fed" -> feed, "bought" -> buy), and its object is the rest of the item,
 * every content word and no other. Exactly one item of one device must fit; the goal then reads as
 * the request to complete it ("mark restock coffee pods as done"), which the list's own item names.
 */
import { en, enReference, fillTemplate, singularForms, tokenize } from '@meshmind/language';
import type { PlannerDevice } from './planner';

const { speakers, perfect, adverbs, request } = enReference.doneReport;
/** "the gutter's been fixed", "the fish have been fed": the auxiliaries before a passive's participle, "'s" among them. */
const PASSIVE: ReadonlySet<string> = en.auxiliaries;
const OPENERS: ReadonlySet<string> = new Set(speakers.flatMap((speaker) => [speaker, ...perfect.map((auxiliary) => `${speaker}'${auxiliary}`)]));
const BETWEEN: ReadonlySet<string> = new Set([...perfect, ...adverbs]);
const DETERMINERS = en.determiners;

/** The lemmas of the verb senses of a word ("fed" -> feed, "bought" -> buy): WordNet reads its past forms. */
export type VerbLemmas = (word: string) => ReadonlySet<string>;

function contentKeys(words: readonly string[]): string[] {
  return words.filter((word) => !DETERMINERS.has(word)).map((word) => singularForms(word)[0] ?? word);
}

/** Every list item of the device, as words: any state field that is a list of words. */
function itemsOf(device: PlannerDevice): string[] {
  return Object.values(device.state ?? {}).flatMap((value) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []));
}

/** The request to complete the item the speaker reports doing, or null when the goal reports no one listed item. */
export function doneReportRequest(goal: string, devices: readonly PlannerDevice[], lemmasOf: VerbLemmas): string | null {
  const tokens = tokenize(goal);
  if (!OPENERS.has(tokens[0] ?? '')) return passiveDoneReport(tokens, devices, lemmasOf);
  let index = 1;
  while (index < tokens.length && BETWEEN.has(tokens[index]!)) index += 1;
  const verb = tokens[index];
  if (!verb) return null;
  return completingRequest(verb, contentKeys(tokens.slice(index + 1)), devices, lemmasOf, false);
}

/**
 * "the radiators have been bled", "the gutter's fixed", "the bins have been taken out": the item's
 * object said first, then a form of "be" or "have" and the item verb's participle. Its object is
 * the words before the auxiliary with any said after the participle ("out").
 */
function passiveDoneReport(tokens: readonly string[], devices: readonly PlannerDevice[], lemmasOf: VerbLemmas): string | null {
  // "gutter's": the possessive-looking "'s" is the auxiliary.
  const words = tokens.flatMap((token) => (/^[a-z]+'s$/.test(token) ? [token.slice(0, -2), 's'] : [token]));
  const at = words.findIndex((word, index) => index > 0 && PASSIVE.has(word));
  if (at < 1 || words.slice(0, at).some((word) => en.anaphora.has(word))) return null;
  let index = at;
  while (index < words.length && (PASSIVE.has(words[index]!) || BETWEEN.has(words[index]!))) index += 1;
  const verb = words[index];
  if (!verb) return null;
  return completingRequest(verb, contentKeys([...words.slice(0, at), ...words.slice(index + 1)]), devices, lemmasOf, true);
}

/** The request to complete the one listed item whose verb the said verb is a form of and whose object is the words reported. */
function completingRequest(verb: string, reported: readonly string[], devices: readonly PlannerDevice[], lemmasOf: VerbLemmas, participle: boolean): string | null {
  const fits: string[] = [];
  for (const device of devices) {
    for (const item of itemsOf(device)) {
      const [itemVerb, ...rest] = tokenize(item);
      // A past form: another spelling of the item's verb ("I restock the pods" says a habit, not a deed).
      // A participle may be spelt as the verb ("the hedge has been cut").
      if (!itemVerb || (itemVerb === verb ? !participle : !lemmasOf(verb).has(itemVerb))) continue;
      const wanted = contentKeys(rest);
      if (wanted.length === 0 || wanted.length !== reported.length || !wanted.every((word) => reported.includes(word))) continue;
      fits.push(item);
    }
  }
  return fits.length === 1 ? fillTemplate(request, { item: fits[0]! }) : null;
}
