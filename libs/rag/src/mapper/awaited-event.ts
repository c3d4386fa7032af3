import { en, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { readStateCondition } from './state-condition';
import { hedgeOnly } from './unheld-condition';

/**
 * The openers of a clause of an event to wait for: en.executionTimes's conjunctions ("once", "when",
 * "as soon as"), "after" (not "before": "before you dock, scan shelf 14" is done now, the docking
 * after it), and "next time" and "whenever" (a closed class).
 */
const OPENERS = [...en.executionTimes.eventConjunctions, ...en.executionTimes.eventPrepositions.filter((word) => word !== 'before'), 'next time', 'whenever'];
const spaced = (opener: string) => opener.replace(/ /g, '\\s+');
const OPENING = OPENERS.map(spaced).join('|');
/** "Once the aisle clears, drive to shelf 10", "after you charge, head to shelf 12": the clause first, set off by its comma. */
const LEADING = new RegExp(`^(?:${OPENING})\\s+([^,]+?)\\s*,\\s*(?:then\\s+)?(.+)$`, 'i');
/**
 * "Take a picture when you get there", "connect to Office once you're back at the dock, password
 * office99": the addressee's clause after the command, to a comma or the end. A clause of anyone
 * else's there is time-not-held.ts's (en.executionTimes.eventSubjects).
 */
const TRAILING = new RegExp(`^(.+?)\\s*,?\\s+(?:${OPENING})\\s+(you(?:['’]\\w+)?\\s[^,]*?|you(?:['’]\\w+)?)\\s*(?:,\\s*(.+))?$`, 'i');
/**
 * The words of a clause that only offers a moment ("when you get a chance", "once you've got a sec",
 * "when you're ready"), beside unheld-condition.ts's hedges ("if you can", "when you're free"):
 * English's few nouns of an opportunity and the verbs that have one (a closed class).
 */
const OPPORTUNITY: ReadonlySet<string> = new Set(['get', 'got', 'have', 'a', 'an', 'the', 'chance', 'sec', 'second', 'moment', 'minute', 'mo', 'ready', 'spare', 'time']);

/** Whether a clause only offers a moment or hedges: every word an opportunity's or a hedge's. */
function courtesyOnly(clause: string): boolean {
  const said = words(clause.toLowerCase().replace(/[’‘]/g, "'"));
  const rest = said.filter((word) => !OPPORTUNITY.has(word) && !OPPORTUNITY.has(word.replace(/'\w+$/, '')));
  return rest.length === 0 || hedgeOnly(rest.join(' '));
}

/** The clause of the event and the command of a request said to wait for an event, or undefined. */
export function awaitedEvent(asked: string): { clause: string; command: string } | undefined {
  const trimmed = asked.trim().replace(/[.!]+$/, '');
  if (trimmed.includes('?')) return undefined;
  const leading = LEADING.exec(trimmed);
  // "once more, check shelf 2": a clause has a subject and its verb; one word is an adverb's ("once more", "once again").
  if (leading) return words(leading[1]!).length < 2 ? undefined : { clause: leading[1]!.trim(), command: leading[2]!.trim() };
  const trailing = TRAILING.exec(trimmed);
  if (!trailing) return undefined;
  const [, command, clause, rest] = trailing as unknown as [string, string, string, string | undefined];
  return { clause: clause.trim(), command: rest ? `${command.trim()}, ${rest.trim()}` : command.trim() };
}

/**
 * A command said to wait for an event (issue #17, a wrong action is worse than a question): "once
 * the aisle clears, drive to shelf 10", "after you charge, head to shelf 12", "take a picture when you
 * get there", "next time you pass shelf 8, check it for gaps" drove, docked or photographed at once.
 * A device acts at once and only once, and no function of it waits for anything: the event was
 * dropped and the deed done before it. The coordinator's planner reads a trigger it can watch before
 * a subtask reaches the device; one still said to the device is declined, saying so. "If" clauses are
 * unheld-condition.ts's; a clause of someone else's after the command is time-not-held.ts's.
 *
 * Kept: a clause that only offers a moment ("when you get a chance", "once you're free", "when you
 * can": `courtesyOnly`), and one on the device's own state, which mapper/state-condition.ts reads in
 * that state ("when your battery is low, dock"). Undefined where the request waits for nothing.
 */
export async function awaitedEventDeclined(asked: string, document: NormalisedDocument, ownWord: (word: string) => boolean, mapDeed: (deed: string) => Promise<MapResult>, selfNoun: string | undefined, wordNet: WordNet | undefined): Promise<MapResult | undefined> {
  const read = awaitedEvent(asked);
  if (!read || courtesyOnly(read.clause) || readStateCondition(asked, document, ownWord, wordNet)) return undefined;
  const done = await mapDeed(read.command);
  if (done.kind !== 'call') return undefined;
  return { kind: 'not_executable', reason: `that asks for "${read.command}" only once ${read.clause}, which the ${selfNoun ?? 'device'} cannot wait for: it acts at once, so I left it as it is; tell me when you want it done`, candidates: done.candidates, ranking: done.ranking };
}
