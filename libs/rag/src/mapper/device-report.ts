import { en, enMapping, findNumbers, moodOf, scaleEnd, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { valueWords } from './named-only';
import { withRemedyOption } from './remedy-option';
import { withStatedExcess } from './stated-excess';

/** "is", "are", "'s": the be-forms, alone or joined to the subject (closed class). */
const BE_FORMS = enMapping.statedDegree.beForms;
const JOINED = BE_FORMS.filter((form) => !/^\p{L}/u.test(form)).map((form) => form.replace(/’/g, "'"));
const DIRECTION_WORDS = new Set([...en.relativeDirection.up, ...en.relativeDirection.down]);
const CLAUSE = /[^,;.!?]+/g;

const wordsOf = (clause: string) => clause.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}']+/gu) ?? [];

/** The words after the device said as the subject of the clause's verb ("the hoover's beeping" -> beeping), or undefined where the clause does not open so. */
export function reportedOfDevice(clause: string, ownWord: (word: string) => boolean, wordNet: WordNet): string[] | undefined {
  const said = wordsOf(clause);
  let at = 0;
  while (at < said.length && en.determiners.has(said[at]!)) at += 1;
  const subject: string[] = [];
  for (; at < said.length; at += 1) {
    const word = said[at]!;
    const joined = JOINED.find((form) => word.endsWith(form) && word.length > form.length);
    const bare = joined ? word.slice(0, -joined.length) : word;
    if (!ownWord(bare) || en.referringPronouns.has(bare)) break;
    subject.push(bare);
    // "the hoover's beeping": the be-form joined to the subject's last word.
    if (joined) return subject.length > 0 ? said.slice(at + 1) : undefined;
  }
  if (subject.length === 0 || at >= said.length - 1) return undefined;
  const verb = said[at]!;
  // "the radiators are ...", "the light keeps flickering": a be-form, or a verb in its third person.
  const thirdPerson = verb.endsWith('s') && [verb.slice(0, -1), verb.slice(0, -2)].some((base) => base.length > 1 && wordNet.isVerb(base));
  return BE_FORMS.includes(verb) || thirdPerson ? said.slice(at + 1) : undefined;
}

/**
 * A statement of what the device is or does, said with the device as its subject and asking for
 * nothing ("the vacuum's stuck again", "the hoover's beeping", "the heating's making a funny
 * noise", "the fan is making my eyes dry"), is declined with a question (issue #17): read as a
 * command, its words pulled the nearest function ("stuck" stopped the vacuum, "making" switched
 * the fan on). Left to the mapper: a state the device's own document names ("the lamp's off", "the
 * vacuum is cleaning": a value or a word of a function's name), a quality on a scale ("the light
 * is dim") and one stated-excess.ts or remedy-option.ts reads, a clause that orders, directs or
 * asks, and any number.
 */
export function deviceReport(asked: string, document: NormalisedDocument, state: Readonly<Record<string, unknown>>, ownWord: (word: string) => boolean, selfNoun: string | undefined, wordNet: WordNet | undefined): MapResult | undefined {
  if (!wordNet || asked.includes('?') || moodOf(asked) !== 'neutral' || findNumbers(asked).length > 0) return undefined;
  const clauses = [...asked.matchAll(CLAUSE)].map((match) => match[0]).filter((clause) => clause.trim() !== '');
  if (clauses.some((clause) => moodOf(clause) !== 'neutral' || wordsOf(clause).some((word) => DIRECTION_WORDS.has(word)))) return undefined;
  const reported = reportedOfDevice(clauses[0] ?? '', ownWord, wordNet);
  if (!reported || reported.length === 0) return undefined;
  const values = valueWords(document);
  if (reported.some((word) => values.has(word) || (wordNet.canBe(word, 'adj') && scaleEnd(word, wordNet) !== 0))) return undefined;
  if (withStatedExcess(asked, wordNet, document) !== asked || withRemedyOption(asked, document, state, wordNet) !== asked) return undefined;
  return { kind: 'not_executable', reason: `you told me how the ${selfNoun ?? 'device'} is, not what to do with it: what should I do?`, candidates: [], ranking: [] };
}
