import { isFunctionWord, isStopword, stem, words, type RequestReading, type WordNet } from '@meshmind/language';

/** A word that carries meaning: not a stopword nor a function word ("in", "what"). */
const isContent = (word: string) => !isStopword(word) && !isFunctionWord(word, 'en') && /^[a-z]+$/.test(word);
import type { NormalisedDocument, NormalisedFunction } from '../api-document';

/** How close a WordNet relation must be for a question's word to say a side's word ("aiming" ~ "target" is 0.72). */
const MEETING = 0.72;
/**
 * Modal verbs of what is to come or ought to be ("what temperature should it reach", "how warm will
 * it get"): a closed grammatical class. A question in that mood asks where the device is steering,
 * the value set, never the one measured now. Not first in the question: "will you ..." asks politely.
 */
const GOAL_MODALS = new Set(['will', 'should', 'shall']);

/** A query of a quantity that an action sets, beside a query of the same quantity that no action sets. */
interface SettingPair {
  /** The query of the value set (get_target_temperature) and the words only its side uses. */
  settled: string;
  settledWords: ReadonlySet<string>;
  /** The query of the value measured (get_current_temperature) and the words only its side uses. */
  measured: string;
  measuredWords: ReadonlySet<string>;
}

const pairsByDocument = new WeakMap<NormalisedDocument, readonly SettingPair[]>();

/** The field a query reads: its name after the verb ("get_target_temperature" -> target_temperature). */
function fieldOf(fn: NormalisedFunction): string {
  return fn.name.split('_').slice(1).join('_');
}

function contentStems(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((text) => words(text.replace(/_/g, ' '))).map((word) => word.toLowerCase()).filter(isContent).map(stem));
}

/**
 * The document's pairs of one quantity read two ways: the target temperature an action sets and
 * the temperature measured. Each side's words are its query's, its state field's and, for the value
 * set, its setter's ("Sets the target temperature the room should reach", "steers the room
 * towards"), less the words both sides share: what is left tells the two apart in the document's
 * own terms.
 */
function settingPairs(document: NormalisedDocument): readonly SettingPair[] {
  const known = pairsByDocument.get(document);
  if (known) return known;
  const queries = document.functions.filter((fn) => fn.kind === 'query' && fn.parameters.length === 0);
  const setters = (field: string) => document.functions.filter((fn) => fn.kind === 'action' && (fn.effects ?? []).some((effect) => effect.key === field && effect.parameter !== undefined));
  const sideWords = (query: NormalisedFunction) => {
    const field = fieldOf(query);
    return contentStems([query.name.split('_').slice(1).join(' '), query.description, document.state[field]?.description ?? '', ...setters(field).flatMap((fn) => [fn.name.split('_')[0]!, fn.description])]);
  };
  const pairs: SettingPair[] = [];
  for (const settled of queries.filter((query) => setters(fieldOf(query)).length > 0)) {
    const quantity = fieldOf(settled).split('_').at(-1);
    for (const measured of queries.filter((query) => query !== settled && setters(fieldOf(query)).length === 0 && fieldOf(query).split('_').at(-1) === quantity)) {
      const [settledAll, measuredAll] = [sideWords(settled), sideWords(measured)];
      pairs.push({
        settled: settled.name,
        settledWords: new Set([...settledAll].filter((key) => !measuredAll.has(key))),
        measured: measured.name,
        measuredWords: new Set([...measuredAll].filter((key) => !settledAll.has(key))),
      });
    }
  }
  pairsByDocument.set(document, pairs);
  return pairs;
}

/** Whether one of the question's words, or a close WordNet relation of it, is one of the side's words. */
function meets(said: readonly string[], side: ReadonlySet<string>, wordNet: WordNet | undefined): boolean {
  return said.some((word) => side.has(stem(word)) || [...(wordNet?.related(word) ?? [])].some(([key, weight]) => weight >= MEETING && side.has(key)));
}

/**
 * "What is the thermostat set to?", "what temp is it aiming for?", "how warm will it get?" ask the
 * value set; "what's the actual temperature?" the one measured. Where a document reads one quantity
 * both ways, a question whose words meet only one side's words (or that asks in a goal's modal) picks
 * that side's query. In -0.5..0.5 beside the other readings of mood.ts; 0 for any other function,
 * and where the question meets both sides or neither.
 */
export function settingWordsFit(fn: NormalisedFunction, reading: RequestReading, document: NormalisedDocument, wordNet: WordNet | undefined): number {
  if (fn.kind !== 'query' || reading.mood !== 'question') return 0;
  const pair = settingPairs(document).find((each) => each.settled === fn.name || each.measured === fn.name);
  if (!pair) return 0;
  const said = reading.words.map((word) => word.toLowerCase());
  const content = said.filter(isContent);
  const modal = said.some((word, index) => index > 0 && GOAL_MODALS.has(word) && said[index + 1] !== 'you');
  const settled = modal || meets(content, pair.settledWords, wordNet);
  const measured = meets(content, pair.measuredWords, wordNet);
  if (settled === measured) return 0;
  return (fn.name === pair.settled) === settled ? 0.5 : -0.5;
}
