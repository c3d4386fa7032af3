/**
 * Several things named in one request for a function that takes one item: "add tea and honey to the
 * list" is two items, "add wood glue, screws and a hinge" three. A person lists things the way
 * English coordinates noun phrases (commas, and a last "and"/"or"); each conjunct is one item, its
 * article left out. A clause with a verb of its own ("call the plumber and book the MOT") is still
 * split, which is what a person who says two chores means.
 */
const CONJUNCT_SEPARATOR = /\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|&|or)\s+/i;
const LEADING_ARTICLE = /^(?:the|some|a|an|more)\s+/i;

/** The items of a coordinated phrase, in the order said; one item when nothing coordinates. */
export function splitItems(phrase: string): string[] {
  const parts = phrase
    .split(CONJUNCT_SEPARATOR)
    .map((part) => part.trim().replace(LEADING_ARTICLE, '').trim())
    .filter((part) => part !== '');
  // "and" on its own edge ("tea and") is a fragment, not a list: keep the phrase as said.
  return parts.length > 0 ? parts : [phrase.trim()];
}

/**
 * Whether a function is one a coordinated item list is spread over: it takes exactly one parameter,
 * a free-text string that is neither a name nor a secret (those are single values by nature).
 */
export function takesOneItem(parameters: ReadonlyArray<{ name: string; type: string }>, isNameOrSecret: (name: string) => boolean): boolean {
  return parameters.length === 1 && parameters[0]!.type === 'string' && !isNameOrSecret(parameters[0]!.name);
}
