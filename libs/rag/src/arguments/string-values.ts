import { en, escapeRegExp, REFERRING_PRONOUN } from '@meshmind/language';

/**
 * Strings inside a request: network names, passwords, list items. Quoted text wins; otherwise the
 * word after a cue ("named X", "password is Y") or, for list items, what is left once the command
 * words are taken away.
 */
const QUOTED = /(?:^|[\s(:=])["“'‘]([^"”'’]+)["”'’](?=$|[\s.,;:!?)])/g;
const NAME_STOPWORDS = en.nameCueWords;

function cleanToken(token: string): string {
  return token.replace(/^["“'‘]|["”'’]$/g, '').replace(/[.,;:]+$/, '');
}

export function quotedStrings(text: string): Array<{ value: string; start: number }> {
  return [...text.matchAll(QUOTED)].map((match) => ({ value: match[1]!, start: match.index! + match[0].indexOf(match[1]!) }));
}

/** Whether a parameter holds a secret: read from its identifier, whatever the vendor's language. */
export function isSecretParameter(name: string): boolean {
  return /(pass|pwd|psk|key|secret|kennwort|mot_de_passe|motdepasse)/i.test(name);
}

export function secretValue(text: string): string | undefined {
  const cue = /\b(?:password|passphrase|passcode|pass|key|psk|pwd)\b\s*(?:is\s+|:\s*|=\s*)?(["“'‘][^"”'’]+["”'’]|\S+)/i.exec(text);
  return cue ? cleanToken(cue[1]!) : undefined;
}

export function nameValue(text: string, secret?: string): string | undefined {
  const afterCue = /\b(?:called|named|ssid|name)\b\s*(?:is\s+|:\s*|=\s*)?(["“'‘][^"”'’]+["”'’]|\S+)/i.exec(text);
  if (afterCue && !NAME_STOPWORDS.has(cleanToken(afterCue[1]!).toLowerCase())) return cleanToken(afterCue[1]!);
  const quoted = quotedStrings(text).map((item) => item.value).filter((value) => value !== secret);
  if (quoted[0]) return quoted[0];
  const beforeNoun = /(\S+)\s+(?:wifi|wi-fi|network|hotspot)\b/i.exec(text);
  if (beforeNoun && !NAME_STOPWORDS.has(cleanToken(beforeNoun[1]!).toLowerCase())) return cleanToken(beforeNoun[1]!);
  const afterNoun = /\b(?:wifi|wi-fi|network|hotspot)\b\s+(\S+)/gi;
  for (const match of text.matchAll(afterNoun)) {
    const candidate = cleanToken(match[1]!);
    if (!NAME_STOPWORDS.has(candidate.toLowerCase()) && candidate !== secret) return candidate;
  }
  return undefined;
}

const LEADING = /^(?:please\s+|can you\s+|could you\s+)?(?:add|put|remove|delete|erase|take|mark|tick off|tick|check off|check|cross off|cross|strike|complete|finish|remind me to|we need(?: more)?|we're out of|i need(?: more)?|buy|get|i bought(?: the)?|we bought(?: the)?)\s+/i;
const TRAILING = /\s+(?:to|on|onto|from|off|of|in)\s+(?:the|my|our)\s+[\w\s-]*?(?:list|chores|checklist)\b.*$|\s+(?:as\s+(?:done|complete|completed|finished|bought))\s*$|\s+off\s*$/i;

const TRAILING_COURTESY = /[\s,]+(?:please|thanks|thank you|cheers)\s*$/i;
const DANGLING_PREPOSITION = /\s+(?:to|on|onto|from|off|in)(?:\s+(?:the|my|our))?\s*$/i;

/** A free-text item ("milk", "call the dentist") for a list-like parameter. */
export function itemValue(text: string, isVerb?: (word: string) => boolean): string | undefined {
  const quoted = quotedStrings(text)[0];
  if (quoted) return quoted.value;
  // "Remind me to call the dentist, add it to my list": the item is the clause without "it".
  // Without such a pronoun the commas list the item's parts: "add eggs, butter and milk".
  const clauses = text.split(/,\s*/).map((clause) => clause.trim().replace(/[.!?]+$/, ''));
  const referring = clauses.some((candidate) => REFERRING_PRONOUN.test(candidate));
  const clause = referring ? (clauses.find((candidate) => !REFERRING_PRONOUN.test(candidate)) ?? clauses[0] ?? '') : text.trim().replace(/[.!?]+$/, '');
  const opened = LEADING.test(clause);
  let item = clause.replace(LEADING, '');
  // "check apples off from my list": one trailing phrase after another, then a courtesy word and a
  // preposition left on its own where the list's name was read out as a reference ("on the").
  for (let previous = ''; previous !== item; ) {
    previous = item;
    item = item.replace(TRAILING, '').replace(TRAILING_COURTESY, '').replace(DANGLING_PREPOSITION, '');
  }
  item = item.trim();
  // A request is a command: when its verb is none of the known openers ("stick bin bags on the
  // list"), the first word is still the verb, not part of the item, once a place phrase closed it.
  // Where the place phrase was read out with the device's name, WordNet says whether the first word can be a verb.
  const first = /^(\S+)\s+/.exec(item)?.[1];
  if (!opened && first && (item !== clause.trim() || isVerb?.(first.toLowerCase()) === true)) item = item.replace(/^\S+\s+/, '');
  item = item.replace(/^(?:the|some|a|an)\s+/i, '').trim();
  return item === '' ? undefined : item;
}

/**
 * The request without the values it passes and the words that introduce them: quoted strings, "called
 * Bot7", "SSID North_Hall", "with password letmein123". What fills a parameter tells which value, not
 * which function ("with SSID X and password Y" reads the same for joining a network and for opening
 * one): retrieval reads the rest, and the argument evidence weighs the values on their own.
 */
export function withoutValues(text: string): string {
  let result = text;
  const secret = secretValue(result);
  if (secret) {
    result = result.replace(new RegExp(`(?:[,;]?\\s*\\b(?:with|using|and)\\s+)?(?:the\\s+)?\\b(?:password|passphrase|passcode|pass|key|psk|pwd)\\b\\s*(?:is\\s+|:\\s*|=\\s*)?["“'‘]?${escapeRegExp(secret)}["”'’]?`, 'i'), ' ');
  }
  const name = /(?:\b(?:with|using|and)\s+)?(?:the\s+)?\b(?:called|named|ssid|name)\b\s*(?:is\s+|:\s*|=\s*)?(["“'‘][^"”'’]+["”'’]|\S+)/i.exec(result);
  if (name && !NAME_STOPWORDS.has(cleanToken(name[1]!).toLowerCase())) result = result.replace(name[0], ' ');
  result = result.replace(QUOTED, (match, value: string) => match.slice(0, match.indexOf(value) - 1));
  return result.replace(/\s+([.,;:!?])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}
