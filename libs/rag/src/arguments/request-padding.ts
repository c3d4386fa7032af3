import { alternation, enMapping } from '@meshmind/language';

/**
 * The words a request pads a list item with before its command (issue #17): "pls add oat milk", "don't
 * forget to add sugar", "could u put cat litter on the list", "need to buy dog food". The item is the
 * noun phrase the command takes, not the request's opening: where a command word of the list
 * (`enMapping.items.commands`) comes a few words into the clause, what stands before it is padding
 * (a courtesy, a reminder, a subject) and the clause is read from the command on. A command a long way
 * in is part of the item ("pack the bags and get the tickets" is one chore said as two), so only the
 * first few words may pad.
 */
const { items } = enMapping;
const COMMANDS: ReadonlySet<string> = new Set(items.commands);
const COMMAND_INSIDE = new RegExp(`(?:^|[\\s,])(?:${alternation(items.commands)})\\s+(?=\\S)`, 'gi');
/** At most this many words before the command pad it: "don't forget to" is three, "could you please" three. */
const MOST_PADDING_WORDS = 4;

/** The clause from its first command word on, where only a few words pad it before that word; the clause itself otherwise. */
export function fromCommand(clause: string): string {
  for (const match of clause.matchAll(COMMAND_INSIDE)) {
    const start = match.index! + (/^[\s,]/.test(match[0]) ? 1 : 0);
    if (start === 0) return clause;
    const before = clause.slice(0, start).split(/[\s,]+/).filter((word) => word !== '');
    return before.length <= MOST_PADDING_WORDS ? clause.slice(start) : clause;
  }
  return clause;
}

const DONE_OPENING = new RegExp(
  `^(?:(?:${alternation(items.doneSubjects)})\\s+)*(?:${alternation(items.doneStates)})\\s+(?:(?:${alternation(items.doneWith)})\\s+)?(?=\\S)`,
  'i',
);

/**
 * "I've done the ironing", "finished mowing the lawn", "done with the hoovering": a chore said done by
 * its participle before it, with who did it and the perfect's auxiliary. The item is what follows.
 */
export function withoutDoneOpening(clause: string): { item: string; stated: boolean } {
  const opening = DONE_OPENING.exec(clause);
  // "complete take out the trash": a list's own command said alone is the imperative, not a chore said done.
  if (!opening || COMMANDS.has(opening[0].trim().toLowerCase())) return { item: clause, stated: false };
  return { item: clause.slice(opening[0].length), stated: true };
}
