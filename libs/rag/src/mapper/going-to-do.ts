import { en, enMapping, isStopword, leavesState, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { functionSetting, functionWords, type StateGoal } from './state-particle';

/**
 * Verbs of going that English follows with a bare verb of purpose: "go charge", "go dock", "come
 * help": a closed class of the grammar (go + bare infinitive), not a list of requests.
 */
const GOING = new Set(enMapping.goingVerbs);

/** The states of the document that the verb leaves the device in, by a value or a word its notes give for one ("charging" of docked). */
function goalsLeftBy(document: NormalisedDocument, verb: string): StateGoal[] {
  const goals: StateGoal[] = [];
  for (const [key, field] of Object.entries(document.state ?? {})) {
    for (const value of field.values ?? []) {
      const said = [value, ...(field.synonyms?.[value] ?? [])].filter((phrase) => !phrase.includes(' '));
      if (said.some((phrase) => leavesState(verb, phrase.toLowerCase()))) goals.push({ key, value });
    }
  }
  return goals;
}

/**
 * "Go charge", "go dock", "go clean the kitchen": the verb after "go" is what is asked, the going
 * only how. Where that verb leaves the device in one of its documented states (the vacuum's
 * "docked" is also said "charging"), the request reads as the one function that sets that state
 * ("go charge" -> "return to dock"). Unchanged otherwise: most such verbs are nouns as well ("go
 * charge" read without "go" is the battery's charge), so the verb alone is no safer reading.
 */
export function withPurposeAfterGoing(text: string, document: NormalisedDocument, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const tokens = [...text.matchAll(/[\p{L}'-]+/gu)];
  let at = 0;
  while (at < tokens.length && en.courtesy.has(tokens[at]![0].toLowerCase())) at += 1;
  const [going, next] = [tokens[at], tokens[at + 1]];
  if (!going || !next || !GOING.has(going[0].toLowerCase())) return text;
  const verb = next[0].toLowerCase();
  if (isStopword(verb) || en.verbParticles.has(verb) || en.determiners.has(verb) || !wordNet.isVerb(verb)) return text;
  const goals = goalsLeftBy(document, verb);
  const chosen = goals.length === 1 ? functionSetting(document, goals[0]!) : undefined;
  // "go charge yourself" to a robot that documents no charging state is left as said: "charge" alone reads as the battery's charge, a reading.
  if (!chosen) return text;
  return `${text.slice(0, going.index)}${functionWords(document, chosen)}${text.slice(next.index! + next[0].length)}`;
}
