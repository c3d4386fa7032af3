import { en, enConversation, findNumbers, isStopword, type NumberMention } from '@meshmind/language';

/** Words that open a repair of a value just said: "no", "sorry", "actually", "I meant" (a correction's openers); a discourse opener ("wait", "hang on") may stand beside them. */
const REPAIR_OPENERS: readonly string[] = [...[...enConversation.correctionOpeners, ...enConversation.correctionMeant].filter((phrase) => !phrase.includes('that') && !phrase.includes('wrong') && !phrase.includes(' the')), ...enConversation.repairMarkers];
/** "shelf 10, shelf 11 I mean": the phrases that say what was meant may follow the value kept. */
const MEANT_AFTER = new RegExp(`^\\s*,?\\s*(?:${enConversation.correctionMeant.filter((phrase) => phrase.startsWith('i ')).map((phrase) => phrase.replace(/ /g, '\\s+')).join('|')})\\b\\s*`, 'i');
const REPAIR_WORDS: readonly string[] = [...REPAIR_OPENERS, ...en.discourseOpeners].sort((left, right) => right.length - left.length);
/** At most this many words may stand between the repair and the value it gives ("actually make that 22", "I meant 21"). */
const LEAD_WORDS = 2;
/** At most this many words may follow the rejected value before the repair ("24 degrees, no, 22"; "light 1 on, no, light 2"). */
const TAIL_WORDS = 2;
/** A copula a rejecting statement is said with: "24 is too warm", "eighteen's freezing", "20 feels cold". */
const STATEMENT_VERBS = new Set(['is', 'was', 'feels', 'felt', 'seems', "'s", '’s']);
const BOUNDARY = /^[,.;:!?…—–-]+$/;
const WORD = /[a-z0-9]+(?:\.[0-9]+)?|['’][a-z]+|[,.;:!?…—–-]+/g;

/**
 * A value the speaker takes back in the same sentence is not the value asked for: "set it to 24, no,
 * 22" and "make it 19, sorry, I meant 21" ask for 22 and 21 (a repair: a correction's opener after the
 * value, and another value); "not 25, 22 please", "21 rather than 25", "instead of 20 can we have 22"
 * name the rejected value after a rejecting word; "24 is way too warm, put it at 21" says the rejected
 * value in a statement before the command. Each reads as the request without the rejected value, so
 * that the value read for the call is the one the speaker settled on. A request with one number, or
 * none, is left as said.
 */
export function withoutRejectedValue(request: string): string {
  const numbers = findNumbers(request).filter((mention) => !mention.ordinal);
  if (numbers.length < 2) return request;
  return answeredChoice(request, numbers) ?? withoutMarkedValue(request, numbers) ?? repaired(request, numbers) ?? afterRejectingStatement(request, numbers) ?? request;
}

/**
 * "Is it shelf 3 or shelf 5? Shelf 5, go there", "was it 9 or 10? It's 10, go to shelf 10": a choice the speaker asks
 * themself and answers with one of its values; the answer is the request. Undefined where no question of two values
 * joined by "or" is answered so.
 */
function answeredChoice(request: string, numbers: readonly NumberMention[]): string | undefined {
  const asked = request.indexOf('?');
  const rest = request.slice(asked + 1).trim();
  if (asked < 0 || rest === '') return undefined;
  const offered = numbers.filter((mention) => mention.end <= asked);
  const answered = numbers.filter((mention) => mention.start > asked);
  const choice = offered.length === 2 && /\bor\b/i.test(request.slice(offered[0]!.end, offered[1]!.start));
  return choice && answered.length > 0 && answered.every((mention) => offered.some((each) => each.value === mention.value)) ? rest : undefined;
}

/** "set it to 24, no, 22" -> "set it to 22": the words after the first value up to the repair are kept after the second ("light 1 on, no, light 2" -> "light 2 on"). */
function repaired(request: string, numbers: readonly NumberMention[]): string | undefined {
  for (let index = 0; index + 1 < numbers.length; index += 1) {
    const rejected = numbers[index]!, kept = numbers[index + 1]!;
    const between = request.slice(rejected.end, kept.start).toLowerCase().match(WORD) ?? [];
    // "go to shelf 10, shelf 11 I mean": the repair said after the value kept, the two values set off by a comma.
    const meantAfter = MEANT_AFTER.exec(request.slice(kept.end));
    const repair = repairSpan(between) ?? (meantAfter && between.some((word) => BOUNDARY.test(word)) ? { start: 0, end: 0 } : undefined);
    if (!repair) continue;
    const tail = between.slice(0, repair.start).filter((word) => !BOUNDARY.test(word) && word !== kept.following);
    const lead = between.slice(repair.end).filter((word) => !BOUNDARY.test(word));
    if (tail.length > TAIL_WORDS || lead.length > LEAD_WORDS || [...tail, ...lead].some((word) => word === 'and' || word === 'then')) continue;
    // "light 1 on, no, light 2": the lead names again what the tail's value was of; the value alone otherwise.
    const keptText = request.slice(kept.start, kept.end);
    const after = repairSpan(between) || !meantAfter ? request.slice(kept.end) : request.slice(kept.end + meantAfter[0].length);
    return `${request.slice(0, rejected.start)}${keptText}${tail.length > 0 ? ` ${tail.join(' ')}` : ''}${after}`.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

/** Where in the words between two values a repair stands: its first word and the word after it; at least one correction opener, hesitations beside it, boundaries anywhere. */
function repairSpan(words: readonly string[]): { start: number; end: number } | undefined {
  for (let start = 0; start < words.length; start += 1) {
    let cursor = start, opened = false;
    for (;;) {
      while (BOUNDARY.test(words[cursor] ?? '')) cursor += 1;
      const phrase = REPAIR_WORDS.find((candidate) => candidate.split(' ').every((word, offset) => words[cursor + offset] === word));
      if (!phrase) break;
      opened ||= phrase.split(' ').some((word) => REPAIR_OPENERS.includes(word)) || REPAIR_OPENERS.includes(phrase);
      cursor += phrase.split(' ').length;
    }
    if (opened) return { start, end: cursor };
  }
  return undefined;
}

/** "not 25, 22 please" -> "22 please"; "21 rather than 25" -> "21": a value after a rejecting word is taken out with it, where another value stays. */
function withoutMarkedValue(request: string, numbers: readonly NumberMention[]): string | undefined {
  const lower = request.toLowerCase();
  const nounBefore = (mention: NumberMention) => /(?:^|\s)([a-z]+)\s+$/.exec(lower.slice(0, mention.start))?.[1];
  for (const mention of numbers) {
    // "instead of shelf 9, drive to shelf 3": the noun the value is of may stand between, where another value is said of it too.
    const noun = nounBefore(mention);
    const named = noun !== undefined && !isStopword(noun) && numbers.some((other) => other !== mention && nounBefore(other) === noun);
    // Only where the words left say a deed of their own ("check shelf 5 for gaps"): "not shelf 2, shelf 12 please" names no deed, and is read as said.
    if (named && !leftSaysMore(lower, mention, noun)) continue;
    const before = named ? lower.slice(0, mention.start).replace(/\s*[a-z]+\s+$/, ' ') : lower.slice(0, mention.start);
    const marker = enConversation.rejectedValueMarkers.map((phrase) => new RegExp(`(?:^|[\\s,;—–-])(${phrase})\\s+$`).exec(before)).find((match) => match !== null);
    // "lights 1 and 2 but not 3": a value left out of a selection, not one taken back.
    if (!marker || /\b(?:but|and|or|except)\s+$/.test(before.slice(0, marker.index + marker[0].indexOf(marker[1]!)))) continue;
    const from = marker.index + marker[0].indexOf(marker[1]!);
    // The unit said after the rejected value goes with it ("not 25 degrees, 22").
    const unit = mention.following !== '' && !isStopword(mention.following) && numbers.some((other) => other !== mention && other.following === mention.following);
    const to = unit ? lower.indexOf(mention.following, mention.end) + mention.following.length : mention.end;
    return tidy(`${request.slice(0, from)} ${request.slice(to)}`);
  }
  return undefined;
}

/** "24 is way too warm, put it at 21" -> "put it at 21": a statement about a value, set off before a command that gives another. */
function afterRejectingStatement(request: string, numbers: readonly NumberMention[]): string | undefined {
  const [first, second] = numbers;
  if (!first || !second || request.slice(0, first.start).trim() !== '') return undefined;
  const words = request.slice(first.end, second.start).toLowerCase().match(WORD) ?? [];
  const verb = words.findIndex((word) => STATEMENT_VERBS.has(word) || /^['’]s$/.test(word));
  const boundary = words.findIndex((word) => BOUNDARY.test(word));
  if (verb < 0 || verb > 1 || boundary < verb) return undefined;
  const rest = request.slice(first.end).replace(/^[^,.;:!?…—–-]*[,.;:!?…—–-]+\s*/, '');
  return rest.length > 0 && findNumbers(rest).length > 0 ? rest : undefined;
}

/** Whether the request says a word besides the noun, its values, closed-class words, courtesy and the words of a correction. */
function leftSaysMore(lower: string, mention: NumberMention, noun: string): boolean {
  const said = new Set([...REPAIR_WORDS, ...enConversation.rejectedValueMarkers, ...enConversation.correctionClosers].flatMap((phrase) => phrase.split(' ')));
  return (lower.slice(0, mention.start) + lower.slice(mention.end)).match(/[a-z]+/g)?.some((word) => word !== noun && !isStopword(word) && !en.courtesy.has(word) && !said.has(word)) ?? false;
}

function tidy(text: string): string {
  return text.replace(/\s+([,.;:!?])/g, '$1').replace(/^[\s,.;:—–-]+/, '').replace(/([,;])\s*([,;])/g, '$1').replace(/[\s,;—–-]+$/, '').replace(/\s+/g, ' ').trim();
}
